// Reads a CSV export into rows keyed by header, each with the line it starts on. Real exports
// put notes above the header (LinkedIn) and contain the odd broken row: those become problems,
// never a crash.
import { parse } from 'csv-parse/sync';
import { normaliseText } from './source-text.js';
import type { ImportProblem, ProgressListener } from './types.js';

export interface CsvRow {
  line: number;
  /** Value by header name; header names are trimmed, values trimmed of surrounding spaces. */
  get: (column: string) => string;
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
  problems: ImportProblem[];
}

const PROGRESS_EVERY = 1000;

/**
 * Finds the header row (the first line `isHeader` accepts, looking at most `maxPreamble` lines
 * down), then reads every row below it.
 */
export function readCsvTable(
  text: string,
  isHeader: (headers: string[]) => boolean,
  options: { maxPreamble?: number; onProgress?: ProgressListener } = {},
): CsvTable {
  const normalised = normaliseText(text);
  const headerLine = findHeaderLine(normalised, isHeader, options.maxPreamble ?? 20);
  if (headerLine === null) {
    return { headers: [], rows: [], problems: [{ line: 1, message: 'no header row with the expected column names was found' }] };
  }
  const problems: ImportProblem[] = [];
  let unclosedQuote = false;
  const records = parse(normalised, {
    from_line: headerLine,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if ((error as { code?: string } | undefined)?.code === 'CSV_QUOTE_NOT_CLOSED') unclosedQuote = true;
      else if (error) problems.push({ line: (error as { lines?: number }).lines ?? headerLine, message: describeCsvError(error) });
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];
  if (unclosedQuote) {
    problems.push({ line: lineAfter(normalised, records.at(-1)?.info.lines ?? headerLine - 1), message: 'a quoted field opens here and is never closed; everything after it was ignored' });
  }

  const [header, ...body] = records;
  if (!header) return { headers: [], rows: [], problems };
  const headers = header.record.map((name) => name.trim());
  const index = new Map<string, number>();
  headers.forEach((name, position) => {
    if (!index.has(name.toLowerCase())) index.set(name.toLowerCase(), position);
  });

  const rows: CsvRow[] = [];
  const total = body.length;
  body.forEach(({ record, info }, position) => {
    if (options.onProgress && position % PROGRESS_EVERY === 0) options.onProgress(position, total);
    const line = info.lines - countNewlines(record);
    if (record.every((value) => value.trim() === '')) return;
    if (record.length !== headers.length) {
      problems.push({ line, message: `has ${record.length} fields where the header has ${headers.length} (a comma or quote out of place?)` });
      return;
    }
    rows.push({ line, get: (column) => unneutralise(record[index.get(column.toLowerCase()) ?? -1]?.trim() ?? '') });
  });
  options.onProgress?.(total, total);
  problems.sort((a, b) => a.line - b.line);
  return { headers, rows, problems };
}

function findHeaderLine(text: string, isHeader: (headers: string[]) => boolean, maxPreamble: number): number | null {
  const lines = text.split('\n', maxPreamble + 1);
  for (let index = 0; index < lines.length; index++) {
    const cells = lines[index]!.split(',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
    if (isHeader(cells)) return index + 1;
  }
  return null;
}

/**
 * csv-parse finds an unclosed quote only at the end of the text, and says so there; the field
 * opened in the record after the last one read, on its first non-empty line.
 */
function lineAfter(text: string, line: number): number {
  const lines = text.split('\n');
  let next = line + 1;
  while (next < lines.length && lines[next - 1]!.trim() === '') next++;
  return next;
}

function countNewlines(record: string[]): number {
  let count = 0;
  for (const value of record) for (let i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) count++;
  return count;
}

/** Undoes conet's own formula-injection guard (`'=SUM…` → `=SUM…`), so exports round-trip. */
function unneutralise(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function describeCsvError(error: Error): string {
  return error.message.replace(/^[^:]*: /, '').replace(/\s*at line \d+\.?$/, '');
}

/** Splits a multi-value cell: Google writes "a ::: b"; people write "a; b". */
export function splitValues(cell: string): string[] {
  return cell
    .split(/\s*:::\s*|\s*;\s*/)
    .map((value) => value.trim())
    .filter((value) => value !== '');
}
