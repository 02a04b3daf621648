import { describe, expect, it } from 'vitest';
import { NotFoundError, UsageError } from '../../../src/core/errors.js';
import { findIntroduction, openIntroductions, recordIntroduction, summarizeIntroductions } from '../../../src/core/followup/index.js';
import type { Network } from '../../../src/core/model.js';
import { networkOf } from './fixtures.js';

const TODAY = '2024-06-30';
const base = () => networkOf([{ id: 'sam' }, { id: 'ada' }, { id: 'bob' }]);

/** Applies steps in order, as a user running `conet intro` several times would. */
function steps(network: Network, ...changes: Parameters<typeof recordIntroduction>[3][]): Network {
  return changes.reduce((current, change) => recordIntroduction(current, 'sam', 'ada', change, TODAY).network, network);
}

describe('recordIntroduction', () => {
  it('creates a proposed introduction with an id made from both contacts, in either order', () => {
    const result = recordIntroduction(base(), 'sam', 'ada', { date: '2024-06-01', note: 'both sell to clinics' }, TODAY);
    expect(result.introduction).toEqual({
      id: 'ada--sam',
      between: ['sam', 'ada'],
      status: 'proposed',
      date: '2024-06-01',
      note: 'both sell to clinics',
      history: [{ date: '2024-06-01', status: 'proposed', note: 'both sell to clinics' }],
    });
    expect(result).toMatchObject({ previousStatus: null, changed: true });
    expect(findIntroduction(result.network, 'ada', 'sam')?.id).toBe('ada--sam');
  });

  it('advances through accepted and made, appending to the history and logging the proposal and the intro on both contacts', () => {
    const network = steps(base(), { date: '2024-06-01' }, { status: 'accepted', date: '2024-06-05' }, { status: 'made', date: '2024-06-07' });
    const intro = findIntroduction(network, 'ada', 'sam')!;
    expect(intro.status).toBe('made');
    expect(intro.date).toBe('2024-06-07');
    expect(intro.history!.map((entry) => entry.status)).toEqual(['proposed', 'accepted', 'made']);
    const ada = network.contacts.find((contact) => contact.id === 'ada')!;
    expect(ada.interactions).toEqual([
      { date: '2024-06-01', kind: 'message', note: 'Asked whether they would like to meet Sam' },
      { date: '2024-06-07', kind: 'intro', note: 'Introduced to Sam' },
    ]);
    expect(ada.lastContact).toBe('2024-06-07');
    expect(network.contacts.find((contact) => contact.id === 'bob')!.interactions).toBeUndefined();
  });

  it('records the outcome without moving the date the introduction was made', () => {
    const network = steps(base(), { status: 'made', date: '2024-06-07' }, { outcome: 'a joint workshop', date: '2024-06-20' });
    const intro = findIntroduction(network, 'ada', 'sam')!;
    expect(intro).toMatchObject({ status: 'made', date: '2024-06-07', outcome: 'a joint workshop' });
    expect(intro.history!.at(-1)).toEqual({ date: '2024-06-20', status: 'made', note: 'outcome: a joint workshop' });
  });

  it('rejects impossible transitions with the allowed ones in the hint', () => {
    const made = steps(base(), { status: 'made', date: '2024-06-07' });
    expect(() => recordIntroduction(made, 'ada', 'sam', { status: 'proposed', date: TODAY }, TODAY)).toThrow(/is already made; it cannot become proposed/);
    const accepted = steps(base(), { status: 'accepted', date: '2024-06-07' });
    try {
      recordIntroduction(accepted, 'ada', 'sam', { status: 'proposed', date: TODAY }, TODAY);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).hint).toBe('From accepted it can become: made, declined.');
    }
  });

  it('lets a declined introduction be proposed again later', () => {
    const network = steps(base(), { status: 'declined', date: '2024-01-01' }, { status: 'proposed', date: '2024-06-01' });
    expect(findIntroduction(network, 'ada', 'sam')!.history!.map((entry) => entry.status)).toEqual(['declined', 'proposed']);
  });

  it('refuses an outcome before the introduction is made, and dates out of order', () => {
    expect(() => recordIntroduction(base(), 'sam', 'ada', { outcome: 'great', date: TODAY }, TODAY)).toThrow(/once the introduction is made/);
    const proposed = steps(base(), { date: '2024-06-10' });
    expect(() => recordIntroduction(proposed, 'sam', 'ada', { status: 'accepted', date: '2024-06-09' }, TODAY)).toThrow(/before the last change/);
    expect(() => recordIntroduction(proposed, 'sam', 'ada', { status: 'accepted', date: '2024-07-09' }, TODAY)).toThrow(/future/);
  });

  it('refuses you, the same contact twice, and unknown contacts', () => {
    expect(() => recordIntroduction(base(), 'me', 'ada', { date: TODAY }, TODAY)).toThrow(UsageError);
    expect(() => recordIntroduction(base(), 'ada', 'ada', { date: TODAY }, TODAY)).toThrow(/two different/);
    expect(() => recordIntroduction(base(), 'ada', 'zed', { date: TODAY }, TODAY)).toThrow(NotFoundError);
  });

  it('changes nothing when asked for the status it already has', () => {
    const network = steps(base(), { date: '2024-06-10' });
    const again = recordIntroduction(network, 'ada', 'sam', { status: 'proposed', date: TODAY }, TODAY);
    expect(again.changed).toBe(false);
    expect(again.network).toBe(network);
  });

  it('advances a suggestion saved by `conet suggest intros` in place, keeping its id', () => {
    const network = networkOf([{ id: 'ada' }, { id: 'sam' }], {
      introductions: [{ id: 'sugg-1', between: ['ada', 'sam'], status: 'suggested', wins: ['x'] }],
    });
    const result = recordIntroduction(network, 'sam', 'ada', { date: TODAY }, TODAY);
    expect(result.network.introductions).toEqual([
      { id: 'sugg-1', between: ['ada', 'sam'], status: 'proposed', wins: ['x'], date: TODAY, history: [{ date: TODAY, status: 'proposed' }] },
    ]);
  });
});

