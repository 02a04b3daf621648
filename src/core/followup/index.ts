// Keeping in touch: the interaction log, follow-up cadence, the due list and introductions.
export { cadenceOf, DEFAULT_CADENCE_DAYS, lastContactOf, type Cadence } from './cadence.js';
export { addDays, daysBetween, toIsoDate } from './dates.js';
export { findIntroduction, introductionId, NEXT_STATUSES, recordIntroduction, type IntroductionChange, type RecordedIntroduction } from './introductions.js';
export { DEFAULT_INTRODUCTION_WAIT_DAYS, listDue, type DueItem, type DueList, type DueReason, type ListDueOptions } from './list-due.js';
export { listAsks, logInteraction, type InteractionEntry, type LoggedInteraction } from './log-interaction.js';
export { openIntroductions, summarizeIntroductions, type IntroductionSummary } from './open-introductions.js';
