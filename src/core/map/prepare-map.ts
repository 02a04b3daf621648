// Decides everything the map shows: who is drawn where, in which colour and size, which
// introductions are highlighted, and the details and reasons shown for each contact.
import { detectCommunities } from '../graph/communities.js';
import {
  isLetGo,
  measureBrokerage,
  suggestCollaborators,
  suggestIntroductions,
  type IntroductionSuggestion,
  type NetworkGraph,
} from '../graph/index.js';
import { ME, type Network } from '../model.js';
import { describeContact } from './contact-details.js';
import { layoutMap, type LayoutOptions } from './layout-map.js';
import {
  MAP_DATA_VERSION,
  type LegendCommunity,
  type MapColors,
  type MapData,
  type MapDisplay,
  type MapIntroduction,
  type MapNode,
  type MapNodeKind,
  type MapSuggestion,
  type MapTie,
} from './map-data.js';

export interface MapOptions {
  /** For the recency of contact in the collaborator suggestions. */
  today: Date;
  seed?: number;
  /** Precomputed communities (from detectCommunities); computed with `seed` when absent. */
  communities?: Map<string, number>;
  /** Precomputed betweenness (from measureBrokerage); computed with `seed` when absent. */
  betweenness?: Map<string, number>;
  /** How many suggested introductions to highlight. Default 15. */
  introductions?: number;
  /** How many suggested collaborators get their reasons attached. Default 10. */
  collaborators?: number;
  layout?: LayoutOptions;
}

/** Above this many people the page switches to its lighter drawing settings. */
export const LARGE_MAP = 2000;

/** Distinct colours for the largest communities (Tableau 10, without its grey and yellow). */
export const COMMUNITY_PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#b07aa1', '#ff9da7', '#9c755f', '#8cd17d', '#d37295'];

export const MAP_COLORS: MapColors = {
  me: '#1f1f1f',
  otherCommunity: '#a9b4c2',
  letGo: '#dddddd',
  tie: '#c9ced6',
  yourTie: '#e8eaee',
  prospectRing: '#f2b400',
  introduction: '#c2189b',
};

/** The map of a network, from its graph (buildGraph). */
export function prepareMap(network: Network, graph: NetworkGraph, options: MapOptions): MapData {
  const communities = options.communities ?? detectCommunities(graph, { seed: options.seed });
  const brokerage = options.betweenness ?? measureBrokerage(graph, { seed: options.seed });
  const layout = layoutMap(graph, communities, options.layout);
  const large = graph.order > LARGE_MAP;
  const legend = describeCommunities(graph, communities);
  const { introductions: suggested, byContact } = gatherSuggestions(network, graph, communities, options);

  const contacts = new Map(network.contacts.map((contact) => [contact.id, contact]));
  const degrees = new Map<string, number>();
  for (const id of graph.ids) degrees.set(id, graph.degree(id) - (id !== ME && graph.hasEdge(id, ME) ? 1 : 0));
  let maxDegree = 1;
  for (const [id, degree] of degrees) if (id !== ME) maxDegree = Math.max(maxDegree, degree);
  let maxBrokerage = Number.MIN_VALUE;
  for (const value of brokerage.values()) maxBrokerage = Math.max(maxBrokerage, value);

  const index = new Map<string, number>();
  const nodes: MapNode[] = [];
  for (const id of graph.ids) {
    index.set(id, nodes.length);
    const { x, y } = layout.positions.get(id)!;
    const degree = degrees.get(id)!;
    if (id === ME) {
      nodes.push({
        id,
        label: 'You',
        x,
        y,
        size: large ? 12 : 18,
        color: MAP_COLORS.me,
        kind: 'me',
        community: null,
        importance: 1,
        details: describeYou(network, graph),
        suggestions: [],
      });
      continue;
    }
    const contact = contacts.get(id)!;
    const kind: MapNodeKind = isLetGo(contact) ? 'let-go' : contact.prospect ? 'prospect' : 'contact';
    const community = communities.get(id);
    const inLegend = community !== undefined && community < legend.communities.length ? community : null;
    const importance = round((degree / maxDegree + (brokerage.get(id) ?? 0) / maxBrokerage) / 2, 3);
    nodes.push({
      id,
      label: contact.name,
      x,
      y,
      size: nodeSize(importance, kind, large),
      color: kind === 'let-go' ? MAP_COLORS.letGo : colourOf(community, legend.circles),
      kind,
      community: inLegend,
      importance,
      details: describeContact(contact, tieDetails(graph, id, degree, inLegend === null ? null : legend.communities[inLegend]!.label)),
      suggestions: byContact.get(id) ?? [],
    });
  }

  const ties: MapTie[] = [];
  graph.forEachTie((a, b, strength) => ties.push([index.get(a)!, index.get(b)!, strength]));
  const introductions: MapIntroduction[] = suggested.map((suggestion) => ({
    a: index.get(suggestion.a)!,
    b: index.get(suggestion.b)!,
    score: suggestion.score,
    title: `Introduce ${suggestion.names.a} and ${suggestion.names.b}`,
    reasons: explainIntroduction(suggestion),
  }));

  return {
    version: MAP_DATA_VERSION,
    title: network.me.name ? `${network.me.name}'s network` : 'Your network',
    nodes,
    ties,
    introductions,
    legend: { communities: legend.communities, otherCommunities: legend.circles - legend.communities.length, colors: MAP_COLORS },
    display: displayFor(graph.order),
    layout: { iterations: layout.iterations },
  };
}

