// The shape of an answers file: which keys the guided flows look up. Used to catch typos in an
// answers file before anything is asked (an unknown key would otherwise be silently ignored).
import { ASK_QUESTIONS, AUDIT_QUESTIONS, REFLECTION_TOPICS } from './wording.js';

/** `true`: any answer; an object: a mapping with these keys; a one-item array: a list of those. */
export type AnswersShape = true | { readonly [key: string]: AnswersShape } | readonly [AnswersShape];

const keys = (names: readonly string[]): Record<string, true> => Object.fromEntries(names.map((name) => [name, true]));

const REFLECTIONS_SHAPE = keys(REFLECTION_TOPICS);

export const INIT_ANSWERS_SHAPE: AnswersShape = {
  mode: true,
  profile: { name: true, business: true, offers: true, needs: true, asks: keys(Object.keys(ASK_QUESTIONS)) },
  prospects: [
    {
      name: true,
      pointOfView: true,
      via: true,
      connection: true,
      reflections: REFLECTIONS_SHAPE,
      giveFirst: true,
      coCreator: true,
      contributes: true,
    },
  ],
  audit: { challengers: true, yesPeople: true, growth: true, reflections: keys(Object.keys(AUDIT_QUESTIONS)) },
};

export const REFLECT_ANSWERS_SHAPE: AnswersShape = { reflections: REFLECTIONS_SHAPE };
