// Contacts as vCard 3.0 (.vcf), the version every address book reads. ical.js writes the
// escaping and line folding.
import ICAL from 'ical.js';
import type { Contact, Network } from '../model.js';

export function exportVcard(network: Network): string {
  return network.contacts.map(card).join('');
}

function card(contact: Contact): string {
  const vcard = new ICAL.Component('vcard');
  vcard.addPropertyWithValue('version', '3.0');
  vcard.addPropertyWithValue('fn', contact.name);
  const space = contact.name.lastIndexOf(' ');
  const family = space < 0 ? contact.name : contact.name.slice(space + 1);
  const given = space < 0 ? '' : contact.name.slice(0, space);
  vcard.addPropertyWithValue('n', [family, given, '', '', '']);
  if (contact.org) vcard.addPropertyWithValue('org', [contact.org]);
  if (contact.role) vcard.addPropertyWithValue('title', contact.role);
  for (const email of contact.email ?? []) vcard.addPropertyWithValue('email', email).setParameter('type', 'INTERNET');
  for (const phone of contact.phone ?? []) vcard.addPropertyWithValue('tel', phone);
  if (contact.url) vcard.addPropertyWithValue('url', contact.url);
  if (contact.linkedin) vcard.addPropertyWithValue('url', contact.linkedin).setParameter('type', 'linkedin');
  if (contact.tags?.length) vcard.addProperty(categories(contact.tags));
  if (contact.notes) vcard.addPropertyWithValue('note', contact.notes);
  return `${vcard.toString().replace(/\r?\n/g, '\r\n')}\r\n`;
}

function categories(tags: string[]): ICAL.Property {
  const property = new ICAL.Property('categories');
  property.setValues(tags);
  return property;
}
