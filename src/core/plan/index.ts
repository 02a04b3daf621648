// The introductions plan: analyses gathered once, then a plain view model for templates and JSON.
export { analyseForPlan, type PlanAnalysis, type PlanAnalysisOptions } from './analyse-for-plan.js';
export { buildPlan } from './build-plan.js';
export { codeSpan, escapeMarkdown } from './escape-markdown.js';
export { drawDiagram, escapeMermaidLabel, mermaidId } from './draw-diagram.js';
export { findGaps, summariseGaps } from './find-gaps.js';
export type * from './view-model.js';
export { PLAN_VIEW_VERSION } from './view-model.js';
