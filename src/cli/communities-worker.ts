// The worker thread that runs Louvain while the command's own thread does other work (load-graph.ts):
// it receives the ties' arrays and answers with each node's community label.
import { parentPort } from 'node:worker_threads';
import type { TieArrays } from '../core/graph/build-graph.js';
import { labelCommunities, type CommunityOptions } from '../core/graph/communities.js';

parentPort!.once('message', ({ ties, options }: { ties: TieArrays; options: CommunityOptions }) => {
  const labels = labelCommunities(ties, options);
  parentPort!.postMessage(labels, [labels.buffer]);
});
