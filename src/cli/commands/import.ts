import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { SingleBar } from 'cli-progress';
import { DataError, NotFoundError, UsageError } from '../../core/errors.js';
import { detectImportFormat } from '../../core/import/detect-format.js';
import { mergeImport, type MergeEntry, type MergeReport } from '../../core/import/merge-import.js';
import { parseImport } from '../../core/import/parse-import.js';
import { decodeImportBytes } from '../../core/import/source-text.js';
import { IMPORT_FORMATS, type ImportFormat, type ImportProblem, type ProgressListener } from '../../core/import/types.js';
import type { CliContext } from '../context.js';
import { paint, plural, printJson, say, success } from '../output.js';
import { printTable } from '../table.js';
import { openStore } from '../store.js';

export interface ImportOptions {
  format: string;
  dryRun?: true;
  partial?: true;
  strength?: number;
  json?: true;
}

/** Files this long get a progress bar (on a terminal). */
const PROGRESS_FROM_BYTES = 1_000_000;
const PROBLEMS_SHOWN = 50;

export async function importCommand(context: CliContext, file: string, options: ImportOptions): Promise<void> {
  if (options.strength !== undefined && !(options.strength >= 1 && options.strength <= 5)) {
    throw new UsageError(`--strength ${options.strength} is out of range.`, { hint: 'Use 1 (faint) to 5 (very strong).' });
  }
  const wanted = checkFormat(options.format);
  const text = decodeImportBytes(await readImportFile(resolve(context.cwd, file), file));
  const format = wanted === 'auto' ? detectImportFormat(file, text) : wanted;
  if (!format) {
    throw new UsageError(`Cannot tell what kind of file ${file} is.`, { hint: `Pass --format (${IMPORT_FORMATS.join(', ')}).` });
  }

  const progress = await startProgress(context, text.length);
  const parsed = await parseImport(text, format, {
    ...(options.strength !== undefined && { linkedinStrength: options.strength }),
    ...(progress && { onProgress: progress.update }),
    // The XML DOM and graphology, for GEXF and GraphML only.
    readGraphXml: async (xml, kind) => (await import('../../import-formats/graph-xml.js')).readGraphXml(xml, kind),
  });
  progress?.stop();

  if (parsed.problems.length > 0 && !options.partial) {
    reportProblems(context, file, parsed.problems);
    const good = parsed.contacts.length;
    const fix = `Fix ${parsed.problems.length === 1 ? 'it' : 'them'} and run again`;
    throw new DataError(`${plural(parsed.problems.length, 'record')} in ${file} could not be read; nothing was imported.`, {
      hint: good > 0 ? `${fix}, or pass --partial to import the ${plural(good, 'good record')}.` : `${fix}.`,
    });
  }

  const store = openStore(context);
  let merged!: ReturnType<typeof mergeImport>;
  if (options.dryRun) {
    merged = mergeImport(await store.loadOrCreate(), parsed);
  } else {
    await store.update(
      (network) => {
        merged = mergeImport(network, parsed);
        return merged.network;
      },
      { create: true },
    );
  }
  const { report, changed } = merged;

  if (options.json) {
    return printJson(context, { file, format, dryRun: Boolean(options.dryRun), changed, ...report, problems: parsed.problems });
  }
  if (parsed.problems.length > 0) reportProblems(context, file, parsed.problems);
  if (options.dryRun) await printPlan(context, report);
  summarise(context, file, format, report, { dryRun: Boolean(options.dryRun), changed }, store.path);
}

function checkFormat(format: string): 'auto' | ImportFormat {
  if (format === 'auto' || (IMPORT_FORMATS as readonly string[]).includes(format)) return format as 'auto' | ImportFormat;
  throw new UsageError(`--format "${format}" is not one conet reads.`, { hint: `Use auto, ${IMPORT_FORMATS.join(', ')}.` });
}

async function readImportFile(path: string, shown: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new NotFoundError(`No file at ${shown}.`, { hint: 'Check the path to the file you exported.' });
    if (code === 'EISDIR') throw new UsageError(`${shown} is a folder.`, { hint: 'Give the exported file itself.' });
    if (code === 'EACCES') throw new DataError(`No permission to read ${shown}.`, { hint: 'Check the file permissions.' });
    throw error;
  }
}

