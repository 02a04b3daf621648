// A Prompter that answers from a YAML or JSON answers file, so every guided flow runs without a
// terminal. A missing answer takes the question's default (usually what the network already holds).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { AnswersShape } from '../core/exercise/answers-shape.js';
import { describeKey, type AnswerKey, type Choice, type ContactRef, type Prompter } from '../core/exercise/prompter.js';
import { DataError, NotFoundError, formatFieldPath, type SourceLocation } from '../core/errors.js';
import { locateLine } from '../store/yaml-codec.js';

export interface AnswersFile {
  path: string;
  text: string;
  data: Record<string, unknown>;
  shape: AnswersShape;
}

/** An answer in the file that no question asked for. */
export interface UnusedAnswer {
  /** As messages name it: `audit.reflections.commitment`. */
  field: string;
  location: SourceLocation;
}

export interface AnswersPrompter extends Prompter {
  /** The answers no question has asked for so far, in file order. */
  unusedAnswers(): UnusedAnswer[];
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
  const answers: AnswersFile = { path: file, text, data: data as Record<string, unknown>, shape };
  checkShape(answers, data, shape, []);
  return answers;
}

function checkShape(file: AnswersFile, value: unknown, shape: AnswersShape, path: (string | number)[]): void {
  if (value === undefined || value === null) return;
  switch (shape.kind) {
    case 'text':
      readText(file, path, value);
      return;
    case 'choice':
      if (shape.many && Array.isArray(value)) value.forEach((item, index) => matchChoice(file, [...path, index], item, shape.choices));
      else matchChoice(file, path, value, shape.choices);
      return;
    case 'list':
      if (!Array.isArray(value)) throw answerError(file, path, `${fieldOf(path)} must be a list`);
      value.forEach((item, index) => checkShape(file, item, shape.item, [...path, index]));
      return;
    case 'mapping':
      if (typeof value !== 'object' || Array.isArray(value)) throw answerError(file, path, `${fieldOf(path)} must be a mapping of answers`);
      for (const [key, item] of Object.entries(value)) {
        const inner = shape.keys[key];
        if (inner === undefined) {
          const known = Object.keys(shape.keys).join(', ');
          throw answerError(file, [...path, key], `${fieldOf([...path, key])} is not a question conet asks (expected one of: ${known})`);
        }
        checkShape(file, item, inner, [...path, key]);
      }
      for (const [key, why] of Object.entries(shape.required ?? {})) {
        const item: unknown = (value as Record<string, unknown>)[key];
        if (item === undefined || item === null || String(item).trim() === '') throw missingAnswer(file, [...path, key], [...path, key], why);
      }
  }
}

/** A text answer; a list of texts is one item per line (how lists are typed in an editor). */
function readText(file: AnswersFile, path: (string | number)[], answer: unknown): string {
  if (isScalar(answer)) return String(answer);
  if (Array.isArray(answer) && answer.every(isScalar)) return answer.map(String).join('\n');
  throw answerError(file, path, `${fieldOf(path)} must be text or a list of texts`);
}

/** The choice an answer names: its value, name or short name, in any letter case. */
function matchChoice<T extends string>(file: AnswersFile, path: (string | number)[], answer: unknown, choices: readonly Choice<T>[]): T {
  const wanted = isScalar(answer) ? String(answer).toLowerCase() : undefined;
  const match = choices.find((choice) => [choice.value, choice.name, choice.short].some((name) => name?.toLowerCase() === wanted));
  if (match) return match.value;
  const offered = choices.map((choice) => choice.value || '""').join(', ');
  const field = fieldOf(path);
  throw answerError(file, path, isScalar(answer) ? `${field} "${String(answer)}" is not one of: ${offered}` : `${field} must be one of: ${offered}`);
}

// Like any file conet cannot use, a problem in an answers file exits 1 (a data error). The file is
// checked before the run and the network saved only after it, so a refused answer saves nothing.
const FIX_HINT = 'Nothing was saved: fix the answers file and run again; templates/answers.example.yaml shows every key (its opening notes say what `conet reflect` takes).';

/** A one-sentence problem with the answer at `path`, located at its line when the file has one. */
function answerError(file: AnswersFile, path: (string | number)[], sentence: string, hint = FIX_HINT): DataError {
  return new DataError(`${sentence}.`, { location: locate(file, path), hint });
}

