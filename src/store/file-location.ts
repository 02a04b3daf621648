// Which network file a command works on: --file, then $CONET_FILE, then ./conet.yaml if it
// exists, then the per-user data folder.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import envPaths from 'env-paths';
import { UsageError } from '../core/errors.js';

export type FileSource = 'flag' | 'env' | 'cwd' | 'user';

export interface FileLocation {
  path: string;
  source: FileSource;
}

export const LOCAL_FILE_NAME = 'conet.yaml';

export function resolveNetworkFile(options: { flag?: string | undefined; env: NodeJS.ProcessEnv; cwd: string }): FileLocation {
  if (options.flag !== undefined) {
    // `--file "$UNSET_VARIABLE"` must not quietly fall back to another network.
    if (options.flag.trim() === '') throw new UsageError('--file was given an empty path.', { hint: 'Pass the network file, e.g. --file ./conet.yaml, or leave --file out.' });
    return { path: resolve(options.cwd, options.flag), source: 'flag' };
  }
  if (options.env.CONET_FILE) return { path: resolve(options.cwd, options.env.CONET_FILE), source: 'env' };
  const local = join(options.cwd, LOCAL_FILE_NAME);
  if (existsSync(local)) return { path: local, source: 'cwd' };
  return { path: join(userDataDir(options.env), 'network.yaml'), source: 'user' };
}

function userDataDir(env: NodeJS.ProcessEnv): string {
  // env-paths reads XDG_DATA_HOME from process.env; honour the injected env the same way.
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, 'conet');
  return envPaths('conet', { suffix: '' }).data;
}

export function userCacheDir(env: NodeJS.ProcessEnv): string {
  if (env.CONET_CACHE_DIR) return env.CONET_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'conet');
  return envPaths('conet', { suffix: '' }).cache;
}
