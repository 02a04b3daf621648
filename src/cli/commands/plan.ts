// `conet plan`: the introductions plan, rendered from a template (eta) or printed as its JSON view model.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Eta } from 'eta';
import { DataError, NotFoundError, UsageError } from '../../core/errors.js';
import { analyseForPlan, buildPlan, summariseGaps, type PlanView } from '../../core/plan/index.js';
import { findPackageFile, writeOutputFile } from '../../store/output-file.js';
import type { CliContext } from '../context.js';
import { analyseCached } from '../load-graph.js';
import { openStore } from '../store.js';
import { print, say, success } from '../output.js';

export interface PlanOptions {
  out?: string;
  template?: string;
  format: 'markdown' | 'json';
  json?: true;
  force?: true;
}

export async function planCommand(context: CliContext, options: PlanOptions): Promise<void> {
  const format = options.json ? 'json' : options.format;
  if (options.template !== undefined && format === 'json') {
    throw new UsageError('--template applies to markdown, not to --format json.', { hint: 'Leave out one of the two.' });
  }
  const today = context.today();
  const plan = await analyseCached(
    context,
    ['plan'],
    async ({ network, graph, communities, searchWarmPaths }) =>
      buildPlan(network, today, await analyseForPlan(network, today, { graph, communities: communities(), searchWarmPaths })),
    { communitiesAlongside: true, warmPathsAlongside: true },
  );
  const text = format === 'json' ? JSON.stringify(plan, null, 2) : await renderTemplate(plan, context, options.template);
  const ending = text.endsWith('\n') ? text : `${text}\n`;

  if (options.out === undefined) print(context, ending);
  else {
    await writeOutputFile(context.cwd, options.out, ending, { force: options.force, networkFile: openStore(context).path });
    success(context, `Plan written to ${options.out}.`);
  }
  const gaps = summariseGaps(plan.gaps);
  if (gaps) say(context, gaps);
}

async function renderTemplate(plan: PlanView, context: CliContext, template: string | undefined): Promise<string> {
  const path = template === undefined ? findPackageFile('templates/plan.md') : resolve(context.cwd, template);
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (error) {
    if (isCode(error, 'ENOENT')) {
      throw new NotFoundError(`No template at ${path}.`, { hint: 'Check the path given to --template, or leave it out to use the built-in plan.' });
    }
    throw error;
  }
  // Markdown, not HTML: the view model escapes for markdown, so eta must not escape for HTML too.
  const eta = new Eta({ autoEscape: false, autoTrim: false, debug: true, cache: false, autoFilter: true, filterFunction: printable });
  try {
    return eta.renderString(source, plan);
  } catch (error) {
    throw templateError(path, error);
  }
}

/** What `<%= … %>` prints. Text in the view model is `{ raw, md }`: printing it whole would put "[object Object]" in the plan. */
function printable(value: unknown): string {
  if (Array.isArray(value) && value.some((item) => typeof item === 'object' && item !== null)) {
    throw new Error('a tag prints a list whole: join its items, e.g. `.map((item) => item.md).join(\', \')`');
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    throw new Error('md' in value ? 'a tag prints text without choosing its form: add .md (escaped for markdown) or .raw' : 'a tag prints an object, not text');
  }
  return String(value);
}

/** Eta's messages carry a code excerpt; keep the line number and the cause. */
function templateError(path: string, error: unknown): DataError {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split('\n').filter((line) => line.trim() !== '');
  const line = /\bline (\d+)/.exec(message);
  const parse = error instanceof Error && error.name === 'EtaParser Error';
  const found = (parse ? lines[0]?.replace(/ at line \d+ col \d+:?$/, '') : lines.at(-1))?.trim() ?? 'unknown error';
  // Eta compiles the tags into one function: JavaScript that does not parse has no line to show.
  const cause = found === 'Bad template syntax' ? 'the code in one of its <% %> tags is not valid JavaScript' : found;
  return new DataError(`The template could not be rendered: ${cause.replace(/[.:]?$/, '.')}`, {
    location: { file: path, ...(line && { line: Number(line[1]) }) },
    hint: 'See templates/README.md for the data a plan template can use.',
    cause: error,
  });
}

function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
