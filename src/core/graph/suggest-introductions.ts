// Joint-venture introductions: pairs of your contacts who are not yet connected and should meet,
// with you as the catalyst. Candidates come from an inverted index of offer/need keywords and from
// two-step neighbourhoods, both capped, so the cost grows with the network, never with its square.
import { ME, type Contact, type Network } from '../model.js';
import { pairKey } from '../relationships.js';
import { tiesFromMe, type NetworkGraph } from './build-graph.js';
import { benefitOf, contactTerms, describeMatch, findMatches, type Match } from './complementarity.js';
import { extractKeywords } from './keywords.js';
import { capitalise, compareIds, isLetGo } from './people.js';

export interface IntroductionOptions {
  /** How many suggestions at most. Default 10. */
  limit?: number;
  /** Contact id → community (from detectCommunities). */
  communities: Map<string, number>;
}

export type IntroductionKind = 'mutual' | 'one-way' | 'shared-interest';

export interface IntroductionSuggestion {
  /** Contact ids. In a one-way match, `a` is the one who gains what `b` offers. */
  a: string;
  b: string;
  names: { a: string; b: string };
  /** 0–100: mutual benefit 50–100, one-way 25–50, shared interests only 0–25. */
  score: number;
  kind: IntroductionKind;
  /** The three wins: for a, for b, and for you. */
  wins: { a: string; b: string; you: string };
  /** Plain-words reasons, most important first. */
  reasons: string[];
  /** Each factor 0–1: complementarity, your tie to both, different communities, common ground in the graph. */
  breakdown: { benefit: number; tie: number; novelty: number; structure: number };
  /** b's offers that meet a's needs, and a's offers that meet b's needs. */
  aGets: Match[];
  bGets: Match[];
  /** Ids of people both already know (you excluded), at most five. */
  commonNeighbours: string[];
}

/** Per keyword, only the offerers and needers you know best are paired. */
const PER_KEYWORD = 16;
/** Two-step neighbourhoods are explored from your best-known contacts, through their strongest ties. */
const TWO_HOP_SOURCES = 4000;
const TWO_HOP_FANOUT = 8;
const MAX_CANDIDATES = 200_000;

const TIERS: Record<IntroductionKind, { base: number; width: number }> = {
  mutual: { base: 50, width: 50 },
  'one-way': { base: 25, width: 25 },
  'shared-interest': { base: 0, width: 25 },
};
const WEIGHTS = { benefit: 0.4, tie: 0.3, novelty: 0.15, structure: 0.15 };

interface Person {
  contact: Contact;
  /** Their index in the graph. */
  node: number;
  /** The keywords of their offers, needs and tags, as ids from a `Keywords` table. */
  offerWords: readonly number[];
  needWords: readonly number[];
  tags: readonly number[];
  strength: number;
}

/**
 * Keywords as small integers: each person's keywords become a short array of numbers, so building
 * 30,000 people and testing pairs for common words allocates no sets and hashes no strings twice.
 */
class Keywords {
  readonly words: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Per phrase, its keywords' ids: the same few phrases recur across thousands of people. */
  private readonly phrases = new Map<string, readonly number[]>();

  /** The distinct keyword ids of some phrases, in order of appearance (shared: not to be changed). */
  idsOf(texts: readonly string[] | undefined): readonly number[] {
    if (!texts || texts.length === 0) return NO_IDS;
    if (texts.length === 1) return this.phraseIds(texts[0]!);
    const found: number[] = [];
    for (const text of texts) for (const id of this.phraseIds(text)) if (!found.includes(id)) found.push(id);
    return found;
  }

  /** A phrase's keywords are distinct, and so are their ids. */
  private phraseIds(text: string): readonly number[] {
    let found = this.phrases.get(text);
    if (!found) {
      const ids: number[] = [];
      for (const word of extractKeywords(text)) {
        let id = this.ids.get(word);
        if (id === undefined) this.ids.set(word, (id = this.words.push(word) - 1));
        ids.push(id);
      }
      this.phrases.set(text, (found = ids));
    }
    return found;
  }
}

const NO_IDS: readonly number[] = [];

interface Candidate {
  i: number;
  j: number;
  kind: IntroductionKind;
  aGets: Match[];
  bGets: Match[];
  shared: string[];
  benefit: number;
  tie: number;
  /** 1 when they are in different communities. */
  novelty: number;
}

/** A candidate before communities are known. */
type Prepared = Omit<Candidate, 'novelty'>;

export function suggestIntroductions(network: Network, graph: NetworkGraph, options: IntroductionOptions): IntroductionSuggestion[] {
  return prepareIntroductions(network, graph, options)(options.communities);
}

/**
 * Does all the work that does not depend on communities (the people, the candidate pairs, the top
 * tier's matches), so that it can run while they are found; the function it returns ranks the
 * pairs once they are known.
 */
