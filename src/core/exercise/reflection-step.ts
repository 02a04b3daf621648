// Step 3: the five reflection questions about one challenging contact.
import type { AnswerKey } from './prompter.js';
import { setReflection } from './record-answers.js';
import type { ExerciseSession } from './session.js';
import { REFLECTION_QUESTIONS, REFLECTION_TOPICS } from './wording.js';

/** Asks the five questions, each answer saved as given. `key` is where they sit in an answers file. */
export async function askReflections(session: ExerciseSession, id: string, key: AnswerKey): Promise<void> {
  const name = session.contact(id).name;
  session.prompter.note(`About ${name}:`);
  for (const topic of REFLECTION_TOPICS) {
    const answer = await session.prompter.editor({
      key: [...key, topic],
      message: REFLECTION_QUESTIONS[topic](name),
      default: session.contact(id).reflections?.[topic],
    });
    await session.record((network) => setReflection(network, id, topic, answer));
  }
}
