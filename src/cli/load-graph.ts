// What every graph command starts from: the network and its graph, with its communities and brokerage on demand;
// and the cache that lets a command reuse its own result while the file has not changed.
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { Worker } from 'node:worker_threads';
import {
  buildGraph,
  DEFAULT_SEED,
  measureBrokerage,
  numberCommunities,
  searchWarmPaths,
  tieArraysOf,
  type FoundPaths,
  type NetworkGraph,
  type PathSearch,
} from '../core/graph/index.js';
import type { Contact, Network } from '../core/model.js';
import { BUILD_ID } from '../store/build-id.js';
import type { NetworkStore, SaveAlongside } from '../store/network-store.js';
import { findPackageFile } from '../store/output-file.js';
import type { CliContext } from './context.js';
import type { GraphAnswer, GraphTask } from './graph-worker.js';
import { say } from './output.js';
import { openStore, WORKER_MIN_BYTES } from './store.js';

/** The cache entry of the communities, kept under the digest of the ties they were found from. */
const COMMUNITIES = 'communities';

/** How a value by contact id (communities, brokerage) is cached. */
const toEntries = (map: Map<string, number>): [string, number][] => [...map];

export interface LoadedGraph {
  store: NetworkStore;
  network: Network;
  graph: NetworkGraph;
  /** Contact id → community index (Louvain, seeded), computed on first use (or from the start: see `LoadOptions`). */
  communities: () => Promise<Map<string, number>>;
  /** Contact id → betweenness (sampled on large networks), computed on first use. */
  brokerage: () => Promise<Map<string, number>>;
  /** Runs a warm paths' search: on the worker thread when there is one for it (see `warmPathsAlongside`), else here. */
  searchWarmPaths: (search: PathSearch) => Promise<FoundPaths>;
  /** Stops the worker thread, if one is still there: for a command that ends without what it was started for. */
  close: () => void;
}

export interface LoadOptions {
  /**
   * The command has work to do that does not need the communities: start them before returning
   * (on a thread of their own for a large network), so they are found while it does that work.
   */
  communitiesAlongside?: boolean;
  /**
   * The command also searches warm paths among other work: with `communitiesAlongside` on a large
   * network, the same thread searches them meanwhile (after Louvain, when it runs); it then stays
   * until `close`.
   */
  warmPathsAlongside?: boolean;
  /** The worker's script: the bundled one by default (none when running from src/, whose dist/ may be another version). */
  workerScript?: string;
}

