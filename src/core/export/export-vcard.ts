// Contacts as vCard 3.0 (.vcf), the version every address book reads. ical.js writes the
// escaping and line folding.
import ICAL from 'ical.js';
import { parseFullName } from 'parse-full-name';
import type { Contact, Network } from '../model.js';

export function exportVcard(network: Network): string {
  return network.contacts.map(card).join('');
}

function card(contact: Contact): string {
  const vcard = new ICAL.Component('vcard');
  vcard.addPropertyWithValue('version', '3.0');
  vcard.addPropertyWithValue('fn', contact.name);
  const organisation = isOrganisation(contact);
  // 3.0 requires N; an organisation's stays empty, and Apple's X-ABSHOWAS says what the card is.
  vcard.addPropertyWithValue('n', organisation ? ['', '', '', '', ''] : splitName(contact.name));
  if (contact.org) vcard.addPropertyWithValue('org', [contact.org]);
  if (organisation) vcard.addPropertyWithValue('x-abshowas', 'COMPANY');
  if (contact.role) vcard.addPropertyWithValue('title', contact.role);
  for (const email of contact.email ?? []) vcard.addPropertyWithValue('email', email).setParameter('type', 'INTERNET');
  for (const phone of contact.phone ?? []) vcard.addPropertyWithValue('tel', phone);
  if (contact.url) vcard.addPropertyWithValue('url', contact.url);
  if (contact.linkedin) vcard.addPropertyWithValue('url', contact.linkedin).setParameter('type', 'linkedin');
  if (contact.tags?.length) vcard.addProperty(categories(contact.tags));
  if (contact.notes) vcard.addPropertyWithValue('note', contact.notes);
  return `${vcard.toString().replace(/\r?\n/g, '\r\n')}\r\n`;
}

/** conet keeps an organisation's card as a contact whose organisation is its name (see parse-vcard.ts). */
function isOrganisation(contact: Contact): boolean {
  return contact.org !== undefined && contact.org.trim().toLowerCase() === contact.name.trim().toLowerCase();
}

/** Words a person's name is made of; anything else ("Team @ Acme") is no name to split. */
const NAME_WORD = /^\p{L}[\p{L}\p{M}'’.-]*,?$/u;
/** Chinese, Japanese and Korean names put the family name first: which order a name is in cannot be told. */
const FAMILY_FIRST = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * N's parts (family; given; additional; prefix; suffix) from the one name conet keeps, split by
 * parse-full-name: "Ada Lovelace", "Lovelace, Ada", "Dr. Chidi Okafor", "Ludwig van Beethoven",
 * "John Smith, Jr.". A name that cannot be split with confidence ("Team @ Acme", "A, B, C",
 * "山田 太郎") goes whole into the family name, so no address book shows it cut in the wrong place.
 */
function splitName(name: string): string[] {
  const whole = [name.trim(), '', '', '', ''];
  if (FAMILY_FIRST.test(name) || !name.trim().split(/\s+/).every((word) => NAME_WORD.test(word))) return whole;
  const parsed = parseFullName(name, 'all', 0, 0, 0);
  if ((parsed.error?.length ?? 0) > 0 || !parsed.last || (parsed.suffix && !isKnownSuffix(parsed.suffix))) return whole;
  return [parsed.last, parsed.first ?? '', parsed.middle ?? '', parsed.title ?? '', parsed.suffix ?? ''];
}

/** After a second comma ("Ng, Lee, Wong") the parser takes any word for a suffix: keep only the ones it knows as such. */
function isKnownSuffix(suffix: string): boolean {
  return parseFullName(`Ann Example ${suffix}`, 'all', 0, 0, 0).suffix === suffix;
}

function categories(tags: string[]): ICAL.Property {
  const property = new ICAL.Property('categories');
  property.setValues(tags);
  return property;
}
