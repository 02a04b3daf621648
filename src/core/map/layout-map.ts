// Positions for the map: a ForceAtlas2 layout computed once, at export time, so the page opens on a
// finished picture. Starting positions are derived from the communities (no randomness), so the same
// network always gives the same map; the number of iterations shrinks as the network grows, which
// bounds the time the export takes.
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { ME } from '../model.js';
import type { NetworkGraph, PersonAttributes, TieAttributes } from '../graph/index.js';
import { toGraphology } from '../graph/to-graphology.js';

export interface LayoutOptions {
  /** Cap on ForceAtlas2 iterations (small networks get this many). Default 300. */
  maxIterations?: number;
  /** Floor on iterations, however large the network. Default 5. */
  minIterations?: number;
  /**
   * Work budget: iterations × (people + ties) stays under it, so large networks get fewer
   * iterations. Default 1,000,000: 7 iterations at 30,000 contacts, about 2–3 s on a busy 2-core machine.
   */
  budget?: number;
}

export interface Layout {
  positions: Map<string, { x: number; y: number }>;
  iterations: number;
}

const DEFAULTS: Required<LayoutOptions> = { maxIterations: 300, minIterations: 5, budget: 1_000_000 };
/** Your ties pull little: with full weight every contact would collapse onto you and hide the circles. */
const YOUR_TIE_WEIGHT = 0.1;
/** Coarser Barnes-Hut approximation than the library's 0.5 (Gephi's default): about twice as fast per iteration. */
const BARNES_HUT_THETA = 1.2;
/**
 * Barnes-Hut from this many people on, where the library starts at 2,000: exact repulsion costs
 * people² per iteration, which the work budget (people + ties) does not count. At 1,000 people an
 * iteration took 4.6 ms exact and 1.3 ms with Barnes-Hut, at 2,000 people 18 and 3 ms.
 */
const BARNES_HUT_FROM = 500;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const SPACING = 10;

interface LayoutAttributes {
  x: number;
  y: number;
  fixed: boolean;
}

/** How many iterations a network of this size gets. */
export function layoutIterations(people: number, ties: number, options: LayoutOptions = {}): number {
  const { maxIterations, minIterations, budget } = { ...DEFAULTS, ...options };
  return Math.max(minIterations, Math.min(maxIterations, Math.floor(budget / Math.max(1, people + ties))));
}

/**
 * Lays the graph out with you fixed at the centre; `communities` decides where each circle starts.
 * ForceAtlas2 reads starting positions from the nodes of a graphology graph, so they are set on a
 * graphology copy of the graph.
 */
export function layoutMap(graph: NetworkGraph, communities: Map<string, number>, options: LayoutOptions = {}): Layout {
  const positioned = toGraphology(graph) as unknown as Graph<LayoutAttributes & PersonAttributes, TieAttributes>;
  const start = startingPositions(graph, communities);
  positioned.forEachNode((id) => positioned.mergeNodeAttributes(id, { ...start.get(id)!, fixed: id === ME }));
  const iterations = graph.size === 0 ? 0 : layoutIterations(graph.order, graph.size, options);
  const settings = { ...forceAtlas2.inferSettings(graph.order), barnesHutOptimize: graph.order >= BARNES_HUT_FROM };
  const computed =
    iterations === 0
      ? null
      : forceAtlas2(positioned, {
          iterations,
          settings: settings.barnesHutOptimize ? { ...settings, barnesHutTheta: BARNES_HUT_THETA } : settings,
          getEdgeWeight: (_edge, attributes, source, target) => attributes.strength * (source === ME || target === ME ? YOUR_TIE_WEIGHT : 1),
        });
  const positions = new Map<string, { x: number; y: number }>();
  positioned.forEachNode((id, attributes) => {
    const { x, y } = computed?.[id] ?? attributes;
    positions.set(id, { x: round(x), y: round(y) });
  });
  return { positions, iterations };
}

/**
 * You at the origin; the communities on a ring around you (the largest first), each a disc with its
 * members on a sunflower spiral, best-connected in the middle. Each disc gets an arc as wide as it
 * is, so no two overlap; contacts alone in their community share one disc. Deterministic, and
 * already a readable picture when a large network leaves time for few iterations.
 */
function startingPositions(graph: NetworkGraph, communities: Map<string, number>): Map<string, { x: number; y: number }> {
  const byCommunity: string[][] = [];
  const alone: string[] = [];
  for (const id of graph.ids) {
    if (id !== ME) (byCommunity[communities.get(id) ?? byCommunity.length] ??= []).push(id);
  }
  const groups: string[][] = [];
  for (const members of byCommunity) {
    if (members && members.length > 1) groups.push(members);
    else if (members) alone.push(...members);
  }
  if (alone.length > 0) groups.push(alone);
  const radius = (members: string[]) => SPACING * Math.sqrt(members.length + 1);
  const circumference = groups.reduce((sum, members) => sum + 2.2 * radius(members), 0);
  const ring = Math.max(circumference / (2 * Math.PI), ...groups.map((members) => 1.5 * radius(members)));
  const positions = new Map([[ME, { x: 0, y: 0 }]]);
  let travelled = 0;
  for (const members of groups) {
    const width = 2.2 * radius(members);
    const angle = (2 * Math.PI * (travelled + width / 2)) / Math.max(circumference, Number.MIN_VALUE);
    travelled += width;
    const centre = { x: ring * Math.cos(angle), y: ring * Math.sin(angle) };
    members.sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : a > b ? 1 : 0));
    members.forEach((id, index) => {
      const distance = SPACING * Math.sqrt(index + 0.5);
      positions.set(id, { x: centre.x + distance * Math.cos(index * GOLDEN_ANGLE), y: centre.y + distance * Math.sin(index * GOLDEN_ANGLE) });
    });
  }
  return positions;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
