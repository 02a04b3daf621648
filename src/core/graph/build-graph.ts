// Turns the network file into an undirected weighted graph: one node for you (`me`), one per contact.
import Graph from 'graphology';
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

export type NetworkGraph = Graph<PersonAttributes, TieAttributes>;

/**
 * Builds the graph of the network. Relationships whose ends are missing, self-ties and invalid
 * strengths are skipped or defaulted rather than failing: analysis works on what is usable.
 */
export function buildGraph(network: Network): NetworkGraph {
  const graph: NetworkGraph = new Graph<PersonAttributes, TieAttributes>({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.addNode(ME, { name: 'you', me: true });
  for (const contact of network.contacts) {
    if (!graph.hasNode(contact.id)) graph.addNode(contact.id, { name: contact.name, me: false });
  }
  for (const relationship of network.relationships) {
    const { from, to } = relationship;
    if (from === to || !graph.hasNode(from) || !graph.hasNode(to)) continue;
    const strength = usableStrength(relationship.strength);
    const existing = graph.edge(from, to);
    if (existing === undefined) graph.addEdge(from, to, { strength, weight: strength });
    else if (graph.getEdgeAttribute(existing, 'strength') < strength) graph.mergeEdgeAttributes(existing, { strength, weight: strength });
  }
  return graph;
}

function usableStrength(strength: unknown): number {
  return typeof strength === 'number' && strength >= 1 && strength <= 5 ? strength : DEFAULT_STRENGTH;
}

/** Your direct ties: contact id → strength. */
export function tiesFromMe(graph: NetworkGraph): Map<string, number> {
  const ties = new Map<string, number>();
  if (!graph.hasNode(ME)) return ties;
  graph.forEachEdge(ME, (_edge, attributes, source, target) => ties.set(source === ME ? target : source, attributes.strength));
  return ties;
}
