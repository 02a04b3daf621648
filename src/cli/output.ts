// Rendering helpers shared by commands: data to stdout, messages to stderr, colour only on a
// terminal, and stable JSON for programs (tables are in table.ts).
import { stripVTControlCharacters } from 'node:util';
import { Chalk, type ChalkInstance } from 'chalk';
import { plural } from '../core/text.js';
import type { CliContext } from './context.js';

const palettes = new WeakMap<CliContext, ChalkInstance>();

/** A chalk that paints only when the context allows colour. */
export function paint(context: CliContext): ChalkInstance {
  let chalk = palettes.get(context);
  if (!chalk) {
    chalk = new Chalk({ level: context.color ? 1 : 0 });
    palettes.set(context, chalk);
  }
  return chalk;
}

/** Data for the user or a program: stdout. */
export function print(context: CliContext, text = ''): void {
  context.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/**
 * Progress, confirmations and advice: stderr, so stdout stays clean for pipes. Colour is decided
 * for stdout; when stderr is not a terminal (`2>log`) the codes are taken out again.
 */
export function say(context: CliContext, text: string): void {
  const line = text.endsWith('\n') ? text : `${text}\n`;
  context.stderr.write(context.stderr.isTTY ? line : stripVTControlCharacters(line));
}

export function success(context: CliContext, text: string): void {
  say(context, `${paint(context).green('✔')} ${text}`);
}

/** Stable, pretty JSON: the contract for `--json`. */
export function printJson(context: CliContext, data: unknown): void {
  print(context, JSON.stringify(data, null, 2));
}

/** What --limit left out, said on stderr whether or not stdout is a terminal: a script learns it too. */
export function noteHidden(context: CliContext, hidden: number, singular: string, pluralForm = `${singular}s`): void {
  if (hidden > 0) say(context, paint(context).dim(`${plural(hidden, `more ${singular}`, `more ${pluralForm}`)} not shown; raise --limit.`));
}

/** A name with the challenging-contact star on a terminal; plain when piped, so `cut -f2` gives names. */
export function starredName(context: CliContext, person: { name: string; prospect?: boolean | undefined }): string {
  return person.prospect && context.stdout.isTTY ? `${person.name} ${paint(context).yellow('★')}` : person.name;
}

export { plural };
