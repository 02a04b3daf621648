// A Prompter that answers from a YAML or JSON answers file, so every guided flow runs without a
// terminal. A missing answer takes the question's default (usually what the network already holds).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { AnswersShape } from '../core/exercise/answers-shape.js';
import { describeKey, type AnswerKey, type Choice, type ContactRef, type Prompter } from '../core/exercise/prompter.js';
import { DataError, NotFoundError, formatFieldPath } from '../core/errors.js';
import { locateLine } from '../store/yaml-codec.js';

export interface AnswersFile {
  path: string;
  text: string;
  data: Record<string, unknown>;
}

/** Reads and parses an answers file, and checks its keys against what the flow asks. */
export async function loadAnswers(path: string, cwd: string, shape: AnswersShape): Promise<AnswersFile> {
  const file = resolve(cwd, path);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new NotFoundError(`No answers file at ${file}.`, { hint: 'Check the --answers path; templates/answers.example.yaml is a complete example.' });
    }
    if (code === 'EISDIR') throw new DataError(`${file} is a folder, not an answers file.`, { hint: 'Pass the answers file itself to --answers.' });
    throw error;
  }
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    throw new DataError(`invalid YAML or JSON: ${error.reason}.`, {
      location: { file, ...(error.mark && { line: error.mark.line + 1, column: error.mark.column + 1 }) },
      hint: FIX_HINT,
    });
  }
  if (data === undefined || data === null) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new DataError('The answers file must be a mapping of answers.', { location: { file, line: 1 }, hint: FIX_HINT });
  }
  const answers: AnswersFile = { path: file, text, data: data as Record<string, unknown> };
  checkShape(answers, data, shape, []);
  return answers;
}

function checkShape(file: AnswersFile, value: unknown, shape: AnswersShape, path: (string | number)[]): void {
  if (shape === true || value === undefined || value === null) return;
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) throw answerError(file, path, `${fieldOf(path)} must be a list`);
    value.forEach((item, index) => checkShape(file, item, shape[0], [...path, index]));
    return;
  }
  if (typeof value !== 'object' || Array.isArray(value)) throw answerError(file, path, `${fieldOf(path)} must be a mapping of answers`);
  for (const [key, item] of Object.entries(value)) {
    const inner = (shape as Record<string, AnswersShape>)[key];
    if (inner === undefined) {
      throw answerError(file, [...path, key], `${fieldOf([...path, key])} is not a question conet asks (expected one of: ${Object.keys(shape).join(', ')})`);
    }
    checkShape(file, item, inner, [...path, key]);
  }
}

// Like any file conet cannot use, a problem in an answers file exits 1 (a data error).
const FIX_HINT = 'Fix the answers file and run again; templates/answers.example.yaml shows every key.';

/** A one-sentence problem with the answer at `path`, located at its line when the file has one. */
function answerError(file: AnswersFile, path: (string | number)[], sentence: string, hint = FIX_HINT): DataError {
  const line = lineOf(file, path);
  return new DataError(`${sentence}.`, { location: { file: file.path, ...(line !== undefined && { line }) }, hint });
}

function fieldOf(path: readonly (string | number)[]): string {
  return formatFieldPath(path) || 'the file';
}

/** The line of the answer at `path`, or of the nearest enclosing key the file has; none at all when it has none. */
function lineOf(file: AnswersFile, path: readonly (string | number)[]): number | undefined {
  let node: unknown = file.data;
  let found = 0;
  for (const part of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) break;
    node = (node as Record<string | number, unknown>)[part];
    found++;
  }
  return found === 0 ? undefined : locateLine(file.text, path.slice(0, found));
}

/** A question's own verdict, as the end of a sentence about the answer. */
function asReason(verdict: string): string {
  return verdict.charAt(0).toLowerCase() + verdict.slice(1).replace(/\.$/, '');
}

export function createAnswersPrompter(file: AnswersFile): Prompter {
  /** The answer at `key` and its concrete path (contact references resolved to list indexes). */
  const lookup = (key: AnswerKey): { value: unknown; path: (string | number)[] } => {
    let node: unknown = file.data;
    const path: (string | number)[] = [];
    for (const part of key) {
      if (typeof part === 'object') {
        const index = Array.isArray(node) ? node.findIndex((entry) => describes(entry, part)) : -1;
        if (index < 0) return { value: undefined, path };
        node = (node as unknown[])[index];
        path.push(index);
      } else {
        node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[part] : undefined;
        path.push(part);
      }
    }
    return { value: node === null ? undefined : node, path };
  };

  const fail = (path: (string | number)[], message: string): never => {
    throw answerError(file, path, `${fieldOf(path)} ${message}`);
  };

  const text = (key: AnswerKey, fallback: string | undefined, validate?: (value: string) => true | string): string => {
    const { value, path } = lookup(key);
    let answer: string;
    if (value === undefined) answer = fallback ?? '';
    else if (Array.isArray(value) && value.every(isScalar)) answer = value.map(String).join('\n');
    else if (isScalar(value)) answer = String(value);
    else return fail(path, 'must be text or a list of texts');
    const verdict = validate?.(answer) ?? true;
    if (verdict === true) return answer;
    if (value !== undefined) throw answerError(file, path, `${fieldOf(path)}: ${asReason(verdict)}`);
    // Not in the file, and what the network holds will not do either: the answer has to be added.
    const where = key.length > 1 ? `under \`${describeKey(key.slice(0, -1))}:\` in` : 'to';
    const hint = `Add \`${describeKey(key.slice(-1))}:\` ${where} the answers file, and run again.`;
    throw answerError(file, path, `${describeKey(key)} is missing: ${asReason(verdict)}`, hint);
  };

  const pick = <T extends string>(path: (string | number)[], answer: unknown, choices: readonly Choice<T>[]): T => {
    const wanted = String(answer).toLowerCase();
    const match = choices.find((choice) => [choice.value, choice.name, choice.short].some((name) => name?.toLowerCase() === wanted));
    if (!match) fail(path, `"${String(answer)}" is not one of: ${choices.map((choice) => choice.value || '""').join(', ')}`);
    return match!.value;
  };

  return {
    note: () => undefined,
    input: async (question) => text(question.key, question.default, question.validate),
    editor: async (question) => text(question.key, question.default, question.validate),
    search: async (question) => text(question.key, question.default, question.validate),
    async confirm(question) {
      const { value, path } = lookup(question.key);
      if (value === undefined) return question.default;
      if (typeof value !== 'boolean') fail(path, 'must be true or false');
      return value as boolean;
    },
    async select(question) {
      const { value, path } = lookup(question.key);
      if (value === undefined) return question.default ?? question.choices[0]!.value;
      if (!isScalar(value)) fail(path, 'must be one choice');
      return pick(path, value, question.choices);
    },
    async checkbox(question) {
      const { value, path } = lookup(question.key);
      if (value === undefined) return question.choices.filter((choice) => choice.checked).map((choice) => choice.value);
      const items = Array.isArray(value) ? value : [value];
      if (!items.every(isScalar)) fail(path, 'must be a list of choices');
      return items.map((item, index) => pick([...path, ...(Array.isArray(value) ? [index] : [])], item, question.choices));
    },
  };
}

/** An answers-file entry is about a contact when its `name` is their id or their name. */
function describes(entry: unknown, contact: ContactRef): boolean {
  if (entry === null || typeof entry !== 'object') return false;
  const name = (entry as { name?: unknown }).name;
  return typeof name === 'string' && (name.trim() === contact.id || name.trim().toLowerCase() === contact.name.toLowerCase());
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
