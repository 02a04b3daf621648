// Pure operations on relationships. Relationships are undirected: a–b is the same tie as b–a.
import { NotFoundError, UsageError } from './errors.js';
import type { Network, Relationship } from './model.js';

export const DEFAULT_STRENGTH = 3;

export function connects(rel: Relationship, a: string, b: string): boolean {
  return (rel.from === a && rel.to === b) || (rel.from === b && rel.to === a);
}

export type LinkDetails = Pick<Relationship, 'kind' | 'strength' | 'note' | 'since'>;

/**
 * Records a relationship between two endpoints (contact ids or `me`). An existing tie of the same
 * kind between the same two is updated instead of duplicated.
 */
export function linkContacts(
  network: Network,
  a: string,
  b: string,
  details: LinkDetails = {},
): { network: Network; relationship: Relationship; created: boolean } {
  if (a === b) throw new UsageError('A relationship needs two different people.');
  if (details.strength !== undefined && !(Number.isInteger(details.strength) && details.strength >= 1 && details.strength <= 5)) {
    throw new UsageError(`Strength ${details.strength} is out of range.`, { hint: 'Use 1 (faint) to 5 (very strong).' });
  }
  const index = network.relationships.findIndex(
    (rel) => connects(rel, a, b) && (details.kind === undefined || rel.kind === details.kind),
  );
  const relationships = network.relationships.slice();
  if (index >= 0) {
    const updated: Relationship = { ...relationships[index]! };
    for (const [key, value] of Object.entries(details)) if (value !== undefined) updated[key] = value;
    relationships[index] = updated;
    return { network: { ...network, relationships }, relationship: updated, created: false };
  }
  const relationship: Relationship = { from: a, to: b };
  for (const [key, value] of Object.entries(details)) if (value !== undefined) relationship[key] = value;
  relationships.push(relationship);
  return { network: { ...network, relationships }, relationship, created: true };
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
