// What the plan cannot show yet, each with the command that fills it: the plan says so plainly
// rather than failing or quietly leaving a section empty.
import { countReflections, TARGET_PROSPECTS } from '../exercise/progress.js';
import { REFLECTION_TOPICS } from '../exercise/wording.js';
import { ME, type Network } from '../model.js';
import { toCommand, toText } from './escape-markdown.js';
import type { Gap, GapPart } from './view-model.js';

export function findGaps(network: Network): Gap[] {
  const gaps: Gap[] = [];
  const add = (part: GapPart, contact: string | null, text: string, command: string) =>
    gaps.push({ part, contact, text: toText(text), command: toCommand(command) });

  const me = network.me;
  const asks = me.asks ?? {};
  const hasAsk = [asks.help, asks.promoters, asks.groups, asks.prospects].some((list) => (list?.length ?? 0) > 0);
  if (!me.name?.trim()) add('profile', null, 'Your profile: who you are, what you offer and what you need.', 'conet init');
  else if (!hasAsk) add('asks', null, 'Your specific asks, for when someone asks how they can help.', 'conet init');

  const prospects = network.contacts.filter((contact) => contact.prospect === true);
  if (prospects.length < TARGET_PROSPECTS) {
    const missing = TARGET_PROSPECTS - prospects.length;
    const text =
      prospects.length === 0
        ? `Your ${TARGET_PROSPECTS} challenging contacts: none chosen yet.`
        : `${missing} more challenging ${missing === 1 ? 'contact' : 'contacts'} (${prospects.length} of ${TARGET_PROSPECTS} chosen).`;
    add('prospects', null, text, 'conet init');
  }
  for (const contact of prospects) {
    // Only what is missing, with only the flag that fills it.
    const noConnection = !contact.connection?.trim();
    const noPointOfView = !contact.pointOfView?.trim();
    if (noConnection || noPointOfView) {
      const what = noConnection && noPointOfView ? `How you know ${contact.name}, and their point of view.` : noConnection ? `How you know ${contact.name}.` : `${contact.name}'s point of view.`;
      const flags = [...(noPointOfView ? ['--pov "…"'] : []), ...(noConnection ? ['--connection "…"'] : [])].join(' ');
      add('about', contact.id, what, `conet edit ${contact.id} ${flags}`);
    }
    const answered = countReflections(contact);
    if (answered < REFLECTION_TOPICS.length) {
      add('reflections', contact.id, `Reflections on ${contact.name} (${answered} of ${REFLECTION_TOPICS.length} answered).`, `conet reflect ${contact.id}`);
    }
    if (!contact.giveFirst?.length) add('give-first', contact.id, `Something to give ${contact.name} first.`, 'conet init');
  }

  if (network.relationships.length === 0) {
    add('relationships', null, 'Relationships: with none recorded there are no warm paths and no suggestions.', 'conet link me <contact> --strength 4');
  } else if (!network.relationships.some((relationship) => relationship.from === ME || relationship.to === ME)) {
    add('your-ties', null, 'Whom you know directly: no relationship starts from you, so no warm path can either.', 'conet link me <contact> --strength 4');
  }

  if (!network.audit) add('audit', null, 'Your self-audit notes.', 'conet init');
  return gaps;
}

const PART_NAMES: Record<GapPart, string> = {
  profile: 'your profile',
  asks: 'your asks',
  prospects: 'challenging contacts',
  about: 'how you know them',
  reflections: 'reflections',
  'give-first': 'give-first actions',
  relationships: 'relationships',
  'your-ties': 'your direct ties',
  audit: 'the self-audit',
};

/** One line for the terminal: "The plan is missing your profile, reflections (2 contacts), …". */
export function summariseGaps(gaps: readonly Gap[]): string | null {
  if (gaps.length === 0) return null;
  const counts = new Map<GapPart, number>();
  for (const gap of gaps) counts.set(gap.part, (counts.get(gap.part) ?? 0) + 1);
  const parts = [...counts].map(([part, count]) => {
    const perContact = gaps.some((gap) => gap.part === part && gap.contact !== null);
    return perContact ? `${PART_NAMES[part]} (${count} ${count === 1 ? 'contact' : 'contacts'})` : PART_NAMES[part];
  });
  return `The plan is missing ${parts.join(', ')}: its "What is missing" section says which command fills each.`;
}
