// Reading a new version of a network file by parsing only what changed since a version whose parse
// is known. The line scan of yaml-lines.ts cuts both texts into parts: the comments before the first
// key, each top-level section, and in a section holding a block sequence its key line and each item
// (with the blank and comment lines after it, which a block scalar may keep). A part whose text is
// identical to a part of the previous version, in the same section and role, takes the value the
// previous parse gave it; the others are parsed on their own — a plain record by the fast reader of
// yaml-simple-items.ts, anything else by js-yaml with the schema and limits of a whole file — and only
// new records are validated. With no previous version (a file never read before), every part is
// parsed so. Anything unusual gives undefined, and the caller parses the whole file instead, so every
// error is reported exactly as a full parse reports it.
import type { Network } from '../core/model.js';
import { validateNetwork } from '../core/schema.js';
import { parseFragment } from './yaml-codec.js';
import { findItemLines, indexItems, indexSections, itemLineAt, scanLines } from './yaml-lines.js';
import { NOT_SIMPLE, parseSimpleItem } from './yaml-simple-items.js';

/** Where a text's parts start: enough to cut it again without scanning it (kept in the cache). */
export interface PartIndex {
  /** Each top-level section: its key, its start, and the starts of the items of its block sequence. */
  sections: { key: string; start: number; items?: number[] }[];
  length: number;
}

/**
 * A file's text and what `parseNetwork` gives for it, exactly, once written as JSON and read back
 * (which drops fields set to undefined): the cache keeps networks as JSON.
 */
export interface ParsedText {
  text: string;
  network: Network;
  /** The text's parts, when already known. */
  parts?: PartIndex | null;
}

const PROLOGUE = 0;
const SECTION = 1;
const HEAD = 2;
const ITEM = 3;

