import { describe, expect, it } from 'vitest';
import { detectCommunities } from '../../../src/core/graph/communities.js';
import { buildGraph, suggestIntroductions } from '../../../src/core/graph/index.js';
import { network, prepare } from './networks.js';

// Two circles: {ada, alan, linus} and {grace, hedy, barbara}, joined only by a faint linus–hedy tie.
const sample = network({
  contacts: [
    { id: 'ada', offers: ['math tutoring'], needs: ['compilers'] },
    { id: 'grace', offers: ['compilers'], needs: ['maths tutoring'] },
    { id: 'alan', needs: ['compiler'] },
    { id: 'linus', offers: ['compilers'] },
    { id: 'hedy', offers: ['compilers'], needs: ['math tutoring'] },
    { id: 'barbara', offers: ['math tutoring'], needs: ['compilers'], status: 'not-a-collaborator' },
  ],
  ties: [
    ['me', 'ada', 5],
    ['me', 'grace', 5],
    ['me', 'alan', 5],
    ['me', 'linus', 4],
    ['me', 'hedy', 4],
    ['me', 'barbara', 4],
    ['ada', 'alan', 4],
    ['alan', 'linus', 4],
    ['ada', 'linus', 4],
    ['grace', 'hedy', 4],
    ['hedy', 'barbara', 4],
    ['grace', 'barbara', 4],
    ['linus', 'hedy', 2],
  ],
  introductions: [
    { id: 'ada-hedy', between: ['ada', 'hedy'], status: 'declined' },
    { id: 'alan-hedy', between: ['alan', 'hedy'], status: 'suggested' },
  ],
});
const graph = buildGraph(sample);
const communities = detectCommunities(graph);
const pairs = suggestIntroductions(sample, graph, { limit: 50, communities });
const key = (a: string, b: string) => [a, b].sort().join('+');
const keys = pairs.map((pair) => key(pair.a, pair.b));

describe('suggestIntroductions', () => {
  it('finds the two circles, leaving you out', () => {
    const seeded = detectCommunities(graph, { seed: 1 });
    expect(seeded.has('me')).toBe(false);
    expect(seeded.get('ada')).toBe(seeded.get('alan'));
    expect(seeded.get('grace')).toBe(seeded.get('hedy'));
    expect(seeded.get('ada')).not.toBe(seeded.get('grace'));
  });

  it('ranks the complementary cross-community pair first, with its three wins', () => {
    const top = pairs[0]!;
    expect(key(top.a, top.b)).toBe(key('ada', 'grace'));
    expect(top.kind).toBe('mutual');
    expect(top.breakdown.novelty).toBe(1);
    const winOf = (id: string) => (top.a === id ? top.wins.a : top.wins.b);
    expect(winOf('ada')).toBe('Ada gets compilers from Grace');
    expect(winOf('grace')).toBe('Grace gets math tutoring from Ada');
    expect(top.wins.you).toContain('link two circles');
    expect(top.reasons).toContain('Grace offers compilers, which Ada needs');
  });

  it('ranks a one-way match below the mutual ones, oriented towards who gains', () => {
    const oneWay = pairs.find((pair) => key(pair.a, pair.b) === key('alan', 'grace'))!;
    expect(oneWay.kind).toBe('one-way');
    expect(oneWay.a).toBe('alan');
    expect(oneWay.score).toBeLessThan(pairs[0]!.score);
    expect(oneWay.score).toBeLessThan(50);
  });

  it('skips connected pairs, let-go contacts and introductions already decided', () => {
    expect(keys).not.toContain(key('ada', 'linus'));
    expect(keys.some((k) => k.includes('barbara'))).toBe(false);
    expect(keys).not.toContain(key('ada', 'hedy'));
    // Still only "suggested": it may come up again.
    expect(keys).toContain(key('alan', 'hedy'));
  });

  it('is deterministic and honours the limit', () => {
    expect(suggestIntroductions(sample, buildGraph(sample), { limit: 50, communities })).toEqual(pairs);
    expect(suggestIntroductions(sample, graph, { limit: 1, communities })).toEqual(pairs.slice(0, 1));
  });

  it('counts shared acquaintances (you excluded) as common ground', () => {
    const linked = network({
      contacts: [
        { id: 'a', offers: ['video editing'], needs: ['legal advice'] },
        { id: 'b', offers: ['legal advice'], needs: ['video editing'] },
        { id: 'c', offers: ['legal advice'], needs: ['video editing'] },
        { id: 'z' },
      ],
      ties: [['me', 'a', 3], ['me', 'b', 3], ['me', 'c', 3], ['a', 'z', 3], ['b', 'z', 3]],
    });
    const { graph: linkedGraph, communities: linkedCommunities } = prepare(linked);
    const suggestions = suggestIntroductions(linked, linkedGraph, { communities: linkedCommunities });
    const withFriend = suggestions.find((pair) => key(pair.a, pair.b) === key('a', 'b'))!;
    const withoutFriend = suggestions.find((pair) => key(pair.a, pair.b) === key('a', 'c'))!;
    expect(withFriend.commonNeighbours).toEqual(['z']);
    expect(withFriend.breakdown.structure).toBeGreaterThan(0);
    expect(withFriend.reasons).toContain('They both already know Z');
    expect(withoutFriend.commonNeighbours).toEqual([]);
    expect(withoutFriend.breakdown.structure).toBe(0);
  });

  it('returns nothing when nobody has offers, needs or shared tags', () => {
    const bare = network({ contacts: [{ id: 'a' }, { id: 'b' }], ties: [['me', 'a'], ['me', 'b']] });
    const prepared = prepare(bare);
    expect(suggestIntroductions(bare, prepared.graph, prepared)).toEqual([]);
  });
});