export function prepareIntroductions(
  network: Network,
  graph: NetworkGraph,
  options: Omit<IntroductionOptions, 'communities'> = {},
): (communities: Map<string, number>) => IntroductionSuggestion[] {
  const limit = Math.max(0, options.limit ?? 10);
  if (limit === 0) return () => [];
  const direct = tiesFromMe(graph);
  const keywords = new Keywords();
  // Your best-known contacts first: they are the ones you can credibly introduce.
  const people: Person[] = network.contacts
    .filter((contact) => !isLetGo(contact) && graph.hasNode(contact.id))
    .map((contact) => ({
      contact,
      node: graph.indexOf.get(contact.id)!,
      offerWords: keywords.idsOf(contact.offers),
      needWords: keywords.idsOf(contact.needs),
      tags: keywords.idsOf(contact.tags),
      strength: direct.get(contact.id) ?? 0,
    }))
    .sort((x, y) => y.strength - x.strength || compareIds(x.contact.id, y.contact.id));

  // Pairs that can score at all, grouped by the best tier their keywords allow: a pair that
  // shares no offer/need keyword can at most share interests, and so on.
  const candidates = generateCandidates(graph, people, keywords);
  const decided = decidedPairs(network);
  const byTier: Record<IntroductionKind, [number, number][]> = { mutual: [], 'one-way': [], 'shared-interest': [] };
  for (const key of candidates) {
    const i = Math.floor(key / people.length);
    const j = key % people.length;
    const a = people[i]!;
    const b = people[j]!;
    const tier = possibleTier(a, b);
    if (tier === null || graph.strengthAt(a.node, b.node) !== undefined) continue;
    if (decided.size > 0 && decided.has(pairKey(a.contact.id, b.contact.id))) continue;
    byTier[tier].push([i, j]);
  }
  const scoredTiers = new Map<IntroductionKind, Prepared[]>();
  const scoreTier = (tier: IntroductionKind): Prepared[] => {
    let scored = scoredTiers.get(tier);
    if (!scored) {
      scored = byTier[tier].map(([i, j]) => scoreCandidate(i, j, people[i]!, people[j]!, keywords)).filter((candidate) => candidate !== null);
      scoredTiers.set(tier, scored);
    }
    return scored;
  };
  // The top tier is nearly always needed.
  scoreTier('mutual');

  return (communities) => {
    const novelty = (x: number, y: number) => {
      const first = communities.get(people[x]!.contact.id);
      const second = communities.get(people[y]!.contact.id);
      return first !== undefined && second !== undefined && first !== second ? 1 : 0;
    };
    // Higher tiers first; a lower tier is scored only while its best possible score could still
    // make the list (scores of different tiers never overlap, so usually only the top tier is).
    const scored: Scored[] = [];
    let best: Scored[] = [];
    for (const tier of ['mutual', 'one-way', 'shared-interest'] as const) {
      if (best.length >= limit && TIERS[tier].base + TIERS[tier].width < best[limit - 1]!.score!) break;
      for (const prepared of scoreTier(tier)) {
        const { i, j, kind, aGets, bGets, shared, benefit, tie } = prepared;
        const candidate: Candidate = { i, j, kind, aGets, bGets, shared, benefit, tie, novelty: novelty(i, j) };
        // The best score it could reach, were its common ground the most there can be.
        scored.push({ candidate, bound: tierScore(candidate.kind, quality(candidate, 1)) });
      }
      best = selectBest(scored, limit, graph, people);
    }
    return best.map(({ candidate, ground, score }) => describe(candidate, ground!.structure, ground!.common, score!, people, graph));
  };
}

interface Scored {
  candidate: Candidate;
  /** Its score with the most common ground there can be. */
  bound: number;
  /** Measured on demand, then kept. */
  ground?: { structure: number; common: string[] };
  score?: number;
}

/**
 * The best `limit` candidates. Common ground in the graph costs the most to measure, so it is only
 * measured while it can still change the top of the list: candidates are visited by their bound.
 */
function selectBest(scored: Scored[], limit: number, graph: NetworkGraph, people: Person[]): Scored[] {
  scored.sort((x, y) => y.bound - x.bound || x.candidate.i - y.candidate.i || x.candidate.j - y.candidate.j);
  const best: Scored[] = [];
  const rank = (x: Scored, y: Scored) => y.score! - x.score! || x.candidate.i - y.candidate.i || x.candidate.j - y.candidate.j;
  for (const entry of scored) {
    if (best.length >= limit && entry.bound < best[limit - 1]!.score!) break;
    if (!entry.ground) {
      entry.ground = commonGround(graph, people[entry.candidate.i]!.contact.id, people[entry.candidate.j]!.contact.id);
      entry.score = tierScore(entry.candidate.kind, quality(entry.candidate, entry.ground.structure));
    }
    best.push(entry);
    best.sort(rank);
    if (best.length > limit) best.pop();
  }
  return best;
}

