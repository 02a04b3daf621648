// The one place conet touches the network file. Guarantees:
// - reads never change the file; a bad file is reported with file:line and left byte-identical;
// - writes are atomic (temp file, fsync, rename), keep the previous version as <file>.bak, and
//   create new files readable by the owner only;
// - a lock serialises concurrent runs, and a file that changed on disk since it was read is never
//   overwritten: the session's version is saved beside it instead;
// - a file the user made read-only is not replaced.
import { constants } from 'node:fs';
import { access, chmod, copyFile, link, mkdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { writeAtomically } from './atomic-write.js';
import { decodeText } from './decode-text.js';
import { ConflictError, DataError, formatFieldPath, NotFoundError } from '../core/errors.js';
import { emptyNetwork, type Network } from '../core/model.js';
import type { FileLocation } from './file-location.js';
import { CACHE_MIN_BYTES, hashBytes, SnapshotCache } from './snapshot-cache.js';
import type { ParsedText, PartIndex } from './yaml-reuse.js';

/**
 * The YAML parser and the validator (js-yaml, valibot), loaded only when a file must be parsed or a
 * save checked: a read that the cache answers never loads them.
 */
async function loadReader() {
  const [codec, reuse, schema] = await Promise.all([import('./yaml-codec.js'), import('./yaml-reuse.js'), import('../core/schema.js')]);
  return { parseNetwork: codec.parseNetwork, ...reuse, validateNetwork: schema.validateNetwork };
}
type Reader = Awaited<ReturnType<typeof loadReader>>;

const OWNER_ONLY = 0o600;

/** 30,000 contacts take ~15 MB; anything far beyond is not a conet file and would only eat memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Every save is checked by parsing the result back (a cheap safety net) when the file, or what of
 * the part that changed is left to js-yaml (the fast reader's plain records cost next to nothing),
 * is no larger than this.
 */
const VERIFY_MAX_BYTES = 2 * 1024 * 1024;

const NEW_FILE_HEADER =
  '# conet network: your profile, contacts and relationships.\n' +
  '# Edit it by hand if you like; comments and extra fields are kept.\n' +
  '# Relationship strength: 1 (faint) to 5 (very strong). `me` is you.\n\n';

/** What was last read from or written to disk: the base for the next save. */
class Snapshot implements ParsedText {
  private decoded: string | undefined;
  private digest: string | undefined;

  constructor(
    readonly bytes: Buffer,
    readonly network: Network,
    /** `network` is what parsing the file gives (up to fields conet set to undefined), not only what conet meant to write. */
    readonly exact: boolean,
    options: { hash?: string | undefined; parts?: PartIndex | null | undefined } = {},
  ) {
    this.digest = options.hash;
    this.parts = options.parts;
  }

  /** The file's parts, when known: the next read or save check needs them. */
  parts: PartIndex | null | undefined;

  get hash(): string {
    this.digest ??= hashBytes(this.bytes);
    return this.digest;
  }

  /** Decoded on first use: read-only commands served from the cache never need the text. */
  get text(): string {
    this.decoded ??= decodeText(this.bytes);
    return this.decoded;
  }
}

/** A value derived from the network, cached under a key of its own (see `memo`). */
export interface LastingValue {
  name: string;
  key: string;
  json: string;
}

/**
 * Work started as a network is saved over the `previous` one (a file of `fileBytes`), to run while
 * the file is written: values a later command would otherwise compute first, cached once the save
 * is done. `isCached` tells which are cached already. `stop` ends it should the save fail.
 */
export type SaveAlongside = (
  network: Network,
  details: { previous: Network; fileBytes: number; isCached: (name: string, key: string) => boolean },
) => Promise<{ values: Promise<LastingValue[]>; stop: () => void } | undefined>;

export class NetworkStore {
  private snapshot: Snapshot | undefined;
  private readonly cache: SnapshotCache;
  private readonly alongside: SaveAlongside | undefined;

  constructor(
    readonly location: FileLocation,
    options: { cacheDir?: string; saveAlongside?: SaveAlongside } = {},
  ) {
    this.cache = new SnapshotCache(options.cacheDir);
    this.alongside = options.saveAlongside;
  }

  get path(): string {
    return this.location.path;
  }

  /**
   * Reads and validates the file. Remembers what it read, so `save` can detect edits made
   * meanwhile. The returned network must be treated as immutable (the core's operations are).
   */
  async load(): Promise<Network> {
    const prefetched = this.prefetched;
    this.prefetched = undefined;
    const bytes = prefetched?.bytes ?? (await readBytes(this.path));
    if (bytes === undefined) {
      throw new NotFoundError(`No network file at ${this.path}.`, {
        hint: 'Run `conet init` to start, or `conet add "<name>"` to add a first contact.',
      });
    }
    const { network, exact, ...known } = await this.parse(bytes, prefetched?.hash);
    this.snapshot = new Snapshot(bytes, network, exact, known);
    return network;
  }

  /** Bytes already read (and perhaps hashed) by the caller of `load`: a 15 MB file is read once. */
  private prefetched: { bytes: Buffer; hash?: string } | undefined;

  /**
   * A result computed from the file (an analysis a command prints), reused while the file, the
   * conet build and the `name` (which must encode every option) stay the same. Only large files
   * are cached: small ones compute faster than a cache is read. The result goes through JSON
   * either way, so a cached run prints exactly what the first run printed.
   */
  async memoFile<T>(name: string, compute: () => Promise<T>): Promise<T> {
    const bytes = await readBytes(this.path);
    if (bytes === undefined || bytes.length < CACHE_MIN_BYTES) return compute();
    const hash = hashBytes(bytes);
    const cached = this.cache.readDerived<T>(this.path, { hash, name });
    if (cached !== undefined) return cached;
    this.prefetched = { bytes, hash };
    const json = JSON.stringify(await compute());
    if (this.snapshot?.hash === hash) this.cache.writeDerived(this.path, { hash, name }, json);
    return JSON.parse(json) as T;
  }

  /**
   * A value computed from the loaded network, cached beside the snapshot for large files (where
   * analyses such as community detection cost more than reading a cache) until the file changes,
   * or, with `key`, until that key changes: a value that depends on part of the file only (the
   * ties, say) outlives edits to the rest. `encode`/`decode` turn it into JSON and back.
   */
  async memo<T, J>(name: string, compute: () => T | Promise<T>, options: { encode: (value: T) => J; decode: (json: J) => T; key?: string }): Promise<T> {
    const snapshot = this.snapshot;
    if (!snapshot || snapshot.bytes.length < CACHE_MIN_BYTES) return compute();
    const entry = options.key === undefined ? { hash: snapshot.hash, name } : { hash: options.key, name, lasting: true };
    const cached = this.cache.readDerived<J>(this.path, entry);
    if (cached !== undefined) return options.decode(cached);
    const value = await compute();
    this.cache.writeDerived(this.path, entry, JSON.stringify(options.encode(value)));
    return value;
  }

  private async parse(bytes: Buffer, knownHash?: string): Promise<{ network: Network; exact: boolean; hash?: string; parts?: PartIndex | null }> {
    if (bytes.length < CACHE_MIN_BYTES) {
      const { parseNetwork, isJsonExact } = await loadReader();
      const network = parseNetwork(decodeUtf8(bytes, this.path), this.path);
      return { network, exact: isJsonExact(network) };
    }
    const hash = knownHash ?? hashBytes(bytes);
    const cached = this.cache.read(this.path, hash);
    if (cached) return { ...cached, hash };
    const text = decodeUtf8(bytes, this.path);
    const { parseNetwork, parseReusing, isJsonExact, indexParts } = await loadReader();
    // After a hand edit, only the parts that differ from the cached base are parsed; in a file never
    // read, all of them, which lets the fast reader take the plain records (yaml-simple-items.ts).
    const base = this.cache.readBase(this.path);
    // Past a quarter of the file for js-yaml, parsing it whole is faster.
    const reread = parseReusing(text, base, text.length / 4);
    if (reread) {
      this.cache.write(this.path, { hash, network: reread.network, exact: true, ...(reread.parts && { source: { bytes, parts: reread.parts } }) }, base);
      return { network: reread.network, exact: true, hash, parts: reread.parts };
    }
    // Whatever it cannot vouch for, down to an error and its line, is as a whole parse gives it.
    const network = parseNetwork(text, this.path);
    // A network JSON cannot hold exactly (NaN, ±Infinity, -0 in a field) is parsed every time.
    if (!isJsonExact(network)) return { network, exact: false, hash };
    const parts = indexParts(text);
    this.cache.write(this.path, { hash, network, exact: true, ...(parts && { source: { bytes, parts } }) });
    return { network, exact: true, hash, parts };
  }

  /** Like `load`, but an empty network when there is no file yet. */
  async loadOrCreate(): Promise<Network> {
    const bytes = await readBytes(this.path);
    if (bytes === undefined) {
      this.snapshot = undefined;
      return emptyNetwork();
    }
    this.prefetched = { bytes };
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
      // A change that hands back the network it was given has nothing to save, nor a file to create.
      if (next === network) return next;
      // The lock keeps other conet runs out, not an editor: a long change (an import) may meet a hand edit.
      await this.refuseIfChangedOnDisk(next);
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
      await this.refuseIfChangedOnDisk(network);
      await this.write(network);
    });
  }

  /** Puts `network` beside the file and throws a ConflictError if the file is not what was last read or written. */
  private async refuseIfChangedOnDisk(network: Network): Promise<void> {
    const current = await readBytes(this.path);
    const expected = this.snapshot?.bytes;
    const unchanged = current === undefined ? expected === undefined : expected !== undefined && current.equals(expected);
    if (unchanged) return;
    const aside = await this.saveAside(network, current);
    throw new ConflictError(`${this.path} changed on disk while conet was working; it was left as it is.`, {
      hint: `Your changes are saved in ${aside}: merge them by hand, or re-run the command.`,
    });
  }

  private async write(network: Network): Promise<void> {
    const reader = await loadReader();
    assertValid(reader, network, this.snapshot?.network, this.path);
    // Started first, to run while the file is written; being a cache, it never fails the save.
    const previous = this.snapshot;
    const start = this.alongside;
    const alongside =
      start && previous && previous.bytes.length >= CACHE_MIN_BYTES
        ? (async () =>
            start(network, {
              previous: previous.network,
              fileBytes: previous.bytes.length,
              isCached: (name, key) => this.cache.hasDerived(this.path, { name, hash: key, lasting: true }),
            }))().then(
            (work) => work && { values: work.values.catch(() => []), stop: work.stop },
            () => undefined,
          )
        : undefined;
    try {
      await this.writeVersion(network, reader);
      const values = (await (await alongside)?.values) ?? [];
      for (const { name, key, json } of values) this.cache.writeDerived(this.path, { name, hash: key, lasting: true }, json);
    } finally {
      void alongside?.then((work) => work?.stop());
    }
  }

  private async writeVersion(network: Network, reader: Reader): Promise<void> {
    const { text, exact, parts } = await this.render(network, reader);
    if (this.snapshot && text === this.snapshot.text) return;
    await this.ensureFolder();
    try {
      if (this.snapshot) await refuseReadOnly(this.path);
      if (this.snapshot) await keepBackup(this.path);
      await writeAtomically(this.path, text, { fsync: true, ...(!this.snapshot && { mode: OWNER_ONLY }) });
      if (this.snapshot) await chmod(`${this.path}.bak`, OWNER_ONLY);
    } catch (error) {
      throw describeWriteError(error, this.path);
    }
    const snapshot = new Snapshot(Buffer.from(text, 'utf8'), network, exact, { parts });
    this.snapshot = snapshot;
    if (snapshot.bytes.length < CACHE_MIN_BYTES) return;
    snapshot.parts ??= exact ? reader.indexParts(text) : null;
    this.cache.write(this.path, { hash: snapshot.hash, network, exact, ...(exact && snapshot.parts && { source: { bytes: snapshot.bytes, parts: snapshot.parts } }) });
  }

  /** The file's new text: only changed items rewritten when the layout allows, else the whole Document patched. */
  private async render(network: Network, reader: Reader): Promise<{ text: string; exact: boolean; parts?: PartIndex | null }> {
    // The writers are loaded only when something is written: reads stay light.
    const [{ dumpNetwork, spliceYamlText }, { patchYamlText }] = await Promise.all([import('./yaml-splice.js'), import('./yaml-document.js')]);
    if (!this.snapshot) return { text: NEW_FILE_HEADER + dumpNetwork(network), exact: false };
    const { text, network: previous } = this.snapshot;
    // A file without a YAML document (empty, or comments only) holds none of the keys parsing it filled in.
    const spliced = spliceYamlText(text, holdsNoDocument(text) ? {} : previous, network);
    if (spliced !== null) {
      const { holds: verdict, parts } = await this.check(spliced, network, reader);
      if (verdict !== false) return { text: spliced, exact: verdict === true, parts };
    }
    try {
      return { text: patchYamlText(text, network), exact: false };
    } catch (error) {
      const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
      throw new DataError(`conet cannot rewrite this file safely: ${(error as Error).message.split('\n')[0]}`, {
        location: { file: this.path, ...(line !== undefined && { line }) },
        hint: 'Nothing was changed. Tidy that part of the file by hand (or run `conet doctor`), then try again.',
        cause: error,
      });
    }
  }

  /**
   * Does this new text of the file parse back to exactly this network? Checked by parsing only the
   * parts that differ from the last version when it can be, else by parsing it all; undefined when
   * neither fits within VERIFY_MAX_BYTES.
   */
  private async check(text: string, network: Network, reader: Reader): Promise<{ holds?: boolean; parts?: PartIndex | null }> {
    const snapshot = this.snapshot!;
    // The parts of a large file read from the cache are kept there: no need to find them again.
    if (snapshot.exact && snapshot.parts === undefined && snapshot.bytes.length >= CACHE_MIN_BYTES) {
      snapshot.parts = this.cache.readParts(this.path, snapshot.hash);
    }
    const reread = snapshot.exact ? reader.parseReusing(text, snapshot, VERIFY_MAX_BYTES) : undefined;
    if (reread) return { holds: matches(reread.network, network), parts: reread.parts };
    return text.length <= VERIFY_MAX_BYTES ? { holds: holds(reader, text, network) } : {};
  }

  private async saveAside(network: Network, current: Buffer | undefined): Promise<string> {
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
    const aside = join(dirname(this.path), `${basename(this.path, '.yaml')}.mine-${stamp}.yaml`);
    // With no snapshot, whatever is on disk now is the base for the session's version.
    const text =
      this.snapshot || current === undefined
        ? (await this.render(network, await loadReader())).text
        : (await import('./yaml-document.js')).patchYamlText(current.toString('utf8'), network);
    try {
      await writeAtomically(aside, text, { mode: OWNER_ONLY, fsync: true });
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
      const { default: lockfile } = await import('proper-lockfile');
      release = await lockfile.lock(this.path, {
        realpath: false,
        // A crashed run's lock is ignored after 5 s; a live run refreshes its lock well within that.
        stale: 5_000,
        retries: { retries: 40, minTimeout: 25, maxTimeout: 250, factor: 1.5 },
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        throw new DataError(`conet cannot create files beside ${this.path} (needed to lock it while saving).`, {
          hint: 'Keep the network file in an ordinary, writable folder.',
          cause: error,
        });
      }
      if (code === 'ELOCKED') {
        throw new DataError(`${this.path} is in use by another conet command.`, {
          hint: `Wait for it to finish and try again (a lock left by a crashed run is ignored after 5 s: ${this.path}.lock).`,
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

/**
 * The save replaces the file by a rename, which its own permissions cannot stop: a file the user
 * made read-only (or may not write) is refused as a write to it would be.
 */
async function refuseReadOnly(path: string): Promise<void> {
  const { mode } = await stat(path);
  if ((mode & 0o222) === 0) {
    throw new DataError('The file is read-only; it was left as it was.', { location: { file: path }, hint: `Make it writable (\`chmod u+w ${path}\`) and run again.` });
  }
  await access(path, constants.W_OK);
}

/**
 * Keeps the current file as <file>.bak. A hard link costs nothing however large the file is: the
 * atomic rename that follows gives the path a new inode, and the old one lives on as the backup.
 */
async function keepBackup(path: string): Promise<void> {
  const backup = `${path}.bak`;
  const temporary = `${backup}.${process.pid}.tmp`;
  await unlink(temporary).catch(() => undefined);
  try {
    await link(path, temporary);
  } catch {
    await copyFile(path, temporary); // file systems without hard links
  }
  await rename(temporary, backup);
}

function holdsNoDocument(text: string): boolean {
  return text.length < CACHE_MIN_BYTES && !/^(?![ \t]*(#.*)?\r?$)/m.test(text);
}

/** Invalid UTF-8 would be silently replaced on decoding, and then written back changed: refuse it. */
function decodeUtf8(bytes: Buffer, file: string): string {
  const text = decodeText(bytes);
  if (!text.includes('\uFFFD')) return text;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text; // a genuine U+FFFD character
  } catch {
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    throw new DataError('the file is not valid UTF-8 text.', {
      location: { file, line },
      hint: 'Save it as UTF-8 in your editor and run again; nothing was changed.',
    });
  }
}

async function readBytes(path: string): Promise<Buffer | undefined> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new DataError(`${path} is a folder, not a network file.`, { hint: 'Pass a file path with --file.' });
    // A FIFO would block and a device such as /dev/zero would never end: only regular files are read.
    if (!info.isFile()) throw new DataError(`${path} is not a regular file.`, { hint: 'Pass the path of a YAML file with --file.' });
    if (info.size > MAX_FILE_BYTES) {
      throw new DataError(`${path} is ${Math.round(info.size / 1024 / 1024)} MB; conet reads network files up to ${MAX_FILE_BYTES / 1024 / 1024} MB.`, {
        hint: 'Check that you passed the right file.',
      });
    }
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'EISDIR') throw new DataError(`${path} is a folder, not a network file.`, { hint: 'Pass a file path with --file.' });
    if (code === 'EACCES') throw new DataError(`No permission to read ${path}.`, { hint: 'Check the file permissions.' });
    throw error;
  }
}

/** Does this YAML text parse back to exactly this network? */
function holds({ parseNetwork }: Reader, text: string, network: Network): boolean {
  try {
    return isDeepStrictEqual(parseNetwork(text, 'verification'), jsonCopy(network));
  } catch {
    return false;
  }
}

/** Is a parsed network the same as this one? Records they share are the same by identity; only the others are compared. */
function matches(parsed: Network, network: Network): boolean {
  const keys = Object.keys(network).filter((key) => network[key] !== undefined);
  if (keys.length !== Object.keys(parsed).length) return false;
  return keys.every((key) => {
    const [a, b] = [parsed[key], network[key]];
    if (!Array.isArray(a) || !Array.isArray(b)) return a === b || isDeepStrictEqual(a, jsonCopy(b));
    return a.length === b.length && a.every((item, index) => item === b[index] || isDeepStrictEqual(item, jsonCopy(b[index])));
  });
}

/** What the value becomes once written and read back: fields set to undefined are gone. */
function jsonCopy(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

/**
 * Never write data that the next load would reject. Only records that are new or changed since the
 * last read are checked (the core's operations keep unchanged records as the same objects), so a
 * save stays cheap at 30,000 contacts.
 */
function assertValid({ validateNetwork }: Reader, network: Network, previous: Network | undefined, file: string): void {
  const candidate = previous ? onlyChangedRecords(network, previous) : network;
  const result = validateNetwork(candidate);
  if (result.ok) return;
  const issue = result.issues[0]!;
  throw new DataError(`Refusing to save: ${formatFieldPath(describePath(issue.path, candidate, network))} ${issue.message}.`, {
    location: { file },
    hint: 'Nothing was changed. Check the values you passed.',
  });
}

function onlyChangedRecords(network: Network, previous: Network): Network {
  const candidate: Network = { ...network };
  for (const key of ['contacts', 'relationships', 'introductions'] as const) {
    const before = previous[key];
    const after = network[key];
    if (!Array.isArray(before) || !Array.isArray(after)) continue;
    const unchanged = new Set<unknown>(before);
    candidate[key] = (after as unknown[]).filter((item) => !unchanged.has(item)) as never;
  }
  return candidate;
}

/** Maps an index in the filtered candidate back to the record's index in the full network. */
function describePath(path: (string | number)[], candidate: Network, network: Network): (string | number)[] {
  const [key, index, ...rest] = path;
  if (typeof key !== 'string' || typeof index !== 'number') return path;
  const list = candidate[key];
  const full = network[key];
  if (!Array.isArray(list) || !Array.isArray(full)) return path;
  return [key, full.indexOf(list[index]), ...rest];
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
