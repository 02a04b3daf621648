// GraphML for yEd, Cytoscape and NetworkX (graphology-graphml reads it but has no writer).
// Written line by line, indented for people and diffs: building it as an XML DOM first
// (@xmldom/xmldom) took 4.3 s and 1.4 GB at 30,000 contacts, this 0.7 s and 0.26 GB, end to end (measured).
import type { Network } from '../model.js';
import { CONET_GRAPH_ID, networkToGraph, type GraphExport } from './network-graph.js';
import { escapeXmlAttribute as escapeAttribute, escapeXmlText as escapeText } from './xml-text.js';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

export function exportGraphml(network: Network): string {
  const graph = networkToGraph(network);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<graphml xmlns="${GRAPHML_NS}">`];
  for (const [kind, prefix, fields] of [['node', 'n', graph.nodeFields], ['edge', 'e', graph.edgeFields]] as const) {
    for (const field of fields) {
      lines.push(`  <key id="${escapeAttribute(`${prefix}-${field.name}`)}" for="${kind}" attr.name="${escapeAttribute(field.name)}" attr.type="${field.type}"/>`);
    }
  }
  lines.push(`  <graph id="${CONET_GRAPH_ID}" edgedefault="undirected">`);
  const pushData = (prefix: string, attributes: GraphExport['nodes'][number]['attributes']) => {
    for (const name in attributes) lines.push(`      <data key="${escapeAttribute(`${prefix}-${name}`)}">${escapeText(String(attributes[name]))}</data>`);
  };
  for (const node of graph.nodes) {
    lines.push(`    <node id="${escapeAttribute(node.id)}">`);
    pushData('n', node.attributes);
    lines.push('    </node>');
  }
  graph.edges.forEach((edge, index) => {
    lines.push(`    <edge id="e${index}" source="${escapeAttribute(edge.source)}" target="${escapeAttribute(edge.target)}">`);
    pushData('e', edge.attributes);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
