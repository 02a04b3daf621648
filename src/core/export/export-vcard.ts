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

const PREFIXES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'sir', 'dame', 'rev']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);
/** Lower-case words that start a family name: "van Beethoven", "da Silva". */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'le', 'la', 'ter', 'ten', 'bin', 'ibn', 'al']);
const NAME_WORD = /^\p{L}[\p{L}\p{M}'’.-]*$/u;
/** Chinese, Japanese and Korean names put the family name first: which order a name is in cannot be told. */
const FAMILY_FIRST = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * N's parts (family; given; additional; prefix; suffix) from the one name conet keeps: "Ada
 * Lovelace", "Lovelace, Ada", "Dr. Chidi Okafor", "Ludwig van Beethoven", "John Smith, Jr.".
 * A name that cannot be split with confidence ("Team @ Acme", "A, B, C", "山田 太郎") goes whole
 * into the family name, so no address book shows it cut in the wrong place.
 */
function splitName(name: string): string[] {
  const whole = [name.trim(), '', '', '', ''];
  const bare = (word: string) => word.replace(/[.,]+$/, '').toLowerCase();
  const readable = (text: string) => !FAMILY_FIRST.test(text) && text.split(/\s+/).every((word) => NAME_WORD.test(word));
  const parts = name.split(',').map((part) => part.trim()).filter((part) => part !== '');
  const suffixes: string[] = [];
  while (parts.length > 1 && SUFFIXES.has(bare(parts.at(-1)!))) suffixes.unshift(parts.pop()!);
  if (parts.length > 2) return whole;
  if (parts.length === 2) {
    // "Lovelace, Ada": the comma says where the family name ends.
    return parts.every(readable) ? [parts[0]!, parts[1]!, '', '', suffixes.join(' ')] : whole;
  }
  const words = parts[0]!.split(/\s+/);
  const prefixes: string[] = [];
  while (words.length > 1 && PREFIXES.has(bare(words[0]!))) prefixes.push(words.shift()!);
  while (words.length > 1 && SUFFIXES.has(bare(words.at(-1)!))) suffixes.unshift(words.pop()!);
  if (!readable(words.join(' '))) return whole;
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!)) start--;
  return [words.slice(start).join(' '), words.slice(0, start).join(' '), '', prefixes.join(' '), suffixes.join(' ')];
}

function categories(tags: string[]): ICAL.Property {
  const property = new ICAL.Property('categories');
  property.setValues(tags);
  return property;
}