describe('openIntroductions', () => {
  it('lists proposed, accepted and made-without-outcome introductions, oldest first, with the next step', () => {
    const network = networkOf([{ id: 'ada' }, { id: 'bob' }, { id: 'cleo' }, { id: 'dee' }], {
      introductions: [
        { id: 'c', between: ['ada', 'bob'], status: 'accepted', date: '2024-06-10' },
        { id: 'b', between: ['ada', 'cleo'], status: 'made', date: '2024-06-01' },
        { id: 'a', between: ['ada', 'dee'], status: 'proposed', date: '2024-06-10' },
        { id: 'd', between: ['bob', 'cleo'], status: 'made', date: '2024-05-01', outcome: 'done deal' },
        { id: 'e', between: ['bob', 'dee'], status: 'declined', date: '2024-05-01' },
        { id: 'f', between: ['cleo', 'dee'], status: 'suggested' },
      ],
    });
    const open = openIntroductions(network);
    expect(open.map((intro) => [intro.id, intro.status, intro.since])).toEqual([
      ['b', 'made', '2024-06-01'],
      ['a', 'proposed', '2024-06-10'],
      ['c', 'accepted', '2024-06-10'],
    ]);
    expect(open[0]).toEqual({
      id: 'b',
      between: ['ada', 'cleo'],
      names: ['Ada', 'Cleo'],
      status: 'made',
      since: '2024-06-01',
      note: null,
      outcome: null,
      open: true,
      nextStep: 'ask Ada and Cleo how it went, and record the outcome',
    });
    expect(open[2]!.nextStep).toBe('both agreed: introduce Ada and Bob');
    expect(summarizeIntroductions(network).map((intro) => [intro.id, intro.open])).toEqual([
      ['d', false],
      ['e', false],
      ['b', true],
      ['a', true],
      ['c', true],
      ['f', false],
    ]);
  });
});
