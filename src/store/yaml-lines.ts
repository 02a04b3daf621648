// A cheap line scan of a network file: top-level sections and the items of block sequences, found
// from indentation and the first characters of each line, without parsing the YAML. Saving uses it
// to rewrite only the changed items (yaml-splice.ts), reading to re-parse only them (yaml-reuse.ts).
// Whatever layout it does not recognise gives null, and the caller takes its slow, general path.

const BLANK = 0;
const COMMENT = 1;
const CONTENT = 2;

/** Line starts, indents and kinds in flat arrays: a 30,000-contact file has ~400,000 lines. */
export interface Lines {
  count: number;
  starts: Int32Array;
  indents: Int32Array;
  kinds: Uint8Array;
  /** Offset just past line i's newline. */
  end(index: number): number;
}

export interface ItemSpan {
  /** First line of the comments directly above the item (or the item line itself). */
  commentLine: number;
  line: number;
  /** One past the item's last content line. */
  endLine: number;
}

export interface Section {
  keyLine: number;
  /** One past the section's last content line. */
  endLine: number;
  /** Items of a block sequence value, with their indentation (indexed only when needed). */
  items?: ItemSpan[];
  itemIndent?: number;
}

const TOP_LEVEL_KEY = /^[A-Za-z_][\w-]*:(?:[ \t\r\n]|$)/;
const NO_INLINE_VALUE = /^[^:]+:[ \t]*(?:#.*)?$/;

export function scanLines(text: string): Lines {
  let capacity = 1024;
  let starts = new Int32Array(capacity);
  let indents = new Int32Array(capacity);
  let kinds = new Uint8Array(capacity);
  let count = 0;
  let start = 0;
  while (start < text.length) {
    if (count === capacity) {
      capacity *= 2;
      starts = grow(starts, new Int32Array(capacity));
      indents = grow(indents, new Int32Array(capacity));
      kinds = grow(kinds, new Uint8Array(capacity));
    }
    const newline = text.indexOf('\n', start);
    const indent = indentAt(text, start);
    starts[count] = start;
    indents[count] = indent;
    kinds[count] = kindOf(text.charCodeAt(start + indent));
    count++;
    start = newline < 0 ? text.length : newline + 1;
  }
  const length = text.length;
  return { count, starts, indents, kinds, end: (index) => (index + 1 < count ? starts[index + 1]! : length) };
}

/** The spaces a line starts with. */
function indentAt(text: string, lineStart: number): number {
  let indent = 0;
  while (text.charCodeAt(lineStart + indent) === 32) indent++;
  return indent;
}

/** A line's kind, from its first character after the indent (NaN at the end of the text). */
function kindOf(first: number): number {
  return Number.isNaN(first) || first === 10 || first === 13 ? BLANK : first === 35 /* # */ ? COMMENT : CONTENT;
}

/** `to` (a larger array) with `from`'s values at its start. */
export function grow<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

export function indexSections(text: string, lines: Lines): Map<string, Section> | null {
  const sections = new Map<string, Section>();
  let current: Section | undefined;
  for (let index = 0; index < lines.count; index++) {
    const kind = lines.kinds[index]!;
    if (kind === BLANK) continue;
    if (text.charCodeAt(lines.starts[index]! + lines.indents[index]!) === 9 /* tab */) return null;
    // An indented `#` line may be a comment or a line of a block scalar (`notes: |`): either way it
    // belongs to the section it sits in.
    if (kind === COMMENT && lines.indents[index] === 0) continue;
    if (lines.indents[index]! > 0) {
      if (!current) return null;
      current.endLine = index + 1;
      continue;
    }
    const lineText = text.slice(lines.starts[index]!, lines.end(index));
    if (!TOP_LEVEL_KEY.test(lineText)) return null; // document markers, flow or complex keys
    const key = lineText.slice(0, lineText.indexOf(':'));
    if (sections.has(key)) return null;
    current = { keyLine: index, endLine: index + 1 };
    sections.set(key, current);
  }
  return sections;
}

/**
 * The items of a block sequence section, undefined when the section holds something else, null
 * when its layout is not understood.
 */
export function indexItems(text: string, lines: Lines, section: Section): Required<Pick<Section, 'items' | 'itemIndent'>> | undefined | null {
  const keyText = text.slice(lines.starts[section.keyLine]!, lines.end(section.keyLine)).trimEnd();
  if (!NO_INLINE_VALUE.test(keyText)) return undefined;
  const scan = new ItemScan();
  for (let index = section.keyLine + 1; index < section.endLine; index++) {
    const read = scan.read(text, lines, index);
    if (read !== true) return read;
  }
  return scan.itemIndent === undefined ? undefined : { items: scan.items, itemIndent: scan.itemIndent };
}

/**
 * Where the item lines are in a stretch of lines inside a block sequence whose items are indented
 * `itemIndent`: the stretch begins inside an item (or at an item line) and ends at an item line
 * or at the end of the section. Null when a line there would change more than which lines start
 * items: a top-level line, a tab, or a line at or left of the items that starts none. The offsets
 * are into `stretch`.
 */
export function findItemLines(stretch: string, itemIndent: number): number[] | null {
  const lines = scanLines(stretch);
  const scan = new ItemScan(itemIndent);
  for (let index = 0; index < lines.count; index++) {
    // As in indexSections, a tab after the indent. (A top-level line is left of the items, which
    // are indented in any file with sections, so the scan refuses it.)
    if (lines.kinds[index] === CONTENT && stretch.charCodeAt(lines.starts[index]! + lines.indents[index]!) === 9) return null;
    if (scan.read(stretch, lines, index) !== true) return null;
  }
  return scan.items.slice(1).map((item) => lines.starts[item.line]!);
}

/**
 * The line that sets a block sequence's items' indent: its first item's first content line (after
 * the comments above it), with that indent and the offset just past its newline; undefined if none.
 */
export function itemLineAt(text: string, itemStart: number): { indent: number; end: number } | undefined {
  for (let start = itemStart; start < text.length; ) {
    const indent = indentAt(text, start);
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline + 1;
    if (kindOf(text.charCodeAt(start + indent)) === CONTENT) return { indent, end };
    start = end;
  }
  return undefined;
}

/** The rules of a block sequence's lines, read one at a time. */
class ItemScan {
  readonly items: ItemSpan[] = [];
  /** The first of the comment lines right above the line being read, which an item there would start at. */
  private commentLine: number | undefined;

  /** Given the items' indent, the scan starts inside an item (one of unknown lines). */
  constructor(public itemIndent?: number) {
    if (itemIndent !== undefined) this.items.push({ commentLine: -1, line: -1, endLine: -1 });
  }

  /** True once the line is read; undefined when the section holds no sequence, null when its layout is not understood. */
  read(text: string, lines: Lines, index: number): true | undefined | null {
    const kind = lines.kinds[index]!;
    if (kind === BLANK) {
      this.commentLine = undefined;
      return true;
    }
    const indent = lines.indents[index]!;
    if (kind === COMMENT) {
      if (this.itemIndent !== undefined && indent > this.itemIndent && this.items.length > 0) {
        // Deeper than the items: part of the open item (a comment in it, or a block scalar line).
        this.items[this.items.length - 1]!.endLine = index + 1;
        this.commentLine = undefined;
      } else this.commentLine ??= index;
      return true;
    }
    const at = lines.starts[index]! + indent;
    const next = text.charCodeAt(at + 1);
    const isItemStart = text.charCodeAt(at) === 45 /* - */ && (next === 32 || next === 10 || next === 13 || Number.isNaN(next));
    if (this.itemIndent === undefined) {
      if (!isItemStart) return undefined;
      this.itemIndent = indent;
    }
    if (indent === this.itemIndent && isItemStart) {
      this.items.push({ commentLine: this.commentLine ?? index, line: index, endLine: index + 1 });
    } else if (indent <= this.itemIndent) {
      return null;
    } else {
      this.items[this.items.length - 1]!.endLine = index + 1;
    }
    this.commentLine = undefined;
    return true;
  }
}
