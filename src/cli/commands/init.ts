import {
  auditCandidates,
  countReflections,
  describeStep,
  INIT_ANSWERS_SHAPE,
  REFLECTION_TOPICS,
  runExercise,
  scoreAudit,
  TARGET_PROSPECTS,
  type ExerciseResult,
} from '../../core/exercise/index.js';
import { toIsoDate } from '../../core/followup/index.js';
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
  const result = await runExercise(network, { prompter: guide.prompter, save: guide.save, today: toIsoDate(context.today()) });
  await guide.finish();
  if (options.json) return printJson(context, summarise(result, store.path));
  if (result.mode === 'quit') return say(context, 'Nothing changed.');
  render(context, result, store.path);
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
