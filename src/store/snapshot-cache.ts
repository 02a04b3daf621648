// A derived cache of the parsed network, keyed by the file's content hash. The YAML file stays the
// source of truth: any edit changes the hash, and the next read parses the YAML again. Parsing a
// 30,000-contact file takes seconds; reading the cached JSON takes a fraction of that.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { writeAtomically } from './atomic-write.js';
import type { Network } from '../core/model.js';
import { BUILD_ID } from './build-id.js';

/** Below this size parsing the YAML is about as fast as reading a cache, so none is kept. */
export const CACHE_MIN_BYTES = 64 * 1024;

/**
 * Every entry starts with one line naming the file's content hash and the conet build that wrote
 * it: a change to either makes the entry invisible.
 */
function header(hash: string): string {
  return `${BUILD_ID} ${hash}`;
}

export interface DerivedEntry {
  name: string;
  /** What the entry is valid for: the file's content hash, or for a lasting entry its own key. */
  hash: string;
  /** Kept across versions of the file (it depends only on what `hash` covers). */
  lasting?: boolean;
}

export class SnapshotCache {
  constructor(private readonly folder: string | undefined) {}

  private entryPath(filePath: string): string | undefined {
    if (!this.folder) return undefined;
    return join(this.folder, `${createHash('sha1').update(filePath).digest('hex')}.json`);
  }

  async read(filePath: string, hash: string): Promise<Network | undefined> {
    return this.readEntry<Network>(this.entryPath(filePath), hash);
  }

  /** Stores the parsed network of a new version of the file; what was derived from older versions goes. */
  async write(filePath: string, hash: string, network: Network): Promise<void> {
    const entry = this.entryPath(filePath);
    if (!entry) return;
    const prefix = `${basename(entry)}.`;
    const stale = await readdir(this.folder!).catch(() => [] as string[]);
    await Promise.all(stale.filter((name) => name.startsWith(prefix)).map((name) => unlink(join(this.folder!, name)).catch(() => undefined)));
    await this.writeEntry(entry, hash, network);
  }

  /** A value derived from the file (e.g. an analysis), valid while `hash` (the file's, or the key of what it depends on) is the same. */
  async readDerived<T>(filePath: string, derived: DerivedEntry): Promise<T | undefined> {
    return this.readEntry<T>(this.derivedPath(filePath, derived), derived.hash);
  }

  async writeDerived(filePath: string, derived: DerivedEntry, value: unknown): Promise<void> {
    await this.writeEntry(this.derivedPath(filePath, derived), derived.hash, value);
  }

  /** `<entry>.<name>` goes when the file changes; a lasting `<entry>~<name>` stays, and is replaced when its key changes. */
  private derivedPath(filePath: string, derived: DerivedEntry): string | undefined {
    const entry = this.entryPath(filePath);
    return entry && `${entry}${derived.lasting ? '~' : '.'}${derived.name}`;
  }

  private async readEntry<T>(path: string | undefined, hash: string): Promise<T | undefined> {
    if (!path) return undefined;
    try {
      const content = await readFile(path, 'utf8');
      const newline = content.indexOf('\n');
      return content.slice(0, newline) === header(hash) ? (JSON.parse(content.slice(newline + 1)) as T) : undefined;
    } catch {
      return undefined; // a missing or damaged entry just means computing it again
    }
  }

  private async writeEntry(path: string | undefined, hash: string, value: unknown): Promise<void> {
    if (!path) return;
    try {
      await mkdir(this.folder!, { recursive: true, mode: 0o700 });
      await writeAtomically(path, `${header(hash)}\n${JSON.stringify(value)}`, { mode: 0o600 });
    } catch {
      // The cache is an optimisation: a read-only cache folder must not fail the command.
    }
  }
}
