// Ranks contacts by collaboration potential: what you can do for each other, whether they
// challenge you, how well you know them, which new circles they open, and how alive the tie is.
import { describeAgo, localDayNumber } from '../followup/dates.js';
import { ME, type Contact, type Network } from '../model.js';
import { tiesFromMe, type NetworkGraph } from './build-graph.js';
import {
  benefitOf,
  contactTerms,
  describeMatch,
  findMatches,
  keywordsOf,
  sharesKeyword,
  traitsOf,
  yourTerms,
  type Match,
  type YourTerms,
} from './complementarity.js';
import { measureMomentum } from './momentum.js';
import { capitalise, compareIds, isLetGo } from './people.js';

export interface CollaboratorOptions {
  /** How many suggestions at most. Default 10. */
  limit?: number;
  /** Contact id → community (from detectCommunities). */
  communities: Map<string, number>;
  /** For recency of contact; without it recency counts as unknown. */
  today?: Date;
}

/** Points (out of 100 in total) that each factor contributed. */
export interface CollaboratorBreakdown {
  complementarity: number;
  challenge: number;
  tie: number;
  bridging: number;
  momentum: number;
}

export interface CollaboratorSuggestion {
  id: string;
  name: string;
  /** 0–100. */
  score: number;
  breakdown: CollaboratorBreakdown;
  /** Their offers that meet your needs and asks. */
  theyOffer: Match[];
  /** Your offers that meet their needs. */
  youOffer: Match[];
  /** Plain-words reasons, most important first. */
  reasons: string[];
}

export const COLLABORATOR_WEIGHTS: CollaboratorBreakdown = {
  complementarity: 35,
  challenge: 15,
  tie: 20,
  bridging: 15,
  momentum: 15,
};

/** A community counts as one you reach when you have a tie of at least this strength into it. */
const REACH_STRENGTH = 3;

