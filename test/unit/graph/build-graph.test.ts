// The compact graph every analysis walks: what it keeps from the file, and its warm paths checked
// against a plain reference search on random networks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, findWarmPaths } from '../../../src/core/graph/index.js';
import { toGraphology } from '../../../src/core/graph/to-graphology.js';
import { network } from './networks.js';

describe('buildGraph', () => {
  const sample = network({
    contacts: [{ id: 'ada' }, { id: 'ben' }, { id: 'cy' }, { id: 'ada', name: 'Ada again' }],
    ties: [
      ['me', 'ada', 2],
      ['ada', 'me', 4],
      ['ada', 'ben'],
      ['ben', 'ben', 5],
      ['ben', 'ghost', 5],
      ['cy', 'ada', 9],
    ],
  });
  const graph = buildGraph(sample);

  it('keeps one node per id and one tie per pair, the strongest, skipping self-ties and unknown ends', () => {
    expect(graph.ids).toEqual(['me', 'ada', 'ben', 'cy']);
    expect(graph.nameOf('ada')).toBe('Ada');
    expect(graph.size).toBe(3);
    expect(graph.strengthBetween('me', 'ada')).toBe(4);
    expect(graph.strengthBetween('ada', 'me')).toBe(4);
    // No strength, or one outside 1–5, counts as the default 3.
    expect(graph.strengthBetween('ben', 'ada')).toBe(3);
    expect(graph.strengthBetween('cy', 'ada')).toBe(3);
    expect(graph.hasEdge('ben', 'cy')).toBe(false);
    expect(graph.hasEdge('ben', 'ghost')).toBe(false);
    expect([graph.degree('ada'), graph.degree('ben'), graph.degree('ghost')]).toEqual([3, 1, 0]);
  });

  it('lists each neighbour once and each tie once, as the graphology copy does', () => {
    const neighbours: string[] = [];
    graph.forEachNeighbor('ada', (id, strength) => neighbours.push(`${id}:${strength}`));
    expect(neighbours).toEqual(['me:4', 'ben:3', 'cy:3']);
    const ties: string[] = [];
    graph.forEachTie((a, b, strength) => ties.push(`${a}-${b}:${strength}`));
    expect(ties).toEqual(['me-ada:4', 'ada-ben:3', 'ada-cy:3']);
    const copy = toGraphology(graph);
    expect([copy.order, copy.size, copy.getEdgeAttribute(copy.edge('ada', 'me')!, 'strength')]).toEqual([4, 3, 4]);
    expect(copy.getNodeAttributes('me')).toEqual({ name: 'you', me: true });
  });
});

/** Cheapest cost from `me` to every node (5 / strength a tie), by the textbook O(n²) Dijkstra. */
function referenceCosts(ids: string[], ties: [string, string, number][]): Map<string, number> {
  const cost = new Map(ids.map((id) => [id, id === 'me' ? 0 : Infinity]));
  const done = new Set<string>();
  for (;;) {
    let next: string | undefined;
    for (const id of ids) if (!done.has(id) && cost.get(id)! < Infinity && (next === undefined || cost.get(id)! < cost.get(next)!)) next = id;
    if (next === undefined) return cost;
    done.add(next);
    for (const [a, b, strength] of ties) {
      const other = a === next ? b : b === next ? a : undefined;
      if (other !== undefined && cost.get(next)! + 5 / strength < cost.get(other)!) cost.set(other, cost.get(next)! + 5 / strength);
    }
  }
}

describe('findWarmPaths on random networks', () => {
  it('finds the cheapest chain whenever one exists, and null otherwise', () => {
    const arbitrary = fc
      .integer({ min: 2, max: 14 })
      .chain((size) =>
        fc.tuple(
          fc.constant(size),
          fc.array(fc.tuple(fc.integer({ min: 0, max: size }), fc.integer({ min: 0, max: size }), fc.integer({ min: 1, max: 5 })), { maxLength: 40 }),
        ),
      );
    fc.assert(
      fc.property(arbitrary, ([size, pairs]) => {
        const ids = ['me', ...Array.from({ length: size }, (_, i) => `p${i}`)];
        // One tie per pair (the strongest), as the graph keeps it.
        const strongest = new Map<string, [string, string, number]>();
        for (const [x, y, strength] of pairs) {
          if (x === y) continue;
          const [a, b] = [ids[Math.min(x, y)]!, ids[Math.max(x, y)]!];
          if ((strongest.get(`${a} ${b}`)?.[2] ?? 0) < strength) strongest.set(`${a} ${b}`, [a, b, strength]);
        }
        const ties = [...strongest.values()];
        const input = network({ contacts: ids.slice(1).map((id) => ({ id })), ties });
        const graph = buildGraph(input);
        const expected = referenceCosts(ids, ties);
        for (const id of ids.slice(1)) {
          const found = findWarmPaths(input, graph, id, { limit: 3 });
          if (expected.get(id) === Infinity) {
            expect(found).toBeNull();
            continue;
          }
          expect(found!.paths[0]!.cost).toBeCloseTo(expected.get(id)!, 2);
          const costs = found!.paths.map((path) => path.cost);
          expect(costs).toEqual([...costs].sort((a, b) => a - b));
          for (const path of found!.paths) {
            expect(path.steps[0]!.id).toBe('me');
            expect(path.steps.at(-1)!.id).toBe(id);
            path.steps.slice(1).forEach((step, i) => expect(graph.strengthBetween(path.steps[i]!.id, step.id)).toBe(step.strength));
          }
        }
      }),
      { numRuns: process.env.CI ? 100 : 300 },
    );
  });
});