/** The file, and the line of the answer at `path` when it has one. */
function locate(file: AnswersFile, path: readonly (string | number)[]): SourceLocation {
  const line = lineOf(file, path);
  return { file: file.path, ...(line !== undefined && { line }) };
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

/** "profile.name is missing: …", saying where to add it. `path` is as far as the file has it; `key` names it in full. */
function missingAnswer(file: AnswersFile, path: (string | number)[], key: AnswerKey, reason: string): DataError {
  const where = key.length > 1 ? `under \`${describeKey(key.slice(0, -1))}:\` in` : 'to';
  const hint = `Nothing was saved: add \`${describeKey(key.slice(-1))}:\` ${where} the answers file, and run again.`;
  return answerError(file, path, `${describeKey(key)} is missing: ${reason}`, hint);
}

/** A question's own verdict, as the end of a sentence about the answer. */
function asReason(verdict: string): string {
  return verdict.charAt(0).toLowerCase() + verdict.slice(1).replace(/\.$/, '');
}

/** The paths of every answer the file gives (lists of texts or choices are one answer), in file order. */
function listAnswers(value: unknown, shape: AnswersShape, path: (string | number)[], out: (string | number)[][] = []): (string | number)[][] {
  if (value === undefined || value === null) return out;
  if (shape.kind === 'mapping') for (const [key, item] of Object.entries(value)) listAnswers(item, shape.keys[key]!, [...path, key], out);
  else if (shape.kind === 'list') (value as unknown[]).forEach((item, index) => listAnswers(item, shape.item, [...path, index], out));
  else out.push(path);
  return out;
}

export function createAnswersPrompter(file: AnswersFile): AnswersPrompter {
  const asked = new Set<string>();

  /** The answer at `key` and its concrete path (contact references resolved to list indexes); `found` marks entries used on the way. */
  const find = (key: AnswerKey, found?: (path: (string | number)[]) => void): { value: unknown; path: (string | number)[]; reached?: true } => {
    let node: unknown = file.data;
    const path: (string | number)[] = [];
    for (const part of key) {
      if (typeof part === 'object') {
        const index = Array.isArray(node) ? node.findIndex((entry) => describes(entry, part)) : -1;
        if (index < 0) return { value: undefined, path };
        node = (node as unknown[])[index];
        path.push(index);
        // The entry's name found the contact: it has done its work, even if no question asks for it.
        found?.([...path, 'name']);
      } else {
        node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[part] : undefined;
        path.push(part);
      }
    }
    return { value: node === null ? undefined : node, path, reached: true };
  };
  const use = (path: (string | number)[]) => asked.add(JSON.stringify(path));
  const lookup = (key: AnswerKey): { value: unknown; path: (string | number)[] } => {
    const answer = find(key, use);
    if (answer.reached) use(answer.path);
    return answer;
  };

  const text = (key: AnswerKey, fallback: string | undefined, validate?: (value: string) => true | string): string => {
    const { value, path } = lookup(key);
    const answer = value === undefined ? (fallback ?? '') : readText(file, path, value);
    const verdict = validate?.(answer) ?? true;
    if (verdict === true) return answer;
    if (value !== undefined) throw answerError(file, path, `${fieldOf(path)}: ${asReason(verdict)}`);
    // Not in the file, and what the network holds will not do either: the answer has to be added.
    throw missingAnswer(file, path, key, asReason(verdict));
  };

  return {
    unusedAnswers: () =>
      listAnswers(file.data, file.shape, [])
        .filter((path) => !asked.has(JSON.stringify(path)))
        .map((path) => ({ field: formatFieldPath(path), location: locate(file, path) })),
    note: () => undefined,
    answersUnder: (key) => find(key).value !== undefined,
    input: async (question) => text(question.key, question.default, question.validate),
    editor: async (question) => text(question.key, question.default, question.validate),
    search: async (question) => text(question.key, question.default, question.validate),
    async confirm(question) {
      const { value, path } = lookup(question.key);
      if (value === undefined) return question.default;
      if (typeof value !== 'boolean') throw answerError(file, path, `${fieldOf(path)} must be true or false`);
      return value;
    },
    async select(question) {
      const { value, path } = lookup(question.key);
      if (value === undefined) return question.default ?? question.choices[0]!.value;
      return matchChoice(file, path, value, question.choices);
    },
    async checkbox(question) {
      const { value, path } = lookup(question.key);
      if (value === undefined) return question.choices.filter((choice) => choice.checked).map((choice) => choice.value);
      if (!Array.isArray(value)) return [matchChoice(file, path, value, question.choices)];
      return value.map((item, index) => matchChoice(file, [...path, index], item, question.choices));
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
