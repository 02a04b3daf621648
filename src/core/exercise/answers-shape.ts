// The shape of an answers file: which keys the guided flows look up, and what each answer may be.
// An answers file is checked against it before anything is asked, so a typo, a choice that is not
// offered or a prospect without a name is refused before anything is saved.
import { EXERCISE_MODES } from './run-exercise.js';
import { CO_CREATOR_CHOICES, CONTRIBUTION_CHOICES } from './give-first-step.js';
import type { Choice } from './prompter.js';
import { ASK_QUESTIONS, AUDIT_QUESTIONS, REFLECTION_TOPICS } from './wording.js';

export type AnswersShape =
  /** Text, or a list of texts (list answers; several lines). People are text: they depend on the network. */
  | { readonly kind: 'text' }
  /** One of the choices, or with `many` a list of them. */
  | { readonly kind: 'choice'; readonly choices: readonly Choice[]; readonly many?: true }
  /** A mapping with these keys; `required` ones must hold an answer, with the reason why. */
  | { readonly kind: 'mapping'; readonly keys: Readonly<Record<string, AnswersShape>>; readonly required?: Readonly<Record<string, string>> }
  | { readonly kind: 'list'; readonly item: AnswersShape };

const TEXT: AnswersShape = { kind: 'text' };

const texts = (names: readonly string[]): AnswersShape => ({ kind: 'mapping', keys: Object.fromEntries(names.map((name) => [name, TEXT])) });

const REFLECTIONS_SHAPE = texts(REFLECTION_TOPICS);

export const INIT_ANSWERS_SHAPE: AnswersShape = {
  kind: 'mapping',
  keys: {
    mode: { kind: 'choice', choices: EXERCISE_MODES.map((value) => ({ value, name: value })) },
    profile: { kind: 'mapping', keys: { name: TEXT, business: TEXT, offers: TEXT, needs: TEXT, asks: texts(Object.keys(ASK_QUESTIONS)) } },
    prospects: {
      kind: 'list',
      item: {
        kind: 'mapping',
        keys: {
          name: TEXT,
          pointOfView: TEXT,
          via: TEXT,
          connection: TEXT,
          reflections: REFLECTIONS_SHAPE,
          giveFirst: TEXT,
          coCreator: { kind: 'choice', choices: CO_CREATOR_CHOICES },
          contributes: { kind: 'choice', choices: CONTRIBUTION_CHOICES, many: true },
        },
        required: { name: 'every challenging contact needs a name (someone in your network, or a new contact)' },
      },
    },
    audit: {
      kind: 'mapping',
      keys: { challengers: TEXT, yesPeople: TEXT, growth: TEXT, reflections: texts(Object.keys(AUDIT_QUESTIONS)) },
    },
  },
};

export const REFLECT_ANSWERS_SHAPE: AnswersShape = { kind: 'mapping', keys: { reflections: REFLECTIONS_SHAPE } };
