// Hostile network files, run through the built binary as a user would: each gets a clear answer
// (exit 1, file:line where there is a line), in bounded time and memory, and the file is left
// byte-identical. Memory is bounded by capping the V8 heap: a blow-up crashes instead of answering.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { isolatedEnv, runBinary, runConet, useTempDir } from '../helpers/cli.js';

const tempDir = useTempDir();

/** Small enough that an expansion or an unbounded read fails loudly, large enough for a 20 MB scalar. */
const HEAP_CAP = { NODE_OPTIONS: '--max-old-space-size=256' };

function conetOn(content: string | Buffer, args: string[] = ['list'], timeout = 15_000) {
  const dir = tempDir();
  const file = join(dir, 'net.yaml');
  writeFileSync(file, content);
  const before = readFileSync(file);
  const result = runBinary(['--file', file, ...args], { cwd: dir, env: isolatedEnv(dir, HEAP_CAP), timeout });
  return { ...result, file, untouched: readFileSync(file).equals(before) };
}

function expectRefusal(result: ReturnType<typeof conetOn>, line: number | null, words: RegExp) {
  expect(result.code, result.stderr).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(words);
  expect(result.stderr).not.toContain('internal error');
  if (line !== null) expect(result.stderr).toContain(`${result.file}:${line}`);
  expect(result.untouched).toBe(true);
}

