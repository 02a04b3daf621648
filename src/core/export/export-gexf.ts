// GEXF for Gephi: contacts and you as nodes, relationships as edges whose weight is the strength.
import Graph from 'graphology';
import writeGexf from 'graphology-gexf/common/writer.js';
import type { Network } from '../model.js';
import { networkToGraph } from './network-graph.js';

export function exportGexf(network: Network): string {
  const description = networkToGraph(network);
  const graph = new Graph({ type: 'undirected', multi: true });
  // Marks the file as conet's, so importing it back keeps contact ids.
  graph.setAttribute('creator', 'conet');
  for (const node of description.nodes) graph.addNode(node.id, node.attributes);
  // Explicit keys: graphology's generated ones differ from run to run.
  description.edges.forEach((edge, index) => graph.addEdgeWithKey(`e${index}`, edge.source, edge.target, edge.attributes));
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (_key, attributes) => {
      const { label, ...rest } = attributes;
      return { label: String(label), attributes: rest };
    },
    formatEdge: (_key, attributes) => ({
      ...(typeof attributes.strength === 'number' && { weight: attributes.strength }),
      attributes,
    }),
  });
}
