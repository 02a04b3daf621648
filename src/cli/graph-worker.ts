// The worker thread that runs graph searches while the command's own thread does other work
// (load-graph.ts): Louvain, answered with each node's community label, and the warm paths' search,
// answered with the paths' nodes. Both need only the ties' arrays, which is all it is sent.
import { parentPort } from 'node:worker_threads';
import type { TieArrays } from '../core/graph/build-graph.js';
import { labelCommunities, type CommunityOptions } from '../core/graph/communities.js';
import { searchWarmPaths, type FoundPaths, type PathSearch } from '../core/graph/warm-paths.js';

export type GraphTask = { task: 'communities'; ties: TieArrays; options: CommunityOptions } | { task: 'paths'; ties: TieArrays; search: PathSearch };

export type GraphAnswer = { task: 'communities'; labels: Int32Array<ArrayBuffer> } | { task: 'paths'; found: FoundPaths };

const port = parentPort!;
port.on('message', (request: GraphTask) => {
  if (request.task === 'communities') {
    const labels = labelCommunities(request.ties, request.options);
    port.postMessage({ task: 'communities', labels } satisfies GraphAnswer, [labels.buffer]);
  } else {
    port.postMessage({ task: 'paths', found: searchWarmPaths(request.ties, request.search) } satisfies GraphAnswer);
  }
});
