// Hand-built and generated networks for the graph tests.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Contact, Network, Relationship } from '../../../src/core/model.js';
import { detectCommunities } from '../../../src/core/graph/communities.js';
import { buildGraph, type NetworkGraph } from '../../../src/core/graph/index.js';
import { DEFAULT_SEED, seededRandom } from '../../../src/core/graph/random.js';
import { ROOT } from '../../helpers/cli.js';

type ContactSpec = Partial<Contact> & { id: string };

/** What the commands pass the analyses: the network's graph and its communities. */
export function prepare(input: Network, seed = DEFAULT_SEED): { graph: NetworkGraph; communities: Map<string, number> } {
  const graph = buildGraph(input);
  return { graph, communities: detectCommunities(graph, { seed }) };
}

/** A network from short specs: names default to the capitalised id. */
export function network(spec: {
  me?: Network['me'];
  contacts: ContactSpec[];
  ties?: [string, string, number?][];
  introductions?: Network['introductions'];
}): Network {
  return {
    version: 1,
    me: spec.me ?? {},
    contacts: spec.contacts.map((contact) => ({ name: contact.id.charAt(0).toUpperCase() + contact.id.slice(1), ...contact })),
    relationships: (spec.ties ?? []).map(([from, to, strength]): Relationship => (strength === undefined ? { from, to } : { from, to, strength })),
    ...(spec.introductions && { introductions: spec.introductions }),
  };
}

const FIELDS = ['design', 'compiler', 'marketing', 'funding', 'legal', 'video', 'copywriting', 'sales', 'hiring', 'data', 'security', 'logistics'];
const AREAS = ['brand', 'startup', 'retail', 'health', 'fintech', 'education', 'travel', 'energy', 'food', 'music'];

/**
 * A generated network with community structure: `size` contacts in groups of ~500, about 2.5 ties
 * per contact (mostly within groups), every contact tied to you, offers and needs from a shared vocabulary.
 */
export function generateNetwork(size: number, seed = 7): Network {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const term = () => `${pick(AREAS)} ${pick(FIELDS)}`;
  const contacts: Contact[] = [];
  const relationships: Relationship[] = [];
  const groupSize = 500;
  for (let i = 0; i < size; i++) {
    contacts.push({
      id: `c${i}`,
      name: `Contact ${i}`,
      offers: [term(), term()],
      needs: [term()],
      tags: [pick(AREAS)],
      stance: pick(['challenger', 'neutral', 'yes-person'] as const),
      ...(i % 97 === 0 && { status: 'not-a-collaborator' as const }),
      ...(i % 50 === 0 && { prospect: true }),
    });
    relationships.push({ from: 'me', to: `c${i}`, strength: 1 + Math.floor(random() * 5) });
  }
  for (let k = 0; k < size * 2.5; k++) {
    const a = Math.floor(random() * size);
    const group = Math.floor(a / groupSize);
    const b = random() < 0.9 ? Math.min(size - 1, group * groupSize + Math.floor(random() * groupSize)) : Math.floor(random() * size);
    if (a !== b) relationships.push({ from: `c${a}`, to: `c${b}`, strength: 1 + Math.floor(random() * 5) });
  }
  return { version: 1, me: { offers: ['brand design'], needs: ['startup funding'] }, contacts, relationships };
}

/** A classic dataset from ../shared/fixtures/graphs as a network (no ties to you), or null if absent. */
export function fixtureNetwork(name: string): Network | null {
  const path = join(ROOT, '..', 'shared', 'fixtures', 'graphs', `${name}.csv`);
  if (!existsSync(path)) return null;
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const columns = header!.split(',');
  const ids = new Set<string>();
  const relationships: Relationship[] = [];
  for (const line of lines) {
    const cells = line.split(',');
    const from = cells[columns.indexOf('source')]!;
    const to = cells[columns.indexOf('target')]!;
    ids.add(from);
    ids.add(to);
    relationships.push({ from, to });
  }
  return { version: 1, me: {}, contacts: [...ids].map((id) => ({ id, name: id })), relationships };
}

export function fixtureReference(): Record<string, FixtureReference> | null {
  const path = join(ROOT, '..', 'shared', 'fixtures', 'graphs', 'reference.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, FixtureReference>) : null;
}

export interface FixtureReference {
  nodes: number;
  edges: number;
  betweenness_top3_normalized: [string, number][];
  louvain_modularity_unweighted_best_of_10_seeds: number;
  louvain_modularity_unweighted_min_of_10_seeds: number;
  connected_components: number;
}
