// Google Contacts CSV (contacts.google.com → Export → Google CSV). Both the current header
// ("First Name, Middle Name, Last Name, … Organization Name, Organization Title, E-mail 1 - Value")
// and the legacy one ("Name, Given Name, … Organization 1 - Name, E-mail 1 - Value") are read.
// A cell can hold several values separated by " ::: ".
import type { Contact } from '../model.js';
import { readCsvTable, splitValues, type CsvRow } from './csv-records.js';
import { isLinkedinUrl } from './match-keys.js';
import type { ImportedContact, ParsedImport, ProgressListener } from './types.js';

export function isGoogleHeader(headers: readonly string[]): boolean {
  const names = new Set(headers.map((header) => header.toLowerCase()));
  return (
    names.has('e-mail 1 - value') ||
    (names.has('first name') && names.has('organization name')) ||
    (names.has('given name') && names.has('family name'))
  );
}

export function parseGoogle(text: string, options: { onProgress?: ProgressListener } = {}): ParsedImport {
  const table = readCsvTable(text, isGoogleHeader, { onProgress: options.onProgress });
  const columns = numberedColumns(table.headers);
  const contacts: ImportedContact[] = [];
  const problems = table.problems;

  for (const row of table.rows) {
    const email = dedupe(columns.email.flatMap((column) => splitValues(row.get(column))));
    const phone = dedupe(columns.phone.flatMap((column) => splitValues(row.get(column))));
    const websites = columns.website.flatMap((column) => splitValues(row.get(column)));
    const org = row.get('Organization Name') || row.get('Organization 1 - Name');
    const name = personName(row) || org || email[0] || '';
    if (name === '') {
      problems.push({ line: row.line, message: 'has no name, organisation or email address' });
      continue;
    }
    const fields: Partial<Contact> = {};
    if (org && org !== name) fields.org = org;
    const role = row.get('Organization Title') || row.get('Organization 1 - Title');
    if (role) fields.role = role;
    if (email.length > 0) fields.email = email;
    if (phone.length > 0) fields.phone = phone;
    const linkedin = websites.find(isLinkedinUrl);
    const url = websites.find((site) => !isLinkedinUrl(site));
    if (linkedin) fields.linkedin = linkedin;
    if (url) fields.url = url;
    const tags = splitValues(row.get('Labels') || row.get('Group Membership')).filter((label) => !label.startsWith('* '));
    if (tags.length > 0) fields.tags = tags;
    const notes = row.get('Notes');
    if (notes) fields.notes = notes;
    contacts.push({ ref: `line-${row.line}`, line: row.line, contact: { name, ...fields } });
  }
  problems.sort((a, b) => a.line - b.line);
  return { contacts, relationships: [], problems };
}

function personName(row: CsvRow): string {
  const current = [row.get('First Name'), row.get('Middle Name'), row.get('Last Name')];
  const legacy = [row.get('Given Name'), row.get('Additional Name'), row.get('Family Name')];
  const joined = (parts: string[]) => parts.filter((part) => part !== '').join(' ');
  return joined(current) || row.get('Name') || joined(legacy) || row.get('File As') || row.get('Nickname');
}

/** "E-mail 1 - Value", "E-mail 2 - Value"… in header order. */
function numberedColumns(headers: readonly string[]): { email: string[]; phone: string[]; website: string[] } {
  const matching = (pattern: RegExp) => headers.filter((header) => pattern.test(header));
  return {
    email: matching(/^E-mail \d+ - Value$/i),
    phone: matching(/^Phone \d+ - Value$/i),
    website: matching(/^Website \d+ - Value$/i),
  };
}

function dedupe(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
