// What every graph command starts from: the network and its graph, with its communities and brokerage on demand;
// and the cache that lets a command reuse its own result while the file has not changed.
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { buildGraph, DEFAULT_SEED, measureBrokerage, numberCommunities, type NetworkGraph } from '../core/graph/index.js';
import { ME, type Network } from '../core/model.js';
import type { NetworkStore } from '../store/network-store.js';
import { findPackageFile } from '../store/output-file.js';
import type { CliContext } from './context.js';
import { openStore } from './store.js';

export interface LoadedGraph {
  store: NetworkStore;
  network: Network;
  graph: NetworkGraph;
  /** Contact id → community index (Louvain, seeded), computed on first use (or from the start: see `LoadOptions`). */
  communities: () => Promise<Map<string, number>>;
  /** Contact id → betweenness (sampled on large networks), computed on first use. */
  brokerage: () => Promise<Map<string, number>>;
}

export interface LoadOptions {
  /**
   * The command has work to do that does not need the communities: start them before returning
   * (on a thread of their own for a large network), so they are found while it does that work.
   */
  communitiesAlongside?: boolean;
}

/** From about 5,000 contacts (2 MB of YAML) on, Louvain takes long enough to be worth a thread of its own. */
const WORKER_MIN_BYTES = 2 * 1024 * 1024;

export async function loadGraph(context: CliContext, store = openStore(context), options: LoadOptions = {}): Promise<LoadedGraph> {
  // Started before the load, so that the worker's own start-up runs alongside it.
  const worker = options.communitiesAlongside && (await fileSize(store.path)) >= WORKER_MIN_BYTES ? startCommunitiesWorker() : undefined;
  const network = await store.load();
  const graph = buildGraph(network);
  // Communities and brokerage are the costliest steps on a large network and depend only on who
  // is tied to whom: they are cached under a digest of the ties, so editing a note, logging a
  // meeting or recording an introduction does not compute them again.
  let ties: string | undefined;
  const memoOnTies = (name: string, compute: () => Map<string, number> | Promise<Map<string, number>>) =>
    store.memo(name, compute, { encode: (map) => [...map], decode: (entries: [string, number][]) => new Map(entries), key: (ties ??= digestTies(graph)) });
  const detect = (started = () => {}) =>
    memoOnTies('communities', () => {
      // Should the worker fail, the same communities are computed here.
      const pending = worker
        ? worker.detect(graph).then(
            (found) => {
              debugNote(context, 'communities found on a worker thread');
              return found;
            },
            (error: unknown) => {
              debugNote(context, `the communities worker failed (${String(error)}); finding them on this thread`);
              return detectHere(graph);
            },
          )
        : detectHere(graph);
      started();
      return pending;
    });
  let communities: Promise<Map<string, number>> | undefined;
  if (options.communitiesAlongside) {
    // Returns once the cached communities are read or their computation has started, so that the
    // caller's next steps run alongside it rather than before it.
    let started!: () => void;
    const ready = new Promise<void>((resolve) => (started = resolve));
    communities = detect(started);
    void communities.then(started, started).finally(() => worker?.stop());
    await ready;
  }
  return {
    store,
    network,
    graph,
    communities: () => (communities ??= detect()),
    brokerage: () => memoOnTies('brokerage', () => measureBrokerage(graph, { seed: DEFAULT_SEED })),
  };
}

/** Louvain (and with it its graphology packages) is loaded only when the communities are not cached. */
async function detectHere(graph: NetworkGraph): Promise<Map<string, number>> {
  return (await import('../core/graph/communities.js')).detectCommunities(graph, { seed: DEFAULT_SEED });
}

/**
 * A worker thread for Louvain. Its start-up (a fresh Node context, then the Louvain packages: about
 * 80 ms) runs while this thread loads the network; until it is given the ties it does not keep
 * conet running. Undefined when it cannot start: the communities are then computed here.
 */
function startCommunitiesWorker(): { detect: (graph: NetworkGraph) => Promise<Map<string, number>>; stop: () => void } | undefined {
  let worker: Worker;
  try {
    worker = new Worker(findPackageFile('dist/communities-worker.js'));
  } catch {
    return undefined;
  }
  const answer = new Promise<Int32Array>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The communities worker stopped (exit code ${code}) before answering.`)));
  });
  // After the listeners: adding a message listener holds the process open again.
  worker.unref();
  answer.catch(() => undefined); // reported where it is awaited, if it is
  return {
    async detect(graph) {
      worker.ref();
      worker.postMessage({ ties: { offsets: graph.offsets, targets: graph.targets, strengths: graph.strengths, me: graph.indexOf.get(ME) ?? -1 }, options: { seed: DEFAULT_SEED } });
      return numberCommunities(graph, await answer);
    },
    stop: () => void worker.terminate(),
  };
}

/** With --debug, how conet went about it (on stderr, so output stays clean). */
function debugNote(context: CliContext, text: string): void {
  if (context.global.debug) context.stderr.write(`debug: ${text}\n`);
}

async function fileSize(path: string): Promise<number> {
  return stat(path).then(
    (stats) => stats.size,
    () => 0,
  );
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
export async function analyseCached<T>(
  context: CliContext,
  key: readonly unknown[],
  compute: (loaded: LoadedGraph) => T | Promise<T>,
  options: LoadOptions = {},
): Promise<T> {
  const store = openStore(context);
  const day = context.today().toDateString();
  const name = `result-${createHash('sha1').update(JSON.stringify([day, ...key])).digest('hex').slice(0, 16)}`;
  return store.memoFile(name, async () => compute(await loadGraph(context, store, options)));
}
