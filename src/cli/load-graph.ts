// What every graph command starts from: the network, its graph and its communities, built once.
import { buildGraph, DEFAULT_SEED, detectCommunities, type NetworkGraph } from '../core/graph/index.js';
import type { Network } from '../core/model.js';
import type { NetworkStore } from '../store/network-store.js';
import type { CliContext } from './context.js';
import { openStore } from './store.js';

export interface LoadedGraph {
  store: NetworkStore;
  network: Network;
  graph: NetworkGraph;
  /** Contact id → community index (Louvain, seeded). */
  communities: Map<string, number>;
}

export async function loadGraph(context: CliContext): Promise<LoadedGraph> {
  const store = openStore(context);
  const network = await store.load();
  const graph = buildGraph(network);
  // Louvain is the costliest step on a large network and depends only on the file: cache it with the file's snapshot.
  const communities = await store.memo('communities', () => detectCommunities(graph, { seed: DEFAULT_SEED }), {
    encode: (map) => [...map],
    decode: (entries: [string, number][]) => new Map(entries),
  });
  return { store, network, graph, communities };
}
