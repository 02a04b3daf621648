import { findContact } from '../../core/contacts.js';
import { countReflections, REFLECT_ANSWERS_SHAPE, REFLECTION_TOPICS, reflectOnContact } from '../../core/exercise/index.js';
import { toIsoDate } from '../../core/followup/index.js';
import type { CliContext } from '../context.js';
import { paint, say, success } from '../output.js';
import { openGuide, type PrompterOptions } from '../prompter.js';
import { openStore } from '../store.js';

export type ReflectOptions = PrompterOptions;

export async function reflectCommand(context: CliContext, query: string, options: ReflectOptions): Promise<void> {
  const store = openStore(context);
  const guide = await openGuide(context, options, REFLECT_ANSWERS_SHAPE, store);
  const network = await store.load();
  const { id, name } = findContact(network, query);
  const result = await reflectOnContact(network, id, { prompter: guide.prompter, save: guide.save, today: toIsoDate(context.today()) });
  await guide.finish();
  const contact = findContact(result, id);
  const answered = countReflections(contact);
  const chalk = paint(context);
  success(context, `${answered} of ${REFLECTION_TOPICS.length} questions answered about ${chalk.bold(name)}.`);
  // The plan shows the reflections of challenging contacts only.
  if (answered < REFLECTION_TOPICS.length) say(context, chalk.dim(`  Next: conet reflect ${id} answers the rest.`));
  else if (contact.prospect) say(context, chalk.dim('  Next: conet plan --out plan.md puts them in your plan.'));
}
