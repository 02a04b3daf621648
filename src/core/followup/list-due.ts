// Who is due for contact, and why: cadence, first contact, give-first actions, introductions.
import type { Contact, Introduction, IntroductionStatus, IsoDate, Network, Stage } from '../model.js';
import { topBy } from '../top-by.js';
import { cadenceOf, DEFAULT_CADENCE_DAYS, lastContactOf, type Cadence } from './cadence.js';
import { addDays, countDays, daysBetween, describeAgo } from './dates.js';

/** Days an introduction may rest at a status before it needs you. */
export const DEFAULT_INTRODUCTION_WAIT_DAYS: Readonly<Record<'proposed' | 'accepted' | 'made', number>> = {
  // Give both sides a week to answer before nudging.
  proposed: 7,
  // Both said yes: make it at once.
  accepted: 0,
  // Two weeks is long enough for a first meeting to have happened.
  made: 14,
};

export interface ListDueOptions {
  /** Also list contacts on a schedule whose next contact is not due yet (negative `overdueDays`). Default false. */
  includeUpcoming: boolean;
  /** At most this many items; null for all. Default null. */
  limit: number | null;
  /** Default days between contacts by stage. */
  cadenceByStage: Readonly<Record<Stage, number>>;
  introductionWaitDays: Readonly<Record<'proposed' | 'accepted' | 'made', number>>;
}

const DEFAULTS: ListDueOptions = {
  includeUpcoming: false,
  limit: null,
  cadenceByStage: DEFAULT_CADENCE_DAYS,
  introductionWaitDays: DEFAULT_INTRODUCTION_WAIT_DAYS,
};

/** Why a contact needs you. */
export interface DueReason {
  /**
   * `cadence`: time since the last contact reached their cadence; `first-contact`: on your schedule
   * but never contacted; `give-first`: a give-first action not done yet; `introduction`: an
   * introduction involving them waits on you.
   */
  kind: 'cadence' | 'first-contact' | 'give-first' | 'introduction';
  /** The reason in plain words, e.g. "no contact for 45 days; you aim for every 30". */
  text: string;
  /** Days past due: 0 is due today, negative is not due yet. Undated reasons count as due today. */
  overdueDays: number;
  /** The day it fell (or falls) due. */
  dueDate: IsoDate;
  /** The give-first action, for `give-first` reasons; otherwise null. */
  giveFirst: string | null;
  /** The introduction's id, for `introduction` reasons; otherwise null. */
  introductionId: string | null;
}

/** One contact who needs your attention, with every reason, most urgent first. */
export interface DueItem {
  /** The contact's id. */
  id: string;
  name: string;
  /** One of your challenging contacts. */
  prospect: boolean;
  /** The most urgent reason's days past due (0: due today; negative: not due yet). */
  overdueDays: number;
  /** The most urgent reason's due date. */
  dueDate: IsoDate;
  /** The last day you were in touch (from `lastContact` or the interaction log); null if never. */
  lastContact: IsoDate | null;
  /** Days wanted between contacts (their own or their stage's default); null without a schedule. */
  cadenceDays: number | null;
  reasons: DueReason[];
}

export interface DueList {
  /** Most overdue first, ties by id; cut to `limit`. */
  items: DueItem[];
  /** How many items there were before the limit. */
  total: number;
}

/**
 * Lists the contacts due or overdue for contact on `today`. Contacts marked not-a-collaborator
 * are never due. Contacts without a stage, cadence or prospect flag have no schedule, but still
 * appear for give-first actions and introductions.
 */
