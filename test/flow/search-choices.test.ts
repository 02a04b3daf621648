// The searchable contact lists, rendered by the real inquirer search prompt (@inquirer/testing's
// `render`): what a person sees as they type, and what picking a line returns.
import { render } from '@inquirer/testing';
import search from '@inquirer/search';
import { describe, expect, it } from 'vitest';
import { linkerChoices, prospectChoices } from '../../src/core/exercise/prospects-step.js';
import { emptyNetwork, type Network } from '../../src/core/model.js';

const network: Network = {
  ...emptyNetwork(),
  contacts: [
    { id: 'grace', name: 'Grace Hopper', org: 'Navy' },
    { id: 'gregor', name: 'Gregor Mendel' },
    { id: 'dana', name: 'Dana Ruiz', prospect: true },
  ],
};

/** The search for challenging contact #2, as the exercise shows it. */
const renderProspectSearch = () =>
  render(search, {
    message: 'Challenging contact #2: type a name',
    source: (term: string | undefined) => prospectChoices(network, term ?? ''),
  });

describe('choosing a challenging contact', () => {
  it('filters existing contacts as you type and offers the typed name as a new contact', async () => {
    const { answer, events, getScreen, nextRender } = await renderProspectSearch();
    await nextRender();
    expect(getScreen()).toContain('That is all for now');
    expect(getScreen()).not.toContain('Dana Ruiz'); // already on the list

    events.type('gr');
    await nextRender();
    const screen = getScreen();
    expect(screen).toContain('Grace Hopper (Navy)');
    expect(screen).toContain('Gregor Mendel');
    expect(screen).toContain('Add "gr" as a new contact');
    expect(screen.indexOf('Grace Hopper')).toBeLessThan(screen.indexOf('Add "gr"'));

    events.keypress('enter');
    await expect(answer).resolves.toBe('grace');
    expect(getScreen()).toContain('Grace Hopper');
  });

  it('returns the new name when the user picks "add", and shows just the name once picked', async () => {
    const { answer, events, getScreen, nextRender } = await renderProspectSearch();
    events.type('Zoe Park');
    await nextRender();
    events.keypress('enter');
    await expect(answer).resolves.toBe('new:Zoe Park');
    expect(getScreen()).toContain('Zoe Park');
    expect(getScreen()).not.toContain('as a new contact');
  });
});

describe('typing a name already in the network', () => {
  it('offers that person, never a second contact of the same name', async () => {
    const { answer, events, getScreen, nextRender } = await renderProspectSearch();
    events.type('dana ruiz');
    await nextRender();
    expect(getScreen()).toContain('Dana Ruiz is already one of your challenging contacts');
    expect(getScreen()).not.toContain('Add "dana ruiz"');
    events.keypress('enter');
    await expect(answer).resolves.toBe('dana');
    expect(prospectChoices(network, 'Gregor Mendel').map((choice) => choice.value)).toEqual(['gregor']);
  });
});

describe('choosing who links you', () => {
  it('puts "nobody" first until you type, and never offers the prospect themself', async () => {
    const { answer, events, getScreen, nextRender } = await render(search, {
      message: 'Who in your network links you to Dana Ruiz?',
      source: (term: string | undefined) => linkerChoices(network, 'dana', term ?? ''),
    });
    await nextRender();
    expect(getScreen()).toMatch(/Nobody in particular[\s\S]*Grace Hopper[\s\S]*Gregor Mendel/);
    expect(getScreen()).not.toMatch(/Dana Ruiz \(|❯ Dana/);
    events.keypress('enter');
    await expect(answer).resolves.toBe('');
  });
});
