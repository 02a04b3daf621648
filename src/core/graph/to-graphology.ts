// A graphology copy of the network graph, for the graphology algorithms that read one (the map's
// ForceAtlas2 layout; tests comparing with graphology-metrics). Kept apart from build-graph.ts so
// that only the commands that need graphology load it.
import Graph from 'graphology';
import { ME } from '../model.js';
import type { GraphologyNetwork, NetworkGraph, PersonAttributes, TieAttributes } from './build-graph.js';

/** A new copy on each call: layouts write their positions onto it. */
export function toGraphology(graph: NetworkGraph): GraphologyNetwork {
  const copy: GraphologyNetwork = new Graph<PersonAttributes, TieAttributes>({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.ids.forEach((id, index) => copy.addNode(id, { name: graph.names[index]!, me: id === ME }));
  graph.forEachTie((a, b, strength) => copy.addEdge(a, b, { strength, weight: strength }));
  return copy;
}
