// Turns Louvain's labels into the community numbers every analysis uses.
import { ME } from '../model.js';
import type { NetworkGraph } from './build-graph.js';

/**
 * Maps each contact to a community index from Louvain's label for each node index (-1: none): 0 is
 * the largest community, ties broken by file order, so the numbering is stable whatever the labels.
 * Contacts without a label each form their own community; `me` is left out.
 */
export function numberCommunities(graph: NetworkGraph, labels: ArrayLike<number>): Map<string, number> {
  const groups = new Map<number | string, string[]>();
  graph.ids.forEach((id, index) => {
    if (id === ME) return;
    const label = labels[index]!;
    const key = label >= 0 ? label : `alone:${id}`;
    const members = groups.get(key);
    if (members) members.push(id);
    else groups.set(key, [id]);
  });
  // Node indices follow the file's order.
  const first = (members: string[]) => graph.indexOf.get(members[0]!)!;
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length || first(a) - first(b));
  const communities = new Map<string, number>();
  ordered.forEach((members, index) => {
    for (const id of members) communities.set(id, index);
  });
  return communities;
}
