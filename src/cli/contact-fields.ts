// Turns the contact field flags shared by `add` and `edit` into model fields.
import { UsageError } from '../core/errors.js';
import { isCalendarDate } from '../core/followup/dates.js';
import { CONTRIBUTIONS, type CoCreatorKind, type CollaboratorStatus, type Contact, type Contribution, type Stage, type Stance } from '../core/model.js';

export interface ContactFieldOptions {
  org?: string;
  role?: string;
  email: string[];
  phone: string[];
  url?: string;
  linkedin?: string;
  tag: string[];
  offers: string[];
  needs: string[];
  pov?: string;
  connection?: string;
  status?: CollaboratorStatus;
  coCreator?: CoCreatorKind;
  contributes: string[];
  stance?: Stance;
  growth?: true;
  stage?: Stage;
  prospect?: true;
  lastContact?: string;
  cadence?: number;
  notes?: string;
}

/** Only the fields the user actually passed; list flags replace the whole list. `today` is YYYY-MM-DD. */
export function contactFieldsFrom(options: ContactFieldOptions, today: string): Partial<Contact> {
  const fields: Partial<Contact> = {};
  const set = <K extends keyof Contact>(key: K, value: Contact[K] | undefined) => {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) fields[key] = value;
  };
  set('org', options.org);
  set('role', options.role);
  set('email', options.email);
  set('phone', options.phone);
  set('url', options.url);
  set('linkedin', options.linkedin);
  set('tags', options.tag);
  set('offers', options.offers);
  set('needs', options.needs);
  set('pointOfView', options.pov);
  set('connection', options.connection);
  set('status', options.status);
  set('coCreator', options.coCreator);
  set('contributes', checkContributions(options.contributes));
  set('stance', options.stance);
  set('growth', options.growth);
  set('stage', options.stage);
  set('prospect', options.prospect);
  set('lastContact', options.lastContact === undefined ? undefined : checkDate(options.lastContact, '--last-contact', { notAfter: today }));
  set('cadenceDays', options.cadence);
  set('notes', options.notes);
  return fields;
}

function checkContributions(values: string[]): Contribution[] {
  for (const value of values) {
    if (!(CONTRIBUTIONS as readonly string[]).includes(value)) {
      throw new UsageError(`--contributes "${value}" is not one of: ${CONTRIBUTIONS.join(', ')}.`);
    }
  }
  return values as Contribution[];
}

/** A YYYY-MM-DD date; with `notAfter`, one that has already come (a last contact cannot be next year). */
export function checkDate(value: string, flag: string, options: { notAfter?: string } = {}): string {
  if (!isCalendarDate(value)) {
    throw new UsageError(`${flag} "${value}" is not a date.`, { hint: 'Write dates as YYYY-MM-DD.' });
  }
  if (options.notAfter !== undefined && value > options.notAfter) {
    throw new UsageError(`${flag} ${value} is in the future.`, { hint: `Give the day it happened: today (${options.notAfter}) or earlier.` });
  }
  return value;
}

/** `--unset` takes a flag's name (`tag`, `pov`, `last-contact`…) or the field's name in the file. */
const FIELD_OF_FLAG: Record<string, string> = {
  tag: 'tags',
  pov: 'pointOfView',
  'co-creator': 'coCreator',
  'last-contact': 'lastContact',
  cadence: 'cadenceDays',
};

export function fieldOfFlag(name: string): string {
  return FIELD_OF_FLAG[name] ?? name;
}
