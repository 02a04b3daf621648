// The exercise flow, driven by an in-memory prompter: what it asks, in which order, with which
// defaults, how answers land in the network, and that every answer is saved before the next.
import { describe, expect, it } from 'vitest';
import { assessProgress, reflectOnContact, runExercise } from '../../src/core/exercise/index.js';
import { emptyNetwork, type Contact, type Network } from '../../src/core/model.js';
import { ScriptedPrompter } from './scripted-prompter.js';

const TODAY = '2025-03-01';

function deps(prompter: ScriptedPrompter) {
  const saved: Network[] = [];
  return { saved, deps: { prompter, today: TODAY, save: async (network: Network) => void saved.push(structuredClone(network)) } };
}

const reflectionsFor = (name: string) =>
  Object.fromEntries(['difference', 'attention', 'operations', 'problems', 'message'].map((topic) => [`prospects[${name}].reflections.${topic}`, `${topic} for ${name}`]));

const STARTING_CONTACTS: Contact[] = [
  { id: 'ada', name: 'Ada Lovelace', stage: 'engaged' },
  { id: 'grace', name: 'Grace Hopper', org: 'Navy' },
];

const FULL_ANSWERS = {
  'profile.name': 'Sam Rivera',
  'profile.business': 'Brand strategy',
  'profile.offers': 'workshops; launch plans',
  'profile.asks.help': 'a copywriter',
  'profile.asks.groups': 'the producers cooperative',
  'prospects[0].name': 'new:Dana Ruiz',
  'prospects[Dana Ruiz].pointOfView': 'knows what shoppers read',
  'prospects[Dana Ruiz].connection': 'spoke at the same forum',
  'prospects[1].name': 'ada',
  'prospects[Ada Lovelace].pointOfView': 'thinks in machines',
  'prospects[Ada Lovelace].via': 'grace',
  'prospects[2].name': '',
  ...reflectionsFor('Dana Ruiz'),
  ...reflectionsFor('Ada Lovelace'),
  'prospects[Dana Ruiz].giveFirst': 'send the label study; an intro to a supplier',
  'prospects[Dana Ruiz].coCreator': 'active-participant',
  'prospects[Dana Ruiz].contributes': ['knowledge', 'network'],
  'prospects[Ada Lovelace].giveFirst': 'review her notes',
  'audit.challengers': ['dana-ruiz', 'ada'],
  'audit.yesPeople': ['grace'],
  'audit.growth': ['dana-ruiz'],
  'audit.reflections.challengers': 'more pushback than I thought',
  'audit.reflections.commitment': 'one introduction a week',
};

async function completeRun(): Promise<{ network: Network; prompter: ScriptedPrompter; saved: Network[] }> {
  const prompter = new ScriptedPrompter(FULL_ANSWERS);
  const { saved, deps: d } = deps(prompter);
  const result = await runExercise({ ...emptyNetwork(), contacts: structuredClone(STARTING_CONTACTS) }, d);
  return { network: result.network, prompter, saved };
}

