// Guards the layering: a pure core, and a start-up path that loads nothing heavy.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2]!);
}

describe('architecture', () => {
  it('keeps src/core pure: no file system, process, terminal or prompt modules', () => {
    const forbidden = /^(node:|fs$|path$|os$|child_process$|chalk|@inquirer|inquirer|cli-table3|cli-progress|proper-lockfile|write-file-atomic|env-paths)/;
    const offenders: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src/core'))) {
      for (const specifier of importsOf(file)) if (forbidden.test(specifier)) offenders.push(`${relative(ROOT, file)} imports ${specifier}`);
      const text = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
      if (/\bprocess\.(env|argv|exit|stdout|stderr|stdin|cwd)\b/.test(text)) offenders.push(`${relative(ROOT, file)} uses process`);
      if (/\bnew Date\(\)|Date\.now\(\)|Math\.random\(\)/.test(text)) offenders.push(`${relative(ROOT, file)} reads the clock or an unseeded rng`);
    }
    expect(offenders).toEqual([]);
  });

  it('keeps locking and atomic writes of the network file inside src/store', () => {
    const offenders = sourceFiles(join(ROOT, 'src/cli'))
      .filter((file) => importsOf(file).some((specifier) => /^(proper-lockfile|write-file-atomic)$/.test(specifier)))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('loads no heavy library on the start-up path (conet --help)', () => {
    expect(staticPackages(join(ROOT, 'dist/main.js')).filter((name) => !/^(commander|@commander-js\/extra-typings)$/.test(name))).toEqual([]);
  });

  it('keeps graphology, the YAML parser, the validator and the id maker off the path of a read its caches answer', () => {
    // They are imported dynamically, only when communities must be computed or a file parsed.
    for (const command of ['suggest', 'path', 'insights', 'plan', 'list', 'show']) {
      const heavy = staticPackages(commandChunk(command)).filter((name) => /^(graphology|js-yaml|yaml|valibot|@sindresorhus\/slugify)/.test(name));
      expect(heavy, command).toEqual([]);
    }
  });

  it('loads the libraries of one import or export format only when a file is in that format', () => {
    // A LinkedIn import needs neither the XML DOM and graphology (GEXF, GraphML) nor ical.js (vCard).
    const formatLibraries = /^(@xmldom\/xmldom|graphology|ical\.js|csv-stringify|parse-full-name|xml-writer)/;
    for (const command of ['import', 'export']) expect(staticPackages(commandChunk(command)).filter((name) => formatLibraries.test(name)), command).toEqual([]);
    // The progress bar too, which is drawn only on a terminal.
    expect(staticPackages(commandChunk('import'))).not.toContain('cli-progress');
  });

  it('loads the prompts of a guided flow at its first question, not with the command', () => {
    // A flow answered from a file or from flags asks nothing.
    for (const command of ['init', 'reflect']) expect(staticPackages(commandChunk(command)).filter((name) => /^(@inquirer|iconv-lite|chardet)/.test(name)), command).toEqual([]);
  });
});

function commandChunk(command: string): string {
  const chunks = join(ROOT, 'dist/chunks');
  const chunk = readdirSync(chunks).find((name) => name.startsWith(`${command}-`) && name.endsWith('.js'));
  if (!chunk) throw new Error(`No chunk for ${command} in dist/chunks: run \`npm run build\`.`);
  return join(chunks, chunk);
}

/**
 * The packages a built file loads through static imports, its own chunks followed: those left
 * external, by their import, and those bundled into a chunk, by the sources its map names.
 */
function staticPackages(entry: string): string[] {
  if (!existsSync(entry)) throw new Error('Run `npm run build` first (npm test does).');
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    // Static imports only: dynamic import() is exactly how commands stay lazy.
    for (const match of text.matchAll(/^import\s[^;]*?from\s*"([^"]+)";?$|^import\s*"([^"]+)";?$/gm)) {
      const specifier = match[1] ?? match[2]!;
      if (specifier.startsWith('.')) visit(join(file, '..', specifier));
      else if (!specifier.startsWith('node:')) packages.add(specifier);
    }
    const { sources } = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] };
    for (const source of sources) {
      const bundled = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
      if (bundled) packages.add(bundled[1]!);
    }
  };
  visit(entry);
  return [...packages].sort();
}
