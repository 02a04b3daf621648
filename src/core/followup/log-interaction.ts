// Logging what happened with a contact: the interaction log, the last-contact date, and the
// give-first actions and asks from the exercise.
import { NotFoundError, UsageError } from '../errors.js';
import type { Asks, Contact, GiveFirst, Interaction, InteractionKind, IsoDate, Network, Profile } from '../model.js';
import { lastContactOf } from './cadence.js';

export interface InteractionEntry {
  date: IsoDate;
  /** Default: `gave` with `gave`, `asked` with `asked`, otherwise `note`. */
  kind?: InteractionKind;
  /** What happened. Optional only when `gave` or `asked` names the item. */
  note?: string;
  /** A give-first action of this contact, by 1-based number or text: marked done on `date`. */
  gave?: string;
  /** One of your asks (profile `asks`), by 1-based number or text: recorded as asked of this contact. */
  asked?: string;
}

export interface LoggedInteraction {
  network: Network;
  contact: Contact;
  interaction: Interaction;
  /** The give-first action marked done, or null. */
  gave: GiveFirst | null;
  /** The text of the ask that was made, or null. */
  asked: string | null;
  /** False when a later contact was already recorded, so `lastContact` stayed where it was. */
  lastContactMoved: boolean;
}

/**
 * Records an interaction with a contact. The log stays in date order, and `lastContact` only ever
 * moves forward: logging an older event never makes a contact look more recent than it was.
 */
export function logInteraction(network: Network, contactId: string, entry: InteractionEntry, today: IsoDate): LoggedInteraction {
  const index = network.contacts.findIndex((contact) => contact.id === contactId);
  if (index < 0) throw new NotFoundError(`No contact with id "${contactId}".`);
  const contact = network.contacts[index]!;
  if (entry.date > today) {
    throw new UsageError(`${entry.date} is in the future.`, { hint: 'Log interactions once they have happened.' });
  }

  const gaveIndex = entry.gave === undefined ? null : findGiveFirst(contact, entry.gave);
  const gave = gaveIndex === null ? null : { ...contact.giveFirst![gaveIndex]!, done: entry.date };
  const asked = entry.asked === undefined ? null : findAsk(network.me, entry.asked);
  const note = entry.note?.trim() || gave?.action || asked;
  if (!note) throw new UsageError('Say what happened.', { hint: 'e.g. conet log ada "Coffee; she wants the workshop outline".' });

  const kind = entry.kind ?? (gave ? 'gave' : asked ? 'asked' : 'note');
  const interaction: Interaction = { date: entry.date, kind, note };
  const interactions = [...(contact.interactions ?? [])];
  // After every interaction of the same day or earlier: the log reads oldest to newest.
  const position = interactions.findIndex((existing) => existing.date > entry.date);
  interactions.splice(position < 0 ? interactions.length : position, 0, interaction);

  const previous = lastContactOf(contact);
  const lastContactMoved = previous === null || entry.date > previous;
  const updated: Contact = { ...contact, interactions, lastContact: lastContactMoved ? entry.date : previous! };
  if (gave) {
    const giveFirst = [...contact.giveFirst!];
    giveFirst[gaveIndex!] = gave;
    updated.giveFirst = giveFirst;
  }
  const contacts = network.contacts.slice();
  contacts[index] = updated;
  return { network: { ...network, contacts }, contact: updated, interaction, gave, asked, lastContactMoved };
}

function findGiveFirst(contact: Contact, query: string): number {
  const actions = (contact.giveFirst ?? []).map((item) => item.action);
  if (actions.length === 0) {
    throw new UsageError(`${contact.name} has no give-first actions to mark done.`, {
      hint: 'Log what you gave with --kind gave instead.',
    });
  }
  const index = pickItem(actions, query, `give-first actions for ${contact.name}`, 'Log something unplanned with --kind gave instead.');
  const done = contact.giveFirst![index]!.done;
  if (done !== undefined) {
    throw new UsageError(`"${actions[index]}" is already marked done (${done}).`, { hint: 'Log a new interaction without --gave.' });
  }
  return index;
}

const ASK_GROUPS = ['help', 'promoters', 'groups', 'prospects'] as const satisfies readonly (keyof Asks)[];

/** Your asks, numbered across the four groups in the order the profile lists them. */
export function listAsks(profile: Profile): string[] {
  return ASK_GROUPS.flatMap((key) => profile.asks?.[key] ?? []);
}

function findAsk(profile: Profile, query: string): string {
  const asks = listAsks(profile);
  if (asks.length === 0) {
    throw new UsageError('Your profile has no asks yet.', {
      hint: 'Add them with `conet init` or under me.asks in the file, or log with --kind asked.',
    });
  }
  return asks[pickItem(asks, query, 'your asks', 'Log an ask that is not in your profile with --kind asked.')]!;
}

/**
 * One item of a list, by 1-based number, exact text, or a piece of text found in exactly one item
 * (all case-insensitive). Otherwise a UsageError that lists the items with their numbers.
 */
function pickItem(items: readonly string[], query: string, what: string, otherwise: string): number {
  const listing = items.map((item, index) => `${index + 1}. ${item}`).join('; ');
  const wanted = query.trim().toLowerCase();
  if (/^\d+$/.test(wanted)) {
    const number = Number(wanted);
    if (number >= 1 && number <= items.length) return number - 1;
    throw new UsageError(`There is no item ${number} in ${what} (${listing}).`, { hint: otherwise });
  }
  const exact = items.findIndex((item) => item.toLowerCase() === wanted);
  if (exact >= 0) return exact;
  const partial = items.flatMap((item, index) => (item.toLowerCase().includes(wanted) ? [index] : []));
  if (partial.length === 1) return partial[0]!;
  const problem = partial.length === 0 ? `matches none of ${what}` : `matches more than one of ${what}`;
  throw new UsageError(`"${query}" ${problem} (${listing}).`, { hint: partial.length === 0 ? otherwise : 'Use the number.' });
}
