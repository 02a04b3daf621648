// The network as nodes and edges with flat attributes: what GEXF and GraphML exports write.
// The field names are the ones `importGraph` reads back, so exports round-trip.
import { ME, type Contact, type Network } from '../model.js';

/** The id of the graph in conet's GraphML, and the creator in its GEXF: the mark of a file conet wrote, whose contact ids an import keeps. */
export const CONET_GRAPH_ID = 'conet';

export interface GraphField {
  name: string;
  type: 'string' | 'int' | 'boolean';
}

export type GraphValue = string | number | boolean;

export interface GraphExport {
  nodeFields: GraphField[];
  edgeFields: GraphField[];
  nodes: { id: string; attributes: Record<string, GraphValue> }[];
  edges: { source: string; target: string; attributes: Record<string, GraphValue> }[];
}

/**
 * How lists are written, in GEXF too: graphology-gexf writes a liststring item holding a comma
 * ("engines, and maths") unquoted, so it would come back as two. Items are joined with "; ", a ";"
 * or "\\" inside one escaped with a backslash; `splitGraphList` reads conet's own files back.
 */
export function joinGraphList(items: readonly string[]): string {
  return items.map((item) => item.replace(/[\\;]/g, (character) => `\\${character}`)).join('; ');
}

/** The items `joinGraphList` wrote. */
export function splitGraphList(text: string): string[] {
  return (text.match(/(?:\\.|[^;\\])+/g) ?? []).map((item) => item.replace(/\\(.)/g, '$1'));
}

/** A list of texts, written as one text. */
type NodeFieldType = GraphField['type'] | 'list';

/** Every contact field that is one value or a list of texts; `label` is the name. */
const NODE_FIELDS: { name: string; type: NodeFieldType }[] = [
  { name: 'label', type: 'string' },
  { name: 'org', type: 'string' },
  { name: 'role', type: 'string' },
  { name: 'email', type: 'list' },
  { name: 'phone', type: 'list' },
  { name: 'url', type: 'string' },
  { name: 'linkedin', type: 'string' },
  { name: 'tags', type: 'list' },
  { name: 'stage', type: 'string' },
  { name: 'status', type: 'string' },
  { name: 'notes', type: 'string' },
  { name: 'offers', type: 'list' },
  { name: 'needs', type: 'list' },
  { name: 'pointOfView', type: 'string' },
  { name: 'connection', type: 'string' },
  { name: 'stance', type: 'string' },
  { name: 'coCreator', type: 'string' },
  { name: 'contributes', type: 'list' },
  { name: 'growth', type: 'boolean' },
  { name: 'prospect', type: 'boolean' },
  { name: 'lastContact', type: 'string' },
  { name: 'cadenceDays', type: 'int' },
];

const HOLDS: Record<NodeFieldType, (value: unknown) => boolean> = {
  string: (value) => typeof value === 'string' && value !== '',
  int: (value) => typeof value === 'number',
  boolean: (value) => typeof value === 'boolean',
  list: (value) => Array.isArray(value) && value.length > 0,
};

export function networkToGraph(network: Network): GraphExport {
  const nodes: GraphExport['nodes'] = [{ id: ME, attributes: { label: network.me.name || 'me' } }];
  for (const contact of network.contacts) nodes.push({ id: contact.id, attributes: nodeAttributes(contact) });
  const known = new Set(nodes.map((node) => node.id));
  const edges = network.relationships
    .filter((rel) => known.has(rel.from) && known.has(rel.to))
    .map((rel) => {
      const attributes: Record<string, string | number> = {};
      if (rel.kind) attributes.kind = rel.kind;
      if (rel.strength !== undefined) attributes.strength = rel.strength;
      if (rel.since) attributes.since = rel.since;
      if (rel.note) attributes.note = rel.note;
      return { source: rel.from, target: rel.to, attributes };
    });
  return {
    nodeFields: NODE_FIELDS.map((field) => ({ name: field.name, type: field.type === 'list' ? 'string' : field.type })),
    edgeFields: [
      { name: 'kind', type: 'string' },
      { name: 'strength', type: 'int' },
      { name: 'since', type: 'string' },
      { name: 'note', type: 'string' },
    ],
    nodes,
    edges,
  };
}

function nodeAttributes(contact: Contact): Record<string, GraphValue> {
  const attributes: Record<string, GraphValue> = {};
  for (const field of NODE_FIELDS) {
    const value = field.name === 'label' ? contact.name : contact[field.name];
    if (HOLDS[field.type](value)) attributes[field.name] = Array.isArray(value) ? joinGraphList(value as string[]) : (value as GraphValue);
  }
  return attributes;
}
