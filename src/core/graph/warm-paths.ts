// Warm introduction paths: from you to a contact through chains of people who know each other,
// preferring strong ties. A tie costs 5 / strength (a very strong tie 1, a faint one 5), so two
// strong hops beat one faint one. Alternatives go through a different first introducer.
import { ME, type Network } from '../model.js';
import { maskOf, type NetworkGraph } from './build-graph.js';
import { isLetGo } from './people.js';

export interface PathStep {
  id: string;
  name: string;
  /** Strength of the tie from the previous step (0 for you, the first step). */
  strength: number;
}

export interface WarmPath {
  /** From you (`me`) to the target, inclusive. */
  steps: PathStep[];
  hops: number;
  /** Sum of 5 / strength over the ties: lower is warmer. */
  cost: number;
  weakestStrength: number;
  /** The person you would ask first, or null when you know the target directly. */
  introducer: string | null;
  /** The path in plain words. */
  explanation: string;
}

export interface WarmPathsResult {
  target: { id: string; name: string };
  direct: boolean;
  /** Best first; never empty. */
  paths: WarmPath[];
}

export interface WarmPathOptions {
  /** How many paths at most (the best plus alternatives). Default 3. */
  limit?: number;
  /** Ignore ties weaker than this. Default 1 (use every tie). */
  minStrength?: number;
}

/** Returns the warmest paths from you to the target, or null when no chain of ties reaches them. */
export function findWarmPaths(network: Network, graph: NetworkGraph, targetId: string, options: WarmPathOptions = {}): WarmPathsResult | null {
  return findWarmPathsTo(network, graph, [targetId], options)[0]!;
}

/**
 * The same for several targets at once (the plan's prospects): their best paths come from a single
 * search, which gives each exactly what a search for it alone gives, since where a search stops
 * does not change its course up to there. Only the alternatives need a search per target.
 */
export function findWarmPathsTo(network: Network, graph: NetworkGraph, targetIds: readonly string[], options: WarmPathOptions = {}): (WarmPathsResult | null)[] {
  const { search, describe } = prepareWarmPaths(network, graph, targetIds, options);
  return describe(searchWarmPaths(graph, search));
}

/** What a search for warm paths needs, by node index: nothing but the ties besides, so it can run on another thread. */
export interface PathSearch {
  /** You, or -1 when the network has no `me`. */
  source: number;
  /** The targets' indices (-1 for one not in the graph, or you). */
  targets: number[];
  /** People not asked to introduce (1), the targets themselves aside. */
  letGo: Uint8Array;
  limit: number;
  minStrength: number;
}

/** Each target's paths, best first, as node indices along them. */
export type FoundPaths = FoundPath[][];

/** The search for these targets' paths, and how its answer becomes the paths in words. */
export function prepareWarmPaths(
  network: Network,
  graph: NetworkGraph,
  targetIds: readonly string[],
  options: WarmPathOptions = {},
): { search: PathSearch; describe: (found: FoundPaths) => (WarmPathsResult | null)[] } {
  const source = graph.indexOf.get(ME) ?? -1;
  const targets = targetIds.map((id) => {
    const index = graph.indexOf.get(id) ?? -1;
    return index === source ? -1 : index;
  });
  const search = { source, targets, letGo: blockedIntermediaries(network, graph), limit: Math.max(1, options.limit ?? 3), minStrength: options.minStrength ?? 1 };
  const describe = (found: FoundPaths) =>
    targetIds.map((targetId, at) => {
      const paths = found[at]!.map((path) => describePath(graph, path));
      return paths.length === 0 ? null : { target: { id: targetId, name: graph.nameOf(targetId) }, direct: paths[0]!.hops === 1, paths };
    });
  return { search, describe };
}

/** Runs a search from `prepareWarmPaths`: each target's paths, none when no chain of ties reaches it. */
export function searchWarmPaths(ties: Ties, { source, targets, letGo, limit, minStrength }: PathSearch): FoundPaths {
  const best = source < 0 ? new Map<number, FoundPath>() : cheapestPaths(ties, source, targets.filter((index) => index >= 0), letGo, minStrength);
  return targets.map((target) => {
    let found = best.get(target);
    if (!found) return [];
    const paths: FoundPath[] = [];
    // A target you let go can still be reached; the others you let go are not asked to introduce.
    const blocked = letGo.slice();
    blocked[target] = 0;
    for (let attempt = 0; found; attempt++) {
      paths.push(found);
      // The next alternative must go through someone else first.
      if (attempt + 1 >= limit || found.nodes.length <= 2) break;
      blocked[found.nodes[1]!] = 1;
      found = cheapestPaths(ties, source, [target], blocked, minStrength).get(target);
    }
    return paths;
  });
}

/** The contacts a chain of ties from you can reach (the same ties `findWarmPaths` walks). */
export function reachableFromMe(network: Network, graph: NetworkGraph): Set<string> {
  const reached = new Set<string>();
  const start = graph.indexOf.get(ME);
  if (start === undefined) return reached;
  const blocked = blockedIntermediaries(network, graph);
  const seen = new Uint8Array(graph.order);
  const queue = [start];
  seen[start] = 1;
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++) {
      const w = graph.targets[e]!;
      if (seen[w]) continue;
      seen[w] = 1;
      reached.add(graph.ids[w]!);
      if (!blocked[w]) queue.push(w);
    }
  }
  return reached;
}

/** People marked "not a collaborator" are not asked to make introductions. */
function blockedIntermediaries(network: Network, graph: NetworkGraph): Uint8Array {
  return maskOf(graph, network.contacts.filter(isLetGo).map((contact) => contact.id));
}

