// Communities (circles) among your contacts, by Louvain modularity optimisation with a seeded rng.
import louvain from 'graphology-communities-louvain';
import type { AbstractGraph } from 'graphology-types';
import { tieArraysOf, type NetworkGraph, type TieArrays } from './build-graph.js';
import { numberCommunities } from './number-communities.js';
import { DEFAULT_SEED, seededRandom } from './random.js';

export interface CommunityOptions {
  seed?: number;
}

/**
 * Maps each contact to a community index: 0 is the largest community, ties broken by file order,
 * so the numbering is stable. `me` is left out: you touch every circle, and including you would
 * merge them all into one.
 */
export function detectCommunities(graph: NetworkGraph, options: CommunityOptions = {}): Map<string, number> {
  return numberCommunities(graph, labelCommunities(tieArraysOf(graph), options));
}

/**
 * Louvain's label for each node index (-1 for you, and for everyone when there are no ties among
 * your contacts: then there is nothing to detect). Needs only the ties, so it can run on another thread.
 */
export function labelCommunities(ties: TieArrays, options: CommunityOptions = {}): Int32Array<ArrayBuffer> {
  const view = new TiesAmongContacts(ties);
  const labels = new Int32Array(ties.offsets.length - 1).fill(-1);
  if (view.size === 0) return labels;
  const found = louvain(view as unknown as AbstractGraph, { rng: seededRandom(options.seed ?? DEFAULT_SEED) });
  for (const node in found) labels[Number(node)] = found[node]!;
  return labels;
}

/**
 * The ties among your contacts (you left out), weighted by strength, as the read-only part of a
 * graphology Graph that Louvain walks: nodes keyed by their index, each tie once, in the order a
 * Graph built from the same ties would list them. Building a real Graph for Louvain took about
 * 200 ms at 30,000 contacts (graphology keeps each node and edge as objects), longer than Louvain
 * itself; this view takes about 10 ms. A test checks that Louvain finds exactly the same
 * communities on it as on a real Graph, so a graphology update that reads more of the graph fails
 * there, not silently.
 */
export class TiesAmongContacts implements Pick<AbstractGraph, 'type' | 'multi' | 'order' | 'size' | 'selfLoopCount'> {
  readonly type = 'undirected';
  readonly multi = false;
  readonly selfLoopCount = 0;
  readonly order: number;
  readonly size: number;
  private readonly nodes: string[] = [];
  private readonly degrees: Int32Array;
  /** Each tie once (the smaller index first), in order of its smaller end, then of the CSR rows. */
  private readonly ends: Int32Array;
  private readonly weights: Float64Array;

  constructor({ offsets, targets, strengths, me }: TieArrays) {
    const people = offsets.length - 1;
    this.degrees = new Int32Array(people);
    const ends: number[] = [];
    const weights: number[] = [];
    for (let a = 0; a < people; a++) {
      if (a === me) continue;
      this.nodes.push(String(a));
      for (let e = offsets[a]!; e < offsets[a + 1]!; e++) {
        const b = targets[e]!;
        if (b === me) continue;
        this.degrees[a]!++;
        if (b > a) {
          ends.push(a, b);
          weights.push(strengths[e]!);
        }
      }
    }
    this.order = this.nodes.length;
    this.size = weights.length;
    this.ends = Int32Array.from(ends);
    this.weights = Float64Array.from(weights);
  }

  forEachNode(visit: (node: string, attributes: object) => void): void {
    for (const node of this.nodes) visit(node, {});
  }

  undirectedDegreeWithoutSelfLoops(node: string): number {
    return this.degrees[Number(node)]!;
  }

  forEachEdge(
    visit: (edge: string, attributes: { weight: number }, source: string, target: string, sourceAttributes: object, targetAttributes: object, undirected: boolean) => void,
  ): void {
    for (let e = 0; e < this.size; e++) visit(String(e), { weight: this.weights[e]! }, String(this.ends[2 * e]), String(this.ends[2 * e + 1]), {}, {}, true);
  }

  // What graphology's isGraph looks for; the view cannot be changed.
  addUndirectedEdgeWithKey(): never {
    throw new Error('The ties among contacts are read-only');
  }

  dropNode(): never {
    throw new Error('The ties among contacts are read-only');
  }
}