export async function loadGraph(context: CliContext, store = openStore(context), options: LoadOptions = {}): Promise<LoadedGraph> {
  // Started before the network is parsed, so that the worker's own start-up runs alongside it; if
  // the communities turn out to be cached, it is stopped unused, unless the warm paths need it.
  const worker = options.communitiesAlongside && (await fileSize(store.path)) >= WORKER_MIN_BYTES ? await startGraphWorker(context, options.workerScript) : undefined;
  try {
    const network = await store.load();
    const graph = buildGraph(network);
    // Communities and brokerage are the costliest steps on a large network and depend only on who
    // is tied to whom: they are cached under a digest of the ties, so editing a note, logging a
    // meeting or recording an introduction does not compute them again.
    let ties: string | undefined;
    const memoOnTies = (name: string, compute: () => Map<string, number> | Promise<Map<string, number>>) =>
      store.memo(name, compute, { encode: toEntries, decode: (entries: [string, number][]) => new Map(entries), key: (ties ??= digestTies(graph)) });
    let computing = false;
    const detect = (started = () => {}) =>
      memoOnTies(COMMUNITIES, () => {
        computing = true;
        const pending = worker
          ? worker.detectCommunities(graph).catch((error: unknown) => {
              noteWorkerFailure(context, error, 'finding the communities on this thread');
              return detectHere(graph);
            })
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
      void communities.then(started, started).finally(() => {
        if (worker && !computing) debugNote(context, `communities read from the cache; the worker thread was ${options.warmPathsAlongside ? 'left to the warm paths' : 'not needed'}`);
        if (!options.warmPathsAlongside) worker?.stop();
      });
      await ready;
    }
    return {
      store,
      network,
      graph,
      communities: () => (communities ??= detect()),
      brokerage: () => memoOnTies('brokerage', () => measureBrokerage(graph, { seed: DEFAULT_SEED })),
      searchWarmPaths: async (search) => {
        // Behind Louvain too: the caller has more than that to do before it needs the paths.
        if (!worker || !options.warmPathsAlongside) return searchWarmPaths(graph, search);
        return worker.searchWarmPaths(graph, search).catch((error: unknown) => {
          noteWorkerFailure(context, error, 'searching the warm paths on this thread');
          return searchWarmPaths(graph, search);
        });
      },
      close: () => worker?.stop(),
    };
  } catch (error) {
    worker?.stop();
    throw error;
  }
}

/**
 * With the save of a large file whose ties changed (`conet link`, `conet add`…), the new ties'
 * communities, found on the worker while the file is written, so that the next command reads them
 * instead of waiting for them. Louvain takes about as long as the save, which waits for it: on a
 * 30,000-contact file the save takes 0.1–0.2 s longer. Brokerage is left to the command that needs it:
 * the save would wait for it too.
 */
export function findCommunitiesAlongsideSave(context: CliContext): SaveAlongside {
  return async (network, { previous, isCached }) => {
    // The core never changes a network in place: the same relationships among the same people are the same ties.
    if (network.relationships === previous.relationships && sameIds(network.contacts, previous.contacts)) return undefined;
    // Started first, so that its start-up runs while the ties are digested.
    const worker = await startGraphWorker(context);
    if (!worker) return undefined;
    const graph = buildGraph(network);
    const key = digestTies(graph);
    if (isCached(COMMUNITIES, key)) {
      worker.stop();
      return undefined;
    }
    const values = worker.detectCommunities(graph).then(
      (communities) => [{ name: COMMUNITIES, key, json: JSON.stringify(toEntries(communities)) }],
      (error: unknown) => {
        noteWorkerFailure(context, error, 'the next command that needs the communities finds them');
        return [];
      },
    );
    return { values, stop: worker.stop };
  };
}

function sameIds(contacts: readonly Contact[], others: readonly Contact[]): boolean {
  return contacts === others || (contacts.length === others.length && contacts.every((contact, index) => contact.id === others[index]!.id));
}

/** Louvain (and with it its graphology packages) is loaded only when the communities are not cached. */
async function detectHere(graph: NetworkGraph): Promise<Map<string, number>> {
  return (await import('../core/graph/communities.js')).detectCommunities(graph, { seed: DEFAULT_SEED });
}

interface GraphWorker {
  detectCommunities: (graph: NetworkGraph) => Promise<Map<string, number>>;
  searchWarmPaths: (graph: NetworkGraph, search: PathSearch) => Promise<FoundPaths>;
  stop: () => void;
}

/**
 * A worker thread for Louvain and the warm paths' search. Its start-up (a fresh Node context, then
 * the Louvain packages: about 80 ms) runs while this thread loads the network; while it has nothing
 * to do it does not keep conet running. Should it fail (or not start: then undefined), the same
 * work is done on this thread instead, with the same results.
 */
async function startGraphWorker(context: CliContext, script?: string): Promise<GraphWorker | undefined> {
  // Running from src/ (tests), dist/ may hold another version's worker: none is started unless named.
  if (script === undefined && BUILD_ID === 'dev') return undefined;
  let worker: Worker;
  try {
    // Loaded here: a small network never starts a worker, and node:worker_threads costs 1–2 ms to load.
    const { Worker } = await import('node:worker_threads');
    worker = new Worker(script ?? findPackageFile('dist/graph-worker.js'));
  } catch (error) {
    debugNote(context, `no graph worker (${messageOf(error)})`);
    return undefined;
  }
  // One request of each kind at most; each waits for its answer, or for the worker's failure.
  const waiting = new Map<GraphTask['task'], { resolve: (answer: GraphAnswer) => void; reject: (error: Error) => void }>();
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(failure);
    waiting.clear();
  };
  worker.on('message', (answer: GraphAnswer) => {
    waiting.get(answer.task)?.resolve(answer);
    waiting.delete(answer.task);
    if (waiting.size === 0) worker.unref();
  });
  worker.once('error', fail);
  worker.once('messageerror', fail);
  worker.once('exit', (code) => fail(new Error(`it stopped (exit code ${code}) before answering`)));
  // After the listeners: adding a message listener holds the process open again.
  worker.unref();
  const run = (request: GraphTask) =>
    new Promise<GraphAnswer>((resolve, reject) => {
      if (failure) return reject(failure);
      // Answers are told apart by their kind only.
      if (waiting.has(request.task)) return reject(new Error(`a ${request.task} request is already waiting`));
      waiting.set(request.task, { resolve, reject });
      worker.ref();
      worker.postMessage(request);
    });
  return {
    async detectCommunities(graph) {
      const answer = await run({ task: 'communities', ties: tieArraysOf(graph), options: { seed: DEFAULT_SEED } });
      debugNote(context, 'communities found on a worker thread');
      return numberCommunities(graph, (answer as Extract<GraphAnswer, { task: 'communities' }>).labels);
    },
    async searchWarmPaths(graph, search) {
      const answer = await run({ task: 'paths', ties: tieArraysOf(graph), search });
      debugNote(context, 'warm paths searched on a worker thread');
      return (answer as Extract<GraphAnswer, { task: 'paths' }>).found;
    },
    stop: () => {
      fail(new WorkerStopped());
      void worker.terminate();
    },
  };
}

/** What a request still waiting is told when the worker is stopped: not a failure worth a note. */
class WorkerStopped extends Error {
  constructor() {
    super('the graph worker was stopped');
  }
}

function noteWorkerFailure(context: CliContext, error: unknown, instead: string): void {
  if (!(error instanceof WorkerStopped)) debugNote(context, `the graph worker failed (${messageOf(error)}); ${instead}`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** With --debug, how conet went about it (on stderr, so output stays clean). */
function debugNote(context: CliContext, text: string): void {
  if (context.global.debug) say(context, `debug: ${text}`);
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
  return store.memoFile(name, async () => {
    const loaded = await loadGraph(context, store, options);
    try {
      return await compute(loaded);
    } finally {
      loaded.close();
    }
  });
}
