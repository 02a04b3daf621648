// The guided "five challenging contacts" exercise, independent of how questions are asked.
export * from './prompter.js';
export { assessProgress, countReflections, describeStep, isUntouched, TARGET_PROSPECTS, type ExerciseProgress } from './progress.js';
export { REFLECTION_TOPICS } from './wording.js';
export { INIT_ANSWERS_SHAPE, REFLECT_ANSWERS_SHAPE } from './answers-shape.js';
export { scoreAudit, formatContrasts, type Contrast } from './score-audit.js';
export { auditCandidates } from './audit-step.js';
export { runExercise, type ExerciseMode, type ExerciseResult } from './run-exercise.js';
export { reflectOnContact } from './reflect-on-contact.js';
export type { ExerciseDeps } from './session.js';
