// Turns the network file into an undirected weighted graph: one node for you (`me`), one per contact.
//
// The analyses walk a compact, read-only graph of integer indices and typed arrays (compressed
// sparse rows) rather than a graphology Graph: at 30,000 contacts graphology spends about 250 ms
// just adding the ties (a few µs each), more than all the walks together. graphology graphs are
// built from it only for the standard-library algorithms that need one (Louvain communities,
// the map's ForceAtlas2 layout), in modules of their own, so other commands never load graphology.
import type Graph from 'graphology';
import { DEFAULT_STRENGTH } from '../relationships.js';
import { ME, type Network } from '../model.js';

export interface PersonAttributes {
  /** Display name; "you" for `me`. */
  name: string;
  /** True only for the node that stands for the user. */
  me: boolean;
}

export interface TieAttributes {
  /** Tie strength, 1 (faint) to 5 (very strong); the strongest when several relationships join the same two. */
  strength: number;
  /** Same as strength: what community detection and modularity weigh edges by. */
  weight: number;
}

export type GraphologyNetwork = Graph<PersonAttributes, TieAttributes>;

export class NetworkGraph {
  /** Node ids by index: `me` first, then the contacts in file order. */
  readonly ids: readonly string[];
  readonly names: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Neighbours of node i are targets[offsets[i] .. offsets[i + 1]), in the order their ties first appear. */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** The strength of each tie in `targets`. */
  readonly strengths: Float64Array;
  /** Pair key (smaller index × order + larger index) → strength, for constant-time tie look-ups. */
  private readonly ties: ReadonlyMap<number, number>;

  constructor(ids: string[], names: string[], indexOf: Map<string, number>, ties: Map<number, number>) {
    this.ids = ids;
    this.names = names;
    this.indexOf = indexOf;
    this.ties = ties;
    const n = ids.length;
    const offsets = new Int32Array(n + 1);
    for (const key of ties.keys()) {
      offsets[Math.floor(key / n) + 1]!++;
      offsets[(key % n) + 1]!++;
    }
    for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
    const fill = offsets.slice(0, n);
    const targets = new Int32Array(2 * ties.size);
    const strengths = new Float64Array(2 * ties.size);
    for (const [key, strength] of ties) {
      const a = Math.floor(key / n);
      const b = key % n;
      targets[fill[a]!] = b;
      strengths[fill[a]!++] = strength;
      targets[fill[b]!] = a;
      strengths[fill[b]!++] = strength;
    }
    this.offsets = offsets;
    this.targets = targets;
    this.strengths = strengths;
  }

  /** Number of people, you included. */
  get order(): number {
    return this.ids.length;
  }

  /** Number of ties. */
  get size(): number {
    return this.ties.size;
  }

  hasNode(id: string): boolean {
    return this.indexOf.has(id);
  }

  degree(id: string): number {
    const index = this.indexOf.get(id);
    return index === undefined ? 0 : this.offsets[index + 1]! - this.offsets[index]!;
  }

  nameOf(id: string): string {
    const index = this.indexOf.get(id);
    return index === undefined ? id : this.names[index]!;
  }

  /** The strength of the tie between two people, or undefined when they are not tied. */
  strengthBetween(a: string, b: string): number | undefined {
    const x = this.indexOf.get(a);
    const y = this.indexOf.get(b);
    return x === undefined || y === undefined ? undefined : this.strengthAt(x, y);
  }

  /** The same, by node index. */
  strengthAt(x: number, y: number): number | undefined {
    return this.ties.get(x < y ? x * this.order + y : y * this.order + x);
  }

  hasEdge(a: string, b: string): boolean {
    return this.strengthBetween(a, b) !== undefined;
  }

  forEachNeighbor(id: string, visit: (neighbour: string, strength: number) => void): void {
    const index = this.indexOf.get(id);
    if (index === undefined) return;
    for (let e = this.offsets[index]!; e < this.offsets[index + 1]!; e++) visit(this.ids[this.targets[e]!]!, this.strengths[e]!);
  }

  /** Every tie once. */
  forEachTie(visit: (a: string, b: string, strength: number) => void): void {
    const n = this.order;
    for (const [key, strength] of this.ties) visit(this.ids[Math.floor(key / n)]!, this.ids[key % n]!, strength);
  }
}

/**
 * Builds the graph of the network. Relationships whose ends are missing, self-ties and invalid
 * strengths are skipped or defaulted rather than failing: analysis works on what is usable.
 */
export function buildGraph(network: Network): NetworkGraph {
  const ids = [ME];
  const names = ['you'];
  const indexOf = new Map<string, number>([[ME, 0]]);
  for (const contact of network.contacts) {
    if (indexOf.has(contact.id)) continue;
    indexOf.set(contact.id, ids.length);
    ids.push(contact.id);
    names.push(contact.name);
  }
  const n = ids.length;
  const ties = new Map<number, number>();
  for (const relationship of network.relationships) {
    const a = indexOf.get(relationship.from);
    const b = indexOf.get(relationship.to);
    if (a === undefined || b === undefined || a === b) continue;
    const key = a < b ? a * n + b : b * n + a;
    const strength = usableStrength(relationship.strength);
    if ((ties.get(key) ?? 0) < strength) ties.set(key, strength);
  }
  return new NetworkGraph(ids, names, indexOf, ties);
}

function usableStrength(strength: unknown): number {
  return typeof strength === 'number' && strength >= 1 && strength <= 5 ? strength : DEFAULT_STRENGTH;
}

/** Your direct ties: contact id → strength. */
export function tiesFromMe(graph: NetworkGraph): Map<string, number> {
  const ties = new Map<string, number>();
  graph.forEachNeighbor(ME, (id, strength) => ties.set(id, strength));
  return ties;
}

/** A mask of the nodes to leave out of a walk (1 = excluded). */
export function maskOf(graph: NetworkGraph, ids: Iterable<string>): Uint8Array {
  const mask = new Uint8Array(graph.order);
  for (const id of ids) {
    const index = graph.indexOf.get(id);
    if (index !== undefined) mask[index] = 1;
  }
  return mask;
}

/** A graph's ties as compressed sparse rows, and which node is you: plain arrays, which a worker thread can be sent. */
export type TieArrays = Pick<NetworkGraph, 'offsets' | 'targets' | 'strengths'> & { me: number };

export function tieArraysOf(graph: NetworkGraph): TieArrays {
  return { offsets: graph.offsets, targets: graph.targets, strengths: graph.strengths, me: graph.indexOf.get(ME) ?? -1 };
}
