// Rendering helpers shared by commands: data to stdout, messages to stderr, colour only on a
// terminal, tables for people and stable JSON for programs.
import { stripVTControlCharacters } from 'node:util';
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
// The version cli-table3 measures with, already loaded for it: a newer one would add ~30 ms to every start.
import stringWidth from 'string-width';
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

export interface Column<T> {
  header: string;
  value: (row: T) => string;
}

/**
 * A table on a terminal; tab-separated lines without decoration when piped, so `cut` and `awk`
 * work on it.
 */
export function printTable<T>(context: CliContext, rows: readonly T[], columns: readonly Column<T>[]): void {
  if (!context.stdout.isTTY) {
    for (const row of rows) print(context, columns.map((column) => oneLine(column.value(row))).join('\t'));
    return;
  }
  const chalk = paint(context);
  const cells = rows.map((row) => columns.map((column) => column.value(row)));
  const widths = fitColumns(
    columns.map((column, index) => measureColumn([column.header, ...cells.map((cell) => cell[index]!)])),
    context.stdout.columns,
  );
  const table = new Table({
    head: columns.map((column) => chalk.bold(column.header)),
    style: { head: [], border: context.color ? ['grey'] : [], compact: true },
    wordWrap: true,
    wrapOnWordBoundary: true,
    ...(widths && { colWidths: widths }),
  });
  for (const row of cells) table.push(row);
  print(context, table.toString());
}

/** Each cell has one space of padding on either side, and a border before it and after the last. */
const CELL_PADDING = 2;

/** A column's widest line, and its widest word: narrower than that, the table would cut the word off. */
export interface ColumnWidth {
  natural: number;
  word: number;
}

/**
 * Column widths (padding included) that fit a terminal `columns` wide, or undefined when the table
 * fits as it is: the widest columns give way first and their cells wrap, but no column gets
 * narrower than its longest word (an id cut to "ada-lov…" could not be typed).
 */
export function fitColumns(measured: readonly ColumnWidth[], columns: number | undefined): number[] | undefined {
  if (!columns) return undefined;
  let room = columns - (measured.length + 1) - measured.length * CELL_PADDING;
  if (measured.reduce((sum, { natural }) => sum + natural, 0) <= room) return undefined;
  const widths = measured.map(({ natural, word }) => Math.min(natural, Math.max(word, 1)));
  room -= widths.reduce((sum, width) => sum + width, 0);
  // What is left above each column's longest word is shared evenly, narrow columns first.
  const order = measured.map((_, index) => index).sort((a, b) => measured[a]!.natural - measured[b]!.natural);
  order.forEach((index, placed) => {
    const share = Math.max(0, Math.floor(room / (order.length - placed)));
    const extra = Math.min(measured[index]!.natural - widths[index]!, share);
    widths[index]! += extra;
    room -= extra;
  });
  return widths.map((width) => width + CELL_PADDING);
}

function measureColumn(texts: readonly string[]): ColumnWidth {
  let natural = 0;
  let word = 0;
  for (const text of texts) {
    for (const line of text.split('\n')) {
      natural = Math.max(natural, stringWidth(line));
      for (const part of line.split(/\s+/)) word = Math.max(word, stringWidth(part));
    }
  }
  return { natural, word };
}

/** What --limit left out, said on stderr whether or not stdout is a terminal: a script learns it too. */
export function noteHidden(context: CliContext, hidden: number, singular: string, pluralForm = `${singular}s`): void {
  if (hidden > 0) say(context, paint(context).dim(`${plural(hidden, `more ${singular}`, `more ${pluralForm}`)} not shown; raise --limit.`));
}

/** A name with the challenging-contact star on a terminal; plain when piped, so `cut -f2` gives names. */
export function starredName(context: CliContext, person: { name: string; prospect?: boolean | undefined }): string {
  return person.prospect && context.stdout.isTTY ? `${person.name} ${paint(context).yellow('★')}` : person.name;
}

function oneLine(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}

export { plural };