describe('runExercise on a network with no exercise yet', () => {
  it('asks every step in order, without asking what to do first', async () => {
    const { prompter } = await completeRun();
    const keys = prompter.keys();
    expect(keys[0]).toBe('profile.name');
    expect(keys).not.toContain('mode');
    const firstOf = (prefix: string) => keys.findIndex((key) => key.startsWith(prefix));
    expect(firstOf('profile.asks.prospects')).toBeLessThan(firstOf('prospects[0].name'));
    expect(firstOf('prospects[2].name')).toBeLessThan(firstOf('prospects[Dana Ruiz].reflections'));
    expect(firstOf('prospects[Ada Lovelace].reflections.message')).toBeLessThan(firstOf('prospects[Dana Ruiz].giveFirst'));
    expect(firstOf('prospects[Ada Lovelace].contributes')).toBeLessThan(firstOf('audit.challengers'));
    expect(keys.at(-1)).toBe('audit.reflections.commitment');
    expect(prompter.notes.some((note) => note.startsWith('Step 1 of 5'))).toBe(true);
  });

  it('records the profile, prospects, links, reflections, give-first and audit', async () => {
    const { network } = await completeRun();
    expect(network.me).toEqual({
      name: 'Sam Rivera',
      business: 'Brand strategy',
      offers: ['workshops', 'launch plans'],
      asks: { help: ['a copywriter'], groups: ['the producers cooperative'] },
    });
    const dana = network.contacts.find((contact) => contact.id === 'dana-ruiz')!;
    expect(dana).toMatchObject({
      prospect: true,
      stage: 'identified',
      pointOfView: 'knows what shoppers read',
      connection: 'spoke at the same forum',
      giveFirst: [{ action: 'send the label study' }, { action: 'an intro to a supplier' }],
      coCreator: 'active-participant',
      contributes: ['knowledge', 'network'],
      stance: 'challenger',
      growth: true,
    });
    expect(dana.reflections).toEqual({
      difference: 'difference for Dana Ruiz',
      attention: 'attention for Dana Ruiz',
      operations: 'operations for Dana Ruiz',
      problems: 'problems for Dana Ruiz',
      message: 'message for Dana Ruiz',
    });
    const ada = network.contacts.find((contact) => contact.id === 'ada')!;
    expect(ada).toMatchObject({ prospect: true, stage: 'engaged', connection: 'through Grace Hopper', stance: 'challenger', growth: false });
    expect(ada.coCreator).toBeUndefined();
    expect(network.contacts.find((contact) => contact.id === 'grace')).toMatchObject({ stance: 'yes-person' });
    expect(network.relationships).toEqual([{ from: 'me', to: 'grace' }, { from: 'grace', to: 'ada' }]);
    expect(network.audit).toEqual({ challengers: 'more pushback than I thought', commitment: 'one introduction a week', date: TODAY });
    expect(assessProgress(network).next).toBe('prospects'); // two of five listed
  });

  it('shows the three contrasts scored from the marks', async () => {
    const { prompter } = await completeRun();
    const contrasts = prompter.notes.find((note) => note.includes('idea-challengers'))!;
    expect(contrasts).toContain('across the 3 people on this list');
    expect(contrasts).toMatch(/yes-people \[#######···\] idea-challengers\s+1 vs 2/);
  });

  it('saves after every answer, so each save holds the answer just given', async () => {
    const { prompter, saved } = await completeRun();
    expect(saved.length).toBeGreaterThan(30);
    expect(saved[0]!.me).toEqual({ name: 'Sam Rivera' });
    expect(saved[1]!.me).toEqual({ name: 'Sam Rivera', business: 'Brand strategy' });
    expect(saved.at(-1)!.audit?.date).toBe(TODAY);
    expect(prompter.asked.length).toBeGreaterThan(saved.length / 2);
  });
});

describe('the self-audit', () => {
  it('stays to do while nobody could be marked and nothing was written, and is asked again next time', async () => {
    const first = await runExercise(emptyNetwork(), deps(new ScriptedPrompter({ 'profile.name': 'Sam' })).deps);
    expect(first.network.audit).toBeUndefined();
    expect(first.progress.auditDone).toBe(false);

    const again = new ScriptedPrompter({ 'audit.reflections.commitment': 'introduce two people' });
    const second = await runExercise(first.network, deps(again).deps);
    expect(again.keys()).toContain('audit.reflections.commitment');
    expect(second.network.audit).toEqual({ commitment: 'introduce two people', date: TODAY });
    expect(second.progress.auditDone).toBe(true);
  });
});

describe('interrupting and resuming', () => {
  it('keeps everything answered before Ctrl-C, and continues at the first unanswered question', async () => {
    const interrupted = new ScriptedPrompter(FULL_ANSWERS, 'prospects[Dana Ruiz].via');
    const first = deps(interrupted);
    await expect(runExercise(emptyNetwork(), first.deps)).rejects.toMatchObject({ name: 'ExitPromptError' });
    const kept = first.saved.at(-1)!;
    expect(kept.contacts).toEqual([{ id: 'dana-ruiz', name: 'Dana Ruiz', prospect: true, stage: 'identified', pointOfView: 'knows what shoppers read' }]);

    const resumed = new ScriptedPrompter({ ...FULL_ANSWERS, 'prospects[0].name': '' });
    await runExercise(kept, deps(resumed).deps);
    const mode = resumed.asked[0]!;
    expect(mode).toMatchObject({ key: 'mode', default: 'continue' });
    expect(mode.choices).toEqual(['continue', 'add', 'review', 'quit']);
    // The profile is done; Dana's description is finished before the next prospect is listed.
    expect(resumed.keys().slice(1, 5)).toEqual([
      'prospects[Dana Ruiz].pointOfView',
      'prospects[Dana Ruiz].via',
      'prospects[Dana Ruiz].connection',
      'prospects[0].name',
    ]);
    expect(resumed.asked[1]!.default).toBe('knows what shoppers read');
    expect(resumed.asked[4]!.message).toBe('Challenging contact #2: type a name');
  });

  it('offers to add prospects once the exercise is complete, and leaves the rest alone', async () => {
    const { network } = await completeRun();
    const five = ['Eve', 'Finn', 'Gil'].reduce<Network>(
      (current, name) => ({ ...current, contacts: [...current.contacts, { id: name.toLowerCase(), name, prospect: true, pointOfView: 'p', connection: 'c', reflections: { difference: 'a', attention: 'b', operations: 'c', problems: 'd', message: 'e' }, giveFirst: [{ action: 'x' }] }] }),
      network,
    );
    expect(assessProgress(five).next).toBeNull();
    const adding = new ScriptedPrompter({ 'prospects[0].name': 'dana-ruiz', 'prospects[1].name': 'Hal', 'prospects[Hal].connection': 'gym', 'prospects[2].name': '' });
    const result = await runExercise(five, deps(adding).deps);
    expect(adding.asked[0]).toMatchObject({ key: 'mode', default: 'add' });
    expect(adding.notes).toContain('Dana Ruiz is already one of your challenging contacts.');
    expect(adding.keys().filter((key) => key.includes('reflections'))).toHaveLength(5);
    expect(adding.keys().some((key) => key.startsWith('audit') || key.startsWith('profile'))).toBe(false);
    expect(result.network.contacts.map((contact) => contact.id)).toContain('hal');
  });

  it('reviews every step with the existing answers as defaults', async () => {
    const { network } = await completeRun();
    const reviewing = new ScriptedPrompter({ mode: 'review', 'prospects[0].name': '' });
    const result = await runExercise(network, deps(reviewing).deps);
    const asked = (key: string) => reviewing.asked.find((question) => question.key === key)!;
    expect(asked('profile.name').default).toBe('Sam Rivera');
    expect(asked('profile.offers').default).toBe('workshops; launch plans');
    expect(asked('prospects[Ada Lovelace].via').default).toBe('grace');
    expect(asked('prospects[Dana Ruiz].reflections.problems').default).toBe('problems for Dana Ruiz');
    expect(asked('prospects[Dana Ruiz].contributes').default).toEqual(['knowledge', 'network']);
    expect(asked('audit.challengers').default).toEqual(['ada', 'dana-ruiz']); // file order
    expect(result.network).toEqual(network);
  });

  it('changes nothing when the user chooses to quit', async () => {
    const { network } = await completeRun();
    const quitting = new ScriptedPrompter({ mode: 'quit' });
    const run = deps(quitting);
    const result = await runExercise(network, run.deps);
    expect(result.mode).toBe('quit');
    expect(run.saved).toEqual([]);
    expect(quitting.keys()).toEqual(['mode']);
  });
});

describe('reflectOnContact', () => {
  it('asks the five questions with the existing answers as defaults, saving each', async () => {
    const network: Network = { ...emptyNetwork(), contacts: [{ id: 'ada', name: 'Ada', reflections: { difference: 'old answer' } }] };
    const prompter = new ScriptedPrompter({ 'reflections.attention': 'a new engine' });
    const run = deps(prompter);
    const result = await reflectOnContact(network, 'ada', run.deps);
    expect(prompter.keys()).toEqual(['reflections.difference', 'reflections.attention', 'reflections.operations', 'reflections.problems', 'reflections.message']);
    expect(prompter.asked[0]).toMatchObject({ kind: 'editor', default: 'old answer', message: 'How would working for Ada differ from working with your current clients?' });
    expect(result.contacts[0]!.reflections).toEqual({ difference: 'old answer', attention: 'a new engine' });
    expect(run.saved.at(-1)).toEqual(result);
  });
});
