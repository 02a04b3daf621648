// Saves by editing only the lines that changed.
//
// Re-serialising a whole YAML Document costs tens of seconds at 30,000 contacts and reflows the
// user's formatting; instead, the file is indexed by a cheap line scan (top-level sections and the
// items of block sequences), the old and new data are compared section by section and item by
// item, and only changed items are rewritten (through the `yaml` Document API, so comments inside
// them survive), removed items are cut, and new items are appended. Anything the scan does not
// recognise returns null, and the caller falls back to patching the whole Document.
import { isDeepStrictEqual } from 'node:util';
import { COLLECTION_STYLE_FLOW, CORE_SCHEMA, dump, visit, type Node as AstNode } from 'js-yaml';
import { itemKey, patchYamlText } from './yaml-codec.js';

interface Line {
  start: number;
  /** Offset just past the line's newline. */
  end: number;
  indent: number;
  kind: 'blank' | 'comment' | 'content';
}

interface ItemSpan {
  /** First line of the comments directly above the item (or the item line itself). */
  commentLine: number;
  line: number;
  /** One past the item's last content line. */
  endLine: number;
}

interface Section {
  keyLine: number;
  /** One past the section's last content line. */
  endLine: number;
  /** Items of a block sequence value, with their indentation. */
  items?: ItemSpan[];
  itemIndent?: number;
}

const TOP_LEVEL_KEY = /^[A-Za-z_][\w-]*:(?:[ \t\r\n]|$)/;
const NO_INLINE_VALUE = /^[^:]+:[ \t]*(?:#.*)?$/;

/** Sections whose items are written one per line as flow mappings: easy to scan and edit. */
const ONE_LINE_ITEMS = new Set(['relationships']);

export function dumpYaml(value: unknown, oneLineItems = false): string {
  return dump(value, {
    schema: CORE_SCHEMA,
    lineWidth: -1,
    noRefs: true,
    transform: (documents) =>
      visit(documents, (node: AstNode) => {
        if (node.kind === 'sequence') {
          if (node.items.length > 0 && node.items.every((item) => item.kind === 'scalar')) node.style = COLLECTION_STYLE_FLOW;
          if (oneLineItems) {
            for (const item of node.items) {
              if (item.kind === 'mapping' && item.items.every((pair) => pair.value.kind === 'scalar')) item.style = COLLECTION_STYLE_FLOW;
            }
          }
        }
      }),
  });
}

/** A whole network as YAML text (for new files), with relationships one per line. */
export function dumpNetwork(network: Record<string, unknown>): string {
  return Object.entries(network)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => dumpYaml({ [key]: value }, ONE_LINE_ITEMS.has(key)))
    .join('');
}

/**
 * The text of `text` edited so that it holds `next`, given that it held `previous`.
 * Returns null when the file's layout is not one the line scan understands.
 */
