// Runs every analysis the plan shows, once: the graph and its communities are built a single time
// and shared by the suggestions, the warm paths and the ways in.
// The exercise's modules one by one: its barrel also brings the guided flow, which the plan does not run.
import { scoreAudit, type Contrast } from '../exercise/score-audit.js';
import { listDue, openIntroductions, toIsoDate, type DueList, type IntroductionSummary } from '../followup/index.js';
import {
  prepareIntroductions,
  prepareWarmPaths,
  searchWarmPaths,
  suggestCollaborators,
  suggestWaysIn,
  type CollaboratorSuggestion,
  type FoundPaths,
  type IntroductionSuggestion,
  type NetworkGraph,
  type PathSearch,
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
  /** May still be on its way: the steps that do not need it run first. */
  communities: Map<string, number> | PromiseLike<Map<string, number>>;
  /** Runs the warm paths' search, perhaps elsewhere (another thread) while the other steps run; here by default. */
  searchWarmPaths?: (search: PathSearch) => FoundPaths | PromiseLike<FoundPaths>;
}

export async function analyseForPlan(
  network: Network,
  today: Date,
  { graph, communities: pending, searchWarmPaths: runSearch = (search) => searchWarmPaths(graph, search) }: PreparedGraph,
  options: Partial<PlanAnalysisOptions> = {},
): Promise<PlanAnalysis> {
  const settings = { ...DEFAULTS, ...options };
  const communitiesReady = Promise.resolve(pending);
  // Awaited below; should a step before that throw, its own failure is not left unhandled.
  communitiesReady.catch(() => undefined);
  // What does not need the communities comes first, so that it runs while they are found; the
  // paths' search first of all, so that it runs alongside the rest when it runs elsewhere.
  const prospects = network.contacts.filter((contact) => contact.prospect === true);
  const warmPaths = prepareWarmPaths(
    network,
    graph,
    prospects.map((contact) => contact.id),
    { limit: settings.paths },
  );
  // Started now (an async function runs up to its first await); its failure is awaited below too.
  const found = (async () => runSearch(warmPaths.search))();
  found.catch(() => undefined);
  const due = listDue(network, toIsoDate(today), { limit: settings.due });
  const rankIntroductions = prepareIntroductions(network, graph, { limit: settings.introductions });
  const communities = await communitiesReady;
  const introductions = rankIntroductions(communities);
  const collaborators = suggestCollaborators(network, graph, { limit: settings.collaborators, communities, today });
  // Awaited last: on another thread, the search may have waited behind the communities.
  const paths = warmPaths.describe(await found);
  const reach: PlanAnalysis['reach'] = new Map();
  prospects.forEach((contact, index) => {
    const reached = paths[index]!;
    reach.set(contact.id, { paths: reached, waysIn: reached ? null : suggestWaysIn(network, graph, contact.id, { communities }) });
  });
  return {
    reach,
    introductions,
    collaborators,
    due,
    openIntroductions: openIntroductions(network),
    audit: scoreAudit(network.contacts),
  };
}
