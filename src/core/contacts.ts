// Pure operations on contacts: finding, editing, removing (adding, which names new ids, is in add-contact.ts).
// Each returns a new Network and leaves its input untouched, so a failed command changes nothing.
import { NotFoundError, UsageError } from './errors.js';
import { ME, type Contact, type Network } from './model.js';
import { foldText } from './text.js';

/** What a user types to mean themselves. */
const SELF_WORDS = new Set([ME, 'you', 'myself']);

function normalise(text: string): string {
  return foldText(text).trim();
}

/**
 * Finds the contact a user means: an id, an exact name (case- and accent-insensitive), or an
 * unambiguous prefix of either. Ambiguity is an error that lists the candidates.
 */
export function findContact(network: Network, query: string): Contact {
  const wanted = normalise(query);
  if (wanted === '') throw new UsageError('No contact named.', { hint: 'Give a contact id or name.' });
  const byId = network.contacts.find((contact) => contact.id === query);
  if (byId) return byId;
  const exact = network.contacts.filter((contact) => normalise(contact.name) === wanted || contact.id === wanted);
  if (exact.length === 1) return exact[0]!;
  // "me" is you everywhere: it must never pick "Meredith" by prefix, least of all for `conet rm`.
  if (exact.length === 0 && SELF_WORDS.has(wanted)) {
    throw new UsageError(`"${query}" is you, not one of your contacts.`, {
      hint: 'Name a contact by id or name (`conet list` shows them); your own profile is set with `conet init`.',
    });
  }
  const candidates =
    exact.length > 1
      ? exact
      : network.contacts.filter(
          (contact) => contact.id.startsWith(wanted) || normalise(contact.name).startsWith(wanted),
        );
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) {
    throw new NotFoundError(`No contact matches "${query}".`, {
      hint: 'Run `conet list` to see your contacts, or `conet add` to create one.',
    });
  }
  const shown = candidates.slice(0, 8).map((contact) => `${contact.id} (${contact.name})`);
  const more = candidates.length > shown.length ? `, and ${candidates.length - shown.length} more` : '';
  throw new UsageError(`"${query}" matches ${candidates.length} contacts: ${shown.join(', ')}${more}.`, {
    hint: 'Use the id to pick one.',
  });
}

/** Like findContact, but `me` (or "you") names the user. Returns the id. */
export function resolveEndpoint(network: Network, query: string): string {
  return SELF_WORDS.has(normalise(query)) ? ME : findContact(network, query).id;
}

/** Applies field changes; `undefined` removes a field. The id never changes here. */
export function updateContact(network: Network, id: string, changes: Partial<Contact>): { network: Network; contact: Contact } {
  const index = network.contacts.findIndex((contact) => contact.id === id);
  if (index < 0) throw new NotFoundError(`No contact with id "${id}".`);
  const updated: Contact = { ...network.contacts[index]! };
  for (const [key, value] of Object.entries(changes)) {
    if (key === 'id') continue;
    if (value === undefined || (Array.isArray(value) && value.length === 0) || value === '') delete updated[key];
    else updated[key] = value;
  }
  if (!updated.name) throw new UsageError('A contact needs a name.');
  const contacts = network.contacts.slice();
  contacts[index] = updated;
  return { network: { ...network, contacts }, contact: updated };
}

/** Removes a contact and every relationship and introduction that mentions it. */
export function removeContact(network: Network, id: string): { network: Network; removedRelationships: number; removedIntroductions: number } {
  if (!network.contacts.some((contact) => contact.id === id)) throw new NotFoundError(`No contact with id "${id}".`);
  const relationships = network.relationships.filter((rel) => rel.from !== id && rel.to !== id);
  const next: Network = {
    ...network,
    contacts: network.contacts.filter((contact) => contact.id !== id),
    relationships,
  };
  let removedIntroductions = 0;
  if (network.introductions) {
    next.introductions = network.introductions.filter((intro) => !intro.between.includes(id));
    removedIntroductions = network.introductions.length - next.introductions.length;
  }
  return { network: next, removedRelationships: network.relationships.length - relationships.length, removedIntroductions };
}

/** The input without empty values: what a flag left blank does not become a field. */
export function dropEmpty<T extends object>(input: T): T {
  const out = {} as T;
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
