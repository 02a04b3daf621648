import { describe, expect, it } from 'vitest';
import { findLinker } from '../../../src/core/exercise/progress.js';
import {
  connectThrough,
  enlistProspect,
  markGrowth,
  markStance,
  NEW_CONTACT_PREFIX,
  setAsk,
  setGiveFirst,
  setProfile,
  setReflection,
} from '../../../src/core/exercise/record-answers.js';
import { emptyNetwork, type Network } from '../../../src/core/model.js';

function network(): Network {
  return {
    ...emptyNetwork(),
    contacts: [
      { id: 'ada', name: 'Ada Lovelace', stage: 'engaged' },
      { id: 'grace', name: 'Grace Hopper' },
      { id: 'listed', name: 'Already Listed', prospect: true, stage: 'identified' },
    ],
  };
}

describe('enlistProspect', () => {
  it('creates a new contact as an identified prospect', () => {
    const { network: next, contact, alreadyListed } = enlistProspect(network(), 'Dana Ruiz');
    expect(contact).toEqual({ id: 'dana-ruiz', name: 'Dana Ruiz', prospect: true, stage: 'identified' });
    expect(alreadyListed).toBe(false);
    expect(next.contacts).toHaveLength(4);
  });

  it('marks an existing contact (by id or exact name) without moving their stage back', () => {
    for (const answer of ['ada', 'ada lovelace']) {
      const { network: next, contact } = enlistProspect(network(), answer);
      expect(contact).toMatchObject({ id: 'ada', prospect: true, stage: 'engaged' });
      expect(next.contacts).toHaveLength(3);
    }
    expect(enlistProspect(network(), 'grace').contact.stage).toBe('identified');
  });

  it('does not guess from a prefix, and creates a namesake when asked to', () => {
    expect(enlistProspect(network(), 'Ada').contact.id).toBe('ada-2');
    expect(enlistProspect(network(), `${NEW_CONTACT_PREFIX}Ada Lovelace`).contact.id).toBe('ada-lovelace');
  });

  it('reports someone already on the list and changes nothing', () => {
    const before = network();
    const result = enlistProspect(before, 'listed');
    expect(result.alreadyListed).toBe(true);
    expect(result.network).toBe(before);
  });
});

describe('connectThrough and findLinker', () => {
  it('records you–linker and linker–prospect, once', () => {
    const once = connectThrough(network(), 'ada', 'grace');
    const twice = connectThrough(once, 'ada', 'grace');
    expect(twice.relationships).toEqual([{ from: 'me', to: 'grace' }, { from: 'grace', to: 'ada' }]);
    expect(findLinker(twice, 'ada')?.id).toBe('grace');
    expect(findLinker(network(), 'ada')).toBeNull();
  });
});

describe('answers to fields', () => {
  it('sets and clears profile fields and asks', () => {
    let next = setProfile(emptyNetwork(), { name: ' Sam ', offers: ['a', 'b'] });
    next = setAsk(next, 'help', ['a bookkeeper']);
    expect(next.me).toEqual({ name: 'Sam', offers: ['a', 'b'], asks: { help: ['a bookkeeper'] } });
    next = setAsk(setProfile(next, { offers: [] }), 'help', []);
    expect(next.me).toEqual({ name: 'Sam' });
  });

  it('stores reflections one topic at a time, dropping blank answers', () => {
    let next = setReflection(network(), 'ada', 'difference', 'bigger stakes');
    next = setReflection(next, 'ada', 'message', '  ');
    expect(next.contacts[0]!.reflections).toEqual({ difference: 'bigger stakes' });
    expect(setReflection(next, 'ada', 'difference', '').contacts[0]!.reflections).toBeUndefined();
  });

  it('keeps the done date of give-first actions that stay', () => {
    const start = setGiveFirst(network(), 'ada', ['intro to Bob']);
    start.contacts[0]!.giveFirst![0]!.done = '2025-01-02';
    const next = setGiveFirst(start, 'ada', ['intro to Bob', 'send the study']);
    expect(next.contacts[0]!.giveFirst).toEqual([{ action: 'intro to Bob', done: '2025-01-02' }, { action: 'send the study' }]);
  });

  it('marks stances and growth, and takes a mark back when unticked', () => {
    const ids = ['ada', 'grace'];
    let next = markStance(network(), ids, 'challenger', ['ada']);
    next = markGrowth(next, ids, ['grace']);
    expect(next.contacts.map((contact) => [contact.stance, contact.growth])).toEqual([['challenger', false], [undefined, true], [undefined, undefined]]);
    next = markStance(next, ids, 'challenger', []);
    expect(next.contacts[0]!.stance).toBe('neutral');
  });
});
