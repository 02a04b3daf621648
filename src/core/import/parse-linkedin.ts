// LinkedIn's Connections.csv (Settings → Data privacy → Get a copy of your data). Real exports
// open with a few "Notes:" lines before the header row; emails are often blank because members
// can hide them. Each connection becomes a contact plus a weak tie to you.
import { ME } from '../model.js';
import type { LinkDetails } from '../relationships.js';
import { readCsvTable } from './csv-records.js';
import { isLinkedinUrl } from './match-keys.js';
import type { ImportedContact, ImportedRelationship, ParsedImport, ProgressListener } from './types.js';

/** A LinkedIn connection is a weak tie unless the user says otherwise. */
export const LINKEDIN_STRENGTH = 2;
export const LINKEDIN_KIND = 'linkedin';

export interface LinkedinOptions {
  /** Strength of the me–contact tie (1-5). */
  strength?: number;
  onProgress?: ProgressListener;
}

export function isLinkedinHeader(headers: readonly string[]): boolean {
  const names = new Set(headers.map((header) => header.toLowerCase()));
  return names.has('first name') && names.has('last name') && (names.has('connected on') || (names.has('url') && names.has('position')));
}

export function parseLinkedin(text: string, options: LinkedinOptions = {}): ParsedImport {
  const table = readCsvTable(text, isLinkedinHeader, { onProgress: options.onProgress });
  const contacts: ImportedContact[] = [];
  const relationships: ImportedRelationship[] = [];
  const problems = table.problems;
  const strength = options.strength ?? LINKEDIN_STRENGTH;

  for (const row of table.rows) {
    const name = `${row.get('First Name')} ${row.get('Last Name')}`.trim();
    const url = row.get('URL');
    if (name === '') {
      problems.push({ line: row.line, message: 'has no first or last name' });
      continue;
    }
    if (url !== '' && !isLinkedinUrl(url)) {
      problems.push({ line: row.line, message: `URL "${url}" is not a LinkedIn profile address` });
      continue;
    }
    const connectedOn = row.get('Connected On');
    const since = connectedOn === '' ? undefined : parseLooseDate(connectedOn);
    if (since === null) {
      problems.push({ line: row.line, message: `"Connected On" date "${connectedOn}" is not a date conet can read (e.g. 05 Mar 2024)` });
      continue;
    }
    const ref = `line-${row.line}`;
    const contact: ImportedContact['contact'] = { name };
    const [org, role, email] = [row.get('Company'), row.get('Position'), row.get('Email Address')];
    if (org) contact.org = org;
    if (role) contact.role = role;
    if (email) contact.email = [email];
    if (url) contact.linkedin = url;
    contacts.push({ ref, line: row.line, contact });
    const details: LinkDetails = { kind: LINKEDIN_KIND, strength };
    if (since) details.since = since;
    relationships.push({ line: row.line, from: ME, to: ref, details, fillsAnyTie: true });
  }
  problems.sort((a, b) => a.line - b.line);
  return { contacts, relationships, problems };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The date forms found in exports: ISO "2024-03-05", LinkedIn's "05 Mar 2024", and
 * "Mar 5, 2024". Returns YYYY-MM-DD, or null when the text is not one of them or not a real date.
 */
export function parseLooseDate(text: string): string | null {
  const value = text.trim();
  let year: number, month: number, day: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[ -]([a-z]{3})[a-z]*\.?[ -](\d{4})$/i.exec(value))) {
    [day, month, year] = [Number(match[1]), MONTHS.indexOf(match[2]!.toLowerCase()) + 1, Number(match[3])];
  } else if ((match = /^([a-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/i.exec(value))) {
    [month, day, year] = [MONTHS.indexOf(match[1]!.toLowerCase()) + 1, Number(match[2]), Number(match[3])];
  } else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
