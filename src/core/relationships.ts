// Pure operations on relationships. Relationships are undirected: a–b is the same tie as b–a.
import { NotFoundError, UsageError } from './errors.js';
import type { Network, Relationship } from './model.js';

export const DEFAULT_STRENGTH = 3;

/** The same key for a–b and b–a: relationships are undirected. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export function connects(rel: Relationship, a: string, b: string): boolean {
  return (rel.from === a && rel.to === b) || (rel.from === b && rel.to === a);
}

export type LinkDetails = Pick<Relationship, 'kind' | 'strength' | 'note' | 'since'>;

/**
 * Records a relationship between two endpoints (contact ids or `me`). An existing tie is updated
 * rather than duplicated: the tie of `kind`; without a kind, the one tie between the two (with
 * several, which one is for the user to say); a kind given to the one tie that had none is set on it.
 * `changed` is false when the tie already held every detail.
 */
export function linkContacts(
  network: Network,
  a: string,
  b: string,
  details: LinkDetails = {},
): { network: Network; relationship: Relationship; created: boolean; changed: boolean } {
  if (a === b) throw new UsageError('A relationship needs two different people.');
  if (details.strength !== undefined && !(Number.isInteger(details.strength) && details.strength >= 1 && details.strength <= 5)) {
    throw new UsageError(`Strength ${details.strength} is out of range.`, { hint: 'Use 1 (faint) to 5 (very strong).' });
  }
  const between = network.relationships.flatMap((rel, index) => (connects(rel, a, b) ? [index] : []));
  const given = Object.entries(details).filter(([, value]) => value !== undefined);
  if (details.kind === undefined && between.length > 1 && given.length > 0) {
    const kinds = between.map((at) => network.relationships[at]!.kind ?? 'no kind').join(', ');
    throw new UsageError(`${a} and ${b} have ${between.length} relationships (${kinds}); which one to change?`, { hint: 'Pass --kind to pick one.' });
  }
  const index = matchTie(network.relationships, between, details.kind);
  const relationships = network.relationships.slice();
  if (index !== undefined) {
    const existing = relationships[index]!;
    const updated: Relationship = { ...existing };
    for (const [key, value] of given) updated[key] = value;
    const changed = given.some(([key, value]) => existing[key] !== value);
    if (!changed) return { network, relationship: existing, created: false, changed: false };
    relationships[index] = updated;
    return { network: { ...network, relationships }, relationship: updated, created: false, changed: true };
  }
  const relationship: Relationship = { from: a, to: b };
  for (const [key, value] of given) relationship[key] = value;
  relationships.push(relationship);
  return { network: { ...network, relationships }, relationship, created: true, changed: true };
}

/**
 * Which of the ties between two people (`between`: their indexes in `relationships`) a tie of
 * `kind` is, or undefined for a new one: the tie of that kind; else, when a kind is missing on
 * either side, the one tie they have; a tie without a kind among several is the first.
 */
export function matchTie(relationships: readonly Relationship[], between: readonly number[], kind: string | undefined): number | undefined {
  const sameKind = between.find((at) => relationships[at]!.kind === kind);
  if (sameKind !== undefined) return sameKind;
  if (kind === undefined || (between.length === 1 && relationships[between[0]!]!.kind === undefined)) return between[0];
  return undefined;
}

/** Removes the ties between two endpoints (only those of `kind` when given). */
export function unlinkContacts(network: Network, a: string, b: string, kind?: string): { network: Network; removed: number } {
  const relationships = network.relationships.filter(
    (rel) => !(connects(rel, a, b) && (kind === undefined || rel.kind === kind)),
  );
  const removed = network.relationships.length - relationships.length;
  if (removed === 0) {
    throw new NotFoundError(`There is no ${kind ? `"${kind}" ` : ''}relationship between ${a} and ${b}.`, {
      hint: 'Run `conet show <contact>` to see their relationships.',
    });
  }
  return { network: { ...network, relationships }, removed };
}

/** The relationships that touch an endpoint, with the id of the other side. */
export function relationshipsOf(network: Network, id: string): { other: string; relationship: Relationship }[] {
  const out: { other: string; relationship: Relationship }[] = [];
  for (const relationship of network.relationships) {
    if (relationship.from === id) out.push({ other: relationship.to, relationship });
    else if (relationship.to === id) out.push({ other: relationship.from, relationship });
  }
  return out;
}
