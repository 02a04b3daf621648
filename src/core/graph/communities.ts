// Communities (circles) among your contacts, by Louvain modularity optimisation with a seeded rng.
import louvain from 'graphology-communities-louvain';
import { ME } from '../model.js';
import type { NetworkGraph } from './build-graph.js';
import { DEFAULT_SEED, seededRandom } from './random.js';

export interface CommunityOptions {
  seed?: number;
}

/**
 * Maps each contact to a community index: 0 is the largest community, ties broken by file order,
 * so the numbering is stable. `me` is left out: you touch every circle, and including you would
 * merge them all into one.
 */
export function detectCommunities(graph: NetworkGraph, options: CommunityOptions = {}): Map<string, number> {
  // Your ties weigh nothing here (and with no other ties there is nothing to detect): cheaper than copying the graph without you, and the same partition
  // (a node whose ties all weigh zero never gains modularity by moving, so it stays alone).
  const raw =
    graph.size === (graph.hasNode(ME) ? graph.degree(ME) : 0)
      ? {}
      : louvain(graph, {
          getEdgeWeight: (_edge, attributes, source, target) => (source === ME || target === ME ? 0 : attributes.weight),
          rng: seededRandom(options.seed ?? DEFAULT_SEED),
        });
  const position = new Map<string, number>();
  const groups = new Map<number | string, string[]>();
  graph.forEachNode((id) => {
    if (id === ME) return;
    position.set(id, position.size);
    // Contacts without any tie among your contacts each form their own community.
    const key = raw[id] ?? `alone:${id}`;
    const members = groups.get(key);
    if (members) members.push(id);
    else groups.set(key, [id]);
  });
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length || position.get(a[0]!)! - position.get(b[0]!)!);
  const communities = new Map<string, number>();
  ordered.forEach((members, index) => {
    for (const id of members) communities.set(id, index);
  });
  return communities;
}
