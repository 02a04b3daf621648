// Step 2: listing the challenging contacts, and how you are connected to each.
import { findContact } from '../contacts.js';
import { ConetError } from '../errors.js';
import type { Contact, Network } from '../model.js';
import { contactChoice, matchContacts } from './contact-choices.js';
import type { Choice } from './prompter.js';
import { TARGET_PROSPECTS } from './progress.js';
import { findLinker } from './progress.js';
import { connectThrough, enlistProspect, findExactly, NEW_CONTACT_PREFIX, setContactText } from './record-answers.js';
import { contactRef, type ExerciseSession } from './session.js';

export interface ListingOptions {
  /** Stop at five prospects in all (the exercise), or keep going until the user is done. */
  stopAtTarget: boolean;
}

/** Asks for challenging contacts one by one. Returns the ids of the ones listed in this run. */
export async function listProspects(session: ExerciseSession, options: ListingOptions): Promise<string[]> {
  const { prompter } = session;
  const listed: string[] = [];
  for (let slot = 0; ; slot++) {
    const count = countProspects(session.network);
    if (options.stopAtTarget && count >= TARGET_PROSPECTS) break;
    const answer = await prompter.search({
      key: ['prospects', slot, 'name'],
      message: `Challenging contact #${count + 1}: type a name`,
      source: (term) => prospectChoices(session.network, term),
      default: '',
    });
    if (!answer.trim()) break;
    let enlisted!: ReturnType<typeof enlistProspect>;
    await session.record((network) => {
      enlisted = enlistProspect(network, answer);
      return enlisted.network;
    });
    if (enlisted.alreadyListed) {
      prompter.note(`${enlisted.contact.name} is already one of your challenging contacts.`);
      continue;
    }
    listed.push(enlisted.contact.id);
    await askAbout(session, enlisted.contact.id);
  }
  return listed;
}

/** Their point of view, and how you reach them: through someone you know, or a link in words. */
export async function askAbout(session: ExerciseSession, id: string): Promise<void> {
  const { prompter } = session;
  const contact = session.contact(id);
  const key = ['prospects', contactRef(contact)] as const;

  const pointOfView = await prompter.input({
    key: [...key, 'pointOfView'],
    message: `What relevant, helpful and unique point of view does ${contact.name} bring?`,
    default: contact.pointOfView,
  });
  await session.record((network) => setContactText(network, id, 'pointOfView', pointOfView));

  const known = findLinker(session.network, id);
  const via = await prompter.search({
    key: [...key, 'via'],
    message: `Who in your network links you to ${contact.name}?`,
    source: (term) => linkerChoices(session.network, id, term),
    default: known?.id ?? '',
    validate: (value) => checkLinker(session.network, id, value),
  });
  const linker = via.trim() ? findContact(session.network, via.trim()) : null;
  if (linker) await session.record((network) => connectThrough(network, id, linker.id));

  const connection = await prompter.input({
    key: [...key, 'connection'],
    message: linker
      ? `How does ${linker.name} know ${contact.name}? (optional)`
      : `How are you connected to ${contact.name}? Even a thin link counts.`,
    default: session.contact(id).connection ?? (linker ? `through ${linker.name}` : undefined),
  });
  await session.record((network) => setContactText(network, id, 'connection', connection));
}

function countProspects(network: Network): number {
  return network.contacts.filter((contact) => contact.prospect === true).length;
}

/** Existing contacts not yet on the list, then the typed name as a new contact; "done" before typing. */
export function prospectChoices(network: Network, term: string): Choice[] {
  const candidates = network.contacts.filter((contact) => contact.prospect !== true);
  const matches = matchContacts(candidates, term).map(contactChoice);
  const typed = term.trim();
  if (typed === '') return [{ value: '', name: 'That is all for now' }, ...matches];
  // A name already in the network is that person, never a second contact of the same name.
  const namesake = findExactly(network, typed);
  if (namesake?.prospect) return [{ value: namesake.id, name: `${namesake.name} is already one of your challenging contacts` }, ...matches];
  if (namesake) return matches.some((choice) => choice.value === namesake.id) ? matches : [contactChoice(namesake), ...matches];
  return [...matches, { value: `${NEW_CONTACT_PREFIX}${typed}`, name: `Add "${typed}" as a new contact`, short: typed }];
}

export function linkerChoices(network: Network, prospectId: string, term: string): Choice[] {
  const others = network.contacts.filter((contact: Contact) => contact.id !== prospectId);
  const nobody: Choice = { value: '', name: 'Nobody in particular: I will describe the link myself' };
  const matches = matchContacts(others, term).map(contactChoice);
  return term.trim() === '' ? [nobody, ...matches] : [...matches, nobody];
}

function checkLinker(network: Network, prospectId: string, value: string): true | string {
  if (value.trim() === '') return true;
  try {
    const linker = findContact(network, value.trim());
    return linker.id === prospectId ? 'Pick someone else: the link is a third person.' : true;
  } catch (error) {
    if (error instanceof ConetError) return error.message;
    throw error;
  }
}
