// Brokerage: who sits on the shortest paths between others (betweenness centrality). Exact Brandes
// for small networks; for large ones, Brandes from a bounded sample of seeded random pivots,
// which keeps the cost at pivots × (nodes + ties) instead of nodes × (nodes + ties).
import { ME } from '../model.js';
import { maskOf, type NetworkGraph } from './build-graph.js';
import { DEFAULT_SEED, seededRandom } from './random.js';

export interface BrokerageOptions {
  seed?: number;
  /** Sample this many source nodes (default 64); networks of up to 500 people are always measured exactly. */
  pivots?: number;
  /** Leave `me` in the graph (default: out, since you would sit between everyone). */
  includeMe?: boolean;
}

const DEFAULT_PIVOTS = 64;
/** Below this size exact betweenness is cheap (at most a few million steps). */
const EXACT_UP_TO = 500;

/**
 * Normalised betweenness (as NetworkX: the share of shortest paths between pairs of other nodes
 * that pass through a node, 0–1) over unweighted ties.
 */
export function measureBrokerage(graph: NetworkGraph, options: BrokerageOptions = {}): Map<string, number> {
  const { ids, offsets, targets } = graph;
  const excluded = maskOf(graph, options.includeMe ? [] : [ME]);
  const included = ids.map((_id, index) => index).filter((index) => !excluded[index]);
  const n = included.length;
  const pivots = Math.max(options.pivots ?? DEFAULT_PIVOTS, n <= EXACT_UP_TO ? n : 0);
  const sources = pickPivots(included, pivots, options.seed ?? DEFAULT_SEED);
  const size = ids.length;
  const centrality = new Float64Array(size);
  const sigma = new Float64Array(size);
  const delta = new Float64Array(size);
  const distance = new Int32Array(size);
  const order = new Int32Array(size);

  for (const source of sources) {
    distance.fill(-1);
    sigma.fill(0);
    delta.fill(0);
    sigma[source] = 1;
    distance[source] = 0;
    // `order` doubles as the BFS queue: nodes are dequeued in the order they were discovered.
    let head = 0;
    let tail = 0;
    order[tail++] = source;
    while (head < tail) {
      const v = order[head++]!;
      const next = distance[v]! + 1;
      const paths = sigma[v]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        if (excluded[w]) continue;
        const known = distance[w]!;
        if (known === -1) {
          distance[w] = next;
          order[tail++] = w;
        }
        if (known === -1 || known === next) sigma[w]! += paths;
      }
    }
    // Predecessors are found again from the distances rather than stored: less memory, same result.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const previous = distance[w]! - 1;
      const share = (1 + delta[w]!) / sigma[w]!;
      for (let e = offsets[w]!, end = offsets[w + 1]!; e < end; e++) {
        const v = targets[e]!;
        if (distance[v] === previous && !excluded[v]) delta[v]! += sigma[v]! * share;
      }
      centrality[w]! += delta[w]!;
    }
  }

  // Each pair is counted from both ends; scale the sample up to all sources, then normalise.
  const scale = n > 2 ? n / sources.length / ((n - 1) * (n - 2)) : 0;
  const result = new Map<string, number>();
  for (const index of included) result.set(ids[index]!, centrality[index]! * scale);
  return result;
}

function pickPivots(candidates: number[], pivots: number, seed: number): number[] {
  const all = candidates.slice();
  if (all.length <= pivots) return all;
  const random = seededRandom(seed);
  for (let i = 0; i < pivots; i++) {
    const j = i + Math.floor(random() * (all.length - i));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, pivots);
}