export function spliceYamlText(text: string, previous: Record<string, unknown>, next: Record<string, unknown>): string | null {
  const lines = scanLines(text);
  const sections = indexSections(text, lines);
  if (!sections) return null;
  const edits: Edit[] = [];
  let appended = '';
  for (const key of new Set([...Object.keys(previous), ...Object.keys(next)])) {
    const before = previous[key];
    const after = next[key];
    if (isDeepStrictEqual(before, after)) continue;
    const section = sections.get(key);
    if (!section) {
      // Not in the file yet (e.g. defaults filled in by validation): add it at the end.
      if (after !== undefined) appended += dumpYaml({ [key]: after }, ONE_LINE_ITEMS.has(key));
      continue;
    }
    const start = lines[section.keyLine]!.start;
    const end = lines[section.endLine - 1]!.end;
    if (after === undefined) {
      edits.push({ start, end, text: '' });
      continue;
    }
    const sectionText = text.slice(start, end);
    const emptyBefore = isEmptyCollection(before) && /^[^:]+:\s*(?:\[\s*\]|\{\s*\})\s*(#.*)?$/.test(sectionText.trimEnd());
    if (emptyBefore || (Array.isArray(after) && after.length === 0)) {
      // A list growing its first item, or losing its last: write it afresh, as a new file would be.
      const comment = /^[^#\n]*?(#.*)$/m.exec(sectionText.split('\n')[0]!)?.[1];
      const dumped = dumpYaml({ [key]: after }, ONE_LINE_ITEMS.has(key));
      edits.push({ start, end, text: comment ? dumped.replace(/\n/, ` ${comment}\n`) : dumped });
      continue;
    }
    const listEdits =
      Array.isArray(before) && Array.isArray(after) && section.items?.length === before.length
        ? spliceList(text, lines, section, key, before, after)
        : null;
    if (listEdits) edits.push(...listEdits);
    else edits.push({ start, end, text: withNewline(patchYamlText(sectionText, { [key]: after })) });
  }
  let result = applyEdits(text, edits);
  if (appended) result = `${withNewline(result)}${appended}`;
  return result;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function spliceList(text: string, lines: Line[], section: Section, key: string, before: unknown[], after: unknown[]): Edit[] | null {
  const items = section.items!;
  const indent = ' '.repeat(section.itemIndent!);
  const queues = new Map<string, number[]>();
  before.forEach((item, index) => {
    const itemKeyText = itemKey(item);
    const queue = queues.get(itemKeyText);
    if (queue) queue.push(index);
    else queues.set(itemKeyText, [index]);
  });
  const kept = new Set<number>();
  const edits: Edit[] = [];
  const added: unknown[] = [];
  let lastKept = -1;
  for (const item of after) {
    const index = queues.get(itemKey(item))?.shift();
    if (index === undefined) {
      added.push(item);
      continue;
    }
    // Only appends, removals and in-place edits are spliced; a reorder takes the slow path.
    if (added.length > 0 || index < lastKept) return null;
    lastKept = index;
    kept.add(index);
    if (isDeepStrictEqual(before[index], item)) continue;
    const span = items[index]!;
    const start = lines[span.line]!.start;
    const end = lines[span.endLine - 1]!.end;
    const chunk = reindent(text.slice(start, end), indent, '');
    edits.push({ start, end, text: reindent(withNewline(patchYamlText(chunk, [item])), '', indent) });
  }
  before.forEach((_, index) => {
    if (kept.has(index)) return;
    const span = items[index]!;
    edits.push({ start: lines[span.commentLine]!.start, end: lines[span.endLine - 1]!.end, text: '' });
  });
  if (added.length > 0) {
    const at = lines[items.length > 0 ? items[items.length - 1]!.endLine - 1 : section.keyLine]!.end;
    const separator = text[at - 1] === '\n' ? '' : '\n';
    edits.push({ start: at, end: at, text: separator + reindent(dumpYaml(added, ONE_LINE_ITEMS.has(key)), '', indent) });
  }
  return edits;
}

function applyEdits(text: string, edits: Edit[]): string {
  // Back to front, so earlier offsets stay valid; an insertion at X goes before a cut ending at X.
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of edits) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

function scanLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline + 1;
    let indent = 0;
    while (text.charCodeAt(start + indent) === 32) indent++;
    const first = text[start + indent];
    const kind = first === undefined || first === '\n' || first === '\r' ? 'blank' : first === '#' ? 'comment' : 'content';
    lines.push({ start, end, indent, kind });
    start = end;
  }
  return lines;
}

function indexSections(text: string, lines: Line[]): Map<string, Section> | null {
  const sections = new Map<string, Section>();
  let current: { key: string; section: Section } | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.kind === 'blank') continue;
    if (text[line.start + line.indent] === '\t') return null;
    if (line.kind === 'comment') continue;
    if (line.indent > 0) {
      if (!current) return null;
      current.section.endLine = index + 1;
      continue;
    }
    const lineText = text.slice(line.start, line.end);
    if (!TOP_LEVEL_KEY.test(lineText)) return null; // documents markers, flow or complex keys
    const key = lineText.slice(0, lineText.indexOf(':'));
    if (sections.has(key)) return null;
    current = { key, section: { keyLine: index, endLine: index + 1 } };
    sections.set(key, current.section);
  }
  for (const section of sections.values()) {
    const keyText = text.slice(lines[section.keyLine]!.start, lines[section.keyLine]!.end).trimEnd();
    if (!NO_INLINE_VALUE.test(keyText)) continue;
    const items = indexItems(text, lines, section);
    if (items === null) return null;
    if (items) Object.assign(section, items);
  }
  return sections;
}

/** The items of a block sequence, or undefined when the section holds something else. */
function indexItems(text: string, lines: Line[], section: Section): Pick<Section, 'items' | 'itemIndent'> | undefined | null {
  const items: ItemSpan[] = [];
  let itemIndent: number | undefined;
  let commentLine: number | undefined;
  for (let index = section.keyLine + 1; index < section.endLine; index++) {
    const line = lines[index]!;
    if (line.kind === 'blank') {
      commentLine = undefined;
      continue;
    }
    if (line.kind === 'comment') {
      commentLine ??= index;
      continue;
    }
    const isItemStart = text[line.start + line.indent] === '-' && /[ \n\r]/.test(text[line.start + line.indent + 1] ?? '\n');
    if (itemIndent === undefined) {
      if (!isItemStart) return undefined;
      itemIndent = line.indent;
    }
    if (line.indent === itemIndent && isItemStart) {
      items.push({ commentLine: commentLine ?? index, line: index, endLine: index + 1 });
    } else if (line.indent <= itemIndent) {
      return null;
    } else {
      items[items.length - 1]!.endLine = index + 1;
    }
    commentLine = undefined;
  }
  return itemIndent === undefined ? undefined : { items, itemIndent };
}

function reindent(text: string, from: string, to: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : to + (line.startsWith(from) ? line.slice(from.length) : line)))
    .join('\n');
}

function isEmptyCollection(value: unknown): boolean {
  return (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
