import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { emptyNetwork, type Network, type Relationship } from '../../src/core/model.js';
import { linkContacts } from '../../src/core/relationships.js';

function withTies(...relationships: Relationship[]): Network {
  return { ...emptyNetwork(), contacts: [{ id: 'ann', name: 'Ann' }, { id: 'ben', name: 'Ben' }], relationships };
}

describe('linkContacts', () => {
  it('creates a tie between two people who have none', () => {
    const result = linkContacts(withTies(), 'ann', 'ben', { strength: 4 });
    expect(result).toMatchObject({ created: true, changed: true, relationship: { from: 'ann', to: 'ben', strength: 4 } });
  });

  it('updates the one tie between two people, whichever way round it was written', () => {
    const result = linkContacts(withTies({ from: 'ben', to: 'ann', kind: 'colleague', strength: 2 }), 'ann', 'ben', { strength: 5 });
    expect(result.created).toBe(false);
    expect(result.network.relationships).toEqual([{ from: 'ben', to: 'ann', kind: 'colleague', strength: 5 }]);
  });

  it('sets a kind on the one tie that had none, rather than adding a second tie', () => {
    const result = linkContacts(withTies({ from: 'ann', to: 'ben', strength: 3 }), 'ann', 'ben', { kind: 'client' });
    expect(result.network.relationships).toEqual([{ from: 'ann', to: 'ben', strength: 3, kind: 'client' }]);
  });

  it('adds a tie of a new kind beside a tie of another kind', () => {
    const result = linkContacts(withTies({ from: 'ann', to: 'ben', kind: 'colleague' }), 'ann', 'ben', { kind: 'friend', strength: 2 });
    expect(result.created).toBe(true);
    expect(result.network.relationships.map((rel) => rel.kind)).toEqual(['colleague', 'friend']);
  });

  it('asks which tie to change when there are several and no kind is given', () => {
    const network = withTies({ from: 'ann', to: 'ben', kind: 'colleague' }, { from: 'ann', to: 'ben', kind: 'friend' });
    expect(() => linkContacts(network, 'ann', 'ben', { strength: 1 })).toThrow(UsageError);
    expect(() => linkContacts(network, 'ann', 'ben', { strength: 1 })).toThrow('ann and ben have 2 relationships (colleague, friend); which one to change?');
    // Nothing to change: there is a tie already, so there is nothing to ask.
    expect(linkContacts(network, 'ann', 'ben')).toMatchObject({ network, created: false, changed: false });
    expect(linkContacts(network, 'ann', 'ben', { kind: 'friend', strength: 1 }).network.relationships[1]).toEqual({ from: 'ann', to: 'ben', kind: 'friend', strength: 1 });
  });

  it('changes nothing, and says so, when the tie already holds every detail', () => {
    const network = withTies({ from: 'ann', to: 'ben', kind: 'colleague', strength: 4 });
    const result = linkContacts(network, 'ben', 'ann', { kind: 'colleague', strength: 4 });
    expect(result).toMatchObject({ created: false, changed: false });
    expect(result.network).toBe(network);
  });
});