/** Lighter drawing for large networks: fewer labels, no ties while the camera moves. */
export function displayFor(people: number): MapDisplay {
  const large = people > LARGE_MAP;
  return {
    labelRenderedSizeThreshold: large ? 9 : 4,
    labelDensity: large ? 0.4 : 1,
    hideEdgesOnMove: large,
    focusRatio: large ? 0.12 : 0.5,
  };
}

function nodeSize(importance: number, kind: MapNodeKind, large: boolean): number {
  const [min, range, prospectMin] = large ? [1.5, 8, 5] : [6, 10, 8];
  const size = kind === 'let-go' ? min : min + range * Math.sqrt(importance);
  return round(kind === 'prospect' ? Math.max(prospectMin, size) : size, 2);
}

/**
 * Circles (communities of two or more) take the palette's colours in turn, largest first, so
 * neighbouring circles differ even when there are more circles than colours; contacts alone in
 * their community are grey.
 */
function colourOf(community: number | undefined, circles: number): string {
  return community === undefined || community >= circles ? MAP_COLORS.otherCommunity : COMMUNITY_PALETTE[community % COMMUNITY_PALETTE.length]!;
}

/** The largest circles get a legend entry, named after their best-connected member. */
function describeCommunities(graph: NetworkGraph, communities: Map<string, number>): { communities: LegendCommunity[]; circles: number } {
  const groups: string[][] = [];
  for (const [id, community] of communities) (groups[community] ??= []).push(id);
  // Index 0 is the largest, so the circles worth a colour come first.
  const circles = groups.filter((members) => members !== undefined && members.length >= 2);
  const legend = circles.slice(0, COMMUNITY_PALETTE.length).map((members, position) => {
    const central = members.reduce((best, id) => (graph.degree(id) > graph.degree(best) || (graph.degree(id) === graph.degree(best) && id < best) ? id : best));
    return { label: `${graph.nameOf(central)}'s circle`, color: COMMUNITY_PALETTE[position]!, size: members.length };
  });
  return { communities: legend, circles: circles.length };
}

function tieDetails(graph: NetworkGraph, id: string, degree: number, circle: string | null): [string, string][] {
  const yours = graph.strengthBetween(id, ME);
  const ties = `${degree} with your contacts${yours === undefined ? ', none with you' : `, ${yours}/5 with you`}`;
  return [...(circle === null ? [] : [['Circle', circle] as [string, string]]), ['Ties', ties]];
}

function describeYou(network: Network, graph: NetworkGraph): [string, string][] {
  const details: [string, string][] = [];
  if (network.me.name) details.push(['Name', network.me.name]);
  if (network.me.offers?.length) details.push(['You offer', network.me.offers.join(', ')]);
  if (network.me.needs?.length) details.push(['You need', network.me.needs.join(', ')]);
  details.push(['Contacts', String(network.contacts.length)], ['Your ties', String(graph.degree(ME))]);
  return details;
}

function gatherSuggestions(
  network: Network,
  graph: NetworkGraph,
  communities: Map<string, number>,
  options: MapOptions,
): { introductions: IntroductionSuggestion[]; byContact: Map<string, MapSuggestion[]> } {
  const introductions = suggestIntroductions(network, graph, { limit: options.introductions ?? 15, communities });
  const collaborators = suggestCollaborators(network, graph, { limit: options.collaborators ?? 10, communities, today: options.today });
  const byContact = new Map<string, MapSuggestion[]>();
  const attach = (id: string, suggestion: MapSuggestion) => {
    const list = byContact.get(id);
    if (list) list.push(suggestion);
    else byContact.set(id, [suggestion]);
  };
  collaborators.forEach((collaborator, rank) =>
    attach(collaborator.id, { title: `Suggested collaborator #${rank + 1} (score ${collaborator.score}/100)`, reasons: collaborator.reasons }),
  );
  for (const suggestion of introductions) {
    const reasons = explainIntroduction(suggestion);
    attach(suggestion.a, { title: `Introduce to ${suggestion.names.b} (score ${suggestion.score}/100)`, reasons });
    attach(suggestion.b, { title: `Introduce to ${suggestion.names.a} (score ${suggestion.score}/100)`, reasons });
  }
  return { introductions, byContact };
}

/** The three wins first, then the reasons behind them. */
function explainIntroduction(suggestion: IntroductionSuggestion): string[] {
  return [suggestion.wins.a, suggestion.wins.b, suggestion.wins.you, ...suggestion.reasons];
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
