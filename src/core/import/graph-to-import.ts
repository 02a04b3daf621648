// Turns a graph read from GEXF or GraphML (Gephi, yEd, Cytoscape, NetworkX…) into contacts and
// relationships. Node attributes are matched by common names (label/name, org/company,
// role/title, email…); edges become relationships, their numeric weight mapped onto strength.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { splitGraphList } from '../export/network-graph.js';
import { ID_PATTERN } from '../schema.js';
import { CO_CREATOR_KINDS, COLLABORATOR_STATUSES, CONTRIBUTIONS, ME, STAGES, STANCES, type Contact } from '../model.js';
import { isLinkedinUrl } from './match-keys.js';
import { parseLooseDate } from './parse-linkedin.js';
import type { ImportedContact, ImportedRelationship, ImportProblem, ParsedImport } from './types.js';

/** Lines of the graph's nodes and edges, in the graph's iteration order. */
export interface GraphLines {
  nodes: number[];
  edges: number[];
}

/** What graph-xml.ts calls the label of a yEd node or edge drawing. */
export const YED_LABEL = 'yed label';

const ATTRIBUTE_NAMES = {
  name: ['label', 'name', 'fullname', 'full name', YED_LABEL],
  org: ['org', 'organization', 'organisation', 'company'],
  role: ['role', 'title', 'position', 'job'],
  email: ['email', 'e-mail', 'mail', 'emails'],
  phone: ['phone', 'tel', 'telephone', 'phones'],
  url: ['url', 'website', 'homepage', 'web'],
  linkedin: ['linkedin'],
  tags: ['tags', 'labels', 'categories', 'category', 'tag'],
  notes: ['notes', 'note', 'description'],
  stage: ['stage'],
  status: ['status'],
  offers: ['offers'],
  needs: ['needs'],
  pointOfView: ['pointofview', 'point of view'],
  connection: ['connection'],
  stance: ['stance'],
  coCreator: ['cocreator', 'co-creator'],
  contributes: ['contributes'],
  growth: ['growth'],
  prospect: ['prospect'],
  lastContact: ['lastcontact', 'last contact'],
  cadenceDays: ['cadencedays', 'cadence days'],
  kind: ['kind', 'type', 'relationship', 'label', YED_LABEL],
  strength: ['strength'],
  since: ['since', 'start', 'date'],
  note: ['note', 'notes', 'description'],
} as const;

type Reader = ReturnType<typeof reader>;

/** How each contact field is read from a node, in the order fields are written to the file. */
const CONTACT_FIELDS: [keyof Contact & keyof typeof ATTRIBUTE_NAMES, (read: Reader) => unknown][] = [
  ['org', (read) => read.text('org')],
  ['role', (read) => read.text('role')],
  ['email', (read) => read.list('email')],
  ['phone', (read) => read.list('phone')],
  ['url', (read) => sites(read).find((site) => !isLinkedinUrl(site))],
  ['linkedin', (read) => sites(read).find(isLinkedinUrl)],
  ['tags', (read) => read.list('tags')],
  ['offers', (read) => read.list('offers')],
  ['needs', (read) => read.list('needs')],
  ['pointOfView', (read) => read.text('pointOfView')],
  ['connection', (read) => read.text('connection')],
  ['status', (read) => oneOf(read.text('status'), COLLABORATOR_STATUSES)],
  ['coCreator', (read) => oneOf(read.text('coCreator'), CO_CREATOR_KINDS)],
  ['contributes', (read) => read.list('contributes').filter((value) => oneOf(value, CONTRIBUTIONS))],
  ['stance', (read) => oneOf(read.text('stance'), STANCES)],
  ['growth', (read) => read.flag('growth')],
  ['stage', (read) => oneOf(read.text('stage'), STAGES)],
  ['prospect', (read) => read.flag('prospect')],
  ['cadenceDays', (read) => {
    const days = Number(read.text('cadenceDays'));
    return Number.isInteger(days) && days >= 1 ? days : undefined;
  }],
  ['notes', (read) => read.text('notes')],
];

/** A value outside the few a field takes is left out. */
function oneOf<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function sites(read: Reader): string[] {
  return [...read.list('url'), ...read.list('linkedin')];
}

