// A derived cache of the parsed network, keyed by the file's content hash. The YAML file stays the
// source of truth: any edit changes the hash, and the next read parses the YAML again. Parsing a
// 30,000-contact file takes seconds; reading the cached JSON takes a fraction of that.
//
// Beside an exact snapshot (the base) the cache keeps the file's bytes and parts, so that a later
// version (a hand edit) is read by parsing only the parts that differ from the base (yaml-reuse.ts).
// Such a version is stored as its difference from the base (an overlay: which of the base's values
// it keeps, and its new ones) while that stays small, so a one-line edit writes a few bytes, not a
// second 10 MB snapshot; once the differences grow, the version becomes the new base.
//
// Its files are read and written synchronously: a command waits for them anyway, and through
// fs/promises each open, read and close is a round trip to the thread pool (a plan at 1,000
// contacts ran 5 ms faster without them; at 30,000 it made no difference).
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Network } from '../core/model.js';
import { BUILD_ID } from './build-id.js';
import { decodeText } from './decode-text.js';
import type { ParsedText, PartIndex } from './yaml-reuse.js';

/** Below this size parsing the YAML is about as fast as reading a cache, so none is kept. */
export const CACHE_MIN_BYTES = 64 * 1024;

/**
 * Every entry starts with one line naming the file's content hash and the conet build that wrote
 * it: a change to either makes the entry invisible.
 */
function header(hash: string): string {
  return `${BUILD_ID} ${hash}`;
}

/** Marks a snapshot of what conet wrote into the file without parsing it back. */
const UNCHECKED = ' unchecked';

/** An overlay larger than this share of the file is not worth keeping apart from a new base. */
const OVERLAY_MAX_SHARE = 1 / 16;

/** The base's files: kept when an overlay replaces what was derived from the previous version. */
const BASE_FILES = ['source', 'parts'];

export interface DerivedEntry {
  name: string;
  /** What the entry is valid for: the file's content hash, or for a lasting entry its own key. */
  hash: string;
  /** Kept across versions of the file (it depends only on what `hash` covers). */
  lasting?: boolean;
}

/** One version of the file, as the cache keeps it. */
export interface CachedVersion {
  hash: string;
  network: Network;
  /** The network is exactly what parsing the file gives, not only what conet meant to write into it. */
  exact: boolean;
  /** Kept beside an exact snapshot, so that the next version can be read by parsing only what changed. */
  source?: { bytes: Buffer; parts: PartIndex };
}

/** The exact version whose bytes the cache keeps, with its hash. */
export interface CachedBase extends ParsedText {
  hash: string;
}

/**
 * How a version's network is made from the base's, key by key (in the version's order): the base's
 * value (0), a new value, or a list of runs of the base's items ([from, to]) and new items (an
 * index into `values`).
 */
type Recipe = [key: string, made: 0 | { value: unknown } | { runs: (number | [number, number])[]; values: unknown[] }][];

interface Overlay {
  base: string;
  recipe: Recipe;
}

export class SnapshotCache {
  constructor(private readonly folder: string | undefined) {}

  private entryPath(filePath: string): string | undefined {
    if (!this.folder) return undefined;
    return join(this.folder, `${createHash('sha1').update(filePath).digest('hex')}.json`);
  }

  read(filePath: string, hash: string): { network: Network; exact: boolean } | undefined {
    const entry = this.entryPath(filePath);
    const snapshot = this.readMarked<Network>(entry, hash);
    if (snapshot) return { network: snapshot.value, exact: snapshot.mark === '' };
    const overlay = entry === undefined ? undefined : this.readMarked<Overlay>(`${entry}.overlay`, hash);
    const base = overlay && this.readMarked<Network>(entry, overlay.value.base);
    return base?.mark === '' ? { network: applyRecipe(base.value, overlay!.value.recipe), exact: true } : undefined;
  }