/** A bar on stderr while a large file is read; none (and cli-progress not loaded) when stderr is not a terminal. */
async function startProgress(context: CliContext, size: number): Promise<{ update: ProgressListener; stop: () => void } | null> {
  if (!context.stderr.isTTY || size < PROGRESS_FROM_BYTES) return null;
  const { default: cliProgress } = await import('cli-progress');
  const bar: SingleBar = new cliProgress.SingleBar(
    { stream: context.stderr, format: 'Reading {bar} {value}/{total} records', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (done, total) => {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}

function reportProblems(context: CliContext, file: string, problems: readonly ImportProblem[]): void {
  const chalk = paint(context);
  say(context, chalk.yellow(`${plural(problems.length, 'problem')} in ${file}:`));
  for (const problem of problems.slice(0, PROBLEMS_SHOWN)) say(context, `  ${file}:${problem.line}: ${problem.message}`);
  if (problems.length > PROBLEMS_SHOWN) say(context, `  … and ${problems.length - PROBLEMS_SHOWN} more`);
}

async function printPlan(context: CliContext, report: MergeReport): Promise<void> {
  const rows = [
    ...report.added.map((entry) => ({ action: 'add', entry })),
    ...report.updated.map((entry) => ({ action: 'update', entry })),
    ...report.skipped.map((entry) => ({ action: 'skip', entry })),
  ].sort((a, b) => a.entry.line - b.entry.line);
  await printTable(context, rows, [
    { header: 'Line', value: (row) => String(row.entry.line) },
    { header: 'Action', value: (row) => row.action },
    { header: 'Name', value: (row) => row.entry.name },
    { header: 'Id', value: (row) => row.entry.id ?? '' },
    { header: 'Details', value: (row) => detail(row.entry) },
  ]);
}

function detail(entry: MergeEntry): string {
  if (entry.fields) return `adds ${entry.fields.join(', ')}`;
  return entry.reason ?? '';
}

function summarise(context: CliContext, file: string, format: string, report: MergeReport, run: { dryRun: boolean; changed: boolean }, networkPath: string): void {
  const { dryRun, changed } = run;
  const chalk = paint(context);
  const { relationships: rel, introductions: intros } = report;
  const parts = [`contacts ${report.added.length} added, ${report.updated.length} updated, ${report.skipped.length} skipped`];
  if (rel.added + rel.updated > 0) parts.push(`relationships: ${rel.added} added, ${rel.updated} updated`);
  if (intros.added + intros.skipped.length > 0) parts.push(`introductions: ${intros.added} added, ${intros.skipped.length} skipped`);
  const sections = [['profile', report.profile], ['self-audit', report.audit]] as const;
  for (const [name, outcome] of sections) if (outcome) parts.push(`${name} ${outcome.added ? 'added' : 'not added'}`);
  const summary = `${file} (${format}): ${parts.join('; ')}.`;
  // The dry run's table lists the contacts skipped; what has no row there is listed in both.
  const notes = [
    ...(dryRun ? [] : report.skipped.filter((entry) => entry.id === null).map((entry) => ({ line: entry.line, text: `skipped ${entry.name}: ${entry.reason}` }))),
    ...intros.skipped.map((entry) => ({ line: entry.line, text: `introduction not added: ${entry.reason}` })),
    ...sections.flatMap(([name, outcome]) => (outcome && !outcome.added ? [{ line: outcome.line, text: `${name} not added: ${outcome.reason}` }] : [])),
  ].sort((a, b) => a.line - b.line);
  if (dryRun) say(context, `${chalk.cyan('Dry run')} ${summary}`);
  else if (changed) success(context, `Imported ${summary}`);
  else say(context, `Nothing changed: ${summary}`);
  for (const note of notes.slice(0, PROBLEMS_SHOWN)) say(context, `  ${file}:${note.line}: ${note.text}`);
  if (notes.length > PROBLEMS_SHOWN) say(context, `  … and ${notes.length - PROBLEMS_SHOWN} more not added`);
  if (dryRun) say(context, chalk.dim(changed ? 'Nothing was written. Run again without --dry-run to import.' : 'Nothing was written, and importing would change nothing.'));
  else if (changed) say(context, chalk.dim(`Saved to ${networkPath}.`));
}
