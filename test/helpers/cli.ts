// Ways to run conet in tests: in-process (fast, for command behaviour) and as the built binary
// (slower, for flags, streams and exit codes exactly as a user sees them).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach } from 'vitest';
import { createContext } from '../../src/cli/context.js';
import { run } from '../../src/cli/main.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/conet.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** An environment that never touches the developer's real data or cache folders. */
export function isolatedEnv(dir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: dir,
    XDG_DATA_HOME: join(dir, 'data'),
    XDG_CACHE_HOME: join(dir, 'cache'),
    NO_COLOR: '1',
    ...extra,
  };
}

/** Runs conet in this process with captured, non-TTY streams. */
export async function runConet(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; stdin?: string }): Promise<CliResult> {
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  const context = createContext({ stdin, stdout, stderr }, options.env ?? isolatedEnv(options.cwd), options.cwd);
  const code = await run(context, args);
  return { code, stdout: out, stderr: err };
}

/** Spawns the built binary (run `npm run build` first; `npm test` does). */
export function runBinary(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string; timeout?: number }): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: options.env ?? isolatedEnv(options.cwd),
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeout ?? 20_000,
    // The JSON of a large network runs to megabytes (the default stops at 1 MB).
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder, removed after the test. */
export function useTempDir(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'conet-test-'));
    dirs.push(dir);
    return dir;
  };
}
