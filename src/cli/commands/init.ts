import {
  auditCandidates,
  countReflections,
  describeStep,
  INIT_ANSWERS_SHAPE,
  isUntouched,
  REFLECTION_TOPICS,
  runExercise,
  scoreAudit,
  TARGET_PROSPECTS,
  type ExerciseMode,
  type ExerciseResult,
} from '../../core/exercise/index.js';
import { formatLocation } from '../../core/errors.js';
import { toIsoDate } from '../../core/followup/index.js';
import type { UnusedAnswer } from '../answers-prompter.js';
import type { CliContext } from '../context.js';
import { paint, printJson, say, success } from '../output.js';
import { openGuide, type PrompterOptions } from '../prompter.js';
import { openStore } from '../store.js';

export interface InitOptions extends PrompterOptions {
  json?: true;
}

export async function initCommand(context: CliContext, options: InitOptions): Promise<void> {
  const store = openStore(context);
  const guide = await openGuide(context, options, INIT_ANSWERS_SHAPE, store);
  const network = await store.loadOrCreate();
  // A first run asks for no mode: it goes through every step once.
  const firstRun = isUntouched(network);
  const result = await runExercise(network, { prompter: guide.prompter, save: guide.save, today: toIsoDate(context.today()) });
  await guide.finish();
  if (options.json) printJson(context, summarise(result, store.path));
  else if (result.mode === 'quit') say(context, 'Nothing changed.');
  else render(context, result, store.path);
  reportUnused(context, firstRun ? 'first' : result.mode, guide.unusedAnswers());
}

const UNUSED_SHOWN = 10;

/** Why a run in each mode leaves answers unasked, and the mode that would ask them. */
const UNUSED_BECAUSE: Record<Exclude<ExerciseMode, 'quit'> | 'first', { why: string; how: string }> = {
  first: {
    why: 'a first run goes through every step once and lists five challenging contacts',
    how: 'Run it again with `mode: add` in the answers file to list more challenging contacts.',
  },
  continue: {
    why: 'this run continued where you stopped (`mode: continue`), which skips the steps already done and stops at five challenging contacts',
    how: 'Set `mode: review` in the answers file to go over every step with these answers, or `mode: add` to list more challenging contacts.',
  },
  add: {
    why: 'this run only added challenging contacts (`mode: add`)',
    how: 'Set `mode: review` in the answers file to go over every step with these answers.',
  },
  review: {
    why: 'this run went over every step (`mode: review`), which lists five challenging contacts in all',
    how: 'Set `mode: add` in the answers file to list more challenging contacts.',
  },
};

/** Lists the answers the run did not ask for, which would otherwise be dropped without a word. */
function reportUnused(context: CliContext, mode: ExerciseMode | 'first', unused: readonly UnusedAnswer[]): void {
  // `mode` is asked only once the network holds part of the exercise: on a first run it is expected to go unasked.
  const answers = mode === 'first' ? unused.filter((answer) => answer.field !== 'mode') : unused;
  if (mode === 'quit' || answers.length === 0) return;
  const chalk = paint(context);
  const { why, how } = UNUSED_BECAUSE[mode];
  const count = answers.length === 1 ? '1 answer was' : `${answers.length} answers were`;
  say(context, chalk.yellow(`${count} not used: ${why}.`));
  for (const answer of answers.slice(0, UNUSED_SHOWN)) say(context, `  ${formatLocation(answer.location)}: ${answer.field}`);
  if (answers.length > UNUSED_SHOWN) say(context, `  … and ${answers.length - UNUSED_SHOWN} more`);
  say(context, how);
}

/** The `--json` contract: where the exercise stands after this run. */
function summarise(result: ExerciseResult, file: string) {
  const { progress } = result;
  return {
    file,
    mode: result.mode,
    complete: progress.next === null,
    next: progress.next,
    profile: progress.profileDone,
    prospects: progress.prospects.map((contact) => ({
      id: contact.id,
      name: contact.name,
      pointOfView: Boolean(contact.pointOfView),
      reflections: countReflections(contact),
      giveFirst: contact.giveFirst?.length ?? 0,
    })),
    audit: progress.auditDone ? scoreAudit(auditCandidates(result.network)) : null,
  };
}

function render(context: CliContext, result: ExerciseResult, file: string): void {
  const chalk = paint(context);
  const { progress } = result;
  say(context, '');
  success(context, `Saved in ${file}.`);
  say(context, chalk.bold(`Your challenging contacts (${progress.prospects.length} of ${TARGET_PROSPECTS}):`));
  for (const contact of progress.prospects) {
    const reflections = countReflections(contact);
    const complete = Boolean(contact.pointOfView) && reflections === REFLECTION_TOPICS.length && Boolean(contact.giveFirst?.length);
    const details = [
      contact.pointOfView ? 'point of view' : chalk.yellow('no point of view'),
      `${reflections}/${REFLECTION_TOPICS.length} reflections`,
      contact.giveFirst?.length ? `${contact.giveFirst.length} to give first` : chalk.yellow('nothing to give first yet'),
    ];
    say(context, `  ${complete ? chalk.green('✔') : chalk.yellow('…')} ${contact.name} ${chalk.dim(`(${contact.id})`)}: ${details.join(' · ')}`);
  }
  say(context, progress.auditDone ? `Self-audit: done on ${result.network.audit?.date}.` : chalk.yellow('Self-audit: still to do.'));
  say(context, '');
  say(context, chalk.bold('Next:'));
  if (progress.next !== null) say(context, `  conet init                  carry on with ${describeStep(progress)}`);
  say(context, '  conet suggest intros        introductions worth making, with their three wins');
  say(context, '  conet plan --out plan.md    your introductions plan for the week');
}
