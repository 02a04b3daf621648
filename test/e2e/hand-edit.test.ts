// A hand edit of a large file, through the built binary: the next run parses only what changed
// against the cached copy of the file, and prints exactly what a run without any cache prints.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { isolatedEnv, runBinary, useTempDir } from '../helpers/cli.js';

const tempDir = useTempDir();

/** ~500 contacts: well above the 64 KB below which nothing is cached. */
function largeNetwork(): string {
  const contacts = Array.from({ length: 500 }, (_, i) => ({
    id: `p${i}`,
    name: `Person ${i}`,
    offers: ['copywriting'],
    notes: i % 7 === 0 ? `Met at meetup ${i}\n# not a comment\n` : `Met at meetup ${i}.`,
  }));
  const relationships = contacts.slice(1).map((contact, i) => ({ from: `p${i}`, to: contact.id, strength: 1 + (i % 5) }));
  return `# my network, kept by hand\n${dump({ version: 1, me: { name: 'Sam' }, contacts, relationships })}`;
}

describe('a hand edit of a large file', () => {
  it('is seen by the next run, which prints what a run without a cache prints', () => {
    const dir = tempDir();
    const file = join(dir, 'net.yaml');
    const original = largeNetwork();
    writeFileSync(file, original);
    const env = isolatedEnv(dir);
    const conet = (...args: string[]) => runBinary(['--file', file, ...args], { cwd: dir, env });
    let fresh = 0;
    const uncached = (...args: string[]) => runBinary(['--file', file, ...args], { cwd: dir, env: { ...env, XDG_CACHE_HOME: join(dir, `fresh-${fresh++}`) } });
    const cacheFiles = () => readdirSync(join(dir, 'cache/conet'));

    expect(conet('list', '--json').code).toBe(0);
    expect(cacheFiles().some((name) => name.endsWith('.source'))).toBe(true);

    writeFileSync(file, original.replace('name: Person 7\n', 'name: Person Seven\n').replace('  - id: p9\n', '  # Ada introduced us\n  - id: p9\n'));
    const shown = conet('show', 'p7', '--json');
    expect(shown.code, shown.stderr).toBe(0);
    expect(JSON.parse(shown.stdout).name).toBe('Person Seven');
    // Read against the cached base: only the difference was stored.
    expect(cacheFiles().some((name) => name.endsWith('.overlay'))).toBe(true);
    expect(conet('list', '--json').stdout).toBe(uncached('list', '--json').stdout);

    // A second edit, of another record and with a new top-level key: still read against the same base.
    writeFileSync(file, `${readFileSync(file, 'utf8').replace('name: Person 400\n', 'name: Person Four Hundred\n')}hobbies: [chess]\n`);
    const listed = conet('list', '--json');
    expect(listed.stdout).toContain('Person Four Hundred');
    expect(listed.stdout).toContain('Person Seven');
    expect(listed.stdout).toBe(uncached('list', '--json').stdout);

    // A broken edit is reported exactly as without a cache, and the file is left as it is.
    const broken = readFileSync(file, 'utf8').replace('name: Person 12\n', 'name: [Person 12\n');
    writeFileSync(file, broken);
    const refused = conet('list');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${file}:`);
    expect(refused.stderr).toBe(uncached('list').stderr);
    expect(readFileSync(file, 'utf8')).toBe(broken);

    // Saving through conet after hand edits: the saved file is read back as saved.
    writeFileSync(file, broken.replace('name: [Person 12\n', 'name: Person Twelve\n'));
    expect(conet('add', 'Newcomer').code).toBe(0);
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Newcomer\n', 'name: Newcomer Jones\n'));
    expect(conet('list', '--json').stdout).toBe(uncached('list', '--json').stdout);
    expect(conet('show', 'newcomer', '--json').stdout).toContain('Newcomer Jones');
  });
});

describe('a large file conet has never read', () => {
  it('loads, and a wrong field in one of its plain records is reported at its line', () => {
    const dir = tempDir();
    const file = join(dir, 'net.yaml');
    const text = largeNetwork();
    writeFileSync(file, text);
    const env = isolatedEnv(dir);
    const listed = runBinary(['--file', file, 'list', '--json'], { cwd: dir, env });
    expect(listed.code, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout)).toHaveLength(500);

    const wrong = text.replace('strength: 3\n', 'strength: 9\n');
    const line = wrong.slice(0, wrong.indexOf('strength: 9')).split('\n').length;
    writeFileSync(join(dir, 'other.yaml'), wrong);
    const refused = runBinary(['--file', join(dir, 'other.yaml'), 'list'], { cwd: dir, env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`other.yaml:${line}`);
  });
});
