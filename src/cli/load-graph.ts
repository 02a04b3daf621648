// What every graph command starts from: the network and its graph, with its communities and brokerage on demand;
// and the cache that lets a command reuse its own result while the file has not changed.
import { createHash } from 'node:crypto';
import { buildGraph, DEFAULT_SEED, measureBrokerage, type NetworkGraph } from '../core/graph/index.js';
import type { Network } from '../core/model.js';
import type { NetworkStore } from '../store/network-store.js';
import type { CliContext } from './context.js';
import { openStore } from './store.js';

export interface LoadedGraph {
  store: NetworkStore;
  network: Network;
  graph: NetworkGraph;
  /** Contact id → community index (Louvain, seeded), computed on first use. */
  communities: () => Promise<Map<string, number>>;
  /** Contact id → betweenness (sampled on large networks), computed on first use. */
  brokerage: () => Promise<Map<string, number>>;
}

export async function loadGraph(context: CliContext, store = openStore(context)): Promise<LoadedGraph> {
  const network = await store.load();
  const graph = buildGraph(network);
  // Communities and brokerage are the costliest steps on a large network and depend only on who
  // is tied to whom: they are cached under a digest of the ties, so editing a note, logging a
  // meeting or recording an introduction does not compute them again.
  let ties: string | undefined;
  const memoOnTies = (name: string, compute: () => Map<string, number> | Promise<Map<string, number>>) =>
    store.memo(name, compute, { encode: (map) => [...map], decode: (entries: [string, number][]) => new Map(entries), key: (ties ??= digestTies(graph)) });
  return {
    store,
    network,
    graph,
    // Louvain (and with it graphology) is loaded only when the communities are not cached.
    communities: () =>
      memoOnTies('communities', async () => (await import('../core/graph/communities.js')).detectCommunities(graph, { seed: DEFAULT_SEED })),
    brokerage: () => memoOnTies('brokerage', () => measureBrokerage(graph, { seed: DEFAULT_SEED })),
  };
}

/** A digest of the people (in order) and the ties between them: all that communities depend on. */
function digestTies(graph: NetworkGraph): string {
  const hash = createHash('sha256').update(graph.ids.join('\n'));
  for (const array of [graph.offsets, graph.targets, graph.strengths]) hash.update(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  return hash.digest('hex');
}

/**
 * Runs an analysis, or reuses the result of the same analysis (`key`: the command and every
 * option that shapes its output) on the same file content, on the same day (and, as every
 * derived cache, by the same build of conet).
 * On a 30,000-contact network this turns seconds of graph work into a file read.
 */
export async function analyseCached<T>(context: CliContext, key: readonly unknown[], compute: (loaded: LoadedGraph) => T | Promise<T>): Promise<T> {
  const store = openStore(context);
  const day = context.today().toDateString();
  const name = `result-${createHash('sha1').update(JSON.stringify([day, ...key])).digest('hex').slice(0, 16)}`;
  return store.memoFile(name, async () => compute(await loadGraph(context, store)));
}
