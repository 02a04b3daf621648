// Step 1: who you are, what you offer and need, and your specific asks.
import type { Asks } from '../model.js';
import { setAsk, setProfile } from './record-answers.js';
import { joinList, splitList, type ExerciseSession } from './session.js';
import { ASK_QUESTIONS, INTRO, PROFILE_QUESTIONS } from './wording.js';

export async function askProfile(session: ExerciseSession): Promise<void> {
  const { prompter } = session;
  prompter.note(INTRO.profile);
  const me = () => session.network.me;

  const name = await prompter.input({
    key: ['profile', 'name'],
    message: PROFILE_QUESTIONS.name,
    default: me().name,
    validate: (value) => (value.trim() ? true : 'Your name goes on your plan; please give one.'),
  });
  await session.record((network) => setProfile(network, { name }));

  const business = await prompter.input({ key: ['profile', 'business'], message: PROFILE_QUESTIONS.business, default: me().business });
  await session.record((network) => setProfile(network, { business }));

  for (const field of ['offers', 'needs'] as const) {
    const answer = await prompter.input({ key: ['profile', field], message: PROFILE_QUESTIONS[field], default: joinList(me()[field]) });
    await session.record((network) => setProfile(network, { [field]: splitList(answer) }));
  }

  prompter.note('When someone asks how they can help, have an answer ready. Be specific enough to be recognised.');
  for (const kind of Object.keys(ASK_QUESTIONS) as (keyof typeof ASK_QUESTIONS & keyof Asks)[]) {
    const answer = await prompter.input({
      key: ['profile', 'asks', kind],
      message: ASK_QUESTIONS[kind],
      default: joinList(me().asks?.[kind]),
    });
    await session.record((network) => setAsk(network, kind, splitList(answer)));
  }
}
