// A compact, array-based copy of the graph's adjacency for the algorithms that walk it many times
// (betweenness, shortest paths, reachability): integer indices and typed arrays are far faster
// than string keys. Built once per graph and reused: graphs are not changed after `buildGraph`.
import type { NetworkGraph } from './build-graph.js';

export interface Adjacency {
  ids: string[];
  indexOf: Map<string, number>;
  /** Neighbours of node i are targets[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
  targets: Int32Array;
  strengths: Float64Array;
}

const built = new WeakMap<NetworkGraph, Adjacency>();

export function indexAdjacency(graph: NetworkGraph): Adjacency {
  const cached = built.get(graph);
  if (cached && cached.ids.length === graph.order && cached.targets.length === 2 * graph.size) return cached;
  const ids = graph.nodes();
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  const ends = new Int32Array(2 * graph.size);
  const edgeStrengths = new Float64Array(graph.size);
  const offsets = new Int32Array(ids.length + 1);
  let edge = 0;
  graph.forEachEdge((_key, attributes, source, target) => {
    const a = indexOf.get(source)!;
    const b = indexOf.get(target)!;
    ends[2 * edge] = a;
    ends[2 * edge + 1] = b;
    edgeStrengths[edge++] = attributes.strength;
    offsets[a + 1]!++;
    offsets[b + 1]!++;
  });
  for (let i = 0; i < ids.length; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, ids.length);
  const targets = new Int32Array(2 * graph.size);
  const strengths = new Float64Array(2 * graph.size);
  for (let e = 0; e < edge; e++) {
    const a = ends[2 * e]!;
    const b = ends[2 * e + 1]!;
    targets[fill[a]!] = b;
    strengths[fill[a]!++] = edgeStrengths[e]!;
    targets[fill[b]!] = a;
    strengths[fill[b]!++] = edgeStrengths[e]!;
  }
  const adjacency = { ids, indexOf, offsets, targets, strengths };
  built.set(graph, adjacency);
  return adjacency;
}

/** A mask of the nodes to leave out of a walk (1 = excluded). */
export function maskOf(adjacency: Adjacency, ids: Iterable<string>): Uint8Array {
  const mask = new Uint8Array(adjacency.ids.length);
  for (const id of ids) {
    const index = adjacency.indexOf.get(id);
    if (index !== undefined) mask[index] = 1;
  }
  return mask;
}
