// `npm run bench`: times conet end to end on seeded synthetic networks of 1,000, 10,000 and 30,000
// contacts and prints a table of median wall times and peak memory. Figures, not assertions:
// the tests check correctness; this shows speed. Options: --sizes 1000,30000  --runs 5  --first-runs 3
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dump } from 'js-yaml';
import { generateNetwork, toLinkedInCsv } from './generate-network.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/conet.js');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const SIZES = option('sizes', '1000,10000,30000').split(',').map(Number);
const RUNS = Number(option('runs', '5'));
/** Runs of each "first run after a change" case (each after its own change). */
const FIRST_RUNS = Number(option('first-runs', '3'));
const work = join(tmpdir(), `conet-bench-${process.pid}`);
mkdirSync(work, { recursive: true });
const rssFile = join(work, 'rss');
/**
 * No run takes more than a few seconds. Once in some thirty benchmarks here, a start-up hung for
 * good with a module file's read pending in Node itself; such a run is killed and made again.
 */
const RUN_TIMEOUT_MS = 120_000;

function measure(command, commandArgs, env = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, {
    cwd: work,
    env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: join(work, 'cache'), XDG_DATA_HOME: join(work, 'data'), BENCH_RSS_FILE: rssFile, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: RUN_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error?.code === 'ETIMEDOUT') return { ms, rssMb: NaN, ok: false, timedOut: true, stderr: `timed out after ${RUN_TIMEOUT_MS / 1000} s` };
  let rssMb = NaN;
  try {
    rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
    rmSync(rssFile);
  } catch {}
  return { ms, rssMb, ok: result.status === 0, stderr: result.stderr };
}