function generateCandidates(graph: NetworkGraph, people: Person[], keywords: Keywords): Set<number> {
  const n = people.length;
  const candidates = new Set<number>();
  const add = (x: number, y: number) => {
    if (x !== y && candidates.size < MAX_CANDIDATES) candidates.add(x < y ? x * n + y : y * n + x);
  };

  // Per keyword id, who offers it and who needs it.
  const byKeyword = keywords.words.map(() => ({ offer: [] as number[], need: [] as number[] }));
  people.forEach((person, index) => {
    const listed = (ids: readonly number[], side: 'offer' | 'need') => {
      for (const id of ids) {
        const list = byKeyword[id]![side];
        if (list.length < PER_KEYWORD) list.push(index);
      }
    };
    listed(person.offerWords, 'offer');
    listed(person.needWords, 'need');
  });
  // Alphabetically: ids follow the order keywords were first seen, and the candidate cap must not depend on it.
  const inOrder = keywords.words.map((_word, id) => id).sort((x, y) => compareIds(keywords.words[x]!, keywords.words[y]!));
  for (const id of inOrder) {
    const { offer, need } = byKeyword[id]!;
    for (const x of need) for (const y of offer) add(x, y);
  }

  const sources = Math.min(TWO_HOP_SOURCES, people.length);
  // Walked by node index: which of `people` each node is (-1 for none).
  const personAt = new Int32Array(graph.order).fill(-1);
  people.forEach((person, index) => (personAt[person.node] = index));
  // Many sources share a middle person: each one's strongest ties are sorted once.
  const strongest = new Map<number, number[]>();
  const strongestOf = (node: number) => {
    let ties = strongest.get(node);
    if (!ties) strongest.set(node, (ties = strongestNeighbours(graph, node)));
    return ties;
  };
  for (let x = 0; x < sources && people[x]!.strength > 0; x++) {
    for (const middle of strongestOf(people[x]!.node)) {
      for (const far of strongestOf(middle)) {
        const y = personAt[far]!;
        if (y >= 0) add(x, y);
      }
    }
  }
  return candidates;
}

/** A node's strongest ties (you left out), strongest first, ties broken by id: their nodes. */
function strongestNeighbours({ ids, offsets, targets, strengths, indexOf }: NetworkGraph, node: number): number[] {
  const me = indexOf.get(ME);
  const ties: number[] = [];
  for (let e = offsets[node]!; e < offsets[node + 1]!; e++) if (targets[e] !== me) ties.push(e);
  ties.sort((x, y) => strengths[y]! - strengths[x]! || compareIds(ids[targets[x]!]!, ids[targets[y]!]!));
  return ties.slice(0, TWO_HOP_FANOUT).map((e) => targets[e]!);
}

/**
 * The best tier a pair can reach, or null when it cannot score at all: an offer meets a need only
 * when they share a keyword, and a shared interest is a shared tag. A cheap test of short arrays
 * that rules most candidate pairs out before any matching.
 */
function possibleTier(a: Person, b: Person): IntroductionKind | null {
  const aGets = overlaps(a.needWords, b.offerWords);
  const bGets = overlaps(b.needWords, a.offerWords);
  if (aGets && bGets) return 'mutual';
  if (aGets || bGets) return 'one-way';
  return overlaps(a.tags, b.tags) ? 'shared-interest' : null;
}

function overlaps(x: readonly number[], y: readonly number[]): boolean {
  for (const id of x) if (y.includes(id)) return true;
  return false;
}

function scoreCandidate(i: number, j: number, first: Person, second: Person, keywords: Keywords): Prepared | null {
  // Offers meet needs only through a shared keyword: match only the sides that have one.
  const gets = (taker: Person, giver: Person) =>
    overlaps(taker.needWords, giver.offerWords) ? findMatches(contactTerms(giver.contact).offers, contactTerms(taker.contact).needs) : [];
  const firstGets = gets(first, second);
  const secondGets = gets(second, first);
  const shared = first.tags
    .filter((id) => second.tags.includes(id))
    .map((id) => keywords.words[id]!)
    .sort();
  let kind: IntroductionKind;
  let benefit: number;
  if (firstGets.length > 0 && secondGets.length > 0) {
    kind = 'mutual';
    benefit = Math.min(1, (benefitOf(firstGets) + benefitOf(secondGets)) / 2);
  } else if (firstGets.length > 0 || secondGets.length > 0) {
    kind = 'one-way';
    benefit = benefitOf(firstGets.length > 0 ? firstGets : secondGets);
  } else if (shared.length > 0) {
    kind = 'shared-interest';
    benefit = Math.min(1, shared.length / 2);
  } else {
    return null;
  }
  // In a one-way match, `a` is the one who gains.
  const swap = kind === 'one-way' && firstGets.length === 0;
  return {
    i: swap ? j : i,
    j: swap ? i : j,
    kind,
    aGets: swap ? secondGets : firstGets,
    bGets: swap ? firstGets : secondGets,
    shared,
    benefit,
    tie: Math.min(first.strength, second.strength) / 5,
  };
}