/** A text's parts in order, in flat arrays: a 30,000-contact file has ~100,000. */
interface Parts {
  count: number;
  roles: Uint8Array;
  /** Index of the part's section in the PartIndex (-1 for the prologue). */
  sections: Int32Array;
  /** Position of an item in its sequence. */
  items: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

const UNKNOWN = Symbol('unknown');

/** Lists of records, validated record by record: a reused record needs no second look. */
const RECORD_LISTS = new Set(['contacts', 'relationships', 'introductions']);

/**
 * What parsing a fragment costs beyond its text (setting up the parser, checking the result), in
 * characters of text parsed in the same time: measured with js-yaml, about 500.
 */
const FRAGMENT_COST = 500;

/** How many characters' worth of parsing js-yaml may still do, fragments' cost included. */
interface Budget {
  left: number;
}

function spend(budget: Budget, characters: number): boolean {
  budget.left -= characters + FRAGMENT_COST;
  return budget.left >= 0;
}

/** What nothing parsed before gives: every part of a text is new. */
const NOTHING_READ: ParsedText = { text: '', network: {} as Network, parts: { sections: [], length: 0 } };

/**
 * The network `text` holds, parsing only its parts that differ from `previous.text` (all of them
 * without one), with the parts of `text`. Undefined when it cannot vouch for the result (then parse
 * the whole text), or when js-yaml would have more than `maxParsed` characters' worth to parse.
 */
export function parseReusing(text: string, previous: ParsedText = NOTHING_READ, maxParsed = Number.POSITIVE_INFINITY): ParsedText | undefined {
  const previousIndex = previous.parts === undefined ? indexParts(previous.text) : previous.parts;
  if (!previousIndex) return undefined;
  const prefix = commonPrefix(text, previous.text);
  const same = { prefix, suffix: commonSuffix(text, previous.text, prefix), shift: previous.text.length - text.length };
  const index = reindexParts(text, previous.text, previousIndex, same) ?? indexParts(text);
  if (!index) return undefined;
  const parts = flatten(index);
  const before = flatten(previousIndex);
  const oldValues = valuesOf(previousIndex, previous.network);
  const old = (part: number) => valueOf(before, part, oldValues);
  const oldSections = new Map(previousIndex.sections.map(({ key }, at) => [key, at]));
  const counterparts = index.sections.map(({ key }) => oldSections.get(key) ?? -2);
  // A section whose whole text is unchanged keeps its value as it is, however many items it holds.
  const kept = index.sections.map(({ start }, at) => {
    const end = index.sections[at + 1]?.start ?? text.length;
    const counterpart = counterparts[at]!;
    if (counterpart < 0 || oldValues[counterpart] === UNKNOWN || (end > same.prefix && start < text.length - same.suffix)) return false;
    const moved = end > same.prefix ? same.shift : 0;
    return previousIndex.sections[counterpart]!.start === start + moved && (previousIndex.sections[counterpart + 1]?.start ?? previousIndex.length) === end + moved;
  });
  const isKept = (part: number) => kept[parts.sections[part]!] === true;
  // A previous part can stand in for a part if it has its role and section and a known value.
  const fits = (candidate: number, part: number) =>
    before.roles[candidate] === parts.roles[part] && before.sections[candidate] === (counterparts[parts.sections[part]!] ?? -1) && old(candidate) !== UNKNOWN;
  // With nothing read before, there is nothing to match.
  const matched = before.count === 0 ? new Int32Array(parts.count).fill(-1) : matchParts(text, parts, previous.text, before, same, (part) => !isKept(part), fits);
  // Changed items in a row go to parseItems together.
  const runEnd = (part: number) => {
    let end = part + 1;
    if (parts.roles[part] === ITEM) while (end < parts.count && parts.roles[end] === ITEM && matched[end]! < 0 && parts.sections[end] === parts.sections[part]) end++;
    return end;
  };
  // What js-yaml may still parse: the fast reader's records cost next to nothing.
  const budget = { left: maxParsed };
  const data: Record<string, unknown> = {};
  // What validation must see: everything but the records reused from the previous version.
  const candidate: Record<string, unknown> = {};
  let list: unknown[] = [];
  let fresh: unknown[] = [];
  for (let part = 0; part < parts.count; part++) {
    const role = parts.roles[part]!;
    const section = parts.sections[part]!;
    const key = index.sections[section]?.key ?? '';
    if (isKept(part)) {
      const value = oldValues[counterparts[section]!];
      data[key] = value;
      candidate[key] = RECORD_LISTS.has(key) && Array.isArray(value) ? [] : value;
      part += index.sections[section]!.items?.length ?? 0;
      continue;
    }
    if (role === ITEM) {
      // Most items of a large file are reused: they are taken one by one, without a list of one.
      if (matched[part]! >= 0) {
        list.push(old(matched[part]!));
        continue;
      }
      const end = runEnd(part);
      const items = parseItems(text, parts, part, end, budget);
      if (items === UNKNOWN) return undefined;
      for (const item of items) list.push(item);
      if (fresh !== list) for (const item of items) fresh.push(item);
      part = end - 1;
      continue;
    }
    if (matched[part]! < 0 && !spend(budget, parts.ends[part]! - parts.starts[part]!)) return undefined;
    const value = matched[part]! >= 0 ? old(matched[part]!) : parsePart(text.slice(parts.starts[part], parts.ends[part]), role, key);
    if (value === UNKNOWN) return undefined;
    if (role === SECTION) data[key] = candidate[key] = value;
    else if (role === HEAD) {
      data[key] = list = [];
      candidate[key] = fresh = RECORD_LISTS.has(key) ? [] : list;
    }
  }
  const result = validateNetwork(candidate);
  if (!result.ok) return undefined;
  const network = result.network as Network & Record<string, unknown>;
  for (const key of RECORD_LISTS) if (Object.hasOwn(data, key)) network[key] = data[key];
  return { text, network, parts: index };
}

/** JSON gives back NaN and ±Infinity as null, and -0 as 0: a value holding one of them cannot be cached as it is. */
export function isJsonExact(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object' || value === null) return true;
  for (const key in value) if (!isJsonExact((value as Record<string, unknown>)[key])) return false;
  return true;
}

/** The text's parts, or null when the line scan does not recognise its layout. */
export function indexParts(text: string): PartIndex | null {
  // js-yaml breaks lines at a lone carriage return, the line scan does not: their parts would differ.
  if (text.includes('\r') && /\r(?!\n)/.test(text)) return null;
  const lines = scanLines(text);
  const sections = indexSections(text, lines);
  if (!sections || sections.size === 0 || sections.has('__proto__')) return null;
  return {
    sections: [...sections].map(([key, section]) => {
      const start = lines.starts[section.keyLine]!;
      const list = indexItems(text, lines, section);
      return list ? { key, start, items: list.items.map((item) => lines.starts[item.line]!) } : { key, start };
    }),
    length: text.length,
  };
}

/** Where the text of a new version starts to differ from the previous one's, and how much shorter it is. */
interface Difference {
  /** The length of their common start. */
  prefix: number;
  /** The length of their common end (not reaching into the common start). */
  suffix: number;
  /** The previous text's length minus the new one's: where the common end moved to. */
  shift: number;
}

/**
 * The parts of `text` from those of the previous version, when the two differ only within the
 * items of one block sequence, below the line of its first item (which sets the items' indent): only the
 * items the difference touches are scanned again, as indexParts would scan them. A hand edit of
 * one record in a 30,000-contact file scans a few lines instead of 400,000. Null when the
 * difference reaches further, or changes more than those items' starts (then scan the whole text).
 */
export function reindexParts(text: string, oldText: string, previous: PartIndex, { prefix, suffix, shift }: Difference): PartIndex | null {
  if (shift === 0 && prefix === text.length) return previous;
  // The change spans [prefix, changeEnd) of the previous text.
  const changeEnd = oldText.length - suffix;
  // A change where a section starts can only be text inserted at the end of the one before (a
  // record added at the end of `contacts`): one that reaches further is refused below.
  let at = previous.sections.length - 1;
  while (at >= 0 && previous.sections[at]!.start >= prefix) at--;
  const section = previous.sections[at];
  const items = section?.items;
  const sectionEnd = previous.sections[at + 1]?.start ?? previous.length;
  if (!items || changeEnd > sectionEnd) return null;
  // From the item the change starts in to the first item that starts after it (or the section's end).
  let first = items.length - 1;
  while (first >= 0 && items[first]! > prefix) first--;
  // The first item's first line sets the items' indent: the change must leave that line as it is.
  const itemLine = first < 0 ? undefined : itemLineAt(oldText, items[0]!);
  if (!itemLine || (first === 0 && itemLine.end > prefix)) return null;
  let next = first + 1;
  while (next < items.length && items[next]! <= changeEnd) next++;
  const from = items[first]!;
  const to = (next < items.length ? items[next]! : sectionEnd) - shift;
  // Past the change the texts are the same; at the section's end the change may have joined two lines.
  if (to < from || (to < text.length && text.charCodeAt(to - 1) !== 10)) return null;
  const stretch = text.slice(from, to);
  if (stretch.includes('\r') && /\r(?!\n)/.test(stretch)) return null; // as indexParts
  const starts = findItemLines(stretch, itemLine.indent);
  if (!starts) return null;
  const moved = ({ key, start, items: later }: PartIndex['sections'][number]) => ({ key, start: start - shift, ...(later && { items: later.map((item) => item - shift) }) });
  return {
    sections: previous.sections.map((other, index) =>
      index < at
        ? other
        : index > at
          ? moved(other)
          : { key: other.key, start: other.start, items: [...items.slice(0, first), ...starts.map((start) => start + from), ...items.slice(next).map((item) => item - shift)] },
    ),
    length: text.length,
  };
}

/** The consecutive parts from the start of the text to its end. */
function flatten(index: PartIndex): Parts {
  const first = index.sections[0]?.start ?? index.length;
  let count = first > 0 ? 1 : 0;
  for (const { items } of index.sections) count += items ? items.length + 1 : 1;
  const parts: Parts = { count, roles: new Uint8Array(count), sections: new Int32Array(count), items: new Int32Array(count).fill(-1), starts: new Int32Array(count), ends: new Int32Array(count) };
  let at = 0;
  if (first > 0) parts.sections[at++] = -1; // the prologue, from 0
  for (let section = 0; section < index.sections.length; section++) {
    const { start, items } = index.sections[section]!;
    parts.roles[at] = items ? HEAD : SECTION;
    parts.sections[at] = section;
    parts.starts[at++] = start;
    for (let item = 0; item < (items?.length ?? 0); item++) {
      parts.roles[at] = ITEM;
      parts.sections[at] = section;
      parts.items[at] = item;
      parts.starts[at++] = items![item]!;
    }
  }
  parts.ends.set(parts.starts.subarray(1));
  if (count > 0) parts.ends[count - 1] = index.length;
  return parts;
}

/** What each section of the previous version parsed to (for a sequence, its items); UNKNOWN when that cannot be told. */
function valuesOf(index: PartIndex, network: Network): unknown[] {
  return index.sections.map(({ key, items }) => {
    const value = Object.hasOwn(network, key) ? network[key] : UNKNOWN;
    return items === undefined || (Array.isArray(value) && value.length === items.length) ? value : UNKNOWN;
  });
}

/** What a part of the previous version parsed to: an item, a whole section, or nothing (null). */
function valueOf(parts: Parts, part: number, sections: unknown[]): unknown {
  const role = parts.roles[part]!;
  if (role === PROLOGUE || role === HEAD) return null;
  const value = sections[parts.sections[part]!];
  return role === SECTION || value === UNKNOWN ? value : (value as unknown[])[parts.items[part]!];
}

/**
 * For each part of `text` to `look` at, the number of an identical part of the previous version
 * that `fits` it (each used once), or -1. Parts before the first difference and after the last one
 * are found by position, the parts in between by their text.
 */
function matchParts(
  text: string,
  parts: Parts,
  oldText: string,
  before: Parts,
  { prefix, suffix, shift }: Difference,
  look: (part: number) => boolean,
  fits: (candidate: number, part: number) => boolean,
): Int32Array {
  const middle = new Map<string, number[]>();
  for (let part = 0; part < before.count; part++) {
    if (before.ends[part]! <= prefix || before.starts[part]! >= oldText.length - suffix) continue;
    const key = oldText.slice(before.starts[part], before.ends[part]);
    const queue = middle.get(key);
    if (queue) queue.push(part);
    else middle.set(key, [part]);
  }
  const matched = new Int32Array(parts.count).fill(-1);
  let cursor = 0;
  for (let part = 0; part < parts.count; part++) {
    if (!look(part)) continue;
    const start = parts.starts[part]!;
    const end = parts.ends[part]!;
    if (end <= prefix || start >= text.length - suffix) {
      // Positions only grow: one cursor walks the previous parts once.
      const target = end <= prefix ? start : start + shift;
      while (cursor < before.count && before.starts[cursor]! < target) cursor++;
      if (cursor < before.count && before.starts[cursor] === target && before.ends[cursor]! - target === end - start && fits(cursor, part)) matched[part] = cursor;
      continue;
    }
    const queue = middle.get(text.slice(start, end));
    const at = queue?.findIndex((candidate) => fits(candidate, part)) ?? -1;
    if (at >= 0) matched[part] = queue!.splice(at, 1)[0]!;
  }
  return matched;
}

/** Compared in chunks of decreasing size: a 12 MB file takes well under a millisecond. */
function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let at = 0;
  for (let step = 1 << 16; step > 0; step >>= 4) {
    while (at + step <= limit && a.slice(at, at + step) === b.slice(at, at + step)) at += step;
  }
  return at;
}