export function listDue(network: Network, today: IsoDate, options: Partial<ListDueOptions> = {}): DueList {
  const settings: ListDueOptions = { ...DEFAULTS, ...options };
  // Only the names the introductions mention: most of a large network is in none.
  const introductions = network.introductions ?? [];
  const mentioned = new Set(introductions.flatMap((introduction) => introduction.between));
  const names = new Map(mentioned.size === 0 ? [] : network.contacts.filter((contact) => mentioned.has(contact.id)).map((contact) => [contact.id, contact.name]));
  const introductionReasons = collectIntroductionReasons(introductions, names, today, settings);
  // Every contact is ranked by the numbers alone; reasons are put into words only for those listed
  // (a plan lists 15 of the thousands due in a large network), and with a limit only the best few
  // are kept while ranking: 30,000 entries kept alive cost more to collect than to make.
  let total = 0;
  function* rank(): Generator<Ranked> {
    for (const contact of network.contacts) {
      if (contact.status === 'not-a-collaborator') continue;
      const cadence = cadenceOf(contact, settings.cadenceByStage);
      const lastContact = lastContactOf(contact);
      const schedule = cadence && scheduleOverdue(cadence, lastContact, today);
      // Only the schedule looks ahead: other reasons speak of what to do now.
      const scheduled = schedule !== null && (schedule >= 0 || settings.includeUpcoming) ? schedule : null;
      let overdueDays = scheduled ?? -Infinity;
      if (contact.giveFirst?.some((item) => item.done === undefined)) overdueDays = Math.max(overdueDays, 0);
      for (const introduction of introductionReasons.get(contact.id) ?? []) {
        if (introduction.overdueDays >= 0) overdueDays = Math.max(overdueDays, introduction.overdueDays);
      }
      if (overdueDays === -Infinity) continue;
      total++;
      yield { contact, cadence, lastContact, scheduled, overdueDays };
    }
  }
  const compare = (x: Ranked, y: Ranked) => y.overdueDays - x.overdueDays || (x.contact.id < y.contact.id ? -1 : x.contact.id > y.contact.id ? 1 : 0);
  const listed = settings.limit === null ? [...rank()].sort(compare) : topBy(rank(), settings.limit, (x, y) => compare(x, y) < 0);
  const items = listed.map(({ contact, cadence, lastContact, scheduled }): DueItem => {
    const reasons: DueReason[] = [];
    if (scheduled !== null) reasons.push(scheduleReason(contact, cadence!, lastContact, today));
    for (const item of contact.giveFirst ?? []) {
      if (item.done === undefined) reasons.push(reason('give-first', `give-first action not done yet: ${item.action}`, today, 0, { giveFirst: item.action }));
    }
    for (const introduction of introductionReasons.get(contact.id) ?? []) if (introduction.overdueDays >= 0) reasons.push(introduction);
    reasons.sort((x, y) => y.overdueDays - x.overdueDays);
    const top = reasons[0]!;
    return {
      id: contact.id,
      name: contact.name,
      prospect: Boolean(contact.prospect),
      overdueDays: top.overdueDays,
      dueDate: top.dueDate,
      lastContact,
      cadenceDays: cadence?.days ?? null,
      reasons,
    };
  });
  return { items, total };
}

/** A contact in the ranking: what it is ranked by, and what its reasons are worded from. */
interface Ranked {
  contact: Contact;
  cadence: Cadence | null;
  lastContact: IsoDate | null;
  scheduled: number | null;
  overdueDays: number;
}

function reason(kind: DueReason['kind'], text: string, dueDate: IsoDate, overdueDays: number, subject: Partial<DueReason> = {}): DueReason {
  return { kind, text, overdueDays, dueDate, giveFirst: null, introductionId: null, ...subject };
}

/** Days past the next scheduled contact (0 when never contacted: due now). */
function scheduleOverdue(cadence: Cadence, lastContact: IsoDate | null, today: IsoDate): number {
  return lastContact === null ? 0 : daysBetween(lastContact, today) - cadence.days;
}

function scheduleReason(contact: Contact, cadence: Cadence, lastContact: IsoDate | null, today: IsoDate): DueReason {
  if (lastContact === null) {
    const text = contact.prospect ? 'a challenging contact you have never contacted' : 'on your list, but no contact recorded yet';
    return reason('first-contact', text, today, 0);
  }
  const since = daysBetween(lastContact, today);
  const overdueDays = scheduleOverdue(cadence, lastContact, today);
  const aim = cadence.source === 'contact' ? `you aim for every ${cadence.days}` : `the default for ${cadence.source} is every ${cadence.days}`;
  const text = overdueDays >= 0 ? `no contact for ${countDays(since)}; ${aim}` : `next contact due in ${countDays(-overdueDays)} (${aim})`;
  return reason('cadence', text, addDays(lastContact, cadence.days), overdueDays);
}

const INTRODUCTION_ADVICE: Partial<Record<IntroductionStatus, (other: string, ago: string) => string>> = {
  proposed: (other, ago) => `you proposed an intro to ${other} ${ago} and have no answer yet: check in`,
  accepted: (other, ago) => `intro to ${other} accepted ${ago}: make it`,
  made: (other, ago) => `intro to ${other} made ${ago}: ask how it went`,
};

/** Reasons from introductions waiting on you, for each of the two contacts involved. */
function collectIntroductionReasons(
  introductions: readonly Introduction[],
  names: ReadonlyMap<string, string>,
  today: IsoDate,
  settings: ListDueOptions,
): Map<string, DueReason[]> {
  const byContact = new Map<string, DueReason[]>();
  for (const intro of introductions) {
    const advice = INTRODUCTION_ADVICE[intro.status];
    const since = intro.date ?? intro.history?.at(-1)?.date;
    if (!advice || since === undefined || intro.outcome !== undefined) continue;
    const wait = settings.introductionWaitDays[intro.status as keyof ListDueOptions['introductionWaitDays']];
    const days = daysBetween(since, today);
    const dueDate = addDays(since, wait);
    const [a, b] = intro.between;
    for (const [self, other] of [[a, b], [b, a]] as const) {
      const text = advice(names.get(other) ?? other, describeAgo(days));
      const list = byContact.get(self) ?? [];
      list.push(reason('introduction', text, dueDate, days - wait, { introductionId: intro.id }));
      byContact.set(self, list);
    }
  }
  return byContact;
}
