// The searchable lists of contacts the exercise offers while the user types.
import type { Contact } from '../model.js';
import type { Choice } from './prompter.js';
import { compareText, foldText } from '../text.js';

/** At most this many matches are listed; typing more narrows them. */
const MAX_MATCHES = 30;

/** Contacts whose id, name or organisation contains the term, sorted by name then id. */
export function matchContacts(contacts: readonly Contact[], term: string): Contact[] {
  const wanted = foldText(term.trim());
  const matches = contacts.filter(
    (contact) => wanted === '' || [contact.id, contact.name, contact.org ?? ''].some((field) => foldText(field).includes(wanted)),
  );
  return matches.sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id)).slice(0, MAX_MATCHES);
}

export function contactChoice(contact: Contact): Choice {
  const details = [contact.org, contact.role].filter(Boolean).join(', ');
  return { value: contact.id, name: details ? `${contact.name} (${details})` : contact.name, short: contact.name };
}