/** The length of the common end of `a` and `b`, not reaching into their common start. */
function commonSuffix(a: string, b: string, prefix: number): number {
  const limit = Math.min(a.length, b.length) - prefix;
  let at = 0;
  for (let step = 1 << 16; step > 0; step >>= 4) {
    while (at + step <= limit && a.slice(a.length - at - step, a.length - at) === b.slice(b.length - at - step, b.length - at)) at += step;
  }
  return at;
}

/**
 * The value the prologue (none), a section or a sequence's key line (null) contributes, parsed on
 * its own; UNKNOWN when it does not parse as such a part, or holds a value JSON does not hold exactly.
 */
function parsePart(source: string, role: number, key: string): unknown {
  const documents = parseFragment(source, 0);
  if (!documents) return UNKNOWN;
  if (role === PROLOGUE) return documents.length === 0 ? null : UNKNOWN;
  const [document] = documents;
  const isOnlyKey = documents.length === 1 && typeof document === 'object' && document !== null && !Array.isArray(document) && Object.keys(document).length === 1 && Object.hasOwn(document, key);
  if (!isOnlyKey) return UNKNOWN;
  const value = (document as Record<string, unknown>)[key];
  if (role === HEAD) return value === null ? null : UNKNOWN;
  return isJsonExact(value) ? value : UNKNOWN;
}

