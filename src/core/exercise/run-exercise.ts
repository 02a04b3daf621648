// The whole guided exercise: profile, five challenging contacts, reflections, give first,
// self-audit. On a network that already holds part of it, the user chooses to continue where the
// data shows they stopped, add prospects, or go over everything again; nothing is ever replaced
// except by an answer the user gives.
import type { Network } from '../model.js';
import { runAudit } from './audit-step.js';
import { askGiveFirst } from './give-first-step.js';
import { assessProgress, describeStep, isUntouched, TARGET_PROSPECTS, type ExerciseProgress } from './progress.js';
import { askProfile } from './profile-step.js';
import { askAbout, listProspects } from './prospects-step.js';
import { askReflections } from './reflection-step.js';
import { contactRef, ExerciseSession, type ExerciseDeps } from './session.js';
import { INTRO } from './wording.js';

export const EXERCISE_MODES = ['continue', 'add', 'review', 'quit'] as const;
export type ExerciseMode = (typeof EXERCISE_MODES)[number];

export interface ExerciseResult {
  mode: ExerciseMode;
  network: Network;
  progress: ExerciseProgress;
}

export async function runExercise(network: Network, deps: ExerciseDeps): Promise<ExerciseResult> {
  const session = new ExerciseSession(network, deps);
  const mode = isUntouched(network) ? 'continue' : await chooseMode(session);
  if (mode !== 'quit') {
    deps.prompter.note(INTRO.welcome);
    if (mode === 'add') await addProspects(session);
    else await walkThrough(session, mode === 'review');
  }
  return { mode, network: session.network, progress: assessProgress(session.network) };
}

async function chooseMode(session: ExerciseSession): Promise<ExerciseMode> {
  const progress = assessProgress(session.network);
  const choices = [
    {
      value: 'continue' as const,
      name: progress.next ? `Continue where you stopped (next: ${describeStep(progress)})` : 'Continue (every step is answered already)',
    },
    { value: 'add' as const, name: 'Add more challenging contacts' },
    { value: 'review' as const, name: 'Go over the whole exercise again, with your answers as defaults' },
    { value: 'quit' as const, name: 'Nothing for now' },
  ];
  return session.prompter.select<ExerciseMode>({
    key: ['mode'],
    message: 'This network already holds part of the exercise. What would you like to do?',
    choices,
    default: progress.next ? 'continue' : 'add',
  });
}

/** Every step still to do (or every step, when reviewing), in the exercise's order. */
async function walkThrough(session: ExerciseSession, review: boolean): Promise<void> {
  const { prompter } = session;
  if (review || !assessProgress(session.network).profileDone) await askProfile(session);

  const before = assessProgress(session.network);
  const toDescribe = review ? before.prospects : before.needAbout;
  if (toDescribe.length > 0 || before.prospects.length < TARGET_PROSPECTS) prompter.note(INTRO.prospects);
  for (const contact of toDescribe) await askAbout(session, contact.id);
  await listProspects(session, { stopAtTarget: true });

  const progress = assessProgress(session.network);
  const needReflections = review ? progress.prospects : progress.needReflections;
  if (needReflections.length > 0) prompter.note(INTRO.reflections);
  for (const contact of needReflections) await askReflections(session, contact.id, ['prospects', contactRef(contact), 'reflections']);

  const needGiveFirst = review ? progress.prospects : progress.needGiveFirst;
  if (needGiveFirst.length > 0) prompter.note(INTRO.giveFirst);
  for (const contact of needGiveFirst) await askGiveFirst(session, contact.id);

  if (review || !assessProgress(session.network).auditDone) await runAudit(session);
}

/** More prospects beyond the five, each taken through their own steps; the audit stays as it is. */
async function addProspects(session: ExerciseSession): Promise<void> {
  session.prompter.note(INTRO.prospects);
  const added = await listProspects(session, { stopAtTarget: false });
  if (added.length === 0) return;
  session.prompter.note(INTRO.reflections);
  for (const id of added) await askReflections(session, id, ['prospects', contactRef(session.contact(id)), 'reflections']);
  session.prompter.note(INTRO.giveFirst);
  for (const id of added) await askGiveFirst(session, id);
}
