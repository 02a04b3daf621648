// When no warm path reaches someone: who could get you closer. The people who know them, others in
// their community, and people you do know who share their field (tags or organisation).
import { ME, type Contact, type Network } from '../model.js';
import { tiesFromMe, type NetworkGraph } from './build-graph.js';
import { extractKeywords } from './keywords.js';
import { compareIds, isLetGo } from './people.js';

export interface WaysIn {
  /** People tied to the target: meeting any of them opens a path. */
  knownBy: { id: string; name: string }[];
  /** Others in the target's community. */
  sameCommunity: { id: string; name: string }[];
  /** People you know directly who share the target's tags or organisation: ask them for a lead. */
  sameField: { id: string; name: string; shared: string[] }[];
}

export function suggestWaysIn(
  network: Network,
  graph: NetworkGraph,
  targetId: string,
  options: { communities: Map<string, number>; limit?: number },
): WaysIn {
  const limit = options.limit ?? 5;
  const letGo = new Set(network.contacts.filter(isLetGo).map((contact) => contact.id));
  const ref = (id: string) => ({ id, name: graph.nameOf(id) });
  const byDegree = (x: string, y: string) => graph.degree(y) - graph.degree(x) || compareIds(x, y);

  const knownBy: string[] = [];
  graph.forEachNeighbor(targetId, (neighbour) => {
    if (neighbour !== ME && !letGo.has(neighbour)) knownBy.push(neighbour);
  });
  knownBy.sort(byDegree);

  const community = options.communities.get(targetId);
  const sameCommunity: string[] = [];
  if (community !== undefined) {
    for (const [id, index] of options.communities) {
      if (index === community && id !== targetId && !letGo.has(id) && !knownBy.includes(id)) sameCommunity.push(id);
    }
  }
  sameCommunity.sort(byDegree);

  const target = network.contacts.find((contact) => contact.id === targetId);
  const field = new Set(target ? fieldOf(target) : []);
  const direct = tiesFromMe(graph);
  const sameField: WaysIn['sameField'] = [];
  if (field.size > 0) {
    for (const contact of network.contacts) {
      if (contact.id === targetId || letGo.has(contact.id) || !direct.has(contact.id)) continue;
      const shared = [...new Set(fieldOf(contact))].filter((keyword) => field.has(keyword));
      if (shared.length > 0) sameField.push({ ...ref(contact.id), shared });
    }
  }
  sameField.sort((x, y) => y.shared.length - x.shared.length || direct.get(y.id)! - direct.get(x.id)! || compareIds(x.id, y.id));

  return {
    knownBy: knownBy.slice(0, limit).map(ref),
    sameCommunity: sameCommunity.slice(0, limit).map(ref),
    sameField: sameField.slice(0, limit),
  };
}

function fieldOf(contact: Contact): string[] {
  return [...(contact.tags ?? []), ...(contact.org ? [contact.org] : [])].flatMap(extractKeywords);
}