export function suggestCollaborators(network: Network, graph: NetworkGraph, options: CollaboratorOptions): CollaboratorSuggestion[] {
  const limit = Math.max(0, options.limit ?? 10);
  const { communities } = options;
  const you = yourTerms(network.me);
  const direct = tiesFromMe(graph);
  const blocked = new Set(network.contacts.filter(isLetGo).map((contact) => contact.id));
  const yourCircles = new Set<number>();
  for (const [id, strength] of direct) if (strength >= REACH_STRENGTH && communities.has(id)) yourCircles.add(communities.get(id)!);
  // Each person's community by graph index, so counting the circles around someone is a walk over
  // arrays. Someone with no ties is a community of one: a circle of nobody, which opens nothing.
  const members = new Map<number, number>();
  for (const circle of communities.values()) members.set(circle, (members.get(circle) ?? 0) + 1);
  const communityOf = new Int32Array(graph.order).fill(-1);
  graph.ids.forEach((id, index) => {
    const circle = communities.get(id);
    if (circle !== undefined && members.get(circle)! > 1) communityOf[index] = circle;
  });
  const context: Context = {
    you,
    wanted: { needs: keywordsOf(you.needs), peopleAsks: keywordsOf(you.peopleAsks), offers: keywordsOf(you.offers) },
    direct,
    secondHand: secondHandTies(graph, direct, blocked),
    communityOf,
    yourCircles,
    graph,
    today: options.today && localDayNumber(options.today),
  };

  // Complementarity costs the most to measure (it matches words), so people are visited by the
  // score they could reach with full complementarity, and it is measured only while that could
  // still make the list. Only that ceiling is kept for everyone (30,000 sets of facts kept alive
  // cost more to collect than to gather again for the few visited). Equal ceilings may be visited
  // in any order: once the list's last score is above a ceiling, no one left can make the list.
  const eligible = network.contacts.filter((contact) => !isLetGo(contact) && graph.hasNode(contact.id));
  const ceilings = new Float64Array(eligible.length);
  const order = new Uint32Array(eligible.length);
  eligible.forEach((contact, at) => {
    ceilings[at] = sum(gatherStanding(contact, context).points, COLLABORATOR_WEIGHTS.complementarity);
    order[at] = at;
  });
  order.sort((x, y) => ceilings[y]! - ceilings[x]!);
  const best: { contact: Contact; facts: Facts; score: number }[] = [];
  const ranksAbove = (x: { contact: Contact; score: number }, y: { contact: Contact; score: number }) =>
    x.score > y.score || (x.score === y.score && compareIds(x.contact.id, y.contact.id) < 0);
  for (const at of order) {
    if (best.length >= limit && ceilings[at]! < best[limit - 1]!.score) break;
    const contact = eligible[at]!;
    const facts = gatherStanding(contact, context);
    addComplementarity(contact, facts, context);
    const entry = { contact, facts, score: sum(facts.points) };
    let place = best.length;
    while (place > 0 && ranksAbove(entry, best[place - 1]!)) place--;
    if (place < limit) best.splice(place, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best.map(({ contact, facts, score }) => ({
    id: contact.id,
    name: contact.name,
    score: Math.round(score),
    breakdown: roundPoints(facts.points),
    theyOffer: facts.theyOffer,
    youOffer: facts.youOffer,
    reasons: explain(contact, facts, graph),
  }));
}

interface Facts {
  points: CollaboratorBreakdown;
  theyOffer: Match[];
  youOffer: Match[];
  directStrength: number | undefined;
  via: { id: string; strength: number } | undefined;
  newCircles: number;
  momentumDays: number | null;
}

interface Context {
  you: YourTerms;
  /** The keywords of your needs, your asks for people and your offers: who can match at all. */
  wanted: { needs: Set<string>; peopleAsks: Set<string>; offers: Set<string> };
  direct: Map<string, number>;
  secondHand: Map<string, { via: string; strength: number }>;
  /** Community index by graph index (-1 for none). */
  communityOf: Int32Array;
  yourCircles: Set<number>;
  graph: NetworkGraph;
  /** Your calendar day's number (see `localDayNumber`). */
  today: number | undefined;
}

/** Everything but complementarity: cheap to measure for everyone (complementarity counts 0 here). */
function gatherStanding(contact: Contact, context: Context): Facts {
  const challenge = contact.stance === 'challenger' ? 1 : contact.stance === 'yes-person' ? 0 : 0.5;

  const directStrength = context.direct.get(contact.id);
  const secondHand = context.secondHand.get(contact.id);
  const tie = directStrength !== undefined ? directStrength / 5 : secondHand ? (0.4 * secondHand.strength) / 5 : 0;

  const newCircles = countNewCircles(context, context.graph.indexOf.get(contact.id)!);
  const bridging = Math.min(1, newCircles / 2);

  const momentum = measureMomentum(contact, context.today);
  const w = COLLABORATOR_WEIGHTS;
  return {
    points: {
      complementarity: 0,
      challenge: w.challenge * challenge,
      tie: w.tie * tie,
      bridging: w.bridging * bridging,
      momentum: w.momentum * momentum.value,
    },
    theyOffer: [],
    youOffer: [],
    directStrength,
    via: secondHand ? { id: secondHand.via, strength: secondHand.strength } : undefined,
    newCircles,
    momentumDays: momentum.days,
  };
}

/** What they offer that you need or ask for, and what you offer that they need. */
function addComplementarity(contact: Contact, facts: Facts, { you, wanted }: Context): void {
  const meetsNeeds = sharesKeyword(contact.offers, wanted.needs);
  const meetsAsks = wanted.peopleAsks.size > 0 && (sharesKeyword(contact.offers, wanted.peopleAsks) || sharesKeyword(traitsOf(contact), wanted.peopleAsks));
  const needsYou = sharesKeyword(contact.needs, wanted.offers);
  const terms = meetsNeeds || meetsAsks || needsYou ? contactTerms(contact) : undefined;
  facts.theyOffer = mergeMatches(
    meetsNeeds ? findMatches(terms!.offers, you.needs) : [],
    meetsAsks ? findMatches([...terms!.offers, ...terms!.traits], you.peopleAsks) : [],
  );
  facts.youOffer = needsYou ? findMatches(you.offers, terms!.needs) : [];
  const give = benefitOf(facts.youOffer);
  const get = benefitOf(facts.theyOffer);
  // Both directions together are worth more than either alone.
  const complementarity = give > 0 && get > 0 ? (give + get) / 2 + 0.25 * Math.min(give, get) : (give + get) / 2;
  facts.points.complementarity = COLLABORATOR_WEIGHTS.complementarity * Math.min(1, complementarity);
}

/** The circles someone is in or tied into (their own and their neighbours') that you do not reach yourself. */
function countNewCircles({ graph, communityOf, yourCircles }: Context, index: number): number {
  const seen: number[] = [];
  const consider = (circle: number) => {
    if (circle >= 0 && !yourCircles.has(circle) && !seen.includes(circle)) seen.push(circle);
  };
  consider(communityOf[index]!);
  for (let e = graph.offsets[index]!; e < graph.offsets[index + 1]!; e++) consider(communityOf[graph.targets[e]!]!);
  return seen.length;
}

/** For people you have no direct tie to: the strongest two-step chain (its weakest tie), through someone you can ask. */
function secondHandTies(graph: NetworkGraph, direct: Map<string, number>, blocked: Set<string>): Map<string, { via: string; strength: number }> {
  const best = new Map<string, { via: string; strength: number }>();
  for (const [via, first] of direct) {
    if (blocked.has(via)) continue;
    graph.forEachNeighbor(via, (other, tie) => {
      if (other === ME || direct.has(other)) return;
      const strength = Math.min(first, tie);
      const current = best.get(other);
      if (!current || strength > current.strength || (strength === current.strength && compareIds(via, current.via) < 0)) {
        best.set(other, { via, strength });
      }
    });
  }
  return best;
}

function explain(contact: Contact, facts: Facts, graph: NetworkGraph): string[] {
  const name = contact.name;
  const weighted: { weight: number; text: string }[] = [];
  const add = (weight: number, text: string) => weighted.push({ weight, text });
  for (const match of facts.theyOffer.slice(0, 2)) add(facts.points.complementarity + match.score, describeMatch(name, match, 'you'));
  for (const match of facts.youOffer.slice(0, 2)) add(facts.points.complementarity + match.score, describeMatch('you', match, name));
  if (contact.stance === 'challenger') add(facts.points.challenge, `${name} challenges your ideas`);
  if (contact.stance === 'yes-person') add(1, `${name} mostly agrees with you (a yes-person)`);
  if (facts.directStrength !== undefined) add(facts.points.tie, `${facts.directStrength >= 4 ? 'strong' : facts.directStrength >= 3 ? 'solid' : 'faint'} tie with you (${facts.directStrength}/5)`);
  else if (facts.via) add(facts.points.tie, `reachable through ${graph.nameOf(facts.via.id)} (weakest tie ${facts.via.strength}/5)`);
  else add(0.5, 'no tie from you yet: find a way in with `conet path`');
  if (facts.newCircles > 0) add(facts.points.bridging, `opens ${facts.newCircles === 1 ? 'a circle' : `${facts.newCircles} circles`} you do not reach yourself`);
  const momentum: string[] = [];
  if (contact.stage) momentum.push(`at the ${contact.stage} stage`);
  if (facts.momentumDays !== null) momentum.push(facts.momentumDays < 0 ? 'a last contact dated in the future' : `last in touch ${describeAgo(facts.momentumDays)}`);
  if (momentum.length > 0) add(facts.points.momentum / 2, momentum.join(', '));
  return weighted
    .map((entry, order) => ({ ...entry, order }))
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map((entry) => capitalise(entry.text));
}

function mergeMatches(first: Match[], second: Match[]): Match[] {
  // Each list is already sorted by score: most contacts match on one side or none.
  if (second.length === 0) return first;
  if (first.length === 0) return second;
  const seen = new Set(first.map((match) => `${match.offer}\u0000${match.need}`));
  return [...first, ...second.filter((match) => !seen.has(`${match.offer}\u0000${match.need}`))].sort((a, b) => b.score - a.score);
}

/** The total, or what it would be with this much complementarity. */
function sum(points: CollaboratorBreakdown, complementarity = points.complementarity): number {
  return complementarity + points.challenge + points.tie + points.bridging + points.momentum;
}

function roundPoints(points: CollaboratorBreakdown): CollaboratorBreakdown {
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    complementarity: round(points.complementarity),
    challenge: round(points.challenge),
    tie: round(points.tie),
    bridging: round(points.bridging),
    momentum: round(points.momentum),
  };
}
