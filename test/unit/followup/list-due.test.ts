import { describe, expect, it } from 'vitest';
import { cadenceOf, DEFAULT_CADENCE_DAYS, listDue } from '../../../src/core/followup/index.js';
import { STAGES } from '../../../src/core/model.js';
import { networkOf } from './fixtures.js';

const TODAY = '2024-06-30';

describe('cadenceOf', () => {
  it('uses the contact’s own cadence, else its stage’s default; no stage means no schedule', () => {
    for (const stage of STAGES) expect(cadenceOf({ id: 'x', name: 'X', stage })).toEqual({ days: DEFAULT_CADENCE_DAYS[stage], source: stage });
    expect(cadenceOf({ id: 'x', name: 'X', stage: 'dormant', cadenceDays: 5 })).toEqual({ days: 5, source: 'contact' });
    expect(cadenceOf({ id: 'x', name: 'X', prospect: true })).toEqual({ days: 14, source: 'identified' });
    expect(cadenceOf({ id: 'x', name: 'X' })).toBeNull();
  });
});

describe('listDue', () => {
  it('says how long it has been and what the aim is, most overdue first', () => {
    const network = networkOf([
      { id: 'cleo', stage: 'collaborating', lastContact: '2024-05-16' }, // 45 days, aim 30 → 15 overdue
      { id: 'ada', stage: 'engaged', cadenceDays: 30, lastContact: '2024-05-16' }, // same: tie broken by id
      { id: 'bob', stage: 'contacted', lastContact: '2024-06-22' }, // 8 days, aim 7 → 1 overdue
      { id: 'dee', stage: 'engaged', lastContact: '2024-06-20' }, // 10 days of 21: not due
    ]);
    const { items, total } = listDue(network, TODAY);
    expect(items.map((item) => [item.id, item.overdueDays])).toEqual([['ada', 15], ['cleo', 15], ['bob', 1]]);
    expect(total).toBe(3);
    expect(items[0]!.reasons[0]!.text).toBe('no contact for 45 days; you aim for every 30');
    expect(items[1]!.reasons[0]!.text).toBe('no contact for 45 days; the default for collaborating is every 30');
    expect(items[0]).toMatchObject({ dueDate: '2024-06-15', lastContact: '2024-05-16', cadenceDays: 30, prospect: false });
  });

  it('counts a contact due on the very day the cadence runs out', () => {
    const network = networkOf([{ id: 'bob', stage: 'contacted', lastContact: '2024-06-23' }]);
    expect(listDue(network, TODAY).items.map((item) => item.overdueDays)).toEqual([0]);
    expect(listDue(network, '2024-06-29').items).toEqual([]);
  });

  it('uses the interaction log when lastContact is missing', () => {
    const network = networkOf([{ id: 'ada', stage: 'contacted', interactions: [{ date: '2024-06-01', kind: 'call' }] }]);
    expect(listDue(network, TODAY).items[0]!.reasons[0]!.text).toBe('no contact for 29 days; the default for contacted is every 7');
  });

  it('flags challenging contacts never contacted, and give-first actions not done', () => {
    const network = networkOf([
      { id: 'ada', prospect: true, giveFirst: [{ action: 'send the benchmark report' }, { action: 'old favour', done: '2024-01-01' }] },
      { id: 'bob', giveFirst: [{ action: 'share the guide' }] }, // no schedule, but a give-first
      { id: 'cleo' }, // an imported contact with no stage: nothing to do
    ]);
    const { items } = listDue(network, TODAY);
    expect(items.map((item) => item.id)).toEqual(['ada', 'bob']);
    expect(items[0]!.reasons.map((reason) => [reason.kind, reason.text, reason.overdueDays])).toEqual([
      ['first-contact', 'a challenging contact you have never contacted', 0],
      ['give-first', 'give-first action not done yet: send the benchmark report', 0],
    ]);
    expect(items[0]!.reasons[1]!.giveFirst).toBe('send the benchmark report');
  });

  it('never lists contacts marked not-a-collaborator', () => {
    const network = networkOf(
      [
        { id: 'ada', status: 'not-a-collaborator', stage: 'contacted', lastContact: '2024-01-01', giveFirst: [{ action: 'x' }] },
        { id: 'bob' },
      ],
      { introductions: [{ id: 'ada--bob', between: ['ada', 'bob'], status: 'made', date: '2024-05-01' }] },
    );
    const { items } = listDue(network, TODAY);
    expect(items.map((item) => item.id)).toEqual(['bob']);
  });

  it('asks how a made introduction went, on both sides, until there is an outcome', () => {
    const introductions = [
      { id: 'ada--sam', between: ['ada', 'sam'] as [string, string], status: 'made' as const, date: '2024-06-16' },
      { id: 'ada--bob', between: ['ada', 'bob'] as [string, string], status: 'made' as const, date: '2024-06-01', outcome: 'a joint bid' },
    ];
    const network = networkOf([{ id: 'ada' }, { id: 'bob' }, { id: 'sam' }], { introductions });
    const { items } = listDue(network, TODAY);
    expect(items.map((item) => [item.id, item.reasons.map((reason) => reason.text)])).toEqual([
      ['ada', ['intro to Sam made 14 days ago: ask how it went']],
      ['sam', ['intro to Ada made 14 days ago: ask how it went']],
    ]);
    expect(items[0]!.reasons[0]!.introductionId).toBe('ada--sam');
    expect(listDue(network, '2024-06-29').items).toEqual([]);
  });

  it('nudges unanswered proposals after a week and accepted introductions at once', () => {
    const network = networkOf([{ id: 'ada' }, { id: 'bob' }, { id: 'cleo' }, { id: 'dee' }], {
      introductions: [
        { id: 'ada--bob', between: ['ada', 'bob'], status: 'proposed', date: '2024-06-20' },
        { id: 'cleo--dee', between: ['cleo', 'dee'], status: 'accepted', history: [{ date: TODAY, status: 'accepted' }] },
        { id: 'ada--dee', between: ['ada', 'dee'], status: 'declined', date: '2024-01-01' },
      ],
    });
    const { items } = listDue(network, TODAY);
    expect(items.map((item) => [item.id, item.overdueDays, item.reasons[0]!.text])).toEqual([
      ['ada', 3, 'you proposed an intro to Bob 10 days ago and have no answer yet: check in'],
      ['bob', 3, 'you proposed an intro to Ada 10 days ago and have no answer yet: check in'],
      ['cleo', 0, 'intro to Dee accepted today: make it'],
      ['dee', 0, 'intro to Cleo accepted today: make it'],
    ]);
  });

  it('with includeUpcoming, also shows when scheduled contacts will fall due', () => {
    const network = networkOf([
      { id: 'ada', stage: 'engaged', lastContact: '2024-06-25' },
      { id: 'bob', stage: 'contacted', lastContact: '2024-06-01' },
    ]);
    const { items } = listDue(network, TODAY, { includeUpcoming: true });
    expect(items.map((item) => [item.id, item.overdueDays, item.dueDate])).toEqual([['bob', 22, '2024-06-08'], ['ada', -16, '2024-07-16']]);
    expect(items[1]!.reasons[0]!.text).toBe('next contact due in 16 days (the default for engaged is every 21)');
  });

  it('cuts to the limit but reports the total', () => {
    const network = networkOf(['c', 'a', 'b'].map((id) => ({ id, prospect: true })));
    expect(listDue(network, TODAY, { limit: 2 })).toMatchObject({ total: 3, items: [{ id: 'a' }, { id: 'b' }] });
  });

  it('gives the same answer for the same file, whatever the contact order', () => {
    const contacts = [
      { id: 'ada', stage: 'engaged' as const, lastContact: '2024-05-01' },
      { id: 'bob', prospect: true },
      { id: 'cleo', stage: 'dormant' as const, lastContact: '2024-01-01' },
    ];
    const forward = listDue(networkOf(contacts), TODAY);
    const backward = listDue(networkOf(contacts.slice().reverse()), TODAY);
    expect(backward).toEqual(forward);
  });
});
