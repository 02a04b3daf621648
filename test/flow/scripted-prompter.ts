// An in-memory Prompter for flow tests: answers come from a map keyed by the readable answer key
// (`profile.name`, `prospects[Dana Ruiz].reflections.difference`); unlisted questions take their
// default. It records every question, and can "press Ctrl-C" at a chosen question.
import { describeKey, type Prompter } from '../../src/core/exercise/prompter.js';

export interface AskedQuestion {
  kind: 'input' | 'editor' | 'confirm' | 'select' | 'search' | 'checkbox';
  key: string;
  message: string;
  default?: unknown;
  choices?: string[];
}

export class ScriptedPrompter implements Prompter {
  readonly asked: AskedQuestion[] = [];
  readonly notes: string[] = [];

  constructor(
    private readonly answers: Record<string, unknown> = {},
    private readonly interruptAt?: string,
  ) {}

  note(text: string): void {
    this.notes.push(text);
  }

  private answer<T>(question: Omit<AskedQuestion, 'key'> & { key: readonly unknown[] }, fallback: T): T {
    const key = describeKey(question.key as never);
    this.asked.push({ ...question, key });
    if (key === this.interruptAt) throw Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
    return (key in this.answers ? this.answers[key] : fallback) as T;
  }

  async input(q: Parameters<Prompter['input']>[0]) {
    return this.answer({ kind: 'input', key: q.key, message: q.message, default: q.default }, q.default ?? '');
  }

  async editor(q: Parameters<Prompter['editor']>[0]) {
    return this.answer({ kind: 'editor', key: q.key, message: q.message, default: q.default }, q.default ?? '');
  }

  async confirm(q: Parameters<Prompter['confirm']>[0]) {
    return this.answer({ kind: 'confirm', key: q.key, message: q.message, default: q.default }, q.default);
  }

  async select<T extends string>(q: Parameters<Prompter['select']>[0] & { default?: T }): Promise<T> {
    const choices = q.choices.map((choice) => choice.value);
    return this.answer({ kind: 'select', key: q.key, message: q.message, default: q.default, choices }, (q.default ?? choices[0]) as T);
  }

  async search(q: Parameters<Prompter['search']>[0]) {
    const choices = q.source('').map((choice) => choice.value);
    const answer = this.answer({ kind: 'search', key: q.key, message: q.message, default: q.default, choices }, q.default ?? '');
    const verdict = q.validate?.(answer) ?? true;
    if (verdict !== true) throw new Error(`invalid scripted answer for ${describeKey(q.key)}: ${verdict}`);
    return answer;
  }

  async checkbox<T extends string>(q: { key: readonly unknown[]; message: string; choices: readonly { value: T; checked?: boolean }[] }): Promise<T[]> {
    const choices = q.choices.map((choice) => choice.value);
    const checked = q.choices.filter((choice) => choice.checked).map((choice) => choice.value);
    return this.answer({ kind: 'checkbox', key: q.key, message: q.message, default: checked, choices }, checked);
  }

  /** The keys asked, in order. */
  keys(): string[] {
    return this.asked.map((question) => question.key);
  }
}
