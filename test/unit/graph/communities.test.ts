// Louvain runs on a read-only view of the ties rather than a graphology Graph (communities.ts says
// why); it must find exactly what it finds on a real Graph of the same ties.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { detectCommunities, TiesAmongContacts } from '../../../src/core/graph/communities.js';
import { buildGraph, tieArraysOf, type NetworkGraph } from '../../../src/core/graph/index.js';
import { seededRandom } from '../../../src/core/graph/random.js';
import { ME } from '../../../src/core/model.js';
import { fixtureNetwork, generateNetwork, network } from './networks.js';

/** The same ties as a graphology Graph, built the plain way: nodes by index, you left out. */
function realGraph(graph: NetworkGraph): Graph {
  const real = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const me = graph.indexOf.get(ME);
  for (let index = 0; index < graph.order; index++) if (index !== me) real.addNode(String(index));
  for (let a = 0; a < graph.order; a++) {
    for (let e = graph.offsets[a]!; e < graph.offsets[a + 1]!; e++) {
      const b = graph.targets[e]!;
      if (b > a && a !== me && b !== me) real.addEdge(String(a), String(b), { weight: graph.strengths[e]! });
    }
  }
  return real;
}

const cases: [string, () => NetworkGraph | null][] = [
  ['a generated 3,000-contact network', () => buildGraph(generateNetwork(3000))],
  ['a generated 1,500-contact network from another seed', () => buildGraph(generateNetwork(1500, 11))],
  ['the karate club', () => { const karate = fixtureNetwork('karate-club'); return karate && buildGraph(karate); }],
];

describe('Louvain on the ties among contacts', () => {
  for (const [name, make] of cases) {
    const graph = make();
    it.skipIf(graph === null)(`finds the same communities as on a graphology Graph: ${name}`, () => {
      for (const seed of [1, 2, 3]) {
        const view = new TiesAmongContacts(tieArraysOf(graph!));
        const real = realGraph(graph!);
        expect([view.order, view.size]).toEqual([real.order, real.size]);
        const onView = louvain.detailed(view as unknown as AbstractGraph, { rng: seededRandom(seed) });
        const onGraph = louvain.detailed(real, { rng: seededRandom(seed) });
        expect(onView.communities).toEqual(onGraph.communities);
        expect(onView.modularity).toBe(onGraph.modularity);
      }
    });
  }

  it('leaves you out, and gives contacts without ties among your contacts a community each', () => {
    const graph = buildGraph(network({ contacts: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'loner' }], ties: [['me', 'a', 5], ['me', 'loner', 5], ['a', 'b', 4], ['b', 'c', 4], ['a', 'c', 4]] }));
    const communities = detectCommunities(graph, { seed: 1 });
    expect(communities.has(ME)).toBe(false);
    expect(communities.get('a')).toBe(0);
    expect(communities.get('b')).toBe(0);
    expect(communities.get('c')).toBe(0);
    expect(communities.get('loner')).toBe(1);
  });

  it('gives everyone a community of their own when there are no ties among your contacts', () => {
    const graph = buildGraph(network({ contacts: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], ties: [['me', 'a', 5], ['me', 'b', 3]] }));
    expect([...detectCommunities(graph, { seed: 1 })]).toEqual([['a', 0], ['b', 1], ['c', 2]]);
  });

  it('cannot be changed', () => {
    const view = new TiesAmongContacts(tieArraysOf(buildGraph(network({ contacts: [{ id: 'a' }] }))));
    expect(() => view.addUndirectedEdgeWithKey()).toThrow(/read-only/);
    expect(() => view.dropNode()).toThrow(/read-only/);
  });
});