  /**
   * The base, whatever its hash: what a new version is read against, parsing only what changed.
   * Its bytes must still hash to what its entries say.
   */
  readBase(filePath: string): CachedBase | undefined {
    const entry = this.entryPath(filePath);
    const parts = entry && readHeaded(`${entry}.parts`, (line) => line.startsWith(`${BUILD_ID} `));
    if (!parts) return undefined;
    const source = readSource(`${entry}.source`);
    const snapshot = readHeaded(entry!, (line) => line === parts.line);
    const hash = source && hashBytes(source);
    if (!hash || !snapshot || parts.line !== header(hash)) return undefined;
    try {
      return { hash, text: decodeText(source), network: JSON.parse(snapshot.body) as Network, parts: JSON.parse(parts.body) as PartIndex };
    } catch {
      return undefined;
    }
  }

  /** The parts of the file with this hash, if it is the base. */
  readParts(filePath: string, hash: string): PartIndex | undefined {
    const entry = this.entryPath(filePath);
    const parts = entry === undefined ? undefined : this.readMarked<PartIndex>(`${entry}.parts`, hash);
    return parts?.mark === '' ? parts.value : undefined;
  }

  /**
   * Stores a new version of the file; what was derived from older versions goes. A version read
   * against `base` is kept as an overlay on it while the difference is small.
   */
  write(filePath: string, version: CachedVersion, base?: CachedBase): void {
    const entry = this.entryPath(filePath);
    if (!entry) return;
    const overlay = base && version.exact ? JSON.stringify({ base: base.hash, recipe: describeRecipe(version.network, base.network) } satisfies Overlay) : undefined;
    const small = overlay !== undefined && overlay.length <= base!.text.length * OVERLAY_MAX_SHARE;
    const prefix = `${basename(entry)}.`;
    const stale = listFolder(this.folder!).filter((name) => name.startsWith(prefix) && !(small && BASE_FILES.includes(name.slice(prefix.length))));
    for (const name of stale) removeFile(join(this.folder!, name));
    if (small) {
      this.writeEntry(`${entry}.overlay`, `${header(version.hash)}\n${overlay}`);
      return;
    }
    const { hash, network, exact, source } = version;
    this.writeEntry(entry, `${header(hash)}${exact ? '' : UNCHECKED}\n${JSON.stringify(network)}`);
    if (exact && source) {
      this.writeEntry(`${entry}.source`, source.bytes);
      this.writeEntry(`${entry}.parts`, `${header(hash)}\n${JSON.stringify(source.parts)}`);
    }
  }

  /** A value derived from the file (e.g. an analysis), valid while `hash` (the file's, or the key of what it depends on) is the same. */
  readDerived<T>(filePath: string, derived: DerivedEntry): T | undefined {
    const entry = this.readMarked<T>(this.derivedPath(filePath, derived), derived.hash);
    return entry?.mark === '' ? entry.value : undefined;
  }

  /** Whether a derived value is stored, without reading it. */
  hasDerived(filePath: string, derived: DerivedEntry): boolean {
    const path = this.derivedPath(filePath, derived);
    return path !== undefined && readFirstLine(path) === header(derived.hash);
  }

  /** Stores a derived value, given as its JSON. */
  writeDerived(filePath: string, derived: DerivedEntry, json: string): void {
    const path = this.derivedPath(filePath, derived);
    if (path) this.writeEntry(path, `${header(derived.hash)}\n${json}`);
  }

  /** `<entry>.<name>` goes when the file changes; a lasting `<entry>~<name>` stays, and is replaced when its key changes. */
  private derivedPath(filePath: string, derived: DerivedEntry): string | undefined {
    const entry = this.entryPath(filePath);
    return entry && `${entry}${derived.lasting ? '~' : '.'}${derived.name}`;
  }

  /** An entry's value, with what follows the hash on its first line. */
  private readMarked<T>(path: string | undefined, hash: string): { value: T; mark: string } | undefined {
    const entry = path === undefined ? undefined : readHeaded(path, (line) => line.startsWith(header(hash)));
    if (!entry) return undefined;
    try {
      return { value: JSON.parse(entry.body) as T, mark: entry.line.slice(header(hash).length) };
    } catch {
      return undefined; // a damaged entry just means computing it again
    }
  }

