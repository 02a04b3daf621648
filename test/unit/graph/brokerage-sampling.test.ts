// Sampled betweenness must still name the real brokers of a large network: the top of the sampled
// ranking is checked against exact betweenness on a network too large to be measured exactly by default.
import { describe, expect, it } from 'vitest';
import { buildGraph, measureBrokerage } from '../../../src/core/graph/index.js';
import { generateNetwork } from './networks.js';

describe('sampled brokerage', () => {
  it('ranks the true top brokers near the top', { timeout: 30_000 }, () => {
    const graph = buildGraph(generateNetwork(3000));
    const exact = measureBrokerage(graph, { pivots: graph.order });
    const trueRank = new Map([...exact].sort((a, b) => b[1] - a[1]).map(([id], index) => [id, index + 1]));
    for (const seed of [1, 2, 3]) {
      const sampled = [...measureBrokerage(graph, { seed })].sort((a, b) => b[1] - a[1]).slice(0, 10);
      const ranks = sampled.map(([id]) => trueRank.get(id)!);
      // Plain pivot sampling put pivots' neighbours ranked past 1,000 into this list.
      expect(Math.max(...ranks), `seed ${seed}: ${ranks}`).toBeLessThanOrEqual(150);
      expect(ranks.filter((rank) => rank <= 20).length, `seed ${seed}: ${ranks}`).toBeGreaterThanOrEqual(6);
    }
  });
});
