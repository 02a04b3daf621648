import { findContact } from '../../core/contacts.js';
import { countReflections, REFLECT_ANSWERS_SHAPE, REFLECTION_TOPICS, reflectOnContact } from '../../core/exercise/index.js';
import { toIsoDate } from '../../core/followup/index.js';
import type { CliContext } from '../context.js';
import { paint, success } from '../output.js';
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
  const answered = countReflections(findContact(result, id));
  success(context, `${answered} of ${REFLECTION_TOPICS.length} questions answered about ${paint(context).bold(name)}.`);
}
