// How the exercise's answers land in the network. Pure: each function returns a new Network.
import { addContact } from '../add-contact.js';
import { updateContact } from '../contacts.js';
import type { Asks, CoCreatorKind, Contact, Contribution, GiveFirst, IsoDate, Network, Profile, Stance } from '../model.js';
import { ME } from '../model.js';
import { linkContacts } from '../relationships.js';
import type { AuditTopic, ReflectionTopic } from './wording.js';

/** Sets profile fields; an empty string or list removes the field. */
export function setProfile(network: Network, changes: { [K in keyof Profile]?: Profile[K] | undefined }): Network {
  return { ...network, me: withChanges(network.me, changes) };
}

export function setAsk(network: Network, kind: keyof Asks & string, items: string[]): Network {
  const asks = withChanges(network.me.asks ?? {}, { [kind]: items });
  return setProfile(network, { asks: Object.keys(asks).length > 0 ? asks : undefined });
}

/** Values that come back from a "new contact" choice rather than an existing contact's id. */
export const NEW_CONTACT_PREFIX = 'new:';

/**
 * Puts someone on the list of challenging contacts: an existing contact (by id or exact name)
 * or a new one. Their stage becomes `identified` unless they are already further along.
 */
export function enlistProspect(network: Network, answer: string): { network: Network; contact: Contact; alreadyListed: boolean } {
  const isNew = answer.startsWith(NEW_CONTACT_PREFIX);
  const text = (isNew ? answer.slice(NEW_CONTACT_PREFIX.length) : answer).trim();
  const existing = isNew ? undefined : findExactly(network, text);
  if (!existing) {
    const added = addContact(network, { name: text, prospect: true, stage: 'identified' });
    return { ...added, alreadyListed: false };
  }
  if (existing.prospect === true) return { network, contact: existing, alreadyListed: true };
  const updated = updateContact(network, existing.id, { prospect: true, stage: existing.stage ?? 'identified' });
  return { ...updated, alreadyListed: false };
}

/** An id, or a name written exactly (letter case aside): never a guess from a prefix. */
export function findExactly(network: Network, text: string): Contact | undefined {
  const wanted = text.toLowerCase();
  return network.contacts.find((contact) => contact.id === text) ?? network.contacts.find((contact) => contact.name.toLowerCase() === wanted);
}

/** Records that `linkerId` connects you to the prospect: you–linker and linker–prospect. */
export function connectThrough(network: Network, prospectId: string, linkerId: string): Network {
  const withMe = linkContacts(network, ME, linkerId).network;
  return linkContacts(withMe, linkerId, prospectId).network;
}

export function setContactText(network: Network, id: string, field: 'pointOfView' | 'connection', text: string): Network {
  return updateContact(network, id, { [field]: text.trim() || undefined }).network;
}

export function setReflection(network: Network, id: string, topic: ReflectionTopic, text: string): Network {
  const contact = contactById(network, id);
  const reflections = withChanges(contact.reflections ?? {}, { [topic]: text });
  return updateContact(network, id, { reflections: Object.keys(reflections).length ? reflections : undefined }).network;
}

/** Replaces the give-first list, keeping the `done` date of actions that stay. */
export function setGiveFirst(network: Network, id: string, actions: string[]): Network {
  const previous = new Map((contactById(network, id).giveFirst ?? []).map((item) => [item.action, item]));
  const giveFirst: GiveFirst[] = actions.map((action) => previous.get(action) ?? { action });
  return updateContact(network, id, { giveFirst }).network;
}

export function setCoCreatorKind(network: Network, id: string, kind: CoCreatorKind | null): Network {
  return updateContact(network, id, { coCreator: kind ?? undefined }).network;
}

export function setContributions(network: Network, id: string, contributes: Contribution[]): Network {
  return updateContact(network, id, { contributes }).network;
}

/**
 * Marks the chosen candidates with a stance. Candidates left unchosen lose that stance (they
 * become neutral), so unticking someone is how a mark is taken back.
 */
export function markStance(network: Network, candidateIds: readonly string[], stance: Exclude<Stance, 'neutral'>, chosen: readonly string[]): Network {
  const picked = new Set(chosen);
  let next = network;
  for (const id of candidateIds) {
    const current = contactById(next, id).stance;
    if (picked.has(id) && current !== stance) next = updateContact(next, id, { stance }).network;
    else if (!picked.has(id) && current === stance) next = updateContact(next, id, { stance: 'neutral' }).network;
  }
  return next;
}

/** Chosen candidates are growth contacts; the others are familiar ground. */
export function markGrowth(network: Network, candidateIds: readonly string[], chosen: readonly string[]): Network {
  const picked = new Set(chosen);
  let next = network;
  for (const id of candidateIds) {
    const growth = picked.has(id);
    if (contactById(next, id).growth !== growth) next = updateContact(next, id, { growth }).network;
  }
  return next;
}

export function setAuditNote(network: Network, topic: AuditTopic, text: string): Network {
  const audit = withChanges(network.audit ?? {}, { [topic]: text });
  return withChanges(network, { audit: Object.keys(audit).length > 0 ? audit : undefined });
}

export function dateAudit(network: Network, today: IsoDate): Network {
  return { ...network, audit: { ...network.audit, date: today } };
}

function contactById(network: Network, id: string): Contact {
  const contact = network.contacts.find((candidate) => candidate.id === id);
  if (!contact) throw new Error(`contact ${id} vanished during the exercise`);
  return contact;
}

/** Copies `record` with `changes` applied; blank strings and empty lists remove the field. */
function withChanges<T extends object>(record: T, changes: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const [key, value] of Object.entries(changes)) {
    const blank = value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
    if (blank) delete out[key];
    else out[key] = typeof value === 'string' ? value.trim() : value;
  }
  return out as T;
}
