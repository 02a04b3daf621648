// Tables of people and records: boxed on a terminal, tab-separated when piped.
import type { CliContext } from './context.js';
import { paint, print } from './output.js';

export interface Column<T> {
  header: string;
  value: (row: T) => string;
}

/**
 * A table on a terminal; tab-separated lines without decoration when piped, so `cut` and `awk`
 * work on it.
 */
export async function printTable<T>(context: CliContext, rows: readonly T[], columns: readonly Column<T>[]): Promise<void> {
  if (!context.stdout.isTTY) {
    for (const row of rows) print(context, columns.map((column) => oneLine(column.value(row))).join('\t'));
    return;
  }
  // Loaded for a terminal only: cli-table3, its colours and width tables are some 90 KB of code
  // that a piped table never runs. string-width is the version cli-table3 measures with.
  const [{ default: Table }, { default: stringWidth }] = await Promise.all([import('cli-table3'), import('string-width')]);
  const chalk = paint(context);
  const cells = rows.map((row) => columns.map((column) => column.value(row)));
  const widths = fitColumns(
    columns.map((column, index) => measureColumn([column.header, ...cells.map((cell) => cell[index]!)], stringWidth)),
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

function measureColumn(texts: readonly string[], stringWidth: (text: string) => number): ColumnWidth {
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

function oneLine(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}
