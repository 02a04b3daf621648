// `conet reflect`: the five reflection questions for one contact, existing answers as defaults.
import type { Network } from '../model.js';
import { askReflections } from './reflection-step.js';
import { ExerciseSession, type ExerciseDeps } from './session.js';

export async function reflectOnContact(network: Network, id: string, deps: ExerciseDeps): Promise<Network> {
  const session = new ExerciseSession(network, deps);
  deps.prompter.note('Five questions. Enter keeps the answer shown; each answer is saved as soon as you give it.');
  await askReflections(session, id, ['reflections']);
  return session.network;
}