export function importGraph(
  graph: AbstractGraph,
  lines: GraphLines,
  problems: ImportProblem[] = [],
  options: { fromConet?: boolean } = {},
): ParsedImport {
  const contacts: ImportedContact[] = [];
  const relationships: ImportedRelationship[] = [];
  const ref = (node: string) => (node === ME ? ME : `node:${node}`);
  // conet joins lists with "; " (escaping any inside), so a comma inside an offer stays part of it.
  const splitList = options.fromConet ? splitGraphList : (text: string) => text.split(/\s*[;|]\s*|\s*,\s*(?=\S)/);

  graph.nodes().forEach((node, index) => {
    if (node === ME) return;
    const line = lines.nodes[index] ?? 1;
    const read = reader(graph.getNodeAttributes(node), splitList);
    const lastContactText = read.text('lastContact');
    const lastContact = lastContactText === '' ? undefined : parseLooseDate(lastContactText);
    if (lastContact === null) {
      problems.push({ line, message: `node date "${lastContactText}" (lastContact) is not a date (YYYY-MM-DD)` });
      return;
    }
    const contact: Partial<Contact> & { name: string } = { name: read.text('name') || node };
    if (options.fromConet && ID_PATTERN.test(node)) contact.id = node;
    for (const [key, readField] of CONTACT_FIELDS) {
      const value = readField(read);
      if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) (contact as Record<string, unknown>)[key] = value;
    }
    if (lastContact) contact.lastContact = lastContact;
    contacts.push({ ref: ref(node), line, contact });
  });

  const toStrength = strengthScale(graph);
  graph.edges().forEach((edge, index) => {
    const line = lines.edges[index] ?? 1;
    const [source, target] = graph.extremities(edge);
    if (source === target) {
      problems.push({ line, message: `edge from "${source}" to itself: a relationship needs two different people` });
      return;
    }
    const attributes = graph.getEdgeAttributes(edge);
    const read = reader(attributes, splitList);
    // conet's own exports carry the exact strength beside the weight.
    const explicit = Number(read.text('strength'));
    const strength = Number.isInteger(explicit) && explicit >= 1 && explicit <= 5 ? explicit : toStrength(attributes.weight);
    if (strength === null) {
      problems.push({ line, message: `edge weight "${String(attributes.weight)}" is not a positive number` });
      return;
    }
    const sinceText = read.text('since');
    const since = sinceText === '' ? undefined : parseLooseDate(sinceText);
    if (since === null) {
      problems.push({ line, message: `edge date "${sinceText}" is not a date (YYYY-MM-DD)` });
      return;
    }
    const kind = read.text('kind');
    const note = read.text('note');
    relationships.push({
      line,
      from: ref(source),
      to: ref(target),
      details: { ...(kind && { kind }), ...(strength !== undefined && { strength }), ...(note && { note }), ...(since && { since }) },
    });
  });
  problems.sort((a, b) => a.line - b.line);
  return { contacts, relationships, problems };
}

/**
 * How weights become strengths 1-5: whole numbers already in 1..5 are kept (conet's own exports
 * round-trip); other weights are scaled linearly from the file's lightest (1) to heaviest (5).
 * When every edge has the same weight (Gephi writes weight="1.0" on unweighted graphs) the
 * weight says nothing and no strength is set. Returns null for a weight that is not a positive
 * number, undefined for "no strength".
 */
export function strengthScale(graph: AbstractGraph): (weight: unknown) => number | undefined | null {
  const weights = graph
    .mapEdges((_edge, attributes) => asNumber(attributes.weight))
    .filter((weight) => Number.isFinite(weight) && weight > 0);
  const min = Math.min(...weights);
  const max = Math.max(...weights);
  const alreadyStrengths = weights.every((weight) => Number.isInteger(weight) && weight >= 1 && weight <= 5);
  return (value) => {
    if (value === undefined || value === '') return undefined;
    const weight = asNumber(value);
    if (!Number.isFinite(weight) || weight <= 0) return null;
    if (min === max) return undefined;
    if (alreadyStrengths) return weight;
    return 1 + Math.round((4 * (weight - min)) / (max - min));
  };
}

/** GraphML files without attr.type give weights as text. */
function asNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  return typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
}

/** Attribute lookup by any of the usual names, case-insensitively. */
function reader(attributes: Attributes, splitList: (text: string) => string[]) {
  const byName = new Map(Object.entries(attributes).map(([key, value]) => [key.toLowerCase(), value]));
  const raw = (field: keyof typeof ATTRIBUTE_NAMES): unknown => {
    for (const name of ATTRIBUTE_NAMES[field]) {
      const value = byName.get(name);
      if (value !== undefined && value !== null && String(value).trim() !== '') return value;
    }
    return undefined;
  };
  return {
    text: (field: keyof typeof ATTRIBUTE_NAMES) => {
      const value = raw(field);
      return value === undefined ? '' : String(value).trim();
    },
    list: (field: keyof typeof ATTRIBUTE_NAMES) => {
      const value = raw(field);
      if (value === undefined) return [];
      const values = Array.isArray(value) ? value.map(String) : splitList(String(value));
      return values.map((item) => item.trim()).filter((item) => item !== '');
    },
    /** GEXF and GraphML booleans, or the words tools write for them. */
    flag: (field: keyof typeof ATTRIBUTE_NAMES): boolean | undefined => {
      const value = raw(field);
      if (typeof value === 'boolean') return value;
      const word = String(value ?? '').trim().toLowerCase();
      if (['true', 'yes', '1'].includes(word)) return true;
      return ['false', 'no', '0'].includes(word) ? false : undefined;
    },
  };
}
