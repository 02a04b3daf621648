import { describe, expect, it } from 'vitest';
import { buildGraph, suggestCollaborators } from '../../../src/core/graph/index.js';
import { generateNetwork, network, prepare } from './networks.js';

const TODAY = new Date('2025-06-01T12:00:00Z');

const sample = network({
  me: { offers: ['brand strategy'], needs: ['compilers'], asks: { promoters: ['podcast host'] } },
  contacts: [
    { id: 'grace', offers: ['Compiler'], needs: ['brand strategies'], stance: 'challenger', stage: 'engaged', lastContact: '2025-05-20' },
    { id: 'yves', offers: ['compilers'], needs: ['brand strategy'], stance: 'yes-person', stage: 'engaged', lastContact: '2025-05-20' },
    { id: 'barbara', offers: ['compilers'], needs: ['brand strategy'], stance: 'challenger', status: 'not-a-collaborator' },
    { id: 'pat', tags: ['podcast hosts'] },
    { id: 'stranger' },
    { id: 'far', offers: ['compilers'] },
  ],
  ties: [
    ['me', 'grace', 4],
    ['me', 'yves', 4],
    ['me', 'barbara', 5],
    ['me', 'pat', 3],
    ['grace', 'far', 4],
  ],
});

describe('suggestCollaborators', () => {
  const { graph, communities } = prepare(sample);
  const ranked = suggestCollaborators(sample, graph, { today: TODAY, limit: 20, communities });
  const ids = ranked.map((suggestion) => suggestion.id);

  it('puts the complementary challenger first and explains why', () => {
    expect(ids[0]).toBe('grace');
    expect(ranked[0]!.reasons).toContain('Grace offers Compiler, which you need ("compilers")');
    expect(ranked[0]!.reasons.some((reason) => reason.startsWith('You offer brand strategy, which Grace needs'))).toBe(true);
    expect(ranked[0]!.reasons).toContain('Grace challenges your ideas');
    expect(ranked[0]!.reasons).toContain('At the engaged stage, last in touch 12 days ago');
  });

  it('ranks a yes-person below an otherwise identical challenger', () => {
    expect(ids.indexOf('yves')).toBeGreaterThan(ids.indexOf('grace'));
    expect(ranked.find((s) => s.id === 'yves')!.breakdown.challenge).toBe(0);
  });

  it('never suggests someone marked not-a-collaborator', () => {
    expect(ids).not.toContain('barbara');
  });

  it('matches your asks for people against tags', () => {
    const pat = ranked.find((s) => s.id === 'pat')!;
    expect(pat.theyOffer[0]).toMatchObject({ offer: 'podcast hosts', need: 'podcast host' });
  });

  it('says when someone was last in touch in words, and does not count back from a date still to come', () => {
    const dated = (lastContact: string) => {
      const one = network({ contacts: [{ id: 'ann', lastContact }], ties: [['me', 'ann', 3]] });
      const { graph, communities } = prepare(one);
      return suggestCollaborators(one, graph, { today: TODAY, communities })[0]!.reasons;
    };
    expect(dated('2025-06-01')).toContain('Last in touch today');
    expect(dated('2025-05-31')).toContain('Last in touch yesterday');
    expect(dated('2025-06-20')).toContain('A last contact dated in the future');
  });

  it('credits no circle to someone with no ties: they form no group to open', () => {
    const stranger = ranked.find((s) => s.id === 'stranger')!;
    expect(stranger.breakdown.bridging).toBe(0);
    expect(stranger.reasons.join(' ')).not.toContain('circle');
    expect(stranger.reasons).toContain('No tie from you yet: find a way in with `conet path`');
  });

  it('credits someone you only reach through a contact, less than a direct tie', () => {
    const far = ranked.find((s) => s.id === 'far')!;
    expect(far.reasons).toContain('Reachable through Grace (weakest tie 4/5)');
    expect(far.breakdown.tie).toBeGreaterThan(0);
    expect(far.breakdown.tie).toBeLessThan(ranked.find((s) => s.id === 'grace')!.breakdown.tie);
  });

  it('scores add up from the breakdown and the list is ranked', () => {
    for (const suggestion of ranked) {
      const total = Object.values(suggestion.breakdown).reduce((sum, points) => sum + points, 0);
      expect(Math.abs(total - suggestion.score)).toBeLessThanOrEqual(1);
    }
    const scores = ranked.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(ids.at(-1)).toBe('stranger');
  });

  it('respects the limit and is deterministic', () => {
    expect(suggestCollaborators(sample, graph, { today: TODAY, limit: 2, communities }).map((s) => s.id)).toEqual(ids.slice(0, 2));
    expect(suggestCollaborators(sample, prepare(sample).graph, { today: TODAY, limit: 20, communities })).toEqual(ranked);
  });
});

describe('suggestCollaborators on a network of many equal scores', () => {
  const large = generateNetwork(600);
  const { graph, communities } = prepare(large);
  const everyone = suggestCollaborators(large, graph, { today: TODAY, limit: large.contacts.length, communities });

  it('gives the head of the whole ranking, though it scores only those who can still make the list', () => {
    expect(new Set(everyone.map((suggestion) => suggestion.score)).size).toBeLessThan(everyone.length / 4);
    for (const limit of [1, 5, 20]) expect(suggestCollaborators(large, graph, { today: TODAY, limit, communities })).toEqual(everyone.slice(0, limit));
  });

  it('breaks a tie by id, even between people who reach the best score they could', () => {
    const twins = network({
      me: { offers: ['brand strategy'], needs: ['compilers'] },
      contacts: ['zed', 'amy'].map((id) => ({ id, offers: ['compilers'], needs: ['brand strategy'], stance: 'challenger' as const, stage: 'engaged' as const, lastContact: '2025-05-20' })),
      ties: [['me', 'zed', 4], ['me', 'amy', 4]],
    });
    const prepared = prepare(twins);
    const [first, second] = suggestCollaborators(twins, prepared.graph, { today: TODAY, limit: 2, communities: prepared.communities });
    expect(first!.score).toBe(second!.score);
    expect(suggestCollaborators(twins, prepared.graph, { today: TODAY, limit: 1, communities: prepared.communities }).map((suggestion) => suggestion.id)).toEqual(['amy']);
  });

  it('does not depend on the order the file lists people in', () => {
    const reversed = { ...large, contacts: [...large.contacts].reverse() };
    expect(suggestCollaborators(reversed, buildGraph(reversed), { today: TODAY, limit: 20, communities })).toEqual(everyone.slice(0, 20));
  });
});
