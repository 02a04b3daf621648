// Double opt-in introduction drafts: first a short note to each side asking whether they would like
// to meet, then the introduction itself once both said yes. Built from what each offers and needs,
// so the message is specific rather than "you two should talk".
import type { Match } from '../graph/index.js';
import type { Contact, Profile } from '../model.js';
import { toText } from './escape-markdown.js';
import type { DraftView } from './view-model.js';

export interface IntroductionDraftInput {
  /** In a one-way match, `a` is the one who gains. */
  a: Contact;
  b: Contact;
  /** What a gets from b, and b from a. */
  aGets: readonly Match[];
  bGets: readonly Match[];
  me: Profile;
}

export function draftIntroduction(input: IntroductionDraftInput): { askA: DraftView; askB: DraftView; introduction: DraftView } {
  const { a, b, aGets, bGets } = input;
  const shared = sharedTags(a, b);
  const signature = `Warm regards, ${firstName(input.me.name) ?? '[your name]'}`;
  return {
    askA: draft(a.name, `Would you like to meet ${b.name}?`, [
      `Hi ${callName(a)},`,
      offerToMeet(a, b, aGets, bGets, shared),
      ASK_CONSENT,
      signature,
    ]),
    askB: draft(b.name, `Would you like to meet ${a.name}?`, [
      `Hi ${callName(b)},`,
      offerToMeet(b, a, bGets, aGets, shared),
      ASK_CONSENT,
      signature,
    ]),
    introduction: draft(`${a.name} and ${b.name}`, `Introduction: ${a.name} and ${b.name}`, [
      `Hi ${callName(a)} and ${callName(b)},`,
      `Thank you both for saying yes. ${callName(a)}, meet ${presentation(b)}. ${callName(b)}, meet ${presentation(a)}.`,
      `I am putting you in touch because ${whyTheyShouldMeet(a, b, aGets, bGets, shared)}`,
      'I will step back now and let you take it from here.',
      signature,
    ]),
  };
}

const ASK_CONSENT =
  'Would you like me to introduce you? If so, I will write to you both; if the timing is not right, just say so, no harm done.';

/** The heart of the note to one side: what meeting the other would bring them. */
function offerToMeet(self: Contact, other: Contact, selfGets: readonly Match[], otherGets: readonly Match[], shared: string[]): string {
  const gets = selfGets[0];
  const gives = otherGets[0];
  if (gets) {
    const both = gives ? ` And your ${gives.offer} is just what ${callName(other)} needs, so it could work both ways.` : '';
    return `I remember you are looking for ${gets.need}, and I know someone who could help: ${withRole(other)}, who offers ${gets.offer}.${both}`;
  }
  if (gives) {
    return `I know ${withRole(other)}, who is looking for ${gives.need}: right in your line of work with ${gives.offer}. ${callName(other)} could be a good client or partner for you.`;
  }
  if (shared.length > 0) {
    return `I know ${withRole(other)}, who also works on ${joinWords(shared.slice(0, 3))}. I think you two would have plenty to talk about.`;
  }
  return `I know ${withRole(other)}, and I think the two of you should meet.`;
}

function whyTheyShouldMeet(a: Contact, b: Contact, aGets: readonly Match[], bGets: readonly Match[], shared: string[]): string {
  const [aGain, bGain] = [aGets[0], bGets[0]];
  if (aGain && bGain) {
    return `${callName(a)} is looking for ${aGain.need} and ${callName(b)} for ${bGain.need}, and each of you offers what the other needs.`;
  }
  const gain = aGain ?? bGain;
  if (gain) {
    const [seeker, provider] = aGain ? [a, b] : [b, a];
    return `${callName(seeker)} is looking for ${gain.need}, and ${callName(provider)} offers ${gain.offer}.`;
  }
  if (shared.length > 0) return `you both work on ${joinWords(shared.slice(0, 3))}, and I think you will learn a lot from each other.`;
  return 'I think you will find a lot in common.';
}

function draft(to: string, subject: string, paragraphs: string[]): DraftView {
  return { to: toText(to), subject: toText(subject), paragraphs: paragraphs.map(toText), text: paragraphs.join('\n\n') };
}

/** "Dana Ruiz (Head of Operations at Northwind)". */
function withRole(contact: Contact): string {
  const position = [contact.role, contact.org].filter(Boolean).join(' at ');
  return position ? `${contact.name} (${position})` : contact.name;
}

/** "Dana Ruiz (…), who offers process audits and training". */
function presentation(contact: Contact): string {
  const offers = contact.offers ?? [];
  return offers.length > 0 ? `${withRole(contact)}, who offers ${joinWords(offers.slice(0, 3))}` : withRole(contact);
}

/** How to greet someone: their first name, or their whole name when the first word is a title or initial. */
function callName(contact: Contact): string {
  return firstName(contact.name) ?? contact.name;
}

function firstName(name: string | undefined): string | null {
  const first = name?.trim().split(/\s+/)[0];
  if (!first || first.length < 2 || first.endsWith('.')) return name?.trim() || null;
  return first;
}

/** Tags both have, in a's spelling and order, compared without case. */
function sharedTags(a: Contact, b: Contact): string[] {
  const theirs = new Set((b.tags ?? []).map((tag) => tag.toLowerCase()));
  return (a.tags ?? []).filter((tag) => theirs.has(tag.toLowerCase()));
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
