// The health report of a network: its communities, its brokers, your own brokerage, the balance of
// challengers and yes-people, ties gone quiet, prospects out of reach, and people with no ties.
import { localDayNumber } from '../followup/dates.js';
import { ME, type Contact, type Network } from '../model.js';
import { plural } from '../text.js';
import { topBy } from '../top-by.js';
import { maskOf, tiesFromMe, type NetworkGraph } from './build-graph.js';
import { measureBrokerage } from './brokerage.js';
import { daysSince } from './momentum.js';
import { compareIds } from './people.js';
import { reachableFromMe } from './warm-paths.js';

export interface AnalysisOptions {
  today: Date;
  /** A tie is dormant after this many days without contact (from `lastContact`). Default 90. */
  dormantDays?: number;
  seed?: number;
  /** Contact id → community (from detectCommunities). */
  communities: Map<string, number>;
  /** Precomputed betweenness (from measureBrokerage with the same seed). */
  betweenness?: Map<string, number>;
  /** How many brokers to list. Default 10. */
  brokers?: number;
}

export interface PersonRef {
  id: string;
  name: string;
}

export interface CommunityReport {
  index: number;
  size: number;
  /** Named after its best-connected member: "Ada Lovelace's circle". */
  label: string;
  members: PersonRef[];
  /** Its members with the highest brokerage, at most three. */
  brokers: PersonRef[];
  /** How many of its members you know directly. */
  yourTies: number;
}

export interface BrokerReport extends PersonRef {
  /** Normalised betweenness among your contacts (you left out), 0–1; sampled on large networks. */
  betweenness: number;
  /** How many communities they touch, their own included. */
  communities: number;
}

export interface YourBrokerage {
  ties: number;
  strongTies: number;
  /** Communities where you know at least one member directly, out of all communities of two or more. */
  communitiesReached: number;
  communitiesTotal: number;
  /** Burt's effective size: your contacts minus the redundancy among them. */
  effectiveSize: number;
  /** Share of your direct contacts who are not tied to each other, 0–1: higher means more brokerage. */
  efficiency: number;
}

export interface DormantTie extends PersonRef {
  lastContact: string;
  days: number;
}

export interface NetworkAnalysis {
  summary: {
    contacts: number;
    /** Ties between your contacts (yours not counted). */
    ties: number;
    yourTies: number;
    /** Groups your contacts fall into without you (isolated contacts count as one each). */
    components: number;
  };
  /** Communities of two or more members, largest first. */
  communities: CommunityReport[];
  brokers: BrokerReport[];
  you: YourBrokerage;
  challengers: PersonRef[];
  yesPeople: PersonRef[];
  /** Contacts with no stance recorded. */
  stanceUnknown: number;
  dormant: DormantTie[];
  prospectsWithoutPath: PersonRef[];
  /** Contacts with no ties at all, not even to you. */
  isolated: PersonRef[];
  /** The main findings in plain words. */
  highlights: string[];
}

/** An analysis with at most `limit` entries in each list, and how many each holds in all. */
export interface LimitedAnalysis extends NetworkAnalysis {
  totals: { communities: number; challengers: number; yesPeople: number; dormant: number; prospectsWithoutPath: number; isolated: number };
}

/**
 * At most `limit` entries per list (members of each community included: its `size` says how many
 * it has). At 30,000 contacts the whole analysis is 7 MB of JSON, most of it lists nobody reads to
 * the end: printed, cached and read back, that cost a first `insights` about 0.15 s.
 */
export function limitAnalysis(analysis: NetworkAnalysis, limit: number): LimitedAnalysis {
  const { communities, challengers, yesPeople, dormant, prospectsWithoutPath, isolated } = analysis;
  return {
    ...analysis,
    communities: communities.slice(0, limit).map((community) => ({ ...community, members: community.members.slice(0, limit) })),
    challengers: challengers.slice(0, limit),
    yesPeople: yesPeople.slice(0, limit),
    dormant: dormant.slice(0, limit),
    prospectsWithoutPath: prospectsWithoutPath.slice(0, limit),
    isolated: isolated.slice(0, limit),
    totals: {
      communities: communities.length,
      challengers: challengers.length,
      yesPeople: yesPeople.length,
      dormant: dormant.length,
      prospectsWithoutPath: prospectsWithoutPath.length,
      isolated: isolated.length,
    },
  };
}