function quality(candidate: Candidate, structure: number): number {
  return (
    WEIGHTS.benefit * candidate.benefit + WEIGHTS.tie * candidate.tie + WEIGHTS.novelty * candidate.novelty + WEIGHTS.structure * structure
  );
}

function tierScore(kind: IntroductionKind, value: number): number {
  const tier = TIERS[kind];
  return Math.round((tier.base + tier.width * value) * 10) / 10;
}

/** Adamic-Adar over the people both know (you excluded): rare shared acquaintances count more. */
function commonGround(graph: NetworkGraph, a: string, b: string): { structure: number; common: string[] } {
  const [small, large] = graph.degree(a) <= graph.degree(b) ? [a, b] : [b, a];
  let adamicAdar = 0;
  const common: string[] = [];
  graph.forEachNeighbor(small, (neighbour) => {
    if (neighbour === ME || !graph.hasEdge(neighbour, large)) return;
    adamicAdar += 1 / Math.log(graph.degree(neighbour));
    common.push(neighbour);
  });
  common.sort(compareIds);
  return { structure: adamicAdar / (1 + adamicAdar), common: common.slice(0, 5) };
}

function describe(
  candidate: Candidate,
  structure: number,
  common: string[],
  score: number,
  people: Person[],
  graph: NetworkGraph,
): IntroductionSuggestion {
  const a = people[candidate.i]!;
  const b = people[candidate.j]!;
  const nameA = a.contact.name;
  const nameB = b.contact.name;
  const { aGets, bGets, shared } = candidate;

  const winFor = (name: string, gets: Match[], other: string, gives: Match[]) => {
    if (gets.length > 0) return `${name} gets ${gets[0]!.offer} from ${other}`;
    if (gives.length > 0) return `${name} meets someone who needs ${gives[0]!.offer}: a likely client or partner`;
    return `${name} gains a peer who also works on ${shared.slice(0, 2).join(' and ')}`;
  };
  const youWin =
    'You give first to both, and as the one who connected them you strengthen both ties' +
    (candidate.novelty ? ' and link two circles of your network' : '');

  const reasons: string[] = [];
  for (const match of aGets.slice(0, 2)) reasons.push(describeMatch(nameB, match, nameA));
  for (const match of bGets.slice(0, 2)) reasons.push(describeMatch(nameA, match, nameB));
  if (candidate.kind === 'one-way') reasons.push(`Only ${nameA} needs what the other offers: ask ${nameB} what they would want from it`);
  if (shared.length > 0) reasons.push(`Both are into ${shared.slice(0, 3).join(', ')}`);
  if (a.strength > 0 && b.strength > 0) reasons.push(`You know both: ${nameA} ${a.strength}/5, ${nameB} ${b.strength}/5`);
  else {
    const unknown = [a, b].filter((person) => person.strength === 0).map((person) => person.contact.name);
    reasons.push(`You have no recorded tie to ${unknown.join(' or ')}: the introduction will carry less weight`);
  }
  reasons.push(
    candidate.novelty
      ? 'They move in different circles, so they are unlikely to meet without you'
      : 'They are in the same circle, so the meeting is easy to arrange',
  );
  if (common.length > 0) {
    reasons.push(`They both already know ${common.map((id) => graph.nameOf(id)).join(', ')}`);
  }

  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    a: a.contact.id,
    b: b.contact.id,
    names: { a: nameA, b: nameB },
    score,
    kind: candidate.kind,
    wins: { a: winFor(nameA, aGets, nameB, bGets), b: winFor(nameB, bGets, nameA, aGets), you: youWin },
    reasons: reasons.map(capitalise),
    breakdown: { benefit: round(candidate.benefit), tie: round(candidate.tie), novelty: candidate.novelty, structure: round(structure) },
    aGets,
    bGets,
    commonNeighbours: common,
  };
}

/** Introductions already proposed, accepted, declined or made are not suggested again. */
function decidedPairs(network: Network): Set<string> {
  const decided = new Set<string>();
  for (const introduction of network.introductions ?? []) {
    if (introduction.status !== 'suggested' && Array.isArray(introduction.between) && introduction.between.length === 2) {
      decided.add(pairKey(introduction.between[0], introduction.between[1]));
    }
  }
  return decided;
}