describe('hostile network files', () => {
  it('refuses a "billion laughs" alias bomb at its first alias', () => {
    const levels = Array.from({ length: 10 }, (_, level) => {
      const item = level === 0 ? '"lol"' : `*l${level - 1}`;
      return `l${level}: &l${level} [${Array(10).fill(item).join(', ')}]`;
    });
    const result = conetOn(`version: 1\n${levels.join('\n')}\ncontacts: []\n`, ['add', 'Ada']);
    expectRefusal(result, 3, /aliases/);
  });

  it('reads a 20 MB single-line scalar in an extra field', () => {
    const kept = conetOn(`version: 1\ncontacts:\n  - id: ada\n    name: Ada\n    essay: ${'x'.repeat(20 * 1024 * 1024)}\n`, ['list']);
    expect(kept.code, kept.stderr).toBe(0);
    expect(kept.stdout).toMatch(/^ada\tAda\t/);
    expect(kept.untouched).toBe(true);
  });

  // A value of the wrong type is quoted cut short: a 20 MB string where a list belongs still gives
  // one short line naming `tags:` on line 5.
  it('refuses a 20 MB scalar in the wrong place with its line, in one short message', () => {
    const misplaced = conetOn(`version: 1\ncontacts:\n  - id: ada\n    name: Ada\n    tags: ${'x'.repeat(20 * 1024 * 1024)}\n`);
    expectRefusal(misplaced, 5, /contacts\[0\]\.tags must be Array/);
    expect(misplaced.stderr.length).toBeLessThan(1000);
  });

  it('refuses deep nesting, in flow and in block style', () => {
    expectRefusal(conetOn(`version: 1\nextra: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`), 2, /nested too deeply/);
    const block = Array.from({ length: 200 }, (_, depth) => `${'  '.repeat(depth)}k${depth}:`).join('\n');
    expectRefusal(conetOn(`version: 1\n${block} end\n`), null, /nested too deeply/);
  });

  it('refuses a __proto__ key, naming its line and field', () => {
    const result = conetOn('version: 1\ncontacts:\n  - id: ada\n    name: Ada\n    __proto__: {polluted: true}\n');
    expectRefusal(result, 5, /contacts\[0\]\.__proto__ is a key conet does not accept/);
    const nested = conetOn('version: 1\ncontacts:\n  - id: ada\n    name: Ada\n  - id: bob\n    name: Bob\n    notes:\n      - plain\n      - {when: x, extra: [1, {__proto__: 1}]}\n');
    expectRefusal(nested, 9, /contacts\[1\]\.notes\[1\]\.extra\[1\]\.__proto__ is a key conet does not accept/);
  });

  // valibot's copy of an object drops keys named `constructor` and `prototype`; the store keeps the
  // parsed input instead, so hand-written fields with these names survive a save.
  it('keeps fields named constructor and prototype (or refuses them), and pollutes no object', () => {
    const text = 'version: 1\ncontacts:\n  - id: constructor\n    name: Constructor\n    constructor: {prototype: {polluted: true}}\n    prototype: x\n';
    const { file, code, stderr } = conetOn(text, ['edit', 'constructor', '--role', 'builder']);
    expect(code, stderr).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('constructor: {prototype: {polluted: true}}');
    expect(after).toContain('role: builder');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses custom tags, including !!js/function', () => {
    expectRefusal(conetOn('version: 1\ncontacts:\n  - id: ada\n    name: !!js/function "function () { return 1 }"\n'), 4, /custom tags/);
    expectRefusal(conetOn('version: 1\nme: !foo\n  name: Sam\n'), 2, /custom tags/);
  });

  it('refuses invalid UTF-8, naming the line', () => {
    const bytes = Buffer.concat([Buffer.from('version: 1\ncontacts:\n  - id: ada\n    name: Ad'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]);
    expectRefusal(conetOn(bytes), 4, /not valid UTF-8/);
  });

  it('answers a 100 MB file in a few seconds without reading it', () => {
    const dir = tempDir();
    const file = join(dir, 'net.yaml');
    writeFileSync(file, 'version: 1\n');
    truncateSync(file, 100 * 1024 * 1024); // sparse: costs no disk
    const before = statSync(file);
    // The timeout is the bound: a process still reading after it is killed, and fails the test.
    const result = runBinary(['--file', file, 'add', 'Ada'], { cwd: dir, env: isolatedEnv(dir, HEAP_CAP), timeout: 5_000 });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/100 MB; conet reads network files up to 64 MB/);
    const after = statSync(file);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
  });

  // Only regular files are read: a FIFO would block forever and a device such as /dev/zero would
  // never end. Only the harmless FIFO case is run here.
  it('refuses a --file that is not a regular file (a FIFO) instead of waiting on it', () => {
    const dir = tempDir();
    const fifo = join(dir, 'net.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const result = runBinary(['--file', fifo, 'list'], { cwd: dir, env: isolatedEnv(dir, HEAP_CAP), timeout: 1_500 });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(fifo);
  });

  // js-yaml reads a lone carriage return as a line break; the Document writer must agree, or a save
  // fails with a raw parser error. Found by the property test of damaged files, reduced to this file.
  it('saves a file containing a lone carriage return, or refuses it clearly', async () => {
    const dir = tempDir();
    const file = join(dir, 'net.yaml');
    writeFileSync(file, LONE_CR_FILE);
    const result = await runConet(['--file', file, 'edit', '4n', '--role', 'x'], { cwd: dir });
    expect(result.stderr).not.toContain('internal error');
    expect(result.code).toBe(0);
  });
});

describe('exports never carry something a spreadsheet or address book would run', () => {
  const TRAPS = ['=HYPERLINK("http://evil.example","x")', '+1+cmd|calc', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];
  const DDE = "=cmd|' /C calc'!A0";

  it('CSV: no cell starts with = + - @ tab or carriage return', async () => {
    const dir = tempDir();
    const file = join(dir, 'net.yaml');
    const conet = (...args: string[]) => runConet(['--file', file, ...args], { cwd: dir });
    for (const [index, trap] of TRAPS.entries()) {
      expect((await conet('add', `Person${index} ${trap}`, '--org', trap, '--notes', trap, '--email', trap, '--tag', `x${index}`)).code).toBe(0);
    }
    expect((await conet('add', DDE, '--role', DDE)).code).toBe(0);
    const exported = await conet('export', '-', '--format', 'csv');
    expect(exported.code, exported.stderr).toBe(0);
    const rows: string[][] = parse(exported.stdout, { relax_column_count: true });
    const cells = rows.slice(1).flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    for (const trap of TRAPS) expect(cells).toContain(`'${trap}`);
  });

  it('vCard: a value with line breaks cannot start a property of its own', async () => {
    const dir = tempDir();
    const file = join(dir, 'net.yaml');
    const conet = (...args: string[]) => runConet(['--file', file, ...args], { cwd: dir });
    const injected = 'Ada\r\nEMAIL:evil@example.com\nEND:VCARD\nBEGIN:VCARD';
    expect((await conet('add', injected, '--org', 'x;y\nURL:http://evil.example', '--notes', 'a\nTEL:123')).code).toBe(0);
    const exported = await conet('export', '-', '--format', 'vcard');
    expect(exported.code, exported.stderr).toBe(0);
    const lines = exported.stdout.split(/\r\n/).filter(Boolean);
    expect(lines.filter((line) => /^(EMAIL|URL|TEL|BEGIN|END):/i.test(line))).toEqual(['BEGIN:VCARD', 'END:VCARD']);
  });
});

/** Reduced from a property-test counterexample: note the carriage return before `prospect`. */
const LONE_CR_FILE = [
  'version: 1',
  'me:',
  "  offers: [it's, '( ']",
  'contacts:',
  '  - id: 5-vb-b-6-8-',
  '    name: N',
  '    reflections:',
  '      message: M',
  '  - id: 4n',
  '    name: N',
  '    reflections:',
  '      message: M',
  '  - id: tq68-3c-',
  '    name: N',
  '  - id: yg0n',
  '    name: N',
  '    reflections:',
  '      message: M',
  '  - id: m',
  '    name: N',
  "  - id: '8'",
  '    name: N',
  '\r    prospect: true',
  '    reflections:',
  '      difference: M',
  '  - id: 2-8f',
  '    name: N',
  '    reflections:',
  '      difference: M',
  '  - id: b-610c',
  '    name: N',
  '    reflections:',
  '      message: M',
  '  - id: t772714',
  '    name: N',
  '    reflections:',
  '      message: M',
  'relationships:',
  "  - {from: me, to: b-610c, kind: k, strength: 2, note: ''}",
  'Notes 2: null',
].join('\n');
