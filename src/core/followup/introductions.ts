// Introductions as tracked objects: suggested → proposed → accepted or declined → made → outcome.
import { NotFoundError, UsageError } from '../errors.js';
import { ME, type InteractionKind, type Introduction, type IntroductionStatus, type IsoDate, type Network } from '../model.js';
import { firstFreeId } from '../text.js';
import { logInteraction } from './log-interaction.js';

/**
 * Where an introduction may go from each status. Steps may be skipped forward (you can make an
 * introduction without asking first); a declined one may be proposed again later; a made one is
 * final, and only its outcome is left to record.
 */
export const NEXT_STATUSES: Readonly<Record<IntroductionStatus, readonly IntroductionStatus[]>> = {
  suggested: ['proposed', 'accepted', 'declined', 'made'],
  proposed: ['accepted', 'declined', 'made'],
  accepted: ['made', 'declined'],
  declined: ['proposed'],
  made: [],
};

/** The id of the introduction between two contacts: both ids in sorted order, so a–b and b–a agree. */
export function introductionId(a: string, b: string): string {
  return [a, b].sort().join('--');
}

/** The introduction between two contacts, in either order; null if there is none. */
export function findIntroduction(network: Network, a: string, b: string): Introduction | null {
  return (
    network.introductions?.find(
      (intro) => (intro.between[0] === a && intro.between[1] === b) || (intro.between[0] === b && intro.between[1] === a),
    ) ?? null
  );
}

export interface IntroductionChange {
  /** Default: `proposed` for a new or merely suggested introduction, otherwise unchanged. */
  status?: IntroductionStatus;
  note?: string;
  /** How it went; only once the introduction is made. */
  outcome?: string;
  date: IsoDate;
}

export interface RecordedIntroduction {
  network: Network;
  introduction: Introduction;
  /** The status before this change; null for a new introduction. */
  previousStatus: IntroductionStatus | null;
  /** False when the change asked for nothing new (the same status, no note, no outcome). */
  changed: boolean;
}

/**
 * Records a new introduction between two contacts or advances the existing one. Every change is
 * appended to its history. Making it also logs an `intro` interaction with both contacts.
 */
export function recordIntroduction(network: Network, a: string, b: string, change: IntroductionChange, today: IsoDate): RecordedIntroduction {
  if (a === ME || b === ME) {
    throw new UsageError('An introduction is between two of your contacts, not you.', {
      hint: 'To ask someone to introduce you, log it: conet log <them> "…" --kind asked.',
    });
  }
  if (a === b) throw new UsageError('An introduction needs two different contacts.');
  const names = new Map(network.contacts.map((contact) => [contact.id, contact.name]));
  for (const id of [a, b]) if (!names.has(id)) throw new NotFoundError(`No contact with id "${id}".`);
  if (change.date > today) throw new UsageError(`${change.date} is in the future.`, { hint: 'Record changes once they have happened.' });
  const pair = `${names.get(a)} and ${names.get(b)}`;

  const existing = findIntroduction(network, a, b);
  // Naming a pair that is only suggested means proposing it.
  const status = change.status ?? (existing && existing.status !== 'suggested' ? existing.status : 'proposed');
  const statusChanged = existing === null || status !== existing.status;
  if (existing && statusChanged && !NEXT_STATUSES[existing.status].includes(status)) {
    const allowed = NEXT_STATUSES[existing.status];
    throw new UsageError(`The introduction between ${pair} is already ${existing.status}; it cannot become ${status}.`, {
      hint: allowed.length > 0 ? `From ${existing.status} it can become: ${allowed.join(', ')}.` : 'Record how it went with --outcome.',
    });
  }
  if (change.outcome !== undefined && status !== 'made') {
    throw new UsageError('An outcome is recorded once the introduction is made.', { hint: 'Add --status made if you have made it.' });
  }
  const lastChange = existing?.history?.at(-1)?.date ?? existing?.date;
  if (lastChange !== undefined && change.date < lastChange) {
    throw new UsageError(`${change.date} is before the last change to this introduction (${lastChange}).`, {
      hint: 'Changes are recorded in order; use a later --date.',
    });
  }
  if (existing && !statusChanged && change.note === undefined && change.outcome === undefined) {
    return { network, introduction: existing, previousStatus: existing.status, changed: false };
  }

  const historyNote = [change.note, change.outcome !== undefined ? `outcome: ${change.outcome}` : undefined].filter(Boolean).join('; ');
  const entry = { date: change.date, status, ...(historyNote && { note: historyNote }) };
  const introduction: Introduction = {
    ...(existing ?? { id: uniqueId(network, introductionId(a, b)), between: [a, b] }),
    status,
    ...(statusChanged && { date: change.date }),
    ...(change.note !== undefined && { note: change.note }),
    ...(change.outcome !== undefined && { outcome: change.outcome }),
    history: [...(existing?.history ?? []), entry],
  };

  const introductions = [...(network.introductions ?? [])];
  const index = existing ? introductions.indexOf(existing) : -1;
  if (index >= 0) introductions[index] = introduction;
  else introductions.push(introduction);
  let next: Network = { ...network, introductions };
  // Proposing means writing to both (the double opt-in), making it means introducing them: either
  // is a contact with each, which `conet due` must count.
  const logged = statusChanged ? LOGGED_AS[status] : undefined;
  if (logged) {
    for (const [self, other] of [[a, b], [b, a]] as const) {
      next = logInteraction(next, self, { date: change.date, kind: logged.kind, note: logged.note(names.get(other)!) }, today).network;
    }
  }
  return { network: next, introduction, previousStatus: existing?.status ?? null, changed: true };
}

/** The interaction an introduction's new status is, with each of the two. */
const LOGGED_AS: Partial<Record<IntroductionStatus, { kind: InteractionKind; note: (other: string) => string }>> = {
  proposed: { kind: 'message', note: (other) => `Asked whether they would like to meet ${other}` },
  made: { kind: 'intro', note: (other) => `Introduced to ${other}` },
};

function uniqueId(network: Network, base: string): string {
  return firstFreeId(base, new Set((network.introductions ?? []).map((intro) => intro.id)));
}
