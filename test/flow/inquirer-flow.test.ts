// The exercise at a (virtual) terminal: the real inquirer prompts, driven key by key through
// @inquirer/testing's `screen`, with the flow saving after each answer.
import { screen } from '@inquirer/testing/vitest';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/cli/context.js';
import { createInquirerPrompter } from '../../src/cli/prompter.js';
import { runExercise } from '../../src/core/exercise/index.js';
import { emptyNetwork, type Contact, type Network } from '../../src/core/model.js';

const DONE: Partial<Contact> = {
  prospect: true,
  pointOfView: 'a view',
  connection: 'a link',
  reflections: { difference: 'a', attention: 'b', operations: 'c', problems: 'd', message: 'e' },
  giveFirst: [{ action: 'something' }],
};

/** Profile done, four prospects fully described: the fifth prospect is next. */
function fourOfFive(): Network {
  return {
    ...emptyNetwork(),
    me: { name: 'Sam', asks: { help: ['a copywriter'] } },
    contacts: [
      ...['Ann', 'Bea', 'Cal', 'Dee'].map((name) => ({ id: name.toLowerCase(), name, ...DONE })),
      { id: 'grace', name: 'Grace Hopper', org: 'Navy' },
    ],
  };
}

function terminalPrompter() {
  const stderr = new PassThrough();
  let notes = '';
  stderr.on('data', (chunk) => (notes += chunk));
  const context = createContext({ stdin: new PassThrough(), stdout: new PassThrough(), stderr }, { NO_COLOR: '1' }, '/');
  return { prompter: createInquirerPrompter(context), notes: () => notes };
}

/** Checks the prompt on screen, answers it, and waits for the next one to appear. */
async function answer(text: string, expected: string | RegExp): Promise<void> {
  expect(screen.getScreen()).toMatch(expected);
  if (text) screen.type(text);
  screen.keypress('enter');
  await screen.next();
}

describe('the exercise through inquirer', () => {
  it('continues at the fifth prospect, picked from a searchable list, and saves each answer', async () => {
    const saved: Network[] = [];
    const { prompter, notes } = terminalPrompter();
    const run = runExercise(fourOfFive(), {
      prompter,
      today: '2025-03-01',
      save: async (network) => void saved.push(structuredClone(network)),
    });

    // The prompts load with the first question: wait for it to be drawn.
    await screen.next();
    await answer('', /Continue where you stopped \(next: challenging contact #5 of 5\)/);
    expect(screen.getScreen()).toContain('Challenging contact #5: type a name');
    screen.type('gra');
    await screen.next();
    expect(screen.getScreen()).toContain('Grace Hopper (Navy)');
    await answer('', /Grace Hopper \(Navy\)/);
    await answer('Sees systems where others see code', /point of view does Grace Hopper bring/);
    expect(saved.at(-1)!.contacts.find((contact) => contact.id === 'grace')).toMatchObject({
      prospect: true,
      stage: 'identified',
      pointOfView: 'Sees systems where others see code',
    });
    await answer('', /Who in your network links you to Grace Hopper\?[\s\S]*Nobody in particular/);
    await answer('We met at a compiler meetup', /How are you connected to Grace Hopper\? Even a thin link counts/);
    for (const question of [/differ from working with your current clients/, /pay attention/, /day to day/, /problems or ambitions/, /message say differently/]) {
      await answer('an answer', question);
    }
    await answer('Lend her my testing rig', /What could you do for Grace Hopper first/);
    await answer('', /What kind of co-creator could Grace Hopper become\?[\s\S]*Not sure yet/);
    expect(screen.getScreen()).toContain('What could Grace Hopper bring?');
    screen.keypress('space'); // ideas
    await answer('', /What could Grace Hopper bring/);
    expect(screen.getScreen()).toContain('Who pushes back on your ideas');
    screen.keypress('space'); // Ann
    await answer('', /Who pushes back on your ideas/);
    await answer('', /Who mostly agrees with whatever you say\?/);
    await answer('', /Whose world is new to you/);
    for (const question of [/push back on your ideas\? What do you see/, /what would make you grow/, /pool what they know/]) {
      await answer('', question);
    }
    expect(screen.getScreen()).toMatch(/one change will you make/);
    screen.keypress('enter');

    const result = await run;
    const grace = result.network.contacts.find((contact) => contact.id === 'grace')!;
    expect(grace).toMatchObject({ connection: 'We met at a compiler meetup', giveFirst: [{ action: 'Lend her my testing rig' }], contributes: ['ideas'] });
    expect(grace.coCreator).toBeUndefined();
    expect(grace.reflections?.message).toBe('an answer');
    expect(result.network.contacts[0]).toMatchObject({ id: 'ann', stance: 'challenger', growth: false });
    expect(result.network.audit).toEqual({ date: '2025-03-01' });
    expect(result.progress.next).toBeNull();
    expect(saved.at(-1)).toEqual(result.network);
    expect(notes()).toContain('Step 5 of 5 · Self-audit');
    expect(notes()).toContain('idea-challengers');
  });
});