/**
 * Items `from` to `to` of a sequence, each read by the fast reader if it can, the others by js-yaml
 * within the `budget`; UNKNOWN unless js-yaml gives exactly as many values as items it was given,
 * which JSON holds exactly.
 */
function parseItems(text: string, parts: Parts, from: number, to: number, budget: Budget): unknown[] | typeof UNKNOWN {
  const items: unknown[] = new Array(to - from);
  // The items js-yaml parses, together: those next to each other, and those close enough that
  // parsing what lies between costs less than parsing them apart.
  let first = -1;
  let last = -1;
  const parseRun = () => {
    if (!spend(budget, parts.ends[last]! - parts.starts[first]!)) return false;
    const documents = parseFragment(text.slice(parts.starts[first], parts.ends[last]), 1);
    const parsed = documents?.length === 1 ? documents[0] : undefined;
    if (!Array.isArray(parsed) || parsed.length !== last + 1 - first || !isJsonExact(parsed)) return false;
    for (let at = 0; at < parsed.length; at++) items[first - from + at] = parsed[at];
    return true;
  };
  for (let part = from; part < to; part++) {
    const item = parseSimpleItem(text, parts.starts[part]!, parts.ends[part]!);
    if (item !== NOT_SIMPLE) {
      items[part - from] = item;
      continue;
    }
    if (first >= 0 && parts.starts[part]! - parts.ends[last]! > FRAGMENT_COST) {
      if (!parseRun()) return UNKNOWN;
      first = -1;
    }
    if (first < 0) first = part;
    last = part;
    // Given up as soon as the run outgrows the budget, not once it is complete.
    if (parts.ends[last]! - parts.starts[first]! + FRAGMENT_COST > budget.left) return UNKNOWN;
  }
  return first < 0 || parseRun() ? items : UNKNOWN;
}
