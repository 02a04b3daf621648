// Brings imported contacts and relationships into the network without duplicating anyone:
// a person already there (same email, same LinkedIn profile, or same name with nothing that
// contradicts it) is updated instead of added. Updates only fill what is empty and add to lists;
// nothing the user wrote is ever overwritten. Indexes keep it linear: 30,000 rows in well under
// a second.
import { makeContactId } from '../add-contact.js';
import { introductionId } from '../followup/introductions.js';
import { ME, type Contact, type Introduction, type Network, type Relationship, type Stage } from '../model.js';
import { matchTie, pairKey } from '../relationships.js';
import { ID_PATTERN } from '../schema.js';
import { firstFreeId } from '../text.js';
import { emailKey, linkedinKey, nameKey, phoneKey } from './match-keys.js';
import type { ImportedIntroduction, ImportedRelationship, ParsedImport } from './types.js';

export interface MergeOptions {
  /** Stage given to new contacts whose source says nothing better. */
  defaultStage?: Stage;
}

export interface MergeEntry {
  line: number;
  name: string;
  /** The contact's id in the network; null when it was skipped. */
  id: string | null;
  /** For updates: the fields that were filled or extended. */
  fields?: string[];
  /** For skips: why. */
  reason?: string;
}

export interface MergeReport {
  added: MergeEntry[];
  updated: MergeEntry[];
  skipped: MergeEntry[];
  relationships: { added: number; updated: number; skipped: { line: number; reason: string }[] };
  introductions: { added: number; skipped: { line: number; reason: string }[] };
  /** Your profile and self-audit, when the file has one: taken only when the network has none. */
  profile?: SectionOutcome;
  audit?: SectionOutcome;
}

export type SectionOutcome = { line: number; added: true } | { line: number; added: false; reason: string };

const DEFAULTS: Required<MergeOptions> = { defaultStage: 'identified' };

const LIST_KEYS: Record<string, (value: string) => string> = {
  email: emailKey,
  phone: phoneKey,
  tags: (tag) => tag.toLowerCase(),
  offers: (text) => text.toLowerCase(),
  needs: (text) => text.toLowerCase(),
  contributes: (text) => text,
};

export function mergeImport(
  network: Network,
  imported: Pick<ParsedImport, 'contacts' | 'relationships' | 'introductions' | 'profile' | 'audit'>,
  options: MergeOptions = {},
): { network: Network; report: MergeReport; changed: boolean } {
  const settings = { ...DEFAULTS, ...options };
  const contacts = network.contacts.slice();
  const index = new ContactIndex(contacts);
  contacts.forEach((contact, position) => index.add(contact, position));
  const taken = new Set(contacts.map((contact) => contact.id));
  const report: MergeReport = { added: [], updated: [], skipped: [], relationships: { added: 0, updated: 0, skipped: [] }, introductions: { added: 0, skipped: [] } };
  const idOfRef = new Map<string, string>();

  for (const { ref, line, contact: incoming } of imported.contacts) {
    const name = incoming.name.trim();
    const match = index.find(incoming);
    if (match.kind === 'ambiguous') {
      report.skipped.push({ line, name, id: null, reason: `the name matches ${match.ids.length} contacts (${match.ids.join(', ')}); add an email or LinkedIn URL to tell them apart` });
      continue;
    }
    if (match.kind === 'found') {
      const existing = contacts[match.position]!;
      const { contact, fields } = fillContact(existing, incoming);
      idOfRef.set(ref, existing.id);
      if (fields.length === 0) {
        report.skipped.push({ line, name, id: existing.id, reason: 'already up to date' });
        continue;
      }
      contacts[match.position] = contact;
      index.add(contact, match.position, true);
      report.updated.push({ line, name, id: existing.id, fields });
      continue;
    }
    const wantedId = incoming.id;
    const id = wantedId && ID_PATTERN.test(wantedId) && wantedId !== ME && !taken.has(wantedId) ? wantedId : makeContactId(name, taken);
    taken.add(id);
    const contact: Contact = { id, name };
    copyFilled(incoming, contact, ['id', 'name']);
    if (contact.stage === undefined) contact.stage = settings.defaultStage;
    contacts.push(contact);
    index.add(contact, contacts.length - 1);
    idOfRef.set(ref, id);
    report.added.push({ line, name, id });
  }

  const relationships = mergeRelationships(network.relationships, imported.relationships, idOfRef, report);
  const next: Network = { ...network, contacts, relationships };
  const introductions = mergeIntroductions(network.introductions ?? [], imported.introductions ?? [], idOfRef, report);
  if (report.introductions.added > 0) next.introductions = introductions;
  for (const [key, name] of [['me', 'profile'], ['audit', 'audit']] as const) {
    const section = imported[name];
    if (!section || !hasContent(section.value)) continue;
    if (hasContent(network[key])) {
      report[name] = { line: section.line, added: false, reason: 'this network has its own' };
    } else {
      next[key] = section.value;
      report[name] = { line: section.line, added: true };
    }
  }
  const changed =
    report.added.length + report.updated.length + report.relationships.added + report.relationships.updated + report.introductions.added > 0 ||
    Boolean(report.profile?.added || report.audit?.added);
  // The network itself when nothing changed, so the store knows there is nothing to write.
  return { network: changed ? next : network, report, changed };
}

