// How often to be in touch with a contact, and when you last were.
import type { Contact, IsoDate, Stage } from '../model.js';

/**
 * Default days between contacts, by stage. Early relationships need quick follow-ups or they go
 * cold; established ones need regular but lighter touches.
 */
export const DEFAULT_CADENCE_DAYS: Readonly<Record<Stage, number>> = {
  // Noticed but not yet approached: make a first move within two weeks.
  identified: 14,
  // You reached out: follow up within a week, while it is fresh.
  contacted: 7,
  // A conversation is going: keep it warm every three weeks.
  engaged: 21,
  // Working together: a monthly check-in beyond the work itself.
  collaborating: 30,
  // Quiet for now: a quarterly hello keeps the door open.
  dormant: 90,
};

export interface Cadence {
  /** Days wanted between two contacts. */
  days: number;
  /** `contact` when the contact sets `cadenceDays`, otherwise the stage whose default applies. */
  source: 'contact' | Stage;
}

/**
 * The contact's follow-up cadence: their own `cadenceDays`, else the default for their stage.
 * A challenging contact (prospect) without a stage counts as `identified`. Anyone else without a
 * stage has no schedule (null), so a large imported address book does not all fall due at once.
 */
export function cadenceOf(contact: Contact, defaults: Readonly<Record<Stage, number>> = DEFAULT_CADENCE_DAYS): Cadence | null {
  const stage = contact.stage ?? (contact.prospect ? 'identified' : undefined);
  if (contact.cadenceDays !== undefined) return { days: contact.cadenceDays, source: 'contact' };
  return stage === undefined ? null : { days: defaults[stage], source: stage };
}

/** The last day you were in touch: the later of `lastContact` and the newest logged interaction; null if never. */
export function lastContactOf(contact: Contact): IsoDate | null {
  let latest = contact.lastContact ?? null;
  for (const interaction of contact.interactions ?? []) {
    if (latest === null || interaction.date > latest) latest = interaction.date;
  }
  return latest;
}
