// conet's own JSON export (`conet export --format json`), so a network can be moved or merged
// into another file. Contacts keep their ids when those are free.
import { ME, type Audit, type Contact, type Introduction, type Profile, type Relationship } from '../model.js';
import { validateNetwork } from '../schema.js';
import { formatFieldPath } from '../errors.js';
import { normaliseText } from './source-text.js';
import type { ImportedContact, ImportedIntroduction, ImportedRelationship, ImportedSection, ImportProblem, ParsedImport } from './types.js';

export function parseJson(text: string): ParsedImport {
  const source = normaliseText(text);
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const position = Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? 0);
    return { contacts: [], relationships: [], problems: [{ line: lineAt(source, position), message: `not valid JSON: ${(error as Error).message}` }] };
  }
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { contacts?: unknown }).contacts)) {
    return { contacts: [], relationships: [], problems: [{ line: 1, message: 'not a conet JSON export (no "contacts" list)' }] };
  }
  const raw = data as { contacts: unknown[]; relationships?: unknown; introductions?: unknown; me?: unknown; audit?: unknown };
  const relationshipsIn = Array.isArray(raw.relationships) ? raw.relationships : [];
  const introductionsIn = Array.isArray(raw.introductions) ? raw.introductions : [];
  const checked = validateNetwork({ version: 1, contacts: raw.contacts, relationships: relationshipsIn, introductions: introductionsIn, me: raw.me, audit: raw.audit });
  const bad = new Map<string, string>();
  if (!checked.ok) {
    for (const issue of checked.issues) {
      const [section, index] = issue.path;
      // A problem refuses a record of a list, or a whole section (me, audit).
      const key = typeof index === 'number' ? `${String(section)}.${index}` : String(section);
      if (!bad.has(key)) bad.set(key, `${formatFieldPath(issue.path)} ${issue.message}`);
    }
  }

  const problems: ImportProblem[] = [];
  const contacts: ImportedContact[] = [];
  const lineOf = lineCounter(source);
  let searchFrom = source.indexOf('"contacts"');
  raw.contacts.forEach((value, index) => {
    const record = value as Contact;
    const line = lineOf((searchFrom = findFrom(source, record, searchFrom)));
    const message = bad.get(`contacts.${index}`);
    if (message) problems.push({ line, message });
    else contacts.push({ ref: record.id, line, contact: record });
  });
  const relationships: ImportedRelationship[] = [];
  const relationshipLineOf = lineCounter(source);
  searchFrom = source.indexOf('"relationships"');
  relationshipsIn.forEach((value, index) => {
    const { from, to, ...details } = value as Relationship;
    const line = relationshipLineOf((searchFrom = findFrom(source, { id: String(from) }, searchFrom)));
    const message = bad.get(`relationships.${index}`);
    if (message) problems.push({ line, message });
    else relationships.push({ line, from: from === ME ? ME : from, to: to === ME ? ME : to, details });
  });
  const introductions: ImportedIntroduction[] = [];
  const introductionLineOf = lineCounter(source);
  searchFrom = source.indexOf('"introductions"');
  introductionsIn.forEach((value, index) => {
    const introduction = value as Introduction;
    const line = introductionLineOf((searchFrom = findFrom(source, introduction, searchFrom)));
    const message = bad.get(`introductions.${index}`);
    if (message) problems.push({ line, message });
    else introductions.push({ line, between: introduction.between, introduction });
  });
  const section = <T>(name: 'me' | 'audit', value: unknown): ImportedSection<T> | undefined => {
    if (value === undefined) return undefined;
    const line = lineAt(source, Math.max(0, source.search(new RegExp(`"${name}"\\s*:`))));
    const message = bad.get(name);
    if (!message) return { line, value: value as T };
    problems.push({ line, message });
    return undefined;
  };
  const profile = section<Profile>('me', raw.me);
  const audit = section<Audit>('audit', raw.audit);
  problems.sort((a, b) => a.line - b.line);
  return { contacts, relationships, problems, introductions, ...(profile && { profile }), ...(audit && { audit }) };
}

/** Where a record's id (or name) appears next, to point problems at a line. */
function findFrom(text: string, record: { id?: unknown; name?: unknown }, from: number): number {
  const needle = JSON.stringify(typeof record.id === 'string' ? record.id : String(record.name ?? ''));
  const found = text.indexOf(needle, Math.max(0, from));
  return found < 0 ? Math.max(0, from) : found + 1;
}

function lineAt(text: string, position: number): number {
  return lineCounter(text)(position);
}

/** Line numbers for increasing positions, counted incrementally so long files stay linear. */
function lineCounter(text: string): (position: number) => number {
  let line = 1;
  let next = text.indexOf('\n');
  return (position) => {
    while (next >= 0 && next < position) {
      line++;
      next = text.indexOf('\n', next + 1);
    }
    return line;
  };
}
