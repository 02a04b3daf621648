// Files conet writes for the user (plans, maps, exports): never clobbered without --force,
// written atomically, readable by the owner only (they hold the user's network).
import { existsSync } from 'node:fs';
import { readFile, realpath, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomically } from './atomic-write.js';
import { DataError, NotFoundError, UsageError } from '../core/errors.js';

const OWNER_ONLY = 0o600;

export interface OutputOptions {
  force?: boolean | undefined;
  /** The network file: never overwritten by an output, even with --force. */
  networkFile?: string;
}

/** Writes `text` to `file` (relative to the working folder). Returns the absolute path. */
export async function writeOutputFile(cwd: string, file: string, text: string, options: OutputOptions): Promise<string> {
  const path = resolve(cwd, file);
  // Compared where the paths lead: a symbolic link to the network file is the network file.
  if (options.networkFile !== undefined && (await realOrResolved(path)) === (await realOrResolved(options.networkFile))) {
    throw new UsageError(`${file} is your network file; writing over it would replace your data.`, { hint: 'Choose another file name.' });
  }
  if ((await stat(path).catch(() => undefined))?.isDirectory()) throw new UsageError(`${file} is a folder.`, { hint: 'Give a file name.' });
  try {
    // `wx` checks and creates in one step, so even a race cannot clobber a file. A replacement is
    // renamed into place, so no reader sees half of it; neither is synced to disk: an output is
    // made again from the network file (which is), and a sync after a large cache write took up
    // to 0.6 s here.
    if (!options.force) await writeFile(path, text, { flag: 'wx', mode: OWNER_ONLY });
    else await writeAtomically(path, text, { mode: OWNER_ONLY, fsync: false });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${file} already exists; pass --force to replace it.`, { hint: 'Or choose another name.' });
    if (code === 'ENOENT') throw new NotFoundError(`The folder for ${file} does not exist.`, { hint: 'Create it first, or choose another path.' });
    if (code === 'EISDIR') throw new UsageError(`${file} is a folder.`, { hint: 'Give a file name.' });
    if (code === 'EACCES' || code === 'EPERM') throw new DataError(`No permission to write ${file}.`, { hint: 'Choose another folder.' });
    if (code === 'ENOSPC') throw new DataError(`The disk is full; ${file} was not written.`, { hint: 'Free some space and run again.' });
    throw error;
  }
  return path;
}

async function realOrResolved(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path));
}

/**
 * The path of a file shipped with conet (templates, the map's browser code), found by walking up
 * from the bundle: the code runs from dist/ or dist/chunks/ when installed, and from src/ in tests.
 */
export function findPackageFile(relativePath: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, relativePath);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new NotFoundError(`${relativePath} is missing from this installation of conet.`, {
    hint: 'Run `npm run build` in the conet folder, or reinstall conet.',
  });
}

export async function readPackageFile(relativePath: string): Promise<string> {
  return readFile(findPackageFile(relativePath), 'utf8');
}
