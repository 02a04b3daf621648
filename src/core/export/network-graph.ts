// The network as nodes and edges with flat attributes: what GEXF and GraphML exports write.
// The field names are the ones `importGraph` reads back, so exports round-trip.
import { ME, type Contact, type Network } from '../model.js';

export interface GraphField {
  name: string;
  type: 'string' | 'int';
}

export interface GraphExport {
  nodeFields: GraphField[];
  edgeFields: GraphField[];
  nodes: { id: string; attributes: Record<string, string | number> }[];
  edges: { source: string; target: string; attributes: Record<string, string | number> }[];
}

const NODE_FIELDS: { name: string; value: (contact: Contact) => string | undefined }[] = [
  { name: 'label', value: (contact) => contact.name },
  { name: 'org', value: (contact) => contact.org },
  { name: 'role', value: (contact) => contact.role },
  { name: 'email', value: (contact) => contact.email?.join('; ') },
  { name: 'phone', value: (contact) => contact.phone?.join('; ') },
  { name: 'url', value: (contact) => contact.url },
  { name: 'linkedin', value: (contact) => contact.linkedin },
  { name: 'tags', value: (contact) => contact.tags?.join('; ') },
  { name: 'stage', value: (contact) => contact.stage },
  { name: 'status', value: (contact) => contact.status },
  { name: 'notes', value: (contact) => contact.notes },
];

export function networkToGraph(network: Network): GraphExport {
  const nodes: GraphExport['nodes'] = [{ id: ME, attributes: { label: network.me.name || 'me' } }];
  for (const contact of network.contacts) {
    const attributes: Record<string, string> = {};
    for (const field of NODE_FIELDS) {
      const value = field.value(contact);
      if (value) attributes[field.name] = value;
    }
    nodes.push({ id: contact.id, attributes });
  }
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
    nodeFields: NODE_FIELDS.map((field) => ({ name: field.name, type: 'string' })),
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