/** Introductions between two imported contacts, one per pair: one the network has already stays as it is. */
function mergeIntroductions(
  existing: readonly Introduction[],
  incoming: readonly ImportedIntroduction[],
  idOfRef: ReadonlyMap<string, string>,
  report: MergeReport,
): Introduction[] {
  const introductions = existing.slice();
  const pairs = new Set(existing.map((intro) => pairKey(intro.between[0], intro.between[1])));
  const ids = new Set(existing.map((intro) => intro.id));
  for (const { line, between, introduction } of incoming) {
    const [a, b] = between.map((ref) => idOfRef.get(ref));
    const missing = between.filter((ref) => !idOfRef.has(ref));
    if (a === undefined || b === undefined) {
      report.introductions.skipped.push({ line, reason: `${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not among the imported contacts` });
      continue;
    }
    if (a === b || pairs.has(pairKey(a, b))) {
      report.introductions.skipped.push({ line, reason: a === b ? 'both ends are the same person' : 'this network already records an introduction between them' });
      continue;
    }
    const id = firstFreeId(introductionId(a, b), ids);
    pairs.add(pairKey(a, b));
    ids.add(id);
    introductions.push({ ...introduction, id, between: [a, b] });
    report.introductions.added++;
  }
  return introductions;
}

function mergeRelationships(
  existing: readonly Relationship[],
  incoming: readonly ImportedRelationship[],
  idOfRef: ReadonlyMap<string, string>,
  report: MergeReport,
): Relationship[] {
  const relationships = existing.slice();
  const byPair = new Map<string, number[]>();
  const index = (rel: Relationship, position: number) => {
    const key = pairKey(rel.from, rel.to);
    const positions = byPair.get(key);
    if (positions) positions.push(position);
    else byPair.set(key, [position]);
  };
  relationships.forEach(index);
  for (const { line, from, to, details, fillsAnyTie } of incoming) {
    const a = from === ME ? ME : idOfRef.get(from);
    const b = to === ME ? ME : idOfRef.get(to);
    if (a === undefined || b === undefined) {
      report.relationships.skipped.push({ line, reason: 'one of the two people was not imported' });
      continue;
    }
    if (a === b) {
      report.relationships.skipped.push({ line, reason: 'both ends are the same person' });
      continue;
    }
    // A tie is its two people and its kind, as for `conet link`: a tie of another kind is another
    // tie, but a kind missing on either side is one to fill in, not a difference.
    const pair = byPair.get(pairKey(a, b)) ?? [];
    const position = matchTie(relationships, pair, details.kind) ?? (fillsAnyTie ? pair[0] : undefined);
    if (position === undefined) {
      const relationship: Relationship = { from: a, to: b };
      copyFilled(details, relationship, []);
      index(relationship, relationships.length);
      relationships.push(relationship);
      report.relationships.added++;
      continue;
    }
    // The tie already there keeps what it has; only its empty details are filled.
    const current = relationships[position]!;
    const filled: Relationship = { ...current };
    let changed = false;
    for (const [field, value] of Object.entries(withoutEmpty(details))) {
      if (filled[field] === undefined) {
        filled[field] = value;
        changed = true;
      }
    }
    if (changed) {
      relationships[position] = filled;
      report.relationships.updated++;
    }
  }
  return relationships;
}

