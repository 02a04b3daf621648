import fc from 'fast-check';
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

describe('findWarmPaths, against their definition', () => {
  /**
   * The paths as defined, found the slow way: the cheapest cost (a tie costs 60 / strength, in
   * twelfths, so equal sums are equal), then the fewest hops, each node reached from the first of
   * its best neighbours in the search's order (cheapest, then first in the file); alternatives
   * leave out each earlier path's first introducer, and nobody let go introduces anyone.
   */
  function definedPaths(size: number, ties: [number, number, number][], letGo: Set<number>, target: number, limit: number): number[][] {
    const blocked = new Set(letGo);
    const paths: number[][] = [];
    while (paths.length < limit) {
      const cost = new Array<number>(size).fill(Infinity);
      const hops = new Array<number>(size).fill(0);
      cost[0] = 0;
      const expands = (v: number) => v === 0 || !blocked.has(v);
      const edges = ties.flatMap(([a, b, strength]) => [[a, b, strength], [b, a, strength]] as const);
      for (let changed = true; changed; ) {
        changed = false;
        for (const [v, w, strength] of edges) {
          const next = cost[v]! + 60 / strength;
          if (expands(v) && (next < cost[w]! || (next === cost[w] && hops[v]! + 1 < hops[w]!))) {
            [cost[w], hops[w], changed] = [next, hops[v]! + 1, true];
          }
        }
      }
      if (cost[target] === Infinity || target === 0) break;
      const path = [target];
      for (let w = target; w !== 0; ) {
        const before = edges
          .filter(([v, to, strength]) => to === w && expands(v) && cost[v]! + 60 / strength === cost[w] && hops[v]! + 1 === hops[w])
          .map(([v]) => v)
          .sort((x, y) => cost[x]! - cost[y]! || x - y);
        path.unshift((w = before[0]!));
      }
      paths.push(path);
      if (path.length <= 2) break;
      blocked.add(path[1]!);
    }
    return paths;
  }

  it('finds exactly the paths their definition gives, on small networks full of equal costs', () => {
    const strength = fc.constantFrom(1, 2, 3, 4, 4, 5, 5);
    const arbitrary = fc.integer({ min: 3, max: 12 }).chain((size) =>
      fc.record({
        size: fc.constant(size),
        // Ties among your contacts, and from you to a few of them: most people are then a few introductions away.
        pairs: fc.array(fc.tuple(fc.integer({ min: 1, max: size - 1 }), fc.integer({ min: 1, max: size - 1 }), strength), { minLength: size, maxLength: 30 }),
        yours: fc.array(fc.tuple(fc.constant(0), fc.integer({ min: 1, max: size - 1 }), strength), { minLength: 2, maxLength: 4 }),
        letGo: fc.uniqueArray(fc.integer({ min: 1, max: size - 1 }), { maxLength: 3 }),
        limit: fc.constantFrom(1, 3, 3, 4),
      }),
    );
    let alternatives = 0;
    fc.assert(
      fc.property(arbitrary, ({ size, pairs, yours, letGo, limit }) => {
        const strongest = new Map<number, [number, number, number]>();
        for (const [x, y, strength] of [...yours, ...pairs]) {
          const key = Math.min(x, y) * size + Math.max(x, y);
          if (x !== y && (strongest.get(key)?.[2] ?? 0) < strength) strongest.set(key, [x, y, strength]);
        }
        const ties = [...strongest.values()];
        const id = (index: number) => (index === 0 ? 'me' : `p${index}`);
        const input = network({
          contacts: Array.from({ length: size - 1 }, (_, at) => ({ id: id(at + 1), ...(letGo.includes(at + 1) && { status: 'not-a-collaborator' as const }) })),
          ties: ties.map(([a, b, strength]) => [id(a), id(b), strength]),
        });
        const targets = Array.from({ length: size - 1 }, (_, at) => at + 1);
        const graph = buildGraph(input);
        const found = findWarmPathsTo(input, graph, targets.map(id), { limit });
        const ids = (result: ReturnType<typeof findWarmPaths>) => result?.paths.map((path) => path.steps.map((step) => step.id)) ?? [];
        targets.forEach((target, at) => {
          const expected = definedPaths(size, ties, new Set(letGo), target, limit).map((path) => path.map(id));
          // All at once (a search that reaches everyone), and alone (one that stops at the target).
          expect(ids(found[at]!)).toEqual(expected);
          expect(ids(findWarmPaths(input, graph, id(target), { limit }))).toEqual(expected);
          if (expected.length > 1) alternatives++;
        });
      }),
      { numRuns: 400, seed: 20261202 },
    );
    // Not met by networks where nobody has a second way in.
    expect(alternatives).toBeGreaterThan(300);
  });
});
