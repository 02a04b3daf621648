// Guards against quadratic work: a generated 20,000-contact network must finish within the test
// timeout (an all-pairs approach would need 200 million pair evaluations).
import { describe, expect, it } from 'vitest';
import {
  analyseNetwork,
  buildGraph,
  findWarmPaths,
  suggestCollaborators,
  suggestIntroductions,
} from '../../../src/core/graph/index.js';
import { generateNetwork } from './networks.js';
import { detectCommunities } from '../../../src/core/graph/communities.js';

describe('at scale', () => {
  it('suggests, finds paths and analyses a 20,000-contact network', { timeout: 60_000 }, () => {
    const network = generateNetwork(20_000);
    const graph = buildGraph(network);
    const communities = detectCommunities(graph, { seed: 1 });
    const collaborators = suggestCollaborators(network, graph, { communities, limit: 5 });
    expect(collaborators).toHaveLength(5);
    const intros = suggestIntroductions(network, graph, { communities, limit: 5 });
    expect(intros).toHaveLength(5);
    expect(intros[0]!.kind).toBe('mutual');
    expect(intros.some((pair) => network.contacts[Number(pair.a.slice(1))]!.status === 'not-a-collaborator')).toBe(false);
    expect(findWarmPaths(network, graph, 'c19999')).not.toBeNull();
    const analysis = analyseNetwork(network, graph, { today: new Date('2025-01-01'), seed: 1, communities });
    expect(analysis.summary.contacts).toBe(20_000);
    expect(analysis.brokers.length).toBeGreaterThan(0);
  });
});
