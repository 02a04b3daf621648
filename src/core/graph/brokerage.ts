// Brokerage: who sits on the shortest paths between others (betweenness centrality). Exact Brandes
// for small networks; for large ones, Brandes from a bounded sample of seeded random pivots,
// which keeps the cost at pivots × (nodes + ties) instead of nodes × (nodes + ties). Sampled
// runs use the linear scaling of Geisberger, Sanders and Schultes ("Better approximation of
// betweenness centrality", 2008): plain pivot sampling credits the pivots' neighbours with every
// path out of the pivot, and on a 10,000-contact network ranked them among the top brokers while
// their true rank was in the thousands; scaled, 64 pivots find most of the true top ten.
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
  // From every source, plain Brandes is exact; from a sample, each path's credit to a node is
  // scaled by how far along the path it sits, seen from the source (its two ends' shares sum to 1).
  const scaled = sources.length < n;
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
      const scale = scaled ? previous / distance[w]! : 1;
      for (let e = offsets[w]!, end = offsets[w + 1]!; e < end; e++) {
        const v = targets[e]!;
        if (distance[v] === previous && !excluded[v]) delta[v]! += scale * sigma[v]! * share;
      }
      centrality[w]! += delta[w]!;
    }
  }

  // Plain Brandes counts each pair from both ends, scaled credit once: scale the sample up to all
  // sources, then normalise by the ordered pairs of others.
  const scale = n > 2 ? ((scaled ? 2 : 1) * n) / sources.length / ((n - 1) * (n - 2)) : 0;
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
