// Opens the network store for the file this invocation works on.
import { resolveNetworkFile, userCacheDir } from '../store/file-location.js';
import { NetworkStore } from '../store/network-store.js';
import type { CliContext } from './context.js';

export function openStore(context: CliContext): NetworkStore {
  return new NetworkStore(resolveNetworkFile({ flag: context.global.file, env: context.env, cwd: context.cwd }), {
    cacheDir: userCacheDir(context.env),
  });
}
