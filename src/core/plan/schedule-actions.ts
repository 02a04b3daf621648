// The plan's dated checklist. What is already due comes today, an open introduction on the day it
// needs you; then one challenging contact a day gets your give-first action, with the request for a
// warm introduction two days after it (give before you ask); one introduction a day is proposed
// from tomorrow; asks come on day three.
import { addDays, daysBetween, DEFAULT_INTRODUCTION_WAIT_DAYS, listAsks, type IntroductionSummary } from '../followup/index.js';
import type { Contact, IsoDate, Network } from '../model.js';
import type { PlanAnalysis } from './analyse-for-plan.js';
import { toCommand, toText } from './escape-markdown.js';
import type { ActionKind, ActionView } from './view-model.js';

/** Days after today, by kind of action (plus the prospect's or introduction's position). */
const ACTION_OFFSETS = { giveFirst: 0, requestPath: 2, propose: 1, ask: 3 } as const;

const KIND_ORDER: readonly ActionKind[] = ['follow-up', 'introduction', 'give-first', 'propose', 'request-path', 'ask'];

export function scheduleActions(network: Network, today: IsoDate, analysis: PlanAnalysis): ActionView[] {
  const actions: ActionView[] = [];
  const add = (days: number, kind: ActionKind, text: string, contacts: string[], command: string | null) =>
    actions.push({ date: addDays(today, days), kind, text: toText(text), contacts, command: command === null ? null : toCommand(command) });

  for (const item of analysis.due.items) {
    for (const reason of item.reasons) {
      if (reason.kind === 'cadence' || reason.kind === 'first-contact') {
        add(0, 'follow-up', `Get in touch with ${item.name}: ${reason.text}.`, [item.id], `conet log ${item.id} "…"`);
      }
    }
  }

  const moreDue = analysis.due.total - analysis.due.items.length;
  if (moreDue > 0) add(0, 'follow-up', `${moreDue} more ${moreDue === 1 ? 'contact is' : 'contacts are'} due for a follow-up: see the full list.`, [], 'conet due');

  for (const intro of analysis.openIntroductions) {
    // On the day `conet due` would raise it: a week for answers to a proposal, two for the first meeting.
    const wait = DEFAULT_INTRODUCTION_WAIT_DAYS[intro.status as keyof typeof DEFAULT_INTRODUCTION_WAIT_DAYS] ?? 0;
    const days = intro.since === null ? 0 : Math.max(0, daysBetween(today, addDays(intro.since, wait)));
    add(days, 'introduction', `${capitalise(intro.nextStep ?? '')}.`, [...intro.between], introductionCommand(intro));
  }

  const prospects = network.contacts.filter((contact) => contact.prospect === true);
  const positionOf = new Map(prospects.map((contact, index) => [contact.id, index]));
  for (const contact of network.contacts) {
    const day = ACTION_OFFSETS.giveFirst + (positionOf.get(contact.id) ?? 0);
    (contact.giveFirst ?? []).forEach((item, index) => {
      if (item.done !== undefined) return;
      add(day, 'give-first', sentence(`Give ${contact.name} first: ${item.action}`), [contact.id], `conet log ${contact.id} --gave ${index + 1}`);
    });
  }

  analysis.introductions.forEach((suggestion, index) => {
    add(
      ACTION_OFFSETS.propose + index,
      'propose',
      `Ask ${suggestion.names.a} and ${suggestion.names.b} whether they would like to meet (the drafts are under "Introductions to make").`,
      [suggestion.a, suggestion.b],
      `conet intro ${suggestion.a} ${suggestion.b} --status proposed`,
    );
  });

  const byId = new Map(network.contacts.map((contact) => [contact.id, contact]));
  prospects.forEach((contact, index) => {
    const best = analysis.reach.get(contact.id)?.paths?.paths[0];
    if (!best?.introducer) return;
    const introducer = best.steps[1]!;
    if (hasAskedAbout(byId.get(introducer.id), contact)) return;
    // On a longer path the first introduction is to the next person on the way, not to the prospect.
    const next = best.steps[2]!;
    const direct = next.id === contact.id;
    add(
      ACTION_OFFSETS.requestPath + index,
      'request-path',
      direct ? `Ask ${introducer.name} to introduce you to ${contact.name}.` : `Ask ${introducer.name} to introduce you to ${next.name}, on the way to ${contact.name}.`,
      [introducer.id, contact.id],
      `conet log ${introducer.id} --kind asked "introduction to ${direct ? contact.id : `${next.id}, on the way to ${contact.id}`}"`,
    );
  });

  listAsks(network.me).forEach((ask, index) => {
    const helper = whoCanHelp(ask, analysis, network.contacts);
    if (!helper) return;
    add(
      ACTION_OFFSETS.ask,
      'ask',
      `Ask ${helper.contact.name} about your ask "${ask}": they offer ${helper.offer}.`,
      [helper.contact.id],
      `conet log ${helper.contact.id} --asked ${index + 1}`,
    );
  });

  const order = (action: ActionView) => KIND_ORDER.indexOf(action.kind);
  // Array.prototype.sort is stable: actions of the same day and kind keep the order they were listed in.
  return actions.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : order(x) - order(y)));
}

/** Whether an `asked` interaction with the introducer names the prospect (as the plan's own "Done?" command does). */
function hasAskedAbout(introducer: Contact | undefined, prospect: Contact): boolean {
  // Whole words only: a prospect with the id "pat" is not named by a note about a patent.
  const words = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, ' ')} `;
  const named = [prospect.id, prospect.name].map((name) => words(name));
  return (introducer?.interactions ?? []).some((interaction) => interaction.kind === 'asked' && named.some((name) => words(interaction.note ?? '').includes(name)));
}

/** The best-ranked suggested collaborator whose offers meet this ask. */
function whoCanHelp(ask: string, analysis: PlanAnalysis, contacts: readonly Contact[]): { contact: Contact; offer: string } | null {
  for (const suggestion of analysis.collaborators) {
    const match = suggestion.theyOffer.find((candidate) => candidate.need === ask);
    const contact = contacts.find((candidate) => candidate.id === suggestion.id);
    if (match && contact) return { contact, offer: match.offer };
  }
  return null;
}

function introductionCommand(intro: IntroductionSummary): string {
  const [a, b] = intro.between;
  switch (intro.status) {
    case 'proposed':
      return `conet intro ${a} ${b} --status accepted`;
    case 'accepted':
      return `conet intro ${a} ${b} --status made`;
    default:
      return `conet intro ${a} ${b} --outcome "…"`;
  }
}

/** Ends the text with a full stop unless it already ends a sentence. */
function sentence(text: string): string {
  return /[.!?…]$/.test(text.trimEnd()) ? text : `${text}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