  /**
   * Written beside the entry and renamed over it, so a reader sees the old entry or the new one. No
   * fsync: an entry a crash cuts short fails its header, JSON or hash check, and is computed again.
   */
  private writeEntry(path: string, content: string | Buffer): void {
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      mkdirSync(this.folder!, { recursive: true, mode: 0o700 });
      writeFileSync(temporary, typeof content === 'string' ? Buffer.from(escapeNonAscii(content), 'latin1') : content, { mode: 0o600 });
      renameSync(temporary, path);
    } catch {
      // The cache is an optimisation: a read-only cache folder must not fail the command.
      removeFile(temporary);
    }
  }
}

/**
 * An entry's first line and, if `accept` takes that line, the rest; undefined when it is missing.
 * The line is read first, so that an entry for another version of the file costs nothing to skip.
 */
function readHeaded(path: string, accept: (line: string) => boolean): { line: string; body: string } | undefined {
  let file: number;
  try {
    file = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const start = Buffer.alloc(256);
    const bytesRead = readSync(file, start, 0, start.length, 0);
    const newline = start.subarray(0, bytesRead).indexOf(10);
    const line = start.toString('latin1', 0, Math.max(newline, 0));
    if (newline < 0 || !accept(line)) return undefined;
    return { line, body: readWhole(file).toString('latin1', newline + 1) };
  } catch {
    return undefined;
  } finally {
    closeSync(file);
  }
}

/**
 * Entries are JSON (after a header of plain ASCII), so any other character can be written as a
 * \u escape, where it can only be, inside a string. An ASCII entry is read back as latin1, which
 * copies bytes where UTF-8 must decode them: 20 ms less to read a 30,000-contact snapshot, for
 * about 15 ms more to write one. It also keeps the text in one byte per character for JSON.parse.
 */
function escapeNonAscii(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** An entry's first line (its header), or undefined. */
function readFirstLine(path: string): string | undefined {
  let line: string | undefined;
  readHeaded(path, (first) => ((line = first), false));
  return line;
}

function readSource(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** A whole file in one read, however large. */
function readWhole(file: number): Buffer {
  const { size } = fstatSync(file);
  const content = Buffer.allocUnsafe(size);
  let done = 0;
  while (done < size) {
    const bytesRead = readSync(file, content, done, size - done, done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return content.subarray(0, done);
}

function listFolder(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

function removeFile(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone, or not ours to remove: either way nothing to do
  }
}

/** The recipe of `network` from `base`: records they share are the same objects. */
function describeRecipe(network: Network, base: Network): Recipe {
  return Object.keys(network).filter((key) => network[key] !== undefined).map((key) => {
    const value = network[key];
    const before = base[key];
    if (value === before) return [key, 0];
    if (!Array.isArray(value) || !Array.isArray(before)) return [key, { value }];
    // Edits are local: only items between the common start and the common end are looked up.
    let head = 0;
    while (head < value.length && head < before.length && value[head] === before[head]) head++;
    let tail = 0;
    while (tail < value.length - head && tail < before.length - head && value[value.length - 1 - tail] === before[before.length - 1 - tail]) tail++;
    if (head === value.length && value.length === before.length) return [key, 0];
    const positions = new Map(before.slice(head, before.length - tail).map((item: unknown, index) => [item, head + index]));
    const runs: (number | [number, number])[] = [];
    const values: unknown[] = [];
    const keep = (position: number) => {
      const last = runs[runs.length - 1];
      if (Array.isArray(last) && last[1] === position) last[1]++;
      else runs.push([position, position + 1]);
    };
    value.forEach((item: unknown, index) => {
      const position = index < head ? index : index >= value.length - tail ? before.length - (value.length - index) : positions.get(item);
      if (position === undefined) runs.push(values.push(item) - 1);
      else keep(position);
    });
    return [key, { runs, values }];
  });
}

function applyRecipe(base: Network, recipe: Recipe): Network {
  const network: Record<string, unknown> = {};
  for (const [key, made] of recipe) {
    if (made === 0) network[key] = base[key];
    else if ('value' in made) network[key] = made.value;
    else network[key] = made.runs.flatMap((run) => (typeof run === 'number' ? [made.values[run]] : (base[key] as unknown[]).slice(run[0], run[1])));
  }
  return network as Network;
}

export function hashBytes(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