export interface FoundPath {
  nodes: number[];
  strengths: number[];
  cost: number;
}

/** The part of the graph a search walks. */
type Ties = Pick<NetworkGraph, 'offsets' | 'targets' | 'strengths'>;

/**
 * Dijkstra with a binary heap, until every target is reached (or none more can be); ties in cost
 * are broken by fewer hops, then by node order. The cheapest path to each target reached.
 */
function cheapestPaths(graph: Ties, source: number, targets: readonly number[], blocked: Uint8Array, minStrength: number): Map<number, FoundPath> {
  const n = graph.offsets.length - 1;
  const cost = new Float64Array(n).fill(Infinity);
  const hops = new Int32Array(n);
  const previous = new Int32Array(n).fill(-1);
  const viaStrength = new Float64Array(n);
  const done = new Uint8Array(n);
  const wanted = new Uint8Array(n);
  let remaining = 0;
  for (const target of targets) {
    if (wanted[target] === 0) remaining++;
    wanted[target] = 1;
  }
  const heap = new MinHeap();
  cost[source] = 0;
  heap.push(source, 0, 0);
  while (heap.size > 0 && remaining > 0) {
    const v = heap.pop();
    if (done[v]) continue;
    done[v] = 1;
    if (wanted[v] && --remaining === 0) break;
    if (v !== source && blocked[v]) continue;
    for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++) {
      const w = graph.targets[e]!;
      const strength = graph.strengths[e]!;
      if (done[w] || strength < minStrength) continue;
      const next = cost[v]! + 5 / strength;
      if (next < cost[w]! - 1e-9 || (Math.abs(next - cost[w]!) <= 1e-9 && hops[v]! + 1 < hops[w]!)) {
        cost[w] = next;
        hops[w] = hops[v]! + 1;
        previous[w] = v;
        viaStrength[w] = strength;
        heap.push(w, next, hops[w]!);
      }
    }
  }
  const found = new Map<number, FoundPath>();
  for (const target of targets) {
    if (!done[target]) continue;
    const nodes: number[] = [];
    const strengths: number[] = [];
    for (let v = target; v !== -1; v = previous[v]!) {
      nodes.push(v);
      strengths.push(v === source ? 0 : viaStrength[v]!);
    }
    found.set(target, { nodes: nodes.reverse(), strengths: strengths.reverse(), cost: cost[target]! });
  }
  return found;
}

function describePath(graph: NetworkGraph, found: FoundPath): WarmPath {
  const steps = found.nodes.map((index, i) => ({ id: graph.ids[index]!, name: graph.names[index]!, strength: found.strengths[i]! }));
  const hops = steps.length - 1;
  const ties = steps.slice(1);
  let explanation: string;
  if (hops === 1) {
    explanation = `You already know ${steps[1]!.name} directly (tie ${steps[1]!.strength}/5): reach out yourself.`;
  } else {
    const [first, ...rest] = ties;
    const chain = rest.map((step) => `${step.name} (${step.strength}/5)`).join(', who can introduce you to ');
    explanation = `Ask ${first!.name} (your tie ${first!.strength}/5) to introduce you to ${chain}.`;
  }
  return {
    steps,
    hops,
    cost: Math.round(found.cost * 100) / 100,
    weakestStrength: Math.min(...ties.map((step) => step.strength)),
    introducer: hops > 1 ? steps[1]!.id : null,
    explanation,
  };
}

/**
 * Priority queue keyed by (cost, hops, node index), so equal-cost paths resolve the same way every
 * run. Entries live in parallel typed arrays: a search over 30,000 people pushes ~100,000 of them.
 */
class MinHeap {
  private costs = new Float64Array(1024);
  private hops = new Int32Array(1024);
  private nodes = new Int32Array(1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(node: number, cost: number, hops: number): void {
    if (this.count === this.nodes.length) this.grow();
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(cost, hops, node, this.costs[parent]!, this.hops[parent]!, this.nodes[parent]!)) break;
      this.copy(parent, i);
      i = parent;
    }
    this.put(i, cost, hops, node);
  }

  pop(): number {
    const top = this.nodes[0]!;
    const last = --this.count;
    // Sift the last entry down from the root.
    const cost = this.costs[last]!;
    const hops = this.hops[last]!;
    const node = this.nodes[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      const right = child + 1;
      if (right < last && less(this.costs[right]!, this.hops[right]!, this.nodes[right]!, this.costs[child]!, this.hops[child]!, this.nodes[child]!)) {
        child = right;
      }
      if (!less(this.costs[child]!, this.hops[child]!, this.nodes[child]!, cost, hops, node)) break;
      this.copy(child, i);
      i = child;
    }
    if (last > 0) this.put(i, cost, hops, node);
    return top;
  }

  private put(i: number, cost: number, hops: number, node: number): void {
    this.costs[i] = cost;
    this.hops[i] = hops;
    this.nodes[i] = node;
  }

  private copy(from: number, to: number): void {
    this.put(to, this.costs[from]!, this.hops[from]!, this.nodes[from]!);
  }

  private grow(): void {
    const capacity = 2 * this.nodes.length;
    const costs = new Float64Array(capacity);
    const hops = new Int32Array(capacity);
    const nodes = new Int32Array(capacity);
    costs.set(this.costs);
    hops.set(this.hops);
    nodes.set(this.nodes);
    this.costs = costs;
    this.hops = hops;
    this.nodes = nodes;
  }
}

function less(costA: number, hopsA: number, nodeA: number, costB: number, hopsB: number, nodeB: number): boolean {
  return costA < costB - 1e-9 || (Math.abs(costA - costB) <= 1e-9 && (hopsA < hopsB || (hopsA === hopsB && nodeA < nodeB)));
}
