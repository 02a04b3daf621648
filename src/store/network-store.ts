// The one place conet touches the network file. Guarantees:
// - reads never change the file; a bad file is reported with file:line and left byte-identical;
// - writes are atomic (temp file, fsync, rename), keep the previous version as <file>.bak, and
//   create new files readable by the owner only;
// - a lock serialises concurrent runs, and a file that changed on disk since it was read is never
//   overwritten: the session's version is saved beside it instead.
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import lockfile from 'proper-lockfile';
import writeFileAtomic from 'write-file-atomic';
import { isDeepStrictEqual } from 'node:util';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { ConflictError, DataError, formatFieldPath, NotFoundError } from '../core/errors.js';
import { emptyNetwork, type Network } from '../core/model.js';
import { validateNetwork } from '../core/schema.js';
import type { FileLocation } from './file-location.js';
import { CACHE_MIN_BYTES, SnapshotCache } from './snapshot-cache.js';
import { parseNetwork, patchYamlText } from './yaml-codec.js';
import { dumpNetwork, spliceYamlText } from './yaml-splice.js';

const OWNER_ONLY = 0o600;

/** Up to this size every save is checked by parsing the result back (a cheap safety net). */
const VERIFY_MAX_BYTES = 2 * 1024 * 1024;

const NEW_FILE_HEADER =
  '# conet network: your profile, contacts and relationships.\n' +
  '# Edit it by hand if you like; comments and extra fields are kept.\n' +
  '# Relationship strength: 1 (faint) to 5 (very strong). `me` is you.\n\n';

/** What was last read from or written to disk: the base for the next save. */
interface Snapshot {
  text: string;
  network: Network;
}

export class NetworkStore {
  private snapshot: Snapshot | undefined;
  private readonly cache: SnapshotCache;

  constructor(
    readonly location: FileLocation,
    options: { cacheDir?: string } = {},
  ) {
    this.cache = new SnapshotCache(options.cacheDir);
  }

  get path(): string {
    return this.location.path;
  }

  async exists(): Promise<boolean> {
    return (await readText(this.path)) !== undefined;
  }

  /** Reads and validates the file. Remembers what it read, so `save` can detect edits made meanwhile. */
  async load(): Promise<Network> {
    const text = await readText(this.path);
    if (text === undefined) {
      throw new NotFoundError(`No network file at ${this.path}.`, {
        hint: 'Run `conet init` to start, or `conet add "<name>"` to add a first contact.',
      });
    }
    const network = await this.parse(text);
    this.snapshot = { text, network };
    return network;
  }

  private async parse(text: string): Promise<Network> {
    if (text.length < CACHE_MIN_BYTES) return parseNetwork(text, this.path);
    const hash = hashText(text);
    const cached = await this.cache.read(this.path, hash);
    if (cached) return cached;
    const network = parseNetwork(text, this.path);
    await this.cache.write(this.path, hash, network);
    return network;
  }

  /** Like `load`, but an empty network when there is no file yet. */
  async loadOrCreate(): Promise<Network> {
    if ((await readText(this.path)) === undefined) {
      this.snapshot = undefined;
      return emptyNetwork();
    }
    return this.load();
  }

  /**
   * Read-modify-write under the lock: the change is applied to the file as it is now, so two
   * concurrent commands never lose each other's updates.
   */
  async update(change: (network: Network) => Network | Promise<Network>, options: { create?: boolean } = {}): Promise<Network> {
    return this.withLock(async () => {
      const network = options.create ? await this.loadOrCreate() : await this.load();
      const next = await change(network);
      await this.write(next);
      return next;
    });
  }

  /**
   * Saves a network that was loaded earlier (a long interactive session). If the file changed on
   * disk since, nothing is overwritten: the session's version goes beside it and a ConflictError
   * says where.
   */
  async save(network: Network): Promise<void> {
    await this.withLock(async () => {
      const current = await readText(this.path);
      const expected = this.snapshot?.text;
      if (current !== expected) {
        const aside = await this.saveAside(network, current);
        throw new ConflictError(`${this.path} changed on disk while conet was working; it was left as it is.`, {
          hint: `Your changes are saved in ${aside}: merge them by hand, or re-run the command.`,
        });
      }
      await this.write(network);
    });
  }

