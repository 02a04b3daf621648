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
import { isPlainObject, matchItems, patchYamlText } from './yaml-document.js';
import { indexItems, indexSections, scanLines, type ItemSpan, type Lines, type Section } from './yaml-lines.js';
import { writePlainString, writeSimpleItem } from './yaml-simple-writer.js';

/** Sections whose items are written one per line as flow mappings: easy to scan and edit. */
const ONE_LINE_ITEMS = new Set(['relationships']);

/**
 * `value` as YAML, with lists of scalars on one line and, with `oneLineItems`, the records of a
 * list too. The records of a list are written by the fast writer where it can (an array, or a
 * mapping of one key to an array: a section of the file), the rest by js-yaml.
 */
export function dumpYaml(value: unknown, oneLineItems = false): string {
  if (isListOfRecords(value)) return dumpItems(value, oneLineItems, '');
  const keys = isPlainObject(value) ? Object.keys(value) : [];
  const list = keys.length === 1 ? (value as Record<string, unknown>)[keys[0]!] : undefined;
  const key = keys.length === 1 ? writePlainString(keys[0]!) : undefined;
  if (!isListOfRecords(list) || key === undefined) return dumpWithJsYaml(value, oneLineItems);
  return `${key}:\n${dumpItems(list, oneLineItems, '  ', key)}`;
}

/** Records only: how js-yaml styles a run of them does not depend on the rest of the list (a list of scalars only goes on one line). */
function isListOfRecords(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.length > 0 && value.every(isPlainObject);
}

/**
 * The items of a block sequence at `indent`: runs of records the fast writer leaves go to js-yaml
 * together (one call per record would cost more than writing them all with js-yaml), inside their
 * section's `key` when there is one, so that they are written as they would be in place.
 */
function dumpItems(items: unknown[], oneLine: boolean, indent: string, key?: string): string {
  let text = '';
  let left: unknown[] = [];
  const writeLeft = () => {
    if (left.length === 0) return;
    const dumped = dumpWithJsYaml(key === undefined ? left : { [key]: left }, oneLine);
    text += key === undefined ? dumped : dumped.slice(dumped.indexOf('\n') + 1);
    left = [];
  };
  for (const item of items) {
    const written = writeSimpleItem(item, indent, oneLine);
    if (written === undefined) left.push(item);
    else {
      writeLeft();
      text += written;
    }
  }
  writeLeft();
  return text;
}

/** What js-yaml writes for `value`, as dumpYaml styles it: the reference for the fast writer. */
export function dumpWithJsYaml(value: unknown, oneLineItems = false): string {
  const text = dump(value, {
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
  // A text ending in a block scalar that keeps its trailing blank lines (`|+`) gets a document-end
  // marker; the fragments written here are spliced into one document, where `...` would end it.
  return text.endsWith('\n...\n') ? text.slice(0, -'...\n'.length) : text;
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
    if (sameValue(before, after)) continue;
    const section = sections.get(key);
    if (!section) {
      // Not in the file yet (e.g. defaults filled in by validation): add it at the end.
      if (after !== undefined) appended += dumpYaml({ [key]: after }, ONE_LINE_ITEMS.has(key));
      continue;
    }
    const start = lines.starts[section.keyLine]!;
    const end = lines.end(section.endLine - 1);
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
    let listEdits: Edit[] | null = null;
    if (Array.isArray(before) && Array.isArray(after)) {
      const indexed = indexItems(text, lines, section);
      if (indexed === null) return null;
      if (indexed?.items.length === before.length) listEdits = spliceList(text, lines, indexed, key, before, after);
    }
    if (listEdits) edits.push(...listEdits);
    else edits.push({ start, end, text: withNewline(patchYamlText(sectionText, { [key]: after })) });
  }
  let result = applyEdits(text, edits);
  if (appended) result = result === '' ? appended : `${withNewline(result)}${appended}`;
  return result;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function spliceList(
  text: string,
  lines: Lines,
  { items, itemIndent }: Required<Pick<Section, 'items' | 'itemIndent'>>,
  key: string,
  before: unknown[],
  after: unknown[],
): Edit[] | null {
  const indent = ' '.repeat(itemIndent);
  if (after.length > before.length && before.every((item, index) => after[index] === item)) {
    // Only new records at the end (the common case: add, import): no need to match the old ones.
    return [appendItems(text, lines, items, indent, key, after.slice(before.length))];
  }
  const matches = matchItems(before, after);
  const kept = new Set<number>();
  const edits: Edit[] = [];
  const added: unknown[] = [];
  let lastKept = -1;
  for (const [at, item] of after.entries()) {
    const index = matches[at];
    if (index === undefined) {
      added.push(item);
      continue;
    }
    // Only appends, removals and in-place edits are spliced; a reorder takes the slow path.
    if (added.length > 0 || index < lastKept) return null;
    lastKept = index;
    kept.add(index);
    if (sameValue(before[index], item)) continue;
    const span = items[index]!;
    const start = lines.starts[span.line]!;
    const end = lines.end(span.endLine - 1);
    const chunk = reindent(text.slice(start, end), indent, '');
    edits.push({ start, end, text: reindent(withNewline(patchYamlText(chunk, [item])), '', indent) });
  }
  before.forEach((_, index) => {
    if (kept.has(index)) return;
    const span = items[index]!;
    edits.push({ start: lines.starts[span.commentLine]!, end: lines.end(span.endLine - 1), text: '' });
  });
  if (added.length > 0) edits.push(appendItems(text, lines, items, indent, key, added));
  return edits;
}

/** New records written after the last item of a list. */
function appendItems(text: string, lines: Lines, items: ItemSpan[], indent: string, key: string, added: unknown[]): Edit {
  const at = lines.end(items[items.length - 1]!.endLine - 1);
  const separator = text[at - 1] === '\n' ? '' : '\n';
  return { start: at, end: at, text: separator + reindent(dumpYaml(added, ONE_LINE_ITEMS.has(key)), '', indent) };
}

function applyEdits(text: string, edits: Edit[]): string {
  // Back to front, so earlier offsets stay valid; an insertion at X goes before a cut ending at X.
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of edits) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

function reindent(text: string, from: string, to: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : to + (line.startsWith(from) ? line.slice(from.length) : line)))
    .join('\n');
}

/** Records the core left untouched are the same objects: skip the deep comparison for them. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  return isDeepStrictEqual(a, b);
}

function isEmptyCollection(value: unknown): boolean {
  return (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
