// Graph intelligence: the public API the commands (and the plan and map exports) build on.
// Build the graph and its communities once per command, then pass them to the analyses.
// Communities (Louvain: ./communities.js) and graphology copies (./to-graphology.js) are not
// re-exported here: they load graphology, which only the commands that compute them should pay for.

/** The network as a compact undirected graph: node `me` plus every contact; tie strength 1–5 (default 3); `toGraphology()` for library algorithms. */
export { buildGraph, tieArraysOf, tiesFromMe, type NetworkGraph, type PersonAttributes, type TieArrays, type TieAttributes } from './build-graph.js';
/** Normalised betweenness (exact on small networks, sampled with seeded pivots on large ones). */
export { measureBrokerage, type BrokerageOptions } from './brokerage.js';
/** Keyword normalisation and matching of offers and needs. */
export { extractKeywords, matchTerms, toTerms, type Term } from './keywords.js';
export { describeMatch, findMatches, type Match } from './complementarity.js';
/** Contacts ranked by collaboration potential, with a score breakdown and reasons. */
export {
  COLLABORATOR_WEIGHTS,
  suggestCollaborators,
  type CollaboratorBreakdown,
  type CollaboratorOptions,
  type CollaboratorSuggestion,
} from './suggest-collaborators.js';
/** Pairs of contacts to introduce (`a`, `b`, `score`, `kind`, `wins: {a, b, you}`, `reasons`). */
export {
  prepareIntroductions,
  suggestIntroductions,
  type IntroductionKind,
  type IntroductionOptions,
  type IntroductionSuggestion,
} from './suggest-introductions.js';
/** Warm introduction paths from you to a contact; null when no chain of ties reaches them. */
export {
  findWarmPaths,
  findWarmPathsTo,
  prepareWarmPaths,
  reachableFromMe,
  searchWarmPaths,
  type FoundPaths,
  type PathSearch,
  type PathStep,
  type WarmPath,
  type WarmPathOptions,
  type WarmPathsResult,
} from './warm-paths.js';
/** Who could get you closer to someone you cannot reach yet. */
export { suggestWaysIn, type WaysIn } from './ways-in.js';
/** The network health report: communities, brokers, your brokerage, stances, dormant ties, gaps. */
export {
  analyseNetwork,
  limitAnalysis,
  type AnalysisOptions,
  type BrokerReport,
  type CommunityReport,
  type DormantTie,
  type LimitedAnalysis,
  type NetworkAnalysis,
  type PersonRef,
  type YourBrokerage,
} from './analyse-network.js';
export { isLetGo } from './people.js';
export { numberCommunities } from './number-communities.js';
export { DEFAULT_SEED } from './random.js';
