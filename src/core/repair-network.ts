// The safe repairs behind `conet doctor --fix`: each one keeps every contact and only removes
// relationships that cannot mean anything (an end that does not exist, a tie to oneself) or that
// say the same thing twice. Anything needing judgement (an out-of-range strength, an introduction
// naming a missing contact) is left for the user.
import { describeTie, isValidStrength, tieKey, type ProblemKind } from './check-network.js';
import { ME, type Contact, type Network, type Relationship } from './model.js';
import { DEFAULT_STRENGTH } from './relationships.js';
import { firstFreeId } from './text.js';

export interface Repair {
  kind: ProblemKind;
  /** Where the repaired record was, in the network before repair. */
  path: (string | number)[];
  /** What was changed, in plain words. */
  message: string;
}

export interface RepairResult {
  /** The same object as the input when nothing needed repair. */
  network: Network;
  repairs: Repair[];
}

/**
 * Renames later duplicate contact ids (ada → ada-2, ada-3…), drops self-loops and relationships
 * with a missing end, and merges repeated relationships into the strongest one. Records that need
 * no repair are kept as the same objects.
 */
export function repairNetwork(network: Network): RepairResult {
  const repairs: Repair[] = [];
  const contacts = renameDuplicateIds(network.contacts, repairs);
  const ids = new Set(contacts.map((contact) => contact.id));
  const kept = dropMeaninglessTies(network.relationships, ids, repairs);
  const relationships = mergeRepeatedTies(kept, repairs);
  if (repairs.length === 0) return { network, repairs };
  return { network: { ...network, contacts, relationships: relationships.map(({ relationship }) => relationship) }, repairs: inFileOrder(repairs) };
}

const SECTION_ORDER = ['contacts', 'relationships'];

function inFileOrder(repairs: Repair[]): Repair[] {
  const rank = ({ path: [section, index] }: Repair) => [SECTION_ORDER.indexOf(String(section)), Number(index)] as const;
  return repairs.slice().sort((a, b) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1]);
}

function renameDuplicateIds(contacts: Contact[], repairs: Repair[]): Contact[] {
  const taken = new Set(contacts.map((contact) => contact.id));
  const seen = new Map<string, Contact>();
  return contacts.map((contact, index) => {
    const first = seen.get(contact.id);
    if (!first) {
      seen.set(contact.id, contact);
      return contact;
    }
    const id = firstFreeId(contact.id, taken);
    taken.add(id);
    seen.set(id, contact);
    repairs.push({
      kind: 'duplicate-id',
      path: ['contacts', index],
      message: `Renamed the id of ${contact.name} from "${contact.id}" to "${id}"; relationships naming "${contact.id}" stay with ${first.name}.`,
    });
    return { ...contact, id };
  });
}

interface Indexed {
  relationship: Relationship;
  /** Index in the network before repair, for the report. */
  index: number;
}

function dropMeaninglessTies(relationships: Relationship[], ids: ReadonlySet<string>, repairs: Repair[]): Indexed[] {
  const exists = (end: string) => end === ME || ids.has(end);
  const kept: Indexed[] = [];
  relationships.forEach((relationship, index) => {
    const path = ['relationships', index];
    if (relationship.from === relationship.to) {
      repairs.push({ kind: 'self-loop', path, message: `Removed ${lowerFirst(describeTie(relationship))}: it tied ${relationship.from} to themselves.` });
    } else if (!exists(relationship.from) || !exists(relationship.to)) {
      const missing = [relationship.from, relationship.to].filter((end) => !exists(end));
      repairs.push({
        kind: 'dangling-relationship',
        path,
        message: `Removed ${lowerFirst(describeTie(relationship))}: ${missing.map((end) => `"${end}"`).join(' and ')} is not a contact.`,
      });
    } else kept.push({ relationship, index });
  });
  return kept;
}

/** Keeps the strongest of each repeated tie where the first one stood, filling its gaps from the others. */
function mergeRepeatedTies(relationships: Indexed[], repairs: Repair[]): Indexed[] {
  const groups = new Map<string, Indexed[]>();
  for (const entry of relationships) {
    const key = tieKey(entry.relationship);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const merged: Indexed[] = [];
  for (const entry of relationships) {
    const group = groups.get(tieKey(entry.relationship))!;
    if (group[0] !== entry) continue;
    if (group.length === 1) {
      merged.push(entry);
      continue;
    }
    const strongest = group.reduce((best, candidate) => (strengthOf(candidate.relationship) > strengthOf(best.relationship) ? candidate : best));
    const relationship: Relationship = { ...strongest.relationship };
    for (const { relationship: other } of group) {
      // The strength is the strongest one's, even when that is the unstated default.
      for (const [field, value] of Object.entries(other)) if (field !== 'strength' && relationship[field] === undefined) relationship[field] = value;
    }
    const others = group.filter((candidate) => candidate !== strongest).map((candidate) => `relationships[${candidate.index}]`);
    repairs.push({
      kind: 'duplicate-relationship',
      path: ['relationships', strongest.index],
      message: `Merged ${others.join(', ')} into relationships[${strongest.index}], ${lowerFirst(describeTie(relationship))}${
        relationship.strength === undefined ? '' : `, strength ${relationship.strength}`
      }.`,
    });
    merged.push({ relationship, index: entry.index });
  }
  return merged;
}

/** A missing strength counts as the default; an invalid one as weaker than any valid one. */
function strengthOf(relationship: Relationship): number {
  if (relationship.strength === undefined) return DEFAULT_STRENGTH;
  return isValidStrength(relationship.strength) ? (relationship.strength as number) : 0;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
