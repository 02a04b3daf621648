import { describe, expect, it } from 'vitest';
import { detectCommunities } from '../../../src/core/graph/communities.js';
import { buildGraph, findWarmPaths, findWarmPathsTo, suggestWaysIn } from '../../../src/core/graph/index.js';
import { generateNetwork, network } from './networks.js';

const sample = network({
  contacts: [
    { id: 'anna' },
    { id: 'ben' },
    { id: 'cleo' },
    { id: 'xavier', status: 'not-a-collaborator' },
    { id: 'target', tags: ['robotics'] },
    { id: 'friend' },
    { id: 'outsider', tags: ['robotics'] },
    { id: 'insider' },
    { id: 'peer', tags: ['Robotics'] },
  ],
  ties: [
    // A strong three-step chain…
    ['me', 'anna', 5],
    ['anna', 'ben', 5],
    ['ben', 'target', 5],
    // …beats a shorter chain of faint ties.
    ['me', 'cleo', 1],
    ['cleo', 'target', 1],
    // A very strong chain through someone let go is not used.
    ['me', 'xavier', 5],
    ['xavier', 'target', 5],
    ['me', 'friend', 2],
    ['outsider', 'insider', 4],
    ['me', 'peer', 3],
  ],
});
const graph = buildGraph(sample);

describe('findWarmPaths', () => {
  it('prefers a longer chain of strong ties to a shorter faint one, and offers the faint one as an alternative', () => {
    const found = findWarmPaths(sample, graph, 'target')!;
    expect(found.direct).toBe(false);
    expect(found.paths.map((path) => path.steps.map((step) => step.id))).toEqual([
      ['me', 'anna', 'ben', 'target'],
      ['me', 'cleo', 'target'],
    ]);
    expect(found.paths[0]).toMatchObject({ hops: 3, cost: 3, weakestStrength: 5, introducer: 'anna' });
    expect(found.paths[0]!.explanation).toBe('Ask Anna (your tie 5/5) to introduce you to Ben (5/5), who can introduce you to Target (5/5).');
  });

  it('reports a direct tie as such', () => {
    const found = findWarmPaths(sample, graph, 'friend')!;
    expect(found.direct).toBe(true);
    expect(found.paths).toHaveLength(1);
    expect(found.paths[0]!.introducer).toBeNull();
  });

  it('honours the limit', () => {
    expect(findWarmPaths(sample, graph, 'target', { limit: 1 })!.paths).toHaveLength(1);
  });

  it('returns null when nothing reaches them, and suggests ways in', () => {
    expect(findWarmPaths(sample, graph, 'outsider')).toBeNull();
    const waysIn = suggestWaysIn(sample, graph, 'outsider', { communities: detectCommunities(graph, { seed: 1 }) });
    expect(waysIn.knownBy.map((person) => person.id)).toEqual(['insider']);
    expect(waysIn.sameField).toEqual([{ id: 'peer', name: 'Peer', shared: ['robotic'] }]);
  });

  it('finds for several targets at once exactly what it finds for each alone', () => {
    const targets = ['target', 'xavier', 'friend', 'outsider', 'nobody', 'me', 'anna'];
    const together = findWarmPathsTo(sample, graph, targets);
    expect(together).toEqual(targets.map((id) => findWarmPaths(sample, graph, id)));
    // Someone let go can be reached (xavier directly), but is still not asked to introduce anyone else.
    expect(together[1]).toMatchObject({ direct: true, paths: [{ hops: 1 }] });
    expect(together[0]!.paths.map((path) => path.introducer)).toEqual(['anna', 'cleo']);
    expect([together[3], together[4], together[5]]).toEqual([null, null, null]);
    // A larger network, with people let go (some of them targets) and many equal-cost paths.
    const large = generateNetwork(2000);
    const largeGraph = buildGraph(large);
    const many = large.contacts.filter((contact, index) => contact.prospect || index % 97 === 0).map((contact) => contact.id);
    expect(many.length).toBeGreaterThan(40);
    const all = findWarmPathsTo(large, largeGraph, many, { limit: 4 });
    expect(all).toEqual(many.map((id) => findWarmPaths(large, largeGraph, id, { limit: 4 })));
    expect(all.filter((found) => found !== null && found.paths.length > 1).length).toBeGreaterThan(10);
  });
});
