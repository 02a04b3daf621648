import { describe, expect, it } from 'vitest';
import { analyseNetwork, buildGraph, limitAnalysis, measureBrokerage } from '../../../src/core/graph/index.js';
import { network, prepare } from './networks.js';

// Two triangles joined through `bridge`; you know one side; a prospect and an isolated contact apart.
const sample = network({
  contacts: [
    { id: 'a1', stance: 'challenger', lastContact: '2025-01-01' },
    { id: 'a2', stance: 'yes-person', lastContact: '2025-05-25' },
    { id: 'a3', stance: 'yes-person' },
    { id: 'bridge' },
    { id: 'b1', prospect: true },
    { id: 'b2' },
    { id: 'b3' },
    { id: 'island', prospect: true },
    { id: 'loner' },
  ],
  ties: [
    ['a1', 'a2'],
    ['a2', 'a3'],
    ['a1', 'a3'],
    ['a3', 'bridge'],
    ['bridge', 'b1'],
    ['b1', 'b2'],
    ['b2', 'b3'],
    ['b1', 'b3'],
    ['island', 'b3', 1],
    ['me', 'a1', 4],
    ['me', 'a2', 3],
    ['me', 'loner', 2],
  ],
});
// `island` is tied to b3 only; remove that tie to make it unreachable while keeping the rest.
sample.relationships = sample.relationships.filter((rel) => rel.from !== 'island');

const prepared = prepare(sample, 1);
const analysis = analyseNetwork(sample, prepared.graph, { today: new Date('2025-06-01T12:00:00Z'), seed: 1, communities: prepared.communities });

describe('analyseNetwork', () => {
  it('finds the two communities and the broker between them', () => {
    const big = analysis.communities.map((community) => community.members.map((member) => member.id).sort());
    expect(big).toHaveLength(2);
    expect(big.flat().sort()).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'bridge']);
    expect(analysis.brokers[0]!.id).toBe('bridge');
  });

  it('summarises counts without you', () => {
    expect(analysis.summary).toEqual({ contacts: 9, ties: 8, yourTies: 3, components: 3 });
  });

  it('measures your own brokerage', () => {
    // a1 and a2 know each other, loner knows neither: 3 - 2·1/3 effective contacts.
    expect(analysis.you).toMatchObject({ ties: 3, strongTies: 1, communitiesReached: 1, communitiesTotal: 2, effectiveSize: 2.3 });
  });

  it('lists challengers, yes-people, dormant ties, unreachable prospects and isolated contacts', () => {
    expect(analysis.challengers.map((p) => p.id)).toEqual(['a1']);
    expect(analysis.yesPeople.map((p) => p.id)).toEqual(['a2', 'a3']);
    expect(analysis.dormant).toEqual([{ id: 'a1', name: 'A1', lastContact: '2025-01-01', days: 151 }]);
    expect(analysis.prospectsWithoutPath.map((p) => p.id)).toEqual(['island']);
    expect(analysis.isolated.map((p) => p.id)).toEqual(['island']);
    expect(analysis.highlights.join('\n')).toContain('yes-people');
  });

  it('sums it up in sentences whose counts agree with their nouns', () => {
    expect(analysis.highlights).toEqual(
      expect.arrayContaining([
        '2 yes-people against 1 challenger: seek out people who challenge your ideas.',
        '1 tie has gone quiet for 90 days or more.',
        '1 prospect has no warm path from you yet.',
        '1 contact has no recorded ties: link them with `conet link`.',
      ]),
    );
    expect(analysis.highlights.join(' ')).not.toContain('(s)');
  });

  it('keeps at most --limit entries per list, and how many each holds in all', () => {
    const limited = limitAnalysis(analysis, 1);
    expect(limited.totals).toEqual({ communities: 2, challengers: 1, yesPeople: 2, dormant: 1, prospectsWithoutPath: 1, isolated: 1 });
    expect(limited.yesPeople).toEqual(analysis.yesPeople.slice(0, 1));
    expect(limited.communities).toHaveLength(1);
    expect(limited.communities[0]).toEqual({ ...analysis.communities[0]!, members: analysis.communities[0]!.members.slice(0, 1) });
    expect(limited.communities[0]!.size).toBeGreaterThan(1);
    // The rest as it was, and a limit above every list's length changes no list.
    expect({ ...limitAnalysis(analysis, 100), totals: undefined }).toEqual({ ...analysis, totals: undefined });
  });

  it('uses --dormant-days', () => {
    const strict = analyseNetwork(sample, prepared.graph, { today: new Date('2025-06-01T12:00:00Z'), dormantDays: 5, seed: 1, communities: prepared.communities });
    expect(strict.dormant.map((tie) => tie.id)).toEqual(['a1', 'a2']);
  });

  it('estimates betweenness from seeded pivots on large networks, the same every run', () => {
    const graph = buildGraph(sample);
    const exact = measureBrokerage(graph);
    const sampled = measureBrokerage(graph, { pivots: 3, seed: 9 });
    // Bridge is on the only shortest path for the 3 × 3 pairs across, out of 8·7/2 pairs of others.
    expect(exact.get('bridge')).toBeCloseTo(9 / 28, 5);
    expect(measureBrokerage(graph, { pivots: 3, seed: 9 })).toEqual(sampled);
  });
});