  private async write(network: Network): Promise<void> {
    assertValid(network, this.path);
    const previous = this.snapshot?.text;
    const text = this.render(network);
    if (text === previous) return;
    await this.ensureFolder();
    try {
      if (previous !== undefined) await writeFileAtomic(`${this.path}.bak`, previous, { mode: OWNER_ONLY, fsync: true });
      await writeFileAtomic(this.path, text, { fsync: true, ...(previous === undefined && { mode: OWNER_ONLY }) });
    } catch (error) {
      throw describeWriteError(error, this.path);
    }
    this.snapshot = { text, network };
    if (text.length >= CACHE_MIN_BYTES) await this.cache.write(this.path, hashText(text), network);
  }

  /** The file's new text: only changed items rewritten when the layout allows, else the whole Document patched. */
  private render(network: Network): string {
    if (!this.snapshot) return NEW_FILE_HEADER + dumpNetwork(network);
    const { text, network: previous } = this.snapshot;
    const spliced = spliceYamlText(text, previous, network);
    if (spliced !== null && (spliced.length > VERIFY_MAX_BYTES || holds(spliced, network))) return spliced;
    return patchYamlText(text, network);
  }

  private async saveAside(network: Network, current: string | undefined): Promise<string> {
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
    const aside = join(dirname(this.path), `${basename(this.path, '.yaml')}.mine-${stamp}.yaml`);
    const text = this.snapshot ? this.render(network) : current === undefined ? NEW_FILE_HEADER + dumpNetwork(network) : patchYamlText(current, network);
    try {
      await writeFileAtomic(aside, text, { mode: OWNER_ONLY, fsync: true });
    } catch (error) {
      throw describeWriteError(error, aside);
    }
    return aside;
  }

  private async ensureFolder(): Promise<void> {
    const folder = dirname(this.path);
    if (this.location.source === 'user') {
      await mkdir(folder, { recursive: true, mode: 0o700 });
      return;
    }
    const info = await stat(folder).catch(() => undefined);
    if (!info?.isDirectory()) {
      throw new NotFoundError(`The folder ${folder} does not exist.`, { hint: 'Create it first, or pass another --file.' });
    }
  }

  private async withLock<T>(work: () => Promise<T>): Promise<T> {
    await this.ensureFolder();
    let release: (() => Promise<void>) | undefined;
    try {
      release = await lockfile.lock(this.path, {
        realpath: false,
        stale: 15_000,
        retries: { retries: 40, minTimeout: 25, maxTimeout: 250, factor: 1.5 },
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
        throw new DataError(`${this.path} is in use by another conet command.`, {
          hint: `Wait for it to finish and try again (a lock older than 15 s is ignored: ${this.path}.lock).`,
        });
      }
      throw describeWriteError(error, this.path);
    }
    try {
      return await work();
    } finally {
      await release().catch(() => undefined);
    }
  }
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'EISDIR') throw new DataError(`${path} is a folder, not a network file.`, { hint: 'Pass a file path with --file.' });
    if (code === 'EACCES') throw new DataError(`No permission to read ${path}.`, { hint: 'Check the file permissions.' });
    throw error;
  }
}

/** Does this YAML text parse back to exactly this network? */
function holds(text: string, network: Network): boolean {
  try {
    const result = validateNetwork(loadYaml(text, { schema: CORE_SCHEMA }));
    return result.ok && isDeepStrictEqual(result.network, JSON.parse(JSON.stringify(network)));
  } catch {
    return false;
  }
}

/** Never write data that the next load would reject. */
function assertValid(network: Network, file: string): void {
  const result = validateNetwork(network);
  if (result.ok) return;
  const issue = result.issues[0]!;
  throw new DataError(`Refusing to save: ${formatFieldPath(issue.path)} ${issue.message}.`, {
    location: { file },
    hint: 'Nothing was changed. Check the values you passed.',
  });
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function describeWriteError(error: unknown, path: string): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const where = { location: { file: path } };
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return new DataError('No permission to write the file; it was left as it was.', { ...where, hint: 'Check the permissions of the file and its folder.', cause: error });
    case 'EROFS':
      return new DataError('The file is on a read-only file system; it was left as it was.', { ...where, hint: 'Pass a writable --file.', cause: error });
    case 'ENOSPC':
    case 'EDQUOT':
      return new DataError('The disk is full; the file was left as it was.', { ...where, hint: 'Free some space and run again.', cause: error });
    case 'ENOENT':
      return new NotFoundError(`The folder ${dirname(path)} does not exist.`, { hint: 'Create it first, or pass another --file.', cause: error });
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}
