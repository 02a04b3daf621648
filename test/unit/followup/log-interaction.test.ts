import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { logInteraction } from '../../../src/core/followup/index.js';
import { networkOf } from './fixtures.js';

const TODAY = '2024-06-30';

describe('logInteraction', () => {
  it('appends a note dated as given and moves lastContact to it', () => {
    const network = networkOf([{ id: 'ada', lastContact: '2024-05-01' }]);
    const result = logInteraction(network, 'ada', { date: '2024-06-10', note: 'Coffee' }, TODAY);
    expect(result.contact.interactions).toEqual([{ date: '2024-06-10', kind: 'note', note: 'Coffee' }]);
    expect(result.contact.lastContact).toBe('2024-06-10');
    expect(result.lastContactMoved).toBe(true);
    expect(network.contacts[0]!.interactions).toBeUndefined(); // the input is untouched
  });

  it('never moves lastContact back, and keeps the log in date order', () => {
    const network = networkOf([
      { id: 'ada', lastContact: '2024-06-01', interactions: [{ date: '2024-05-01', kind: 'call' }, { date: '2024-06-01', kind: 'meeting' }] },
    ]);
    const result = logInteraction(network, 'ada', { date: '2024-05-15', kind: 'email', note: 'Sent notes' }, TODAY);
    expect(result.contact.lastContact).toBe('2024-06-01');
    expect(result.lastContactMoved).toBe(false);
    expect(result.contact.interactions!.map((interaction) => interaction.date)).toEqual(['2024-05-01', '2024-05-15', '2024-06-01']);
  });

  it('takes a later interaction in the log into account when lastContact is missing', () => {
    const network = networkOf([{ id: 'ada', interactions: [{ date: '2024-06-20', kind: 'call' }] }]);
    const result = logInteraction(network, 'ada', { date: '2024-06-01', note: 'Old news' }, TODAY);
    expect(result.contact.lastContact).toBe('2024-06-20');
  });

  it('refuses dates in the future and empty notes', () => {
    const network = networkOf([{ id: 'ada' }]);
    expect(() => logInteraction(network, 'ada', { date: '2024-07-01', note: 'Later' }, TODAY)).toThrow(/future/);
    expect(() => logInteraction(network, 'ada', { date: TODAY, note: '  ' }, TODAY)).toThrow(UsageError);
  });

  it('marks a give-first action done by number or text, as a "gave" interaction', () => {
    const network = networkOf([
      { id: 'ada', giveFirst: [{ action: 'Send the benchmark report' }, { action: 'Introduce her to Sam', extra: 'kept' }] },
    ]);
    const byNumber = logInteraction(network, 'ada', { date: '2024-06-02', gave: '2' }, TODAY);
    expect(byNumber.contact.giveFirst).toEqual([{ action: 'Send the benchmark report' }, { action: 'Introduce her to Sam', extra: 'kept', done: '2024-06-02' }]);
    expect(byNumber.interaction).toEqual({ date: '2024-06-02', kind: 'gave', note: 'Introduce her to Sam' });

    const byText = logInteraction(network, 'ada', { date: '2024-06-02', gave: 'BENCHMARK', kind: 'email', note: 'Emailed the PDF' }, TODAY);
    expect(byText.gave).toEqual({ action: 'Send the benchmark report', done: '2024-06-02' });
    expect(byText.interaction).toEqual({ date: '2024-06-02', kind: 'email', note: 'Emailed the PDF' });
  });

  it('explains a give-first that does not match, is ambiguous, or is already done', () => {
    const network = networkOf([
      { id: 'ada', giveFirst: [{ action: 'Send the report' }, { action: 'Send a book', done: '2024-01-01' }] },
      { id: 'bob' },
    ]);
    expect(() => logInteraction(network, 'ada', { date: TODAY, gave: '3' }, TODAY)).toThrow(/no item 3.*1\. Send the report; 2\. Send a book/);
    expect(() => logInteraction(network, 'ada', { date: TODAY, gave: 'send' }, TODAY)).toThrow(/more than one/);
    expect(() => logInteraction(network, 'ada', { date: TODAY, gave: 'flowers' }, TODAY)).toThrow(/matches none/);
    expect(() => logInteraction(network, 'ada', { date: TODAY, gave: 'book' }, TODAY)).toThrow(/already marked done \(2024-01-01\)/);
    expect(() => logInteraction(network, 'bob', { date: TODAY, gave: '1' }, TODAY)).toThrow(/no give-first actions/);
  });

  it('records one of your asks as an "asked" interaction, numbered across the ask groups', () => {
    const network = networkOf([{ id: 'ada' }], {
      me: { asks: { help: ['A bookkeeper'], groups: ['The founders meetup'], promoters: ['A podcast host'] } },
    });
    const result = logInteraction(network, 'ada', { date: TODAY, asked: '3' }, TODAY);
    // help, promoters, groups, prospects: the meetup is third.
    expect(result.interaction).toEqual({ date: TODAY, kind: 'asked', note: 'The founders meetup' });
    expect(result.asked).toBe('The founders meetup');
    expect(() => logInteraction(networkOf([{ id: 'ada' }]), 'ada', { date: TODAY, asked: '1' }, TODAY)).toThrow(/no asks/);
  });
});