export function analyseNetwork(network: Network, graph: NetworkGraph, options: AnalysisOptions): NetworkAnalysis {
  const dormantDays = options.dormantDays ?? 90;
  const { communities } = options;
  const betweenness = options.betweenness ?? measureBrokerage(graph, { seed: options.seed });
  const direct = tiesFromMe(graph);
  const contacts = network.contacts.filter((contact) => graph.hasNode(contact.id));
  const ref = (id: string): PersonRef => ({ id, name: graph.nameOf(id) });
  const brokerage = (id: string) => betweenness.get(id) ?? 0;
  const topBrokers = (ids: string[], count: number) =>
    topBy(
      ids.filter((id) => brokerage(id) > 0),
      count,
      (x, y) => brokerage(x) > brokerage(y) || (brokerage(x) === brokerage(y) && compareIds(x, y) < 0),
    );

  const groups: string[][] = [];
  for (const contact of contacts) {
    const index = communities.get(contact.id);
    if (index !== undefined) (groups[index] ??= []).push(contact.id);
  }
  const communityReports: CommunityReport[] = [];
  groups.forEach((members, index) => {
    if (!members || members.length < 2) return;
    const central = members.reduce((best, id) => {
      const order = graph.degree(id) - graph.degree(best) || compareIds(best, id);
      return order > 0 ? id : best;
    });
    communityReports.push({
      index,
      size: members.length,
      label: `${graph.nameOf(central)}'s circle`,
      members: members.map(ref),
      brokers: topBrokers(members, 3).map(ref),
      yourTies: members.filter((id) => direct.has(id)).length,
    });
  });

  const brokers = topBrokers(
    contacts.map((contact) => contact.id),
    options.brokers ?? 10,
  ).map((id) => ({ ...ref(id), betweenness: round(betweenness.get(id) ?? 0), communities: communitiesTouched(graph, communities, id) }));

  const you = measureYourBrokerage(graph, direct, communities, communityReports);
  const reachable = reachableFromMe(network, graph);
  const today = localDayNumber(options.today);
  const dormant: DormantTie[] = [];
  for (const contact of contacts) {
    const days = daysSince(contact.lastContact, today);
    if (days !== null && days >= dormantDays) dormant.push({ id: contact.id, name: graph.nameOf(contact.id), lastContact: contact.lastContact!, days });
  }
  dormant.sort((x, y) => y.days - x.days || compareIds(x.id, y.id));
  const withStance = (stance: Contact['stance']) => contacts.filter((contact) => contact.stance === stance).map((contact) => ref(contact.id));

  const analysis: NetworkAnalysis = {
    summary: {
      contacts: contacts.length,
      ties: graph.size - direct.size,
      yourTies: direct.size,
      components: countComponentsWithoutMe(graph),
    },
    communities: communityReports,
    brokers,
    you,
    challengers: withStance('challenger'),
    yesPeople: withStance('yes-person'),
    stanceUnknown: contacts.filter((contact) => contact.stance === undefined).length,
    dormant,
    prospectsWithoutPath: contacts.filter((contact) => contact.prospect && !reachable.has(contact.id)).map((contact) => ref(contact.id)),
    isolated: contacts.filter((contact) => graph.degree(contact.id) === 0).map((contact) => ref(contact.id)),
    highlights: [],
  };
  analysis.highlights = highlight(analysis, dormantDays);
  return analysis;
}

function communitiesTouched(graph: NetworkGraph, communities: Map<string, number>, id: string): number {
  const touched = new Set<number>();
  if (communities.has(id)) touched.add(communities.get(id)!);
  graph.forEachNeighbor(id, (neighbour) => {
    if (communities.has(neighbour)) touched.add(communities.get(neighbour)!);
  });
  return touched.size;
}

function measureYourBrokerage(
  graph: NetworkGraph,
  direct: Map<string, number>,
  communities: Map<string, number>,
  reports: CommunityReport[],
): YourBrokerage {
  const n = direct.size;
  // Ties among your own contacts make them redundant to each other (Burt's effective size).
  let among = 0;
  graph.forEachTie((a, b) => {
    if (a !== ME && b !== ME && direct.has(a) && direct.has(b)) among++;
  });
  const effectiveSize = n === 0 ? 0 : n - (2 * among) / n;
  const reached = new Set<number>();
  for (const id of direct.keys()) if (communities.has(id)) reached.add(communities.get(id)!);
  return {
    ties: n,
    strongTies: [...direct.values()].filter((strength) => strength >= 4).length,
    communitiesReached: reports.filter((report) => reached.has(report.index)).length,
    communitiesTotal: reports.length,
    effectiveSize: round(effectiveSize, 1),
    efficiency: n === 0 ? 0 : round(effectiveSize / n, 2),
  };
}

function countComponentsWithoutMe(graph: NetworkGraph): number {
  const { ids, offsets, targets } = graph;
  // Marking `me` as seen leaves you out of every component.
  const seen = maskOf(graph, [ME]);
  let components = 0;
  const stack: number[] = [];
  for (let start = 0; start < ids.length; start++) {
    if (seen[start]) continue;
    components++;
    seen[start] = 1;
    stack.push(start);
    while (stack.length > 0) {
      const v = stack.pop()!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        if (!seen[w]) {
          seen[w] = 1;
          stack.push(w);
        }
      }
    }
  }
  return components;
}

function highlight(analysis: NetworkAnalysis, dormantDays: number): string[] {
  const lines: string[] = [];
  const { you } = analysis;
  if (analysis.summary.contacts === 0) return ['Your network is empty: add contacts with `conet add` and ties with `conet link`.'];
  if (analysis.communities.length > 0) {
    lines.push(`Your contacts form ${analysis.communities.length} communities; you know someone directly in ${you.communitiesReached} of them.`);
  }
  if (you.ties > 1) {
    lines.push(
      you.efficiency >= 0.7
        ? `You are a broker: most of your ${you.ties} direct contacts do not know each other (efficiency ${you.efficiency}).`
        : `Many of your direct contacts know each other (efficiency ${you.efficiency}): new circles would widen your reach.`,
    );
  }
  const challengers = analysis.challengers.length;
  const yes = analysis.yesPeople.length;
  if (challengers + yes > 0) {
    lines.push(
      challengers >= yes
        ? `${plural(challengers, 'challenger')} against ${plural(yes, 'yes-person', 'yes-people')}: your network pushes your thinking.`
        : `${plural(yes, 'yes-person', 'yes-people')} against ${plural(challengers, 'challenger')}: seek out people who challenge your ideas.`,
    );
  }
  if (analysis.dormant.length > 0) lines.push(`${plural(analysis.dormant.length, 'tie has', 'ties have')} gone quiet for ${dormantDays} days or more.`);
  if (analysis.prospectsWithoutPath.length > 0) {
    lines.push(`${plural(analysis.prospectsWithoutPath.length, 'prospect has', 'prospects have')} no warm path from you yet.`);
  }
  if (analysis.isolated.length > 0) lines.push(`${plural(analysis.isolated.length, 'contact has', 'contacts have')} no recorded ties: link them with \`conet link\`.`);
  return lines;
}

function round(value: number, digits = 4): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
