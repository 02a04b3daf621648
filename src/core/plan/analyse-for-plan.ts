// Runs every analysis the plan shows, once: the graph and its communities are built a single time
// and shared by the suggestions, the warm paths and the ways in.
// The exercise's modules one by one: its barrel also brings the guided flow, which the plan does not run.
import { scoreAudit, type Contrast } from '../exercise/score-audit.js';
import { listDue, openIntroductions, toIsoDate, type DueList, type IntroductionSummary } from '../followup/index.js';
import {
  findWarmPaths,
  suggestCollaborators,
  suggestIntroductions,
  suggestWaysIn,
  type CollaboratorSuggestion,
  type IntroductionSuggestion,
  type NetworkGraph,
  type WarmPathsResult,
  type WaysIn,
} from '../graph/index.js';
import type { Network } from '../model.js';

export interface PlanAnalysis {
  /** Per prospect id: the warm paths (null when none reaches them) and, when none does, the ways in. */
  reach: Map<string, { paths: WarmPathsResult | null; waysIn: WaysIn | null }>;
  introductions: IntroductionSuggestion[];
  collaborators: CollaboratorSuggestion[];
  due: DueList;
  openIntroductions: IntroductionSummary[];
  audit: Contrast[];
}

export interface PlanAnalysisOptions {
  /** How many joint-venture introductions to suggest. Default 3. */
  introductions: number;
  /** How many collaborators to suggest. Default 5. */
  collaborators: number;
  /** Warm paths per prospect: the best plus alternatives. Default 3. */
  paths: number;
  /** Follow-ups in the week's checklist, most urgent first (the rest are counted). Default 15. */
  due: number;
}

const DEFAULTS: PlanAnalysisOptions = { introductions: 3, collaborators: 5, paths: 3, due: 15 };

/** The graph and its communities, built once by the caller (and perhaps cached). */
export interface PreparedGraph {
  graph: NetworkGraph;
  communities: Map<string, number>;
}

export function analyseForPlan(network: Network, today: Date, { graph, communities }: PreparedGraph, options: Partial<PlanAnalysisOptions> = {}): PlanAnalysis {
  const settings = { ...DEFAULTS, ...options };
  const reach: PlanAnalysis['reach'] = new Map();
  for (const contact of network.contacts) {
    if (contact.prospect !== true) continue;
    const paths = findWarmPaths(network, graph, contact.id, { limit: settings.paths });
    reach.set(contact.id, { paths, waysIn: paths ? null : suggestWaysIn(network, graph, contact.id, { communities }) });
  }
  return {
    reach,
    introductions: suggestIntroductions(network, graph, { limit: settings.introductions, communities }),
    collaborators: suggestCollaborators(network, graph, { limit: settings.collaborators, communities, today }),
    due: listDue(network, toIsoDate(today), { limit: settings.due }),
    openIntroductions: openIntroductions(network),
    audit: scoreAudit(network.contacts),
  };
}