function conet(commandArgs, env) {
  return measure(process.execPath, ['--require', join(ROOT, 'scripts/bench-rss.cjs'), BIN, ...commandArgs], env);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Median wall time of `run` over `times` runs, each after `prepare` (untimed); the highest peak
 * memory goes into `row`, and the first failure's message too.
 */
function timeRuns(row, times, run, prepare = () => {}) {
  const samples = [];
  for (let i = 0; i < times; i++) {
    prepare();
    let result = run();
    if (result.timedOut) {
      prepare();
      result = run();
    }
    if (!result.ok) {
      row.failure ??= result.stderr.trim().split('\n')[0];
      return undefined;
    }
    samples.push(result.ms);
    row.rssMb = Math.max(row.rssMb ?? 0, result.rssMb || 0);
  }
  return median(samples);
}

const rows = [];
// Cold start: `node -e ""` and `conet --help` in turns, many times (each takes a tenth of a second),
// so that the machine speeding up or slowing down hits both alike. The gap is the median of the
// pairs' differences: two medians taken a few seconds apart can differ by more than the gap itself.
const COLD_PAIRS = Math.max(15, 3 * RUNS);
const nodeBaseline = { size: '-', label: 'node -e "" (baseline)' };
const help = { size: '-', label: 'conet --help' };
const coldSamples = { node: [], help: [], gap: [] };
for (let i = 0; i < COLD_PAIRS && !help.failure; i++) {
  const node = timeRuns(nodeBaseline, 1, () => measure(process.execPath, ['--require', join(ROOT, 'scripts/bench-rss.cjs'), '-e', '']));
  const conetHelp = timeRuns(help, 1, () => conet(['--help']));
  coldSamples.node.push(node);
  coldSamples.help.push(conetHelp);
  coldSamples.gap.push(conetHelp - node);
}
nodeBaseline.ms = median(coldSamples.node);
help.ms = help.failure ? undefined : median(coldSamples.help);
const helpGap = help.failure ? undefined : median(coldSamples.gap);
rows.push(nodeBaseline, help);

for (const size of SIZES) {
  const network = generateNetwork(size);
  const master = join(work, `network-${size}.yaml`);
  writeFileSync(master, `# generated for the benchmark\n${dump(network, { lineWidth: -1 })}`);
  const file = join(work, `bench-${size}.yaml`);
  const target = network.contacts[Math.floor(size / 2)].id;
  const withFile = (commandArgs) => () => conet(['--file', file, ...commandArgs]);
  /** The file as generated, with nothing derived from it cached: as after a hand edit. */
  const fresh = () => {
    copyFileSync(master, file);
    rmSync(join(work, 'cache'), { recursive: true, force: true });
  };
  /** As after a hand edit of the ties that `conet list` has read: the parsed file is cached, nothing that depends on the ties is. */
  const tiesEdited = () => {
    fresh();
    withFile(['list', '--limit', '1'])();
  };
  /** Right after `conet link` changed the ties (which finds the new communities while it saves, on a large file). */
  const linked = () => {
    tiesEdited();
    const result = withFile(['link', network.contacts[1].id, network.contacts[size - 2].id, '--strength', '5'])();
    if (!result.ok) throw new Error(`conet link failed: ${result.stderr}`);
  };
  /** As right after `conet log`: the file changed, its ties did not. */
  let logged = 0;
  const otherEdit = () => conet(['--file', file, 'log', target, `bench meeting ${logged++}`]);

  const load = { size, label: 'load, nothing cached (a file conet has not read before)' };
  load.tieChange = timeRuns(load, FIRST_RUNS, withFile(['list', '--limit', '1']), fresh);
  rows.push(load);
  const handEdit = { size, label: 'load after a hand edit of one contact (the file was read before)' };
  const original = readFileSync(master, 'utf8');
  const renamed = original.replace(`name: ${network.contacts[Math.floor(size / 2)].name}\n`, 'name: Renamed By Hand\n');
  if (renamed === original) throw new Error('the hand edit found nothing to rename');
  handEdit.tieChange = timeRuns(handEdit, FIRST_RUNS, withFile(['list', '--limit', '1']), () => {
    tiesEdited();
    writeFileSync(file, renamed);
  });
  rows.push(handEdit);
  // The first plan right after a hand edit of the ties, with nothing read since: the re-read of the
  // edit and every analysis that depends on the ties, in one run.
  const tiesAt = original.indexOf('strength: ', original.indexOf('\nrelationships:\n'));
  const strength = Number(original[tiesAt + 10]);
  const tieEdited = `${original.slice(0, tiesAt + 10)}${(strength % 5) + 1}${original.slice(tiesAt + 11)}`;
  const planAfterEdit = { size, label: 'plan right after a hand edit of the ties (nothing read since)' };
  planAfterEdit.tieChange = timeRuns(planAfterEdit, FIRST_RUNS, withFile(['plan', '--out', join(work, 'plan.md'), '--force']), () => {
    tiesEdited();
    writeFileSync(file, tieEdited);
  });
  rows.push(planAfterEdit);
  const cases = [
    ['list', ['list', '--limit', '20']],
    ['show', ['show', target]],
    ['suggest collaborators', ['suggest', 'collaborators', '--limit', '10']],
    ['suggest intros', ['suggest', 'intros', '--limit', '10']],
    ['path', ['path', target]],
    ['insights', ['insights', '--limit', '10']],
    ['plan', ['plan', '--out', join(work, 'plan.md'), '--force']],
  ];
  for (const [label, commandArgs] of cases) {
    const row = { size, label };
    row.linked = timeRuns(row, FIRST_RUNS, withFile(commandArgs), linked);
    row.tieChange = timeRuns(row, FIRST_RUNS, withFile(commandArgs), tiesEdited);
    row.otherEdit = timeRuns(row, FIRST_RUNS, withFile(commandArgs), otherEdit);
    row.ms = timeRuns(row, RUNS, withFile(commandArgs));
    rows.push(row);
  }
  const add = { size, label: 'add (load + save)' };
  let counter = 0;
  add.ms = timeRuns(add, RUNS, () => conet(['--file', file, 'add', `Bench Person ${counter++}`]));
  rows.push(add);
  const link = { size, label: 'link (load + save; a change to the ties)' };
  let linkedTo = 0;
  link.ms = timeRuns(link, RUNS, () => conet(['--file', file, 'link', network.contacts[0].id, network.contacts[2 + linkedTo++].id, '--strength', '5']));
  rows.push(link);
  // Exports read the network as the analyses do; the XML ones write the most.
  for (const format of ['csv', 'gexf', 'graphml']) {
    const row = { size, label: `export ${format}` };
    row.ms = timeRuns(row, RUNS, withFile(['export', join(work, `export.${format}`), '--force']));
    rows.push(row);
  }
  const csv = join(work, `linkedin-${size}.csv`);
  writeFileSync(csv, toLinkedInCsv(size));
  const imported = join(work, 'import.yaml');
  const importRow = { size, label: `import a ${size}-row LinkedIn CSV into a new file` };
  importRow.ms = timeRuns(importRow, RUNS, () => conet(['--file', imported, 'import', csv]), () => rmSync(imported, { force: true }));
  rows.push(importRow);
}

const format = (value, digits = 0) => (value === undefined || Number.isNaN(value) ? '' : value.toFixed(digits));
console.log(`\nconet benchmark — Node ${process.version}; medians of ${FIRST_RUNS} runs after a change and ${RUNS} on an unchanged file (${COLD_PAIRS} for the first two rows); peak RSS\n`);
console.log('| contacts | command | after `conet link`, ms | after a hand edit of the ties, ms | after another edit, ms | unchanged file (median), ms | peak MB |');
console.log('|---:|---|---:|---:|---:|---:|---:|');
for (const row of rows) {
  const cells = [row.size, row.label, format(row.linked), format(row.tieChange), format(row.otherEdit), format(row.ms), format(row.rssMb)];
  console.log(`| ${cells.join(' | ')} |${row.failure ? ` failed: ${row.failure}` : ''}`);
}
console.log('\nAfter `conet link`: the first run once conet changed who knows whom; on a large file the link found the new communities while it saved.');
console.log('After a hand edit of the ties: the first run once such an edit was read (by `conet list`) — nothing derived from the ties is cached.');
console.log('After another edit: the first run once `conet log` changed the file but not its ties — communities and brokerage are reused.');
console.log('Unchanged file: later runs, which reuse the analysis itself.');
console.log(`\nconet --help is ${format(helpGap)} ms slower than node -e "" (target: within 40 ms): the median over ${COLD_PAIRS} runs of each, taken in turns.`);
rmSync(work, { recursive: true, force: true });
