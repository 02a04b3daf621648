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
  if (source < 0) return targets.map(() => []);
  // One search from you, as far as the targets; each alternative only re-routes those reached
  // through the introducer it leaves out. A target you let go can still be reached (it is the last step).
  const everyone = startPathTree(ties, source, letGo);
  grow(ties, everyone, minStrength, targets);
  return targets.map((target) => {
    const paths: FoundPath[] = [];
    let tree = everyone;
    for (let found = target < 0 ? undefined : pathTo(tree, target); found; found = pathTo(tree, target)) {
      paths.push(found);
      // The next alternative must go through someone else first.
      if (paths.length >= limit || found.nodes.length <= 2) break;
      tree = withoutIntroducer(ties, tree, found.nodes[1]!, minStrength);
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
  /** In twelfths (see tieCost). */
  cost: number;
}

/** The part of the graph a search walks. */
type Ties = Pick<NetworkGraph, 'offsets' | 'targets' | 'strengths'>;

/**
 * A tie's cost in twelfths: 5 / strength is 60 / strength twelfths, a whole number for every
 * strength from 1 to 5, so that paths of equal cost compare equal exactly.
 */
const TWELFTHS = 12;
const tieCost = (strength: number) => 60 / strength;

/**
 * The cheapest paths from the source to everyone it reaches, by node index. A node is reached at
 * the lowest cost, then in the fewest hops, from the first of the neighbours that give it that
 * (the cheapest, then the first in node order): a function of the ties and of who is blocked
 * alone, however the tree was grown. Blocked people are reached but lead nowhere.
 */
interface PathTree {
  source: number;
  blocked: Uint8Array;
  cost: Float64Array;
  hops: Int32Array;
  /** The node before, or -1 (the source, and anyone not reached). */
  previous: Int32Array;
  /** The strength of the tie from the node before. */
  via: Float64Array;
  /** The nodes whose place is final: everyone reached, once the tree is complete. */
  done: Uint8Array;
  /** While the tree is still growing, its search's queue. */
  frontier?: MinHeap;
}

function startPathTree(ties: Ties, source: number, blocked: Uint8Array): PathTree {
  const n = ties.offsets.length - 1;
  const frontier = new MinHeap();
  frontier.push(source, 0, 0);
  const tree: PathTree = {
    source,
    blocked,
    cost: new Float64Array(n).fill(Infinity),
    hops: new Int32Array(n),
    previous: new Int32Array(n).fill(-1),
    via: new Float64Array(n),
    done: new Uint8Array(n),
    frontier,
  };
  tree.cost[source] = 0;
  return tree;
}

/** Grows the tree until every target has its place (a close target takes a few steps), or to the end. */
function grow(ties: Ties, tree: PathTree, minStrength: number, targets?: readonly number[]): void {
  if (!tree.frontier) return;
  settle(ties, tree, tree.frontier, undefined, minStrength, targets);
  if (tree.frontier.size === 0) tree.frontier = undefined;
}

/**
 * The tree once `introducer` is blocked too. Only the people reached through them can change:
 * everyone else keeps a path that does not use them, and nothing better than before. Those few
 * are reached again, from the rest or from one another, by the same rule.
 */
function withoutIntroducer(ties: Ties, tree: PathTree, introducer: number, minStrength: number): PathTree {
  // Everyone's place must be known first: the people re-routed may go a longer way round.
  grow(ties, tree, minStrength);
  const cut = reachedThrough(tree, introducer);
  const blocked = tree.blocked.slice();
  blocked[introducer] = 1;
  const next: PathTree = {
    source: tree.source,
    blocked,
    cost: tree.cost.slice(),
    hops: tree.hops.slice(),
    previous: tree.previous.slice(),
    via: tree.via.slice(),
    done: tree.done.slice(),
  };
  const inCut = new Uint8Array(tree.cost.length);
  for (const w of cut) {
    next.cost[w] = Infinity;
    next.previous[w] = -1;
    next.done[w] = 0;
    inCut[w] = 1;
  }
  const heap = new MinHeap();
  for (const w of cut) {
    for (let e = ties.offsets[w]!; e < ties.offsets[w + 1]!; e++) {
      const v = ties.targets[e]!;
      if (!inCut[v] && leadsOn(next, v) && ties.strengths[e]! >= minStrength) offer(next, v, w, ties.strengths[e]!);
    }
    if (next.cost[w] !== Infinity) heap.push(w, next.cost[w]!, next.hops[w]!);
  }
  settle(ties, next, heap, inCut, minStrength);
  return next;
}

/**
 * Dijkstra with a binary heap, from what `heap` holds, over the nodes in `scope` (all without one),
 * until every one of `targets` has its place (or to the end): the heap then holds the rest.
 */
function settle(ties: Ties, tree: PathTree, heap: MinHeap, scope: Uint8Array | undefined, minStrength: number, targets?: readonly number[]): void {
  const { done } = tree;
  const wanted = targets && new Uint8Array(done.length);
  let remaining = 0;
  for (const target of targets ?? []) {
    if (target >= 0 && !done[target] && !wanted![target]) {
      wanted![target] = 1;
      remaining++;
    }
  }
  while (heap.size > 0 && (!wanted || remaining > 0)) {
    const v = heap.pop();
    if (done[v]) continue;
    done[v] = 1;
    if (wanted?.[v]) remaining--;
    if (!leadsOn(tree, v)) continue;
    for (let e = ties.offsets[v]!; e < ties.offsets[v + 1]!; e++) {
      const w = ties.targets[e]!;
      const strength = ties.strengths[e]!;
      if (done[w] || (scope && !scope[w]) || strength < minStrength) continue;
      if (offer(tree, v, w, strength)) heap.push(w, tree.cost[w]!, tree.hops[w]!);
    }
  }
}

/** Whether a path may go on from v: the source, or someone reached who is not blocked. */
function leadsOn(tree: PathTree, v: number): boolean {
  return v === tree.source || (!tree.blocked[v] && tree.cost[v] !== Infinity);
}

/**
 * Reaches w from v if that is cheaper, or as cheap in fewer hops, or the same from a neighbour
 * earlier in the search's order (which a search from scratch would have taken first).
 */
function offer(tree: PathTree, v: number, w: number, strength: number): boolean {
  const { cost, hops, previous } = tree;
  const next = cost[v]! + tieCost(strength);
  const steps = hops[v]! + 1;
  const before = previous[w]!;
  const better =
    next < cost[w]! || (next === cost[w] && (steps < hops[w]! || (steps === hops[w] && less(cost[v]!, hops[v]!, v, cost[before]!, hops[before]!, before))));
  if (!better) return false;
  cost[w] = next;
  hops[w] = steps;
  previous[w] = v;
  tree.via[w] = strength;
  return true;
}

/** The people whose path in the tree goes through `introducer` (not them). */
function reachedThrough(tree: PathTree, introducer: number): number[] {
  const THROUGH = 1;
  const ELSEWHERE = 2;
  const mark = new Uint8Array(tree.cost.length);
  mark[introducer] = ELSEWHERE;
  const chain: number[] = [];
  const through: number[] = [];
  for (let w = 0; w < mark.length; w++) {
    // Up the tree to someone already known; then everyone on the way is the same.
    let v = w;
    while (mark[v] === 0) {
      const before = tree.previous[v]!;
      if (before === introducer || before < 0) {
        mark[v] = before === introducer ? THROUGH : ELSEWHERE;
        break;
      }
      chain.push(v);
      v = before;
    }
    for (const on of chain) mark[on] = mark[v]!;
    chain.length = 0;
    if (mark[w] === THROUGH) through.push(w);
  }
  return through;
}

/** The path to the target in the tree, once it has its place there. */
function pathTo(tree: PathTree, target: number): FoundPath | undefined {
  if (!tree.done[target] || target === tree.source) return undefined;
  const nodes: number[] = [];
  const strengths: number[] = [];
  for (let v = target; v !== -1; v = tree.previous[v]!) {
    nodes.push(v);
    strengths.push(v === tree.source ? 0 : tree.via[v]!);
  }
  return { nodes: nodes.reverse(), strengths: strengths.reverse(), cost: tree.cost[target]! };
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
    cost: Math.round((found.cost / TWELFTHS) * 100) / 100,
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
  return costA < costB || (costA === costB && (hopsA < hopsB || (hopsA === hopsB && nodeA < nodeB)));
}
