// Where the exercise stands, read from the network itself: there is no separate state file, so
// whatever the user answered (or edited by hand) is what counts.
import { ME, type Contact, type Network } from '../model.js';
import { AUDIT_QUESTIONS, REFLECTION_TOPICS, type AuditTopic } from './wording.js';

/** The exercise asks for five challenging contacts. */
export const TARGET_PROSPECTS = 5;

/** In the order the flow visits them: a prospect half-described is finished before listing the next. */
export const EXERCISE_STEPS = ['profile', 'about', 'prospects', 'reflections', 'giveFirst', 'audit'] as const;
export type ExerciseStep = (typeof EXERCISE_STEPS)[number];

export interface ExerciseProgress {
  profileDone: boolean;
  /** Challenging contacts, in file order. */
  prospects: Contact[];
  /** Prospects whose point of view, or how you reach them, is still missing. */
  needAbout: Contact[];
  needReflections: Contact[];
  needGiveFirst: Contact[];
  auditDone: boolean;
  /** The first step with something left to do, or null when the exercise is complete. */
  next: ExerciseStep | null;
}

export function assessProgress(network: Network): ExerciseProgress {
  const prospects = network.contacts.filter((contact) => contact.prospect === true);
  const progress: Omit<ExerciseProgress, 'next'> = {
    profileDone: isProfileDone(network),
    prospects,
    needAbout: prospects.filter((contact) => !isDescribed(network, contact)),
    needReflections: prospects.filter((contact) => !hasAllReflections(contact)),
    needGiveFirst: prospects.filter((contact) => !contact.giveFirst?.length),
    auditDone: Boolean(network.audit?.date),
  };
  const pending: Record<ExerciseStep, boolean> = {
    profile: !progress.profileDone,
    prospects: prospects.length < TARGET_PROSPECTS,
    about: progress.needAbout.length > 0,
    reflections: progress.needReflections.length > 0,
    giveFirst: progress.needGiveFirst.length > 0,
    audit: !progress.auditDone,
  };
  return { ...progress, next: EXERCISE_STEPS.find((step) => pending[step]) ?? null };
}

/** True when nothing at all of the exercise has been answered yet. */
export function isUntouched(network: Network): boolean {
  const me = network.me;
  return !me.name && !me.business && !me.offers?.length && !me.needs?.length && !me.asks && !network.audit
    && !network.contacts.some((contact) => contact.prospect === true);
}

/** The profile counts as done once you have a name and at least one specific ask. */
function isProfileDone(network: Network): boolean {
  const asks = network.me.asks ?? {};
  const hasAsk = [asks.help, asks.promoters, asks.groups, asks.prospects].some((list) => (list?.length ?? 0) > 0);
  return Boolean(network.me.name?.trim()) && hasAsk;
}

/** A prospect is described once you have their point of view and a way to reach them. */
function isDescribed(network: Network, contact: Contact): boolean {
  return Boolean(contact.pointOfView?.trim()) && (Boolean(contact.connection?.trim()) || findLinker(network, contact.id) !== null);
}

/** How many of the five reflection questions about them have an answer. */
export function countReflections(contact: Contact): number {
  return REFLECTION_TOPICS.filter((topic) => Boolean(contact.reflections?.[topic]?.trim())).length;
}

/** Whether any of the self-audit's questions has a written answer. */
export function hasAuditNotes(network: Network): boolean {
  return (Object.keys(AUDIT_QUESTIONS) as AuditTopic[]).some((topic) => Boolean(network.audit?.[topic]?.trim()));
}

function hasAllReflections(contact: Contact): boolean {
  return countReflections(contact) === REFLECTION_TOPICS.length;
}

/** "reflections on Dana Ruiz": what `next` means, in words. */
export function describeStep(progress: ExerciseProgress): string {
  const first = (list: Contact[]) => list[0]?.name ?? '';
  switch (progress.next) {
    case 'profile':
      return 'your profile and specific asks';
    case 'prospects':
      return `challenging contact #${progress.prospects.length + 1} of ${TARGET_PROSPECTS}`;
    case 'about':
      return `how you know ${first(progress.needAbout)}`;
    case 'reflections':
      return `the five questions about ${first(progress.needReflections)}`;
    case 'giveFirst':
      return `what you can give ${first(progress.needGiveFirst)} first`;
    case 'audit':
      return 'the self-audit';
    case null:
      return 'nothing: the exercise is complete';
  }
}

/** The contact who links you to a prospect, if the relationships show one. */
export function findLinker(network: Network, prospectId: string): Contact | null {
  const knowsMe = new Set<string>();
  const knowsProspect = new Set<string>();
  for (const rel of network.relationships) {
    if (rel.from === ME) knowsMe.add(rel.to);
    if (rel.to === ME) knowsMe.add(rel.from);
    if (rel.from === prospectId) knowsProspect.add(rel.to);
    if (rel.to === prospectId) knowsProspect.add(rel.from);
  }
  return network.contacts.find((contact) => knowsMe.has(contact.id) && knowsProspect.has(contact.id)) ?? null;
}
