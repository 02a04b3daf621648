// Opens the network store for the file this invocation works on.
import { resolveNetworkFile, userCacheDir } from '../store/file-location.js';
import { NetworkStore } from '../store/network-store.js';
import type { CliContext } from './context.js';

/**
 * From about 5,000 contacts (2 MB of YAML: the size is known before the file is parsed) on, Louvain
 * takes long enough to be worth a thread of its own.
 */
export const WORKER_MIN_BYTES = 2 * 1024 * 1024;

export function openStore(context: CliContext): NetworkStore {
  return new NetworkStore(resolveNetworkFile({ flag: context.global.file, env: context.env, cwd: context.cwd }), {
    cacheDir: userCacheDir(context.env),
    // Loaded only for a large file's save: other commands never load the graph code for it.
    saveAlongside: async (network, details) =>
      details.fileBytes < WORKER_MIN_BYTES ? undefined : (await import('./load-graph.js')).findCommunitiesAlongsideSave(context)(network, details),
  });
}