/** Fills empty fields and extends lists; returns which fields changed. */
function fillContact(existing: Contact, incoming: Partial<Contact>): { contact: Contact; fields: string[] } {
  const contact: Contact = { ...existing };
  const fields: string[] = [];
  for (const [field, value] of Object.entries(withoutEmpty(incoming))) {
    if (field === 'id' || field === 'name') continue;
    const current = contact[field];
    if (isEmpty(current)) {
      contact[field] = value;
      fields.push(field);
    } else if (Array.isArray(current) && Array.isArray(value) && field in LIST_KEYS) {
      const key = LIST_KEYS[field]!;
      const seen = new Set(current.map((item) => key(String(item))));
      const additions = value.filter((item) => !seen.has(key(String(item))) && seen.add(key(String(item))));
      if (additions.length > 0) {
        contact[field] = [...current, ...additions];
        fields.push(field);
      }
    }
  }
  return { contact, fields };
}

/** An empty section (`me: {}`, or only empty lists) holds nothing. */
function hasContent(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasContent);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(hasContent);
  return value !== undefined && value !== null && value !== '';
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function withoutEmpty<T extends object>(record: T): Partial<T> {
  const out: Partial<T> = {};
  copyFilled(record, out, []);
  return out;
}

/** Copies the non-empty fields of `from` onto `to` (a hot path: no intermediate objects). */
function copyFilled(from: object, to: object, except: readonly string[]): void {
  for (const key in from) {
    const value = (from as Record<string, unknown>)[key];
    if (!isEmpty(value) && !except.includes(key)) (to as Record<string, unknown>)[key] = value;
  }
}

type Match = { kind: 'none' } | { kind: 'found'; position: number } | { kind: 'ambiguous'; ids: string[] };

/** Contacts by email, LinkedIn profile and normalised name: each lookup is O(1). */
class ContactIndex {
  private readonly byEmail = new Map<string, number>();
  private readonly byLinkedin = new Map<string, number>();
  private readonly byName = new Map<string, number[]>();

  /** `contacts` is the list being built; positions index into it. */
  constructor(private readonly contacts: readonly Contact[]) {}

  /** Indexes the contact at `position`; `updated` when it replaces one already indexed there. */
  add(contact: Contact, position: number, updated = false): void {
    for (const email of contact.email ?? []) if (!this.byEmail.has(emailKey(email))) this.byEmail.set(emailKey(email), position);
    if (contact.linkedin && !this.byLinkedin.has(linkedinKey(contact.linkedin))) this.byLinkedin.set(linkedinKey(contact.linkedin), position);
    if (updated) return;
    const key = nameKey(contact.name);
    const list = this.byName.get(key);
    if (list) list.push(position);
    else this.byName.set(key, [position]);
  }

  find(incoming: Partial<Contact> & { name: string }): Match {
    for (const email of incoming.email ?? []) {
      const position = this.byEmail.get(emailKey(email));
      if (position !== undefined) return { kind: 'found', position };
    }
    if (incoming.linkedin) {
      const position = this.byLinkedin.get(linkedinKey(incoming.linkedin));
      if (position !== undefined) return { kind: 'found', position };
    }
    const namesakes = this.byName.get(nameKey(incoming.name));
    if (namesakes === undefined) return { kind: 'none' };
    const sameName = namesakes.filter((position) => compatible(this.contacts[position]!, incoming));
    if (sameName.length === 1) return { kind: 'found', position: sameName[0]! };
    if (sameName.length > 1) return { kind: 'ambiguous', ids: sameName.map((position) => this.contacts[position]!.id) };
    return { kind: 'none' };
  }
}

/**
 * Two records with the same name are the same person unless something says otherwise:
 * different LinkedIn profiles, or email lists that share nothing.
 */
function compatible(existing: Contact, incoming: Partial<Contact>): boolean {
  if (existing.linkedin && incoming.linkedin && linkedinKey(existing.linkedin) !== linkedinKey(incoming.linkedin)) return false;
  const mine = existing.email ?? [];
  const theirs = incoming.email ?? [];
  if (mine.length > 0 && theirs.length > 0) return false; // sharing one would have matched by email already
  return true;
}
