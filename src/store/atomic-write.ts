// Atomic writes (temp file, fsync, rename) through write-file-atomic, loaded on first write only:
// commands that just read never pay for it at start-up.
import type { Options } from 'write-file-atomic';

export async function writeAtomically(path: string, data: string, options: Options): Promise<void> {
  const { default: writeFileAtomic } = await import('write-file-atomic');
  await writeFileAtomic(path, data, options);
}
