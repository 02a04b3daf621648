// What every importer produces: contacts and relationships in the file's own terms, plus the
// records it could not read. Nothing here knows the user's network yet; `mergeImport` does that.
import type { Audit, Contact, Introduction, Profile } from '../model.js';
import type { LinkDetails } from '../relationships.js';

export const IMPORT_FORMATS = ['vcard', 'linkedin', 'google', 'json', 'gexf', 'graphml'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A record that was skipped, and why. Lines count from 1, as an editor shows them. */
export interface ImportProblem {
  line: number;
  message: string;
}

export interface ImportedContact {
  /** How the file's relationships refer to this contact (a node id, a row number…). */
  ref: string;
  line: number;
  /** The fields the file gives; `id` only when the file carries a usable conet id. */
  contact: Partial<Contact> & { name: string };
}

export interface ImportedRelationship {
  line: number;
  /** Contact refs, or `me`. */
  from: string;
  to: string;
  details: LinkDetails;
  /**
   * The tie says only that the two are connected (a LinkedIn connection): it fills a tie they
   * already have, whatever its kind, instead of being added beside it.
   */
  fillsAnyTie?: true;
}

export interface ImportedIntroduction {
  line: number;
  /** Contact refs. */
  between: [string, string];
  introduction: Introduction;
}

/** A section of the network only conet's own JSON carries (your profile, your self-audit). */
export interface ImportedSection<T> {
  line: number;
  value: T;
}

export interface ParsedImport {
  contacts: ImportedContact[];
  relationships: ImportedRelationship[];
  problems: ImportProblem[];
  introductions?: ImportedIntroduction[];
  profile?: ImportedSection<Profile>;
  audit?: ImportedSection<Audit>;
}

/** Called now and then on long files, so a command can show progress. */
export type ProgressListener = (done: number, total: number) => void;
