import { describe, expect, it } from 'vitest';
import { assessProgress, countReflections, describeStep, isUntouched } from '../../../src/core/exercise/progress.js';
import { emptyNetwork, type Contact, type Network } from '../../../src/core/model.js';

const FULL_REFLECTIONS = { difference: 'a', attention: 'b', operations: 'c', problems: 'd', message: 'e' };

function prospect(id: string, fields: Partial<Contact> = {}): Contact {
  return { id, name: id.toUpperCase(), prospect: true, pointOfView: 'pov', connection: 'met once', reflections: FULL_REFLECTIONS, giveFirst: [{ action: 'help' }], ...fields };
}

function network(fields: Partial<Network> = {}): Network {
  return { ...emptyNetwork(), me: { name: 'Sam', asks: { help: ['a bookkeeper'] } }, ...fields };
}

describe('assessProgress', () => {
  it('starts with the profile on an empty network', () => {
    const progress = assessProgress(emptyNetwork());
    expect(progress.next).toBe('profile');
    expect(describeStep(progress)).toBe('your profile and specific asks');
  });

  it('needs a name and at least one specific ask for the profile', () => {
    expect(assessProgress({ ...emptyNetwork(), me: { name: 'Sam', offers: ['x'] } }).profileDone).toBe(false);
    expect(assessProgress({ ...emptyNetwork(), me: { asks: { groups: ['g'] } } }).profileDone).toBe(false);
    expect(assessProgress(network()).profileDone).toBe(true);
  });

  it('asks for more prospects until there are five', () => {
    const progress = assessProgress(network({ contacts: [prospect('a'), prospect('b'), { id: 'c', name: 'C' }] }));
    expect(progress.prospects.map((contact) => contact.id)).toEqual(['a', 'b']);
    expect(progress.next).toBe('prospects');
    expect(describeStep(progress)).toBe('challenging contact #3 of 5');
  });

  it('finishes describing a listed prospect before listing the next', () => {
    const progress = assessProgress(network({ contacts: [prospect('a'), prospect('b', { connection: undefined })] }));
    expect(progress.needAbout.map((contact) => contact.id)).toEqual(['b']);
    expect(progress.next).toBe('about');
  });

  it('counts a linker in the relationships as a way to reach them', () => {
    const contacts = [prospect('a', { connection: undefined }), { id: 'sam', name: 'Sam' }];
    const linked = network({ contacts, relationships: [{ from: 'me', to: 'sam' }, { from: 'a', to: 'sam' }] });
    expect(assessProgress(linked).needAbout).toEqual([]);
  });

  it('walks through reflections, give-first and the audit in that order', () => {
    const five = ['a', 'b', 'c', 'd', 'e'];
    const withGap = (gap: Partial<Contact>) => network({ contacts: five.map((id) => prospect(id, id === 'c' ? gap : {})) });
    expect(assessProgress(withGap({ reflections: { ...FULL_REFLECTIONS, message: ' ' } })).next).toBe('reflections');
    expect(assessProgress(withGap({ giveFirst: [] })).next).toBe('giveFirst');
    const allDone = withGap({});
    expect(assessProgress(allDone).next).toBe('audit');
    expect(assessProgress({ ...allDone, audit: { date: '2025-01-01' } }).next).toBeNull();
  });

  it('counts answered reflections, ignoring blank ones', () => {
    expect(countReflections({ id: 'x', name: 'X', reflections: { difference: 'yes', attention: '  ' } })).toBe(1);
  });
});

describe('isUntouched', () => {
  it('is true for a network of plain contacts, false once any exercise answer exists', () => {
    const plain = { ...emptyNetwork(), contacts: [{ id: 'ada', name: 'Ada' }] };
    expect(isUntouched(plain)).toBe(true);
    expect(isUntouched({ ...plain, me: { name: 'Sam' } })).toBe(false);
    expect(isUntouched({ ...plain, contacts: [{ id: 'ada', name: 'Ada', prospect: true }] })).toBe(false);
    expect(isUntouched({ ...plain, audit: {} })).toBe(false);
  });
});
