// Faults: a process killed while saving, concurrent runs, a file edited during a session, a full
// disk, a read-only file system, a missing folder. In every case the user's file is intact and the
// user is told what happened.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { addContact } from '../../src/core/add-contact.js';
import { ConflictError, DataError } from '../../src/core/errors.js';
import { NetworkStore } from '../../src/store/network-store.js';
import { BIN, isolatedEnv, ROOT, runConet, useTempDir } from '../helpers/cli.js';
import { alternatingNetwork, versionOf } from './support/alternating-networks.js';

const tempDir = useTempDir();
// write-file-atomic and the store reach the file system through this same CommonJS module object,
// so replacing one of its functions injects a failure exactly where the operating system would.
const fs = createRequire(import.meta.url)('node:fs') as typeof import('node:fs');

afterEach(() => {
  vi.restoreAllMocks();
});

function failWith(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected failure`), { code });
}

describe('a process killed while saving', () => {
  const SIZE = 300;
  // The child runs the real store; bundled next to node_modules so its packages resolve.
  const child = join(ROOT, 'node_modules/.cache/conet-reliability/save-loop.mjs');
  beforeAll(async () => {
    await build({
      entryPoints: [join(import.meta.dirname, 'support/save-loop.ts')],
      outfile: child,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
  });

  it('leaves the previous or the new version, never a mix, however often it is killed', async () => {
    const dir = tempDir();
    const file = join(dir, 'net.yaml');
    await new NetworkStore({ path: file, source: 'flag' }).update(() => alternatingNetwork('A', SIZE), { create: true });
    // A fixed seed for the kill moments; the timing still varies from run to run, as real kills do.
    let seed = 20261124;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const seen = new Set<string>();
    let leftTemporaryFile = 0;
    for (let kill = 0; kill < 10; kill++) {
      // Half the kills at any moment of the run, half within a few milliseconds of the temporary
      // file appearing: during the write, the fsync or the rename.
      // The second save's temporary file appears when the file holds B, the third's when it holds A.
      const moment: KillMoment = kill % 2 === 0 ? { afterMs: 150 + random() * 600 } : { temporaryFile: 2 + ((kill - 1) / 2) % 2, afterMs: random() * 6 };
      await killSaveLoop(child, file, SIZE, moment);
      // proper-lockfile sees a dead process's lock as stale only after 15 s; a user would wait, the test removes it.
      rmSync(`${file}.lock`, { recursive: true, force: true });
      const current = versionOf(await new NetworkStore({ path: file, source: 'flag' }).load(), SIZE);
      expect(current, `after kill ${kill}`).not.toBeNull();
      seen.add(current!);
      if (existsSync(`${file}.bak`)) expect(versionOf(await new NetworkStore({ path: `${file}.bak`, source: 'flag' }).load(), SIZE)).not.toBeNull();
      // What a kill can leave: write-file-atomic's temporary file (never read by conet), or the
      // backup's temporary link. Nothing else.
      const litter = readdirSync(dir).filter((name) => !['net.yaml', 'net.yaml.bak'].includes(name));
      expect(litter.every((name) => /^net\.yaml\.(\d+|bak\.\d+\.tmp)$/.test(name)), litter.join(', ')).toBe(true);
      if (litter.length > 0) leftTemporaryFile++;
      for (const name of litter) rmSync(join(dir, name));
    }
    // The kills landed at different points of the save cycle: both versions were found on disk,
    // and some kills caught a write in progress (most of the five aimed at one, in practice).
    expect([...seen].sort()).toEqual(['A', 'B']);
    expect(leftTemporaryFile).toBeGreaterThan(0);
  }, 30_000);
});

type KillMoment = { afterMs: number; temporaryFile?: number };

/** Starts the save loop and SIGKILLs it `afterMs` after it starts, or after its n-th temporary file appears. */
function killSaveLoop(script: string, file: string, size: number, moment: KillMoment): Promise<void> {
  return new Promise((resolve, reject) => {
    const loop = spawn(process.execPath, [script, file, String(size)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    loop.stderr.on('data', (chunk) => (stderr += chunk));
    const kill = () => setTimeout(() => loop.kill('SIGKILL'), moment.afterMs);
    let watcher: FSWatcher | undefined;
    if (moment.temporaryFile === undefined) kill();
    else {
      let seen = 0;
      watcher = watch(dirname(file), (_, name) => {
        if (name && /^net\.yaml\.\d+$/.test(name) && ++seen === moment.temporaryFile) kill();
      });
    }
    loop.on('exit', (code, signal) => {
      watcher?.close();
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`save loop exited ${code}: ${stderr}`));
    });
  });
}

describe('injected failures: the write fails, the file does not change', () => {
  function setup() {
    const dir = tempDir();
    const file = join(dir, 'net.yaml');
    const original = 'version: 1\ncontacts:\n  - id: ada\n    name: Ada\n';
    writeFileSync(file, original);
    return { dir, file, original, conet: (...args: string[]) => runConet(['--file', file, ...args], { cwd: dir }) };
  }

  it('the rename that replaces the file fails: the previous file is intact, no temporary file is left', async () => {
    const { dir, file, original } = setup();
    vi.spyOn(fs, 'rename').mockImplementation(((from: string, to: string, callback: (error: Error | null) => void) =>
      to === file ? callback(failWith('EIO')) : fs.promises.rename(from, to).then(() => callback(null), callback)) as typeof fs.rename);
    const error = await new NetworkStore({ path: file, source: 'flag' }).update((network) => addContact(network, { name: 'Bob' }).network).catch((caught: unknown) => caught);
    expect((error as NodeJS.ErrnoException).code).toBe('EIO');
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(readdirSync(dir).filter((name) => name !== 'net.yaml.bak')).toEqual(['net.yaml']);
  });

  it('disk full: a clear message, exit 1, the file intact', async () => {
    // A real full disk (a tiny tmpfs, or /dev/full) needs mount rights or would have write-file-atomic
    // create its temporary file inside /dev; failing the write system call the same way is reliable.
    const { file, original, conet } = setup();
    vi.spyOn(fs, 'write').mockImplementation(((...args: unknown[]) => (args.at(-1) as (error: Error) => void)(failWith('ENOSPC'))) as typeof fs.write);
    const result = await conet('add', 'Bob');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}: The disk is full; the file was left as it was.`);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('read-only file system: a clear message, exit 1, the file intact', async () => {
    const { file, original, conet } = setup();
    vi.spyOn(fs, 'open').mockImplementation(((...args: unknown[]) => (args.at(-1) as (error: Error) => void)(failWith('EROFS'))) as typeof fs.open);
    const result = await conet('link', 'me', 'ada');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('read-only file system');
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  // Permission bits do not stop root (CI runs tests as root): there, the EROFS case above stands in.
  it.skipIf(process.getuid?.() === 0)('read-only folder (chmod 0500): a clear message, exit 1, the file intact', async () => {
    const { dir, file, original, conet } = setup();
    chmodSync(dir, 0o500);
    try {
      const result = await conet('add', 'Bob');
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('No permission');
      expect(readFileSync(file, 'utf8')).toBe(original);
    } finally {
      chmodSync(dir, 0o700);
    }
  });

  it('missing folder: a clear message naming it, exit 1, nothing created', async () => {
    const dir = tempDir();
    const result = await runConet(['--file', join(dir, 'no/such/net.yaml'), 'add', 'Ada'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`The folder ${join(dir, 'no/such')} does not exist`);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('concurrent runs', () => {
  it('several `conet add` started together all land, or fail saying the file is in use', async () => {
    const dir = tempDir();
    const file = join(dir, 'net.yaml');
    const names = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Edsger Dijkstra'];
    const results = await Promise.all(
      names.map(
        (name) =>
          new Promise<{ name: string; code: number | null; stderr: string }>((resolve) => {
            const run = spawn(process.execPath, [BIN, '--file', file, 'add', name], { cwd: dir, env: isolatedEnv(dir) });
            let stderr = '';
            run.stderr.on('data', (chunk) => (stderr += chunk));
            run.on('exit', (code) => resolve({ name, code, stderr }));
          }),
      ),
    );
    const network = await new NetworkStore({ path: file, source: 'flag' }).load();
    const stored = network.contacts.map((contact) => contact.name);
    for (const result of results) {
      if (result.code === 0) expect(stored).toContain(result.name);
      else expect({ code: result.code, inUse: result.stderr.includes('in use by another conet command') }).toEqual({ code: 1, inUse: true });
    }
    expect(stored.length).toBe(results.filter((result) => result.code === 0).length);
    expect(stored.length).toBeGreaterThan(0);
  });
});

describe('a file edited on disk during a session', () => {
  function setup() {
    const dir = tempDir();
    const file = join(dir, 'net.yaml');
    writeFileSync(file, 'version: 1\ncontacts:\n  - id: ada\n    name: Ada Lovelace\n');
    return { dir, file };
  }
  const edited = 'version: 1\ncontacts:\n  - id: ada\n    name: Ada Lovelace\n    notes: typed in an editor meanwhile\n';

  it('NetworkStore.save keeps the edit, and saves the session beside it', async () => {
    const { dir, file } = setup();
    const store = new NetworkStore({ path: file, source: 'flag' });
    const network = await store.load();
    writeFileSync(file, edited);
    const error = await store.save(addContact(network, { name: 'Grace Hopper' }).network).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConflictError);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    const aside = readdirSync(dir).find((name) => name.startsWith('net.mine-'));
    expect((error as DataError).hint).toContain(join(dir, aside!));
    expect(readFileSync(join(dir, aside!), 'utf8')).toContain('Grace Hopper');
  });

  /** Makes the next save of a session find the file edited by hand since it was read. */
  function editBeforeNextSave(file: string) {
    const save = NetworkStore.prototype.save;
    vi.spyOn(NetworkStore.prototype, 'save').mockImplementationOnce(async function (this: NetworkStore, network) {
      writeFileSync(file, edited);
      return save.call(this, network);
    });
  }

  it('conet reflect: not overwritten; the answers are saved beside it and the user told where', async () => {
    const { dir, file } = setup();
    const answers = join(dir, 'answers.yaml');
    writeFileSync(answers, 'reflections:\n  difference: She buys outcomes, not hours.\n');
    editBeforeNextSave(file);
    const result = await runConet(['--file', file, 'reflect', 'ada', '--answers', answers], { cwd: dir });
    expect(result.code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    const aside = /saved in (\S+?):/.exec(result.stderr)?.[1];
    expect(aside, result.stderr).toBeDefined();
    expect(readFileSync(aside!, 'utf8')).toContain('She buys outcomes, not hours.');
  });

  it('conet init: not overwritten; the answers are saved beside it and the user told where', async () => {
    const { dir, file } = setup();
    editBeforeNextSave(file);
    const result = await runConet(['--file', file, 'init', '--answers', join(ROOT, 'templates/answers.example.yaml')], { cwd: dir, env: isolatedEnv(dir, { CONET_TODAY: '2025-03-01' }) });
    expect(result.code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    const aside = /saved in (\S+?):/.exec(result.stderr)?.[1];
    expect(aside, result.stderr).toBeDefined();
    expect(existsSync(aside!)).toBe(true);
  });
});

