// The small question-asking interface the guided flows talk to. The same flow runs on inquirer
// (a person at a terminal), on an answers file (scripts, CI) or on a scripted prompter (tests).

/** Names the contact a question is about, so an answers file can find the entry for them. */
export interface ContactRef {
  id: string;
  name: string;
}

/**
 * Where an answer lives in an answers file, e.g. ['profile', 'name'] or
 * [ 'prospects', {id, name}, 'reflections', 'difference' ]. Numbers index lists.
 */
export type AnswerKey = readonly (string | number | ContactRef)[];

interface Question {
  key: AnswerKey;
  message: string;
}

/** Returns true when the answer is acceptable, or a short message saying what is wrong. */
export type Validate<T> = (value: T) => true | string;

export interface TextQuestion extends Question {
  /** The answer so far: kept when the user just presses Enter. */
  default?: string;
  validate?: Validate<string>;
}

export interface ConfirmQuestion extends Question {
  default: boolean;
}

export interface Choice<T extends string = string> {
  value: T;
  name: string;
  /** How the choice reads once picked, and another way to name it in an answers file. */
  short?: string;
  description?: string;
}

export interface SelectQuestion<T extends string> extends Question {
  choices: readonly Choice<T>[];
  default?: T;
}

/** A list filtered as the user types; the answer is a choice's value (an answers file gives text). */
export interface SearchQuestion extends Question {
  source: (term: string) => Choice[];
  default?: string;
  validate?: Validate<string>;
}

export interface CheckboxQuestion<T extends string> extends Question {
  choices: readonly (Choice<T> & { checked?: boolean })[];
}

export interface Prompter {
  /** A short explanation shown before a step. */
  note(text: string): void;
  input(question: TextQuestion): Promise<string>;
  /** A longer, possibly multi-line answer. */
  editor(question: TextQuestion): Promise<string>;
  confirm(question: ConfirmQuestion): Promise<boolean>;
  select<T extends string>(question: SelectQuestion<T>): Promise<T>;
  search(question: SearchQuestion): Promise<string>;
  checkbox<T extends string>(question: CheckboxQuestion<T>): Promise<T[]>;
  /**
   * Whether any answer is given under `key`. Only an answers file can say no; where the user is
   * asked (a terminal) this is absent, and every step runs.
   */
  answersUnder?(key: AnswerKey): boolean;
}

/** `prospects[Dana Ruiz].reflections.difference`: how a key is named in messages. */
export function describeKey(key: AnswerKey): string {
  let out = '';
  for (const part of key) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'object') out += `[${part.name}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}
