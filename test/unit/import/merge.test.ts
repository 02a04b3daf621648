import { describe, expect, it } from 'vitest';
import { mergeImport } from '../../../src/core/import/merge-import.js';
import type { ImportedContact, ImportedRelationship } from '../../../src/core/import/types.js';
import { emptyNetwork, type Contact, type Network } from '../../../src/core/model.js';

function network(contacts: Contact[], relationships: Network['relationships'] = []): Network {
  return { ...emptyNetwork(), contacts, relationships };
}

function incoming(contact: ImportedContact['contact'], line = 2): ImportedContact {
  return { ref: `line-${line}`, line, contact };
}

const merge = (base: Network, contacts: ImportedContact[], relationships: ImportedRelationship[] = []) =>
  mergeImport(base, { contacts, relationships });

describe('mergeImport', () => {
  it('adds new people with readable ids and stage "identified"', () => {
    const { network: next, report } = merge(network([{ id: 'ada-lovelace', name: 'Ada Lovelace' }]), [
      incoming({ name: 'Grace Hopper', org: 'Navy' }),
      incoming({ name: 'Ada  Lovelace', email: ['ada@engines.example'] }, 3),
      incoming({ name: 'Linus', stage: 'engaged' }, 4),
    ]);
    expect(next.contacts.map((contact) => [contact.id, contact.stage])).toEqual([
      ['ada-lovelace', undefined],
      ['grace-hopper', 'identified'],
      ['linus', 'engaged'],
    ]);
    expect(report.added.map((entry) => entry.id)).toEqual(['grace-hopper', 'linus']);
    expect(report.updated).toEqual([{ line: 3, name: 'Ada  Lovelace', id: 'ada-lovelace', fields: ['email'] }]);
  });

  it('matches by email, then LinkedIn profile, then name — never duplicating', () => {
    const base = network([
      { id: 'a', name: 'A. Person', email: ['Ana@Example.com'] },
      { id: 'b', name: 'Bee', linkedin: 'https://www.linkedin.com/in/bee/' },
      { id: 'c', name: 'José Müller' },
    ]);
    const { network: next, report } = merge(base, [
      incoming({ name: 'Ana Someone', email: ['ana@example.com'], role: 'Editor' }),
      incoming({ name: 'B. Different', linkedin: 'http://de.linkedin.com/in/BEE?trk=x', org: 'Hive' }, 3),
      incoming({ name: 'jose muller', phone: ['+49 1'] }, 4),
    ]);
    expect(next.contacts).toHaveLength(3);
    expect(report.updated.map((entry) => entry.id)).toEqual(['a', 'b', 'c']);
    expect(next.contacts[0]).toEqual({ id: 'a', name: 'A. Person', email: ['Ana@Example.com'], role: 'Editor' });
  });

  it('never overwrites a field and extends lists without duplicates', () => {
    const base = network([{ id: 'ada', name: 'Ada', org: 'Mine', email: ['ada@a.example'], tags: ['Math'], phone: ['+44 20 1234'] }]);
    const { network: next, report } = merge(base, [
      incoming({ name: 'Ada', org: 'Theirs', email: ['ADA@a.example', 'ada@b.example'], tags: ['math', 'engines'], phone: ['+44 (20) 1234'], role: 'Countess' }),
    ]);
    expect(next.contacts[0]).toEqual({
      id: 'ada',
      name: 'Ada',
      org: 'Mine',
      email: ['ada@a.example', 'ada@b.example'],
      tags: ['Math', 'engines'],
      phone: ['+44 20 1234'],
      role: 'Countess',
    });
    expect(report.updated[0]!.fields).toEqual(['email', 'tags', 'role']);
  });

  it('skips a record that brings nothing new, and one whose name fits several people', () => {
    const base = network([
      { id: 'sam', name: 'Sam Lee', org: 'X' },
      { id: 'jo-1', name: 'Jo Kim' },
      { id: 'jo-2', name: 'Jo Kim' },
    ]);
    const { network: next, report, changed } = merge(base, [incoming({ name: 'Sam Lee', org: 'Y' }), incoming({ name: 'Jo Kim' }, 3)]);
    // The very network it was given: the store then has nothing to write.
    expect(next).toBe(base);
    expect(changed).toBe(false);
    expect(report.skipped).toEqual([
      { line: 2, name: 'Sam Lee', id: 'sam', reason: 'already up to date' },
      { line: 3, name: 'Jo Kim', id: null, reason: expect.stringContaining('jo-1, jo-2') },
    ]);
  });

  it('treats a namesake with other emails or another LinkedIn profile as a different person', () => {
    const base = network([{ id: 'john-smith', name: 'John Smith', email: ['john@one.example'], linkedin: 'linkedin.com/in/js1' }]);
    const otherEmail = merge(base, [incoming({ name: 'John Smith', email: ['john@two.example'] })]);
    const otherProfile = merge(base, [incoming({ name: 'John Smith', linkedin: 'https://linkedin.com/in/js2' })]);
    expect(otherEmail.network.contacts.map((contact) => contact.id)).toEqual(['john-smith', 'john-smith-2']);
    expect(otherProfile.network.contacts.map((contact) => contact.id)).toEqual(['john-smith', 'john-smith-2']);
  });

  it('merges duplicates inside one file', () => {
    const { network: next, report } = merge(network([]), [
      incoming({ name: 'Kai', email: ['kai@k.example'] }),
      incoming({ name: 'Kai Nakamura', email: ['KAI@k.example'], org: 'K' }, 3),
    ]);
    expect(next.contacts).toEqual([{ id: 'kai', name: 'Kai', email: ['kai@k.example'], stage: 'identified', org: 'K' }]);
    expect(report.added).toHaveLength(1);
    expect(report.updated).toHaveLength(1);
  });

  it('adds a LinkedIn connection once per pair and only fills empty details of a tie already there', () => {
    const base = network([{ id: 'ada', name: 'Ada' }], [{ from: 'ada', to: 'me', kind: 'friend', strength: 4 }]);
    const { network: next, report } = merge(
      base,
      [incoming({ name: 'Ada' }), incoming({ name: 'Bo' }, 3)],
      [
        { line: 2, from: 'me', to: 'line-2', details: { kind: 'linkedin', strength: 2, since: '2020-01-01' }, fillsAnyTie: true },
        { line: 3, from: 'me', to: 'line-3', details: { kind: 'linkedin', strength: 2 }, fillsAnyTie: true },
        { line: 4, from: 'line-3', to: 'line-9', details: {} },
      ],
    );
    expect(next.relationships).toEqual([
      { from: 'ada', to: 'me', kind: 'friend', strength: 4, since: '2020-01-01' },
      { from: 'me', to: 'bo', kind: 'linkedin', strength: 2 },
    ]);
    expect(report.relationships).toEqual({ added: 1, updated: 1, skipped: [{ line: 4, reason: expect.any(String) }] });
  });

  it('keeps ties of different kinds between the same two, and fills the one of the same kind', () => {
    const base = network([{ id: 'ann', name: 'Ann' }, { id: 'bob', name: 'Bob' }], [{ from: 'ann', to: 'bob', kind: 'colleague', strength: 4 }]);
    const { network: next, report } = merge(
      base,
      [{ ref: 'ann', line: 2, contact: { name: 'Ann' } }, { ref: 'bob', line: 3, contact: { name: 'Bob' } }],
      [
        { line: 4, from: 'bob', to: 'ann', details: { kind: 'colleague', strength: 2, since: '2021-03-04' } },
        { line: 5, from: 'ann', to: 'bob', details: { kind: 'friend', strength: 2 } },
        { line: 6, from: 'ann', to: 'bob', details: { strength: 1 } },
        { line: 7, from: 'ann', to: 'bob', details: { kind: 'friend', note: 'since school' } },
      ],
    );
    // A tie without a kind (line 6) is no new tie beside ties that have one: it has nothing to add here.
    expect(next.relationships).toEqual([
      { from: 'ann', to: 'bob', kind: 'colleague', strength: 4, since: '2021-03-04' },
      { from: 'ann', to: 'bob', kind: 'friend', strength: 2, note: 'since school' },
    ]);
    expect(report.relationships).toEqual({ added: 1, updated: 2, skipped: [] });
  });

  it('fills the one tie between two people when a kind is missing on either side, as `conet link` does', () => {
    const people = [{ id: 'ann', name: 'Ann' }, { id: 'bob', name: 'Bob' }];
    const refs = [{ ref: 'ann', line: 2, contact: { name: 'Ann' } }, { ref: 'bob', line: 3, contact: { name: 'Bob' } }];
    const kindless = merge(network(people, [{ from: 'ann', to: 'bob', strength: 3 }]), refs, [{ line: 4, from: 'ann', to: 'bob', details: { kind: 'colleague', strength: 5 } }]);
    expect(kindless.network.relationships).toEqual([{ from: 'ann', to: 'bob', strength: 3, kind: 'colleague' }]);
    const kinded = merge(network(people, [{ from: 'ann', to: 'bob', kind: 'colleague' }]), refs, [{ line: 4, from: 'bob', to: 'ann', details: { strength: 2 } }]);
    expect(kinded.network.relationships).toEqual([{ from: 'ann', to: 'bob', kind: 'colleague', strength: 2 }]);
  });

  it('takes the profile and self-audit only into a network that has none, and says so', () => {
    const profile = { line: 3, value: { name: 'Sam Rivera', offers: ['workshops'] } };
    const audit = { line: 40, value: { commitment: 'More challengers' } };
    const into = (base: Network) => mergeImport(base, { contacts: [], relationships: [], profile, audit });
    const fresh = into({ ...emptyNetwork(), me: { offers: [] } });
    expect(fresh.network.me).toEqual(profile.value);
    expect(fresh.network.audit).toEqual(audit.value);
    expect([fresh.report.profile, fresh.report.audit]).toEqual([{ line: 3, added: true }, { line: 40, added: true }]);
    const mine = into({ ...emptyNetwork(), me: { name: 'Alex' }, audit: { hub: 'yes' } });
    expect(mine.network.me).toEqual({ name: 'Alex' });
    expect(mine.network.audit).toEqual({ hub: 'yes' });
    expect(mine.report.profile).toEqual({ line: 3, added: false, reason: expect.stringContaining('its own') });
    expect(mine.report.audit).toMatchObject({ added: false });
    expect(mergeImport(emptyNetwork(), { contacts: [], relationships: [], profile: { line: 2, value: {} } }).report.profile).toBeUndefined();
  });

  it('brings introductions whose two contacts were imported, once per pair, under the ids those contacts got', () => {
    const base = network(
      [{ id: 'ann', name: 'Someone Else', email: ['x@x.example'] }, { id: 'cy', name: 'Cy' }, { id: 'dee', name: 'Dee' }],
      [],
    );
    base.introductions = [{ id: 'cy--dee', between: ['dee', 'cy'], status: 'proposed' }];
    const intro = (line: number, a: string, b: string) => ({ line, between: [a, b] as [string, string], introduction: { id: `${a}--${b}`, between: [a, b] as [string, string], status: 'made' as const, note: `line ${line}` } });
    const { network: next, report } = mergeImport(base, {
      contacts: [
        { ref: 'ann', line: 2, contact: { id: 'ann', name: 'Ann' } },
        { ref: 'cy', line: 3, contact: { id: 'cy', name: 'Cy' } },
        { ref: 'dee', line: 4, contact: { id: 'dee', name: 'Dee' } },
      ],
      relationships: [],
      introductions: [intro(10, 'ann', 'cy'), intro(11, 'cy', 'dee'), intro(12, 'ann', 'ghost'), intro(13, 'cy', 'ann')],
    });
    expect(next.introductions).toEqual([
      { id: 'cy--dee', between: ['dee', 'cy'], status: 'proposed' },
      { id: 'ann-2--cy', between: ['ann-2', 'cy'], status: 'made', note: 'line 10' },
    ]);
    expect(report.introductions).toEqual({
      added: 1,
      skipped: [
        { line: 11, reason: expect.stringContaining('already records') },
        { line: 12, reason: 'ghost is not among the imported contacts' },
        { line: 13, reason: expect.stringContaining('already records') },
      ],
    });
    expect(merge(network([]), []).network.introductions).toBeUndefined();
  });

  it('keeps a file id when it is free and valid', () => {
    const { network: next } = merge(network([{ id: 'ada', name: 'Someone Else', email: ['x@x.example'] }]), [
      incoming({ id: 'ada', name: 'Ada Lovelace', email: ['ada@x.example'] }),
      incoming({ id: 'grace', name: 'Grace' }, 3),
    ]);
    expect(next.contacts.map((contact) => contact.id)).toEqual(['ada', 'ada-lovelace', 'grace']);
  });

  it('leaves its input untouched', () => {
    const base = network([{ id: 'ada', name: 'Ada' }]);
    const copy = structuredClone(base);
    merge(base, [incoming({ name: 'Ada', org: 'X' }), incoming({ name: 'Bo' }, 3)], [{ line: 3, from: 'me', to: 'line-3', details: {} }]);
    expect(base).toEqual(copy);
  });
});
