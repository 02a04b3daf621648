// Privacy: the user's data is readable by the owner only, and conet never touches the network.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addContact } from '../../src/core/add-contact.js';
import { NetworkStore } from '../../src/store/network-store.js';
import { isolatedEnv, ROOT, runBinary, runConet, useTempDir } from '../helpers/cli.js';
import { alternatingNetwork } from './support/alternating-networks.js';

const tempDir = useTempDir();
const PRELOAD = join(import.meta.dirname, 'support/no-network.cjs');
const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('owner-only files', () => {
  it('a new network file, its backup and the data folder are owner-only', async () => {
    const dir = tempDir();
    const env = isolatedEnv(dir);
    expect((await runConet(['add', 'Ada Lovelace'], { cwd: dir, env })).code).toBe(0);
    expect((await runConet(['add', 'Grace Hopper'], { cwd: dir, env })).code).toBe(0);
    const folder = join(dir, 'data/conet');
    expect(modeOf(folder)).toBe(0o700);
    expect(modeOf(join(folder, 'network.yaml'))).toBe(0o600);
    expect(modeOf(join(folder, 'network.yaml.bak'))).toBe(0o600);
  });

  it('the backup is owner-only even when the user made the file readable by others', async () => {
    const dir = tempDir();
    const file = join(dir, 'net.yaml');
    writeFileSync(file, 'version: 1\ncontacts: []\n', { mode: 0o644 });
    expect((await runConet(['--file', file, 'add', 'Ada'], { cwd: dir })).code).toBe(0);
    expect(modeOf(`${file}.bak`)).toBe(0o600);
    expect(modeOf(file)).toBe(0o644); // the user's own choice for their file is kept
  });

  it('the copy saved beside a file changed on disk is owner-only', async () => {
    const dir = tempDir();
    const file = join(dir, 'net.yaml');
    const store = new NetworkStore({ path: file, source: 'flag' });
    const network = await store.update((current) => addContact(current, { name: 'Ada' }).network, { create: true });
    writeFileSync(file, `${readFileSync(file, 'utf8')}# edited\n`);
    await expect(store.save(addContact(network, { name: 'Bob' }).network)).rejects.toThrow();
    const aside = readdirSync(dir).find((name) => name.includes('.mine-'))!;
    expect(modeOf(join(dir, aside))).toBe(0o600);
  });

  it('the parsed-file cache (a copy of the data) is owner-only, in an owner-only folder', async () => {
    const dir = tempDir();
    const cacheDir = join(dir, 'cache');
    const file = join(dir, 'net.yaml');
    const store = new NetworkStore({ path: file, source: 'flag' }, { cacheDir });
    await store.update(() => alternatingNetwork('A', 100), { create: true }); // large enough to be cached
    await new NetworkStore({ path: file, source: 'flag' }, { cacheDir }).load();
    const entries = readdirSync(cacheDir);
    expect(entries.length).toBeGreaterThan(0);
    expect(modeOf(cacheDir)).toBe(0o700);
    for (const entry of entries) expect(modeOf(join(cacheDir, entry))).toBe(0o600);
  });
});

describe('no network connections', () => {
  function trappedEnv(dir: string) {
    const log = join(dir, 'network.log');
    return { log, env: isolatedEnv(dir, { CONET_TODAY: '2025-03-01', CONET_NETWORK_LOG: log, NODE_OPTIONS: `--require ${PRELOAD}` }) };
  }

  it('the trap records an attempt (so its silence below means something)', () => {
    const dir = tempDir();
    const { log, env } = trappedEnv(dir);
    const script = "fetch('http://example.invalid/').catch(() => {}); require('node:dns').lookup('example.invalid', () => {}, () => {});";
    spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8' });
    const attempts = readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line).what);
    expect(attempts).toEqual(['fetch', 'dns.lookup']);
  });

  it('a whole session of commands makes none', () => {
    const dir = tempDir();
    const { log, env } = trappedEnv(dir);
    const file = join(dir, 'net.yaml');
    const session = [
      ['init', '--answers', join(ROOT, 'templates/answers.example.yaml')],
      ['add', 'Ada Lovelace', '--tag', 'math', '--offers', 'analysis', '--strength', '4'],
      ['link', 'ada', 'dana-ruiz', '--strength', '3', '--kind', 'friend'],
      ['list'],
      ['show', 'ada', '--json'],
      ['suggest', 'collaborators'],
      ['suggest', 'intros'],
      ['path', 'hana-sato'],
      ['insights'],
      ['log', 'ada', 'coffee at the fair', '--kind', 'meeting'],
      ['due'],
      ['intro', 'ada', 'eli-brandt'],
      ['intros'],
      ['plan', '--out', join(dir, 'plan.md')],
      ['map', '--out', join(dir, 'map.html')],
      ['export', join(dir, 'contacts.csv')],
      ['export', join(dir, 'contacts.vcf')],
      ['export', join(dir, 'network.graphml')],
      ['import', join(dir, 'contacts.vcf'), '--dry-run'],
      ['doctor'],
    ];
    for (const args of session) {
      const result = runBinary(['--file', file, ...args], { cwd: dir, env });
      expect(result.code, `conet ${args.join(' ')}\n${result.stderr}`).toBe(0);
    }
    expect(existsSync(join(dir, 'map.html')) && existsSync(join(dir, 'plan.md'))).toBe(true);
    // Every command ran with the trap in place…
    expect(readFileSync(`${log}.loaded`, 'utf8').trim().split('\n')).toHaveLength(session.length);
    // …and none tried to connect.
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
  });
});

