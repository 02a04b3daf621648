// Momentum: how alive a relationship is, from its stage and how recently you were in touch.
import { dayNumber, isCalendarDate } from '../followup/dates.js';
import type { Contact, Stage } from '../model.js';

const STAGE_VALUE: Record<Stage, number> = {
  identified: 0.4,
  contacted: 0.6,
  engaged: 1,
  collaborating: 0.8,
  dormant: 0.1,
};

/**
 * Whole days from an ISO date to today (the day number of your calendar day: `localDayNumber`,
 * worked out once for every contact), or null when the date is missing or invalid.
 */
export function daysSince(date: string | undefined, today: number): number | null {
  if (!date || !isCalendarDate(date)) return null;
  return today - dayNumber(date);
}

/** 0–1, with the facts behind it. Unknown stage or date count as middling, not as bad. */
export function measureMomentum(contact: Contact, today: number | undefined): { value: number; days: number | null } {
  const stage = contact.stage ? STAGE_VALUE[contact.stage] ?? 0.4 : 0.4;
  const days = today === undefined ? null : daysSince(contact.lastContact, today);
  const recency = days === null ? 0.4 : days <= 30 ? 1 : days <= 90 ? 0.7 : days <= 365 ? 0.4 : 0.15;
  return { value: (stage + recency) / 2, days };
}
