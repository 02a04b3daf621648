// The facts shown for a contact on the map. Email addresses, phone numbers and private notes are
// left out: a map is made to be looked at, and sometimes shared as a picture.
import type { Contact } from '../model.js';

const FIELDS: [label: string, value: (contact: Contact) => string | undefined][] = [
  ['Organisation', (contact) => contact.org],
  ['Role', (contact) => contact.role],
  ['Tags', (contact) => contact.tags?.join(', ')],
  ['Offers', (contact) => contact.offers?.join(', ')],
  ['Needs', (contact) => contact.needs?.join(', ')],
  ['Point of view', (contact) => contact.pointOfView],
  ['How you are connected', (contact) => contact.connection],
  ['Stage', (contact) => contact.stage],
  ['Collaborator status', (contact) => contact.status],
  ['Stance', (contact) => contact.stance],
  ['Last contact', (contact) => contact.lastContact],
];

export function describeContact(contact: Contact, extra: [string, string][] = []): [string, string][] {
  const details: [string, string][] = [];
  for (const [label, value] of FIELDS) {
    const text = value(contact);
    if (typeof text === 'string' && text !== '') details.push([label, text]);
  }
  return [...details, ...extra];
}
