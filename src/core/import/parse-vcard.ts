// vCard files (.vcf) from phones, Apple Contacts, Outlook, Google: versions 2.1, 3.0 and 4.0,
// often mixed in one file. Each card is read on its own, so one broken card is reported with its
// line and the others still come in. ical.js parses 3.0 and 4.0; 2.1 cards are first rewritten
// to 3.0 syntax by `vcard-lines.ts`, because ical.js (like most libraries) does not read 2.1.
import ICAL from 'ical.js';
import type { Contact } from '../model.js';
import { isLinkedinUrl } from './match-keys.js';
import { normaliseText } from './source-text.js';
import type { ImportedContact, ImportProblem, ParsedImport } from './types.js';
import { isQuotedPrintable, modernisePropertyLine, splitPropertyLine, unfoldLines, type LogicalLine, type PhysicalLine } from './vcard-lines.js';

/** Photos, logos, sounds and keys are large and of no use to conet. */
const IGNORED_PROPERTIES = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);

interface RawCard {
  line: number;
  lines: PhysicalLine[];
}

export function parseVcard(text: string): ParsedImport {
  const problems: ImportProblem[] = [];
  const contacts: ImportedContact[] = [];
  for (const card of splitCards(normaliseText(text), problems)) {
    const result = readCard(card);
    if (result.ok) contacts.push({ ref: `line-${card.line}`, line: card.line, contact: result.contact });
    else problems.push(result.problem);
  }
  if (contacts.length === 0 && problems.length === 0) problems.push({ line: 1, message: 'no vCard (BEGIN:VCARD … END:VCARD) found' });
  problems.sort((a, b) => a.line - b.line);
  return { contacts, relationships: [], problems };
}

function splitCards(text: string, problems: ImportProblem[]): RawCard[] {
  const cards: RawCard[] = [];
  let current: RawCard | null = null;
  let strayReported = false;
  text.split('\n').forEach((content, index) => {
    const line = index + 1;
    const keyword = content.trim().toUpperCase();
    if (keyword === 'BEGIN:VCARD') {
      if (current) problems.push({ line: current.line, message: 'card has no END:VCARD before the next BEGIN:VCARD' });
      current = { line, lines: [] };
      strayReported = false;
    } else if (keyword === 'END:VCARD' && current) {
      cards.push(current);
      current = null;
    } else if (current) {
      current.lines.push({ text: content, line });
    } else if (keyword !== '' && !strayReported) {
      problems.push({ line, message: 'text outside a BEGIN:VCARD … END:VCARD card' });
      strayReported = true;
    }
  });
  if (current) problems.push({ line: (current as RawCard).line, message: 'card is not closed (no END:VCARD)' });
  return cards;
}

type CardResult = { ok: true; contact: Partial<Contact> & { name: string } } | { ok: false; problem: ImportProblem };

function readCard(card: RawCard): CardResult {
  const logical: LogicalLine[] = [];
  let version: string | undefined;
  for (const entry of unfoldLines(card.lines)) {
    const name = splitPropertyLine(entry.text)?.name ?? '';
    if (name === 'VERSION') version = splitPropertyLine(entry.text)!.value.trim();
    else if (!IGNORED_PROPERTIES.has(name)) logical.push(entry);
  }
  const legacy = version === undefined || version === '2.1';
  const text = [
    'BEGIN:VCARD',
    `VERSION:${legacy ? '3.0' : version}`,
    // Some 3.0 writers (Android) still quoted-printable-encode values.
    ...logical.map((entry) => (legacy || isQuotedPrintable(entry.text) ? modernisePropertyLine(entry.text, legacy) : entry.text)),
    'END:VCARD',
  ].join('\r\n');
  let component: ICAL.Component;
  try {
    component = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (error) {
    return { ok: false, problem: { line: locate(card, logical, error), message: `card could not be read: ${(error as Error).message}` } };
  }
  const contact = contactFromCard(component);
  if (contact) return { ok: true, contact };
  return { ok: false, problem: { line: card.line, message: 'card has no name (FN or N), organisation or email' } };
}

/** ical.js names the offending line in its message; point at it when it does. */
function locate(card: RawCard, logical: LogicalLine[], error: unknown): number {
  const quoted = [...(error as Error).message.matchAll(/"([^"]+)"/g)].pop()?.[1];
  return (quoted && logical.find((entry) => entry.text.includes(quoted))?.line) || card.line;
}

function contactFromCard(card: ICAL.Component): (Partial<Contact> & { name: string }) | null {
  const texts = (name: string): string[] =>
    card
      .getAllProperties(name)
      .flatMap((property) => property.getValues())
      .map((value) => (Array.isArray(value) ? value : [value]))
      .map((parts) => String(parts[0] ?? '').trim())
      .filter((value) => value !== '');
  const first = (name: string) => texts(name)[0];

  const org = first('org');
  const email = unique(texts('email'));
  const name = first('fn') || structuredName(card) || org || email[0];
  if (!name) return null;

  // An organisation's card keeps its organisation even as its name: that is how conet's vCard
  // export knows to write it as one again.
  const kind = first('kind')?.toLowerCase();
  const organisation = kind === 'org' || kind === 'organization' || first('x-abshowas')?.toUpperCase() === 'COMPANY' || (name === org && !structuredName(card));
  const contact: Partial<Contact> & { name: string } = { name };
  if (organisation) contact.org = org || name;
  else if (org && org !== name) contact.org = org;
  const role = first('title') || first('role');
  if (role) contact.role = role;
  if (email.length > 0) contact.email = email;
  const phone = unique(texts('tel').map((tel) => tel.replace(/^tel:/i, '')));
  if (phone.length > 0) contact.phone = phone;
  const urls = [...texts('url'), ...texts('x-socialprofile'), ...texts('x-linkedin')];
  const linkedin = urls.find(isLinkedinUrl);
  const url = texts('url').find((site) => !isLinkedinUrl(site));
  if (linkedin) contact.linkedin = linkedin;
  if (url) contact.url = url;
  const tags = unique(
    card
      .getAllProperties('categories')
      .flatMap((property) => property.getValues())
      .flatMap((value) => String(value).split(','))
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ''),
  );
  if (tags.length > 0) contact.tags = tags;
  const notes = texts('note').join('\n\n');
  if (notes) contact.notes = notes;
  return contact;
}

/** N is family;given;additional;prefix;suffix. */
function structuredName(card: ICAL.Component): string {
  const value = card.getFirstPropertyValue('n');
  if (!Array.isArray(value)) return typeof value === 'string' ? value.replace(/;/g, ' ').trim() : '';
  const [family, given, additional, prefix, suffix] = value.map((part) => (Array.isArray(part) ? part.join(' ') : String(part ?? '')).trim());
  return [prefix, given, additional, family, suffix].filter((part) => part).join(' ');
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => !seen.has(value.toLowerCase()) && seen.add(value.toLowerCase()));
}
