// `npm run bench`: times conet end to end on seeded synthetic networks of 1,000, 10,000 and 30,000
// contacts and prints a table of median wall times and peak memory. Figures, not assertions:
// the tests check correctness; this shows speed. Options: --sizes 1000,30000  --runs 5
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
const work = join(tmpdir(), `conet-bench-${process.pid}`);
mkdirSync(work, { recursive: true });
const rssFile = join(work, 'rss');

function measure(command, commandArgs, env = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, {
    cwd: work,
    env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: join(work, 'cache'), XDG_DATA_HOME: join(work, 'data'), BENCH_RSS_FILE: rssFile, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
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
 * Runs `prepare` then `run` RUNS times. `first` is the first run (for analyses: the one that
 * computes, right after a change to the file); `ms` is the median of all runs; peak memory is the
 * highest seen.
 */
function bench(label, run, prepare = () => {}) {
  const times = [];
  let peak = 0;
  let failure;
  for (let i = 0; i < RUNS; i++) {
    prepare();
    const result = run();
    if (!result.ok) {
      failure = result.stderr.trim().split('\n')[0];
      break;
    }
    times.push(result.ms);
    peak = Math.max(peak, result.rssMb || 0);
  }
  return { label, first: failure ? undefined : times[0], ms: failure ? undefined : median(times), rssMb: failure ? undefined : peak, failure };
}

const rows = [];
const nodeBaseline = bench('node -e ""', () => measure(process.execPath, ['--require', join(ROOT, 'scripts/bench-rss.cjs'), '-e', '']));
const help = bench('conet --help', () => conet(['--help']));
rows.push({ size: '-', ...nodeBaseline }, { size: '-', ...help });

for (const size of SIZES) {
  const network = generateNetwork(size);
  const master = join(work, `network-${size}.yaml`);
  writeFileSync(master, `# generated for the benchmark\n${dump(network, { lineWidth: -1 })}`);
  const file = join(work, `bench-${size}.yaml`);
  const fresh = () => {
    copyFileSync(master, file);
    rmSync(join(work, 'cache'), { recursive: true, force: true });
  };
  const target = network.contacts[Math.floor(size / 2)].id;
  const withFile = (commandArgs) => () => conet(['--file', file, ...commandArgs]);
  rows.push({ size, ...bench('load (first read, no cache)', withFile(['list', '--limit', '1']), fresh) });
  fresh();
  withFile(['list', '--limit', '1'])(); // warm the derived cache once, as any first command would
  const cases = [
    ['list', ['list', '--limit', '20']],
    ['show', ['show', target]],
    ['suggest collaborators', ['suggest', 'collaborators', '--limit', '10']],
    ['suggest intros', ['suggest', 'intros', '--limit', '10']],
    ['path', ['path', target]],
    ['insights', ['insights', '--limit', '10']],
    ['plan', ['plan', '--out', join(work, 'plan.md'), '--force']],
  ];
  for (const [label, commandArgs] of cases) rows.push({ size, ...bench(label, withFile(commandArgs)) });
  let counter = 0;
  rows.push({ size, ...bench('add (load + save)', () => conet(['--file', file, 'add', `Bench Person ${counter++}`])) });
  if (size === Math.max(...SIZES)) {
    const csv = join(work, `linkedin-${size}.csv`);
    writeFileSync(csv, toLinkedInCsv(size));
    const target = join(work, 'import.yaml');
    rows.push({
      size,
      ...bench(`import ${size}-row LinkedIn CSV`, () => conet(['--file', target, 'import', csv]), () => rmSync(target, { force: true })),
    });
  }
}

const format = (value, digits = 0) => (value === undefined || Number.isNaN(value) ? 'n/a' : value.toFixed(digits));
console.log(`\nconet benchmark — Node ${process.version}, ${RUNS} runs each (median wall time; peak RSS)\n`);
console.log('| contacts | command | first run ms | median ms | peak MB |');
console.log('|---:|---|---:|---:|---:|');
for (const row of rows) {
  console.log(`| ${row.size} | ${row.label} | ${format(row.first)} | ${format(row.ms)} | ${format(row.rssMb)} |${row.failure ? ` failed: ${row.failure}` : ''}`);
}
console.log('\nFirst run: right after the file changed (analyses computed). Median: over all runs on the unchanged file (analyses reused from the cache).');
console.log(`\nconet --help is ${format(help.ms - nodeBaseline.ms)} ms slower than node -e "" (target: within 40 ms).`);
rmSync(work, { recursive: true, force: true });
