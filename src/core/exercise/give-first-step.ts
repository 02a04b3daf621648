// Step 4: what you can give first, and what kind of co-creator they might become.
import { CO_CREATOR_KINDS, CONTRIBUTIONS, type CoCreatorKind, type Contribution } from '../model.js';
import type { Choice } from './prompter.js';
import { setCoCreatorKind, setContributions, setGiveFirst } from './record-answers.js';
import { contactRef, joinList, splitList, type ExerciseSession } from './session.js';
import { CO_CREATOR_DESCRIPTIONS, CONTRIBUTION_NAMES } from './wording.js';

const NOT_SURE = 'not-sure';

export const CO_CREATOR_CHOICES: readonly Choice<CoCreatorKind | typeof NOT_SURE>[] = [
  ...CO_CREATOR_KINDS.map((value) => ({ value, ...CO_CREATOR_DESCRIPTIONS[value] })),
  { value: NOT_SURE, name: 'Not sure yet' },
];

export const CONTRIBUTION_CHOICES: readonly Choice<Contribution>[] = CONTRIBUTIONS.map((value) => ({ value, name: CONTRIBUTION_NAMES[value] }));

export async function askGiveFirst(session: ExerciseSession, id: string): Promise<void> {
  const { prompter } = session;
  const contact = session.contact(id);
  const key = ['prospects', contactRef(contact)] as const;

  const actions = await prompter.input({
    key: [...key, 'giveFirst'],
    message: `What could you do for ${contact.name} first, before asking for anything? (separate several with ";")`,
    default: joinList(contact.giveFirst?.map((item) => item.action)),
  });
  await session.record((network) => setGiveFirst(network, id, splitList(actions)));

  const kind = await prompter.select<CoCreatorKind | typeof NOT_SURE>({
    key: [...key, 'coCreator'],
    message: `What kind of co-creator could ${contact.name} become?`,
    choices: CO_CREATOR_CHOICES,
    default: contact.coCreator ?? NOT_SURE,
  });
  await session.record((network) => setCoCreatorKind(network, id, kind === NOT_SURE ? null : kind));

  const contributes = await prompter.checkbox({
    key: [...key, 'contributes'],
    message: `What could ${contact.name} bring?`,
    choices: CONTRIBUTION_CHOICES.map((choice) => ({ ...choice, checked: contact.contributes?.includes(choice.value) ?? false })),
  });
  await session.record((network) => setContributions(network, id, contributes));
}
