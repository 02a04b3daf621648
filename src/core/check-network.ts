// Referential health of a network: what the shape check cannot see. A file can be valid YAML with
// every field well typed and still name a contact that does not exist, list someone twice, or tie
// a person to themselves, usually after a hand edit. `conet doctor` reports these and repairs the
// safe ones (see repair-network.ts).
import { ME, type Network, type Relationship } from './model.js';
import { pairKey } from './relationships.js';

export const PROBLEM_KINDS = [
  'duplicate-id',
  'self-loop',
  'dangling-relationship',
  'duplicate-relationship',
  'missing-introduction-contact',
  'future-last-contact',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export interface Problem {
  kind: ProblemKind;
  /** Where it is, from the document root, e.g. ['relationships', 3]. */
  path: (string | number)[];
  message: string;
  /** Whether `conet doctor --fix` repairs it. */
  fixable: boolean;
}

/** The kinds `repairNetwork` repairs; the others need the user's judgement. */
export const FIXABLE_KINDS: ReadonlySet<ProblemKind> = new Set(['duplicate-id', 'self-loop', 'dangling-relationship', 'duplicate-relationship']);

/**
 * Every problem, in file order: contacts, then relationships, then introductions. With `today`
 * (YYYY-MM-DD), a last contact after it too: follow-ups would count from a day still to come.
 */
export function checkNetwork(network: Network, options: { today?: string } = {}): Problem[] {
  const problems: Problem[] = [];
  const add = (kind: ProblemKind, path: (string | number)[], message: string) =>
    problems.push({ kind, path, message, fixable: FIXABLE_KINDS.has(kind) });

  const firstIndexOfId = new Map<string, number>();
  network.contacts.forEach((contact, index) => {
    const first = firstIndexOfId.get(contact.id);
    if (first === undefined) firstIndexOfId.set(contact.id, index);
    else add('duplicate-id', ['contacts', index], `${contact.name} has the id "${contact.id}", already used by contacts[${first}] (${network.contacts[first]!.name}).`);
    if (options.today !== undefined && contact.lastContact !== undefined && contact.lastContact > options.today) {
      add('future-last-contact', ['contacts', index, 'lastContact'], `${contact.name}'s last contact is ${contact.lastContact}, after today (${options.today}): follow-ups would count from a day still to come.`);
    }
  });
  const exists = (end: string) => end === ME || firstIndexOfId.has(end);

  const firstIndexOfTie = new Map<string, number>();
  network.relationships.forEach((relationship, index) => {
    const path = ['relationships', index];
    const { from, to } = relationship;
    if (from === to) {
      add('self-loop', path, `${describeTie(relationship)} ties ${from} to themselves.`);
      return;
    }
    const missing = [from, to].filter((end) => !exists(end));
    if (missing.length > 0) {
      add('dangling-relationship', path, `${describeTie(relationship)} names ${missing.map((end) => `"${end}"`).join(' and ')}, neither "${ME}" nor a contact id.`);
      return;
    }
    const key = tieKey(relationship);
    const first = firstIndexOfTie.get(key);
    if (first === undefined) firstIndexOfTie.set(key, index);
    else add('duplicate-relationship', path, `${describeTie(relationship)} repeats relationships[${first}].`);
  });

  network.introductions?.forEach((introduction, index) => {
    const missing = introduction.between.filter((end) => !firstIndexOfId.has(end));
    if (missing.length === 0) return;
    add(
      'missing-introduction-contact',
      ['introductions', index, 'between'],
      `The introduction "${introduction.id}" names ${missing.map((end) => `"${end}"`).join(' and ')}, not a contact in this file.`,
    );
  });
  return problems;
}

/** Relationships are undirected: a–b and b–a of the same kind are the same tie. */
export function tieKey(relationship: Relationship): string {
  return `${pairKey(relationship.from, relationship.to)}\u0000${relationship.kind ?? ''}`;
}

export function isValidStrength(strength: unknown): boolean {
  return typeof strength === 'number' && Number.isInteger(strength) && strength >= 1 && strength <= 5;
}

export function describeTie(relationship: Relationship): string {
  const kind = relationship.kind === undefined ? '' : ` (${relationship.kind})`;
  return `The relationship ${relationship.from}–${relationship.to}${kind}`;
}
