// Writing through the `yaml` Document API, so that comments, key order, quoting and unknown fields
// survive a save. Loaded only when conet writes.
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import type { Document } from 'yaml';
import { pairKey } from '../core/relationships.js';

type YamlLibrary = typeof import('yaml');
let library: YamlLibrary | undefined;

/** The `yaml` package, required on first use: appending records never needs it. */
function yaml(): YamlLibrary {
  library ??= createRequire(import.meta.url)('yaml') as YamlLibrary;
  return library;
}

const STRINGIFY_OPTIONS = { lineWidth: 0, indentSeq: true, flowCollectionPadding: false } as const;

/**
 * Rewrites `text` so that it holds `next`, changing only the nodes whose values differ:
 * comments, key order, quoting and unknown fields elsewhere stay as they were.
 */
export function patchYamlText(text: string, next: unknown): string {
  const { parseDocument } = yaml();
  // js-yaml (which read the file) takes a lone carriage return as a line break; so must this parser.
  const source = /\r(?!\n)/.test(text) ? text.replace(/\r(?!\n)/g, '\n') : text;
  const document = parseDocument(source, { keepSourceTokens: false });
  if (document.errors.length > 0) throw document.errors[0];
  document.contents = patchNode(document, document.contents, next) as typeof document.contents;
  return document.toString(STRINGIFY_OPTIONS);
}

function patchNode(document: Document, node: unknown, value: unknown): unknown {
  const { isMap, isNode, isScalar, isSeq } = yaml();
  if (isMap(node) && isPlainObject(value)) {
    const wanted = new Set(Object.keys(value));
    node.items = node.items.filter((pair) => wanted.has(String(isScalar(pair.key) ? pair.key.value : pair.key)));
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined) continue;
      const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === key);
      if (pair) pair.value = patchNode(document, pair.value, child) as typeof pair.value;
      else node.items.push(document.createPair(key, createNode(document, child)) as (typeof node.items)[number]);
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    const items = node.items;
    const matches = matchItems(items.map((item) => (isNode(item) ? item.toJSON() : item)), value);
    node.items = value.map((child, at) => patchNode(document, matches[at] === undefined ? undefined : items[matches[at]], child)) as typeof node.items;
    return node;
  }
  if (isScalar(node) && !isPlainObject(value) && !Array.isArray(value)) {
    if (node.value !== value) {
      node.value = value;
      // The old quoting or block style may not fit the new value; let the writer choose.
      delete node.type;
    }
    return node;
  }
  const created = createNode(document, value);
  // Keep a comment that sat on the replaced node.
  if (isNode(node) && isNode(created)) {
    if (node.commentBefore) created.commentBefore = node.commentBefore;
    if (node.comment) created.comment = node.comment;
  }
  return created;
}

/**
 * Which item of `previous` each item of `next` is (undefined for a new one). Items are matched by
 * identity (`itemKey`) rather than position, so removing one contact does not shift every later
 * contact's comments onto its neighbour; an item in the place of an old item that went, and that is
 * that item with a new key (a renamed id, a kind given to a tie), is that item, so the comments
 * inside it stay.
 */
export function matchItems(previous: readonly unknown[], next: readonly unknown[]): (number | undefined)[] {
  const queues = new Map<string, number[]>();
  previous.forEach((item, index) => {
    const key = itemKey(item);
    const queue = queues.get(key);
    if (queue) queue.push(index);
    else queues.set(key, [index]);
  });
  const matches = next.map((item) => queues.get(itemKey(item))?.shift());
  const claimed = new Set(matches);
  let last = -1;
  return matches.map((match, at) => {
    let index = match;
    if (index === undefined && last + 1 < previous.length && !claimed.has(last + 1) && isRekeyed(previous[last + 1], next[at])) {
      index = last + 1;
      claimed.add(index);
    }
    last = index ?? last;
    return index;
  });
}

/** Whether `next` is `previous` under a new key: a contact with only its id changed, a tie between the same two. */
function isRekeyed(previous: unknown, next: unknown): boolean {
  if (!isPlainObject(previous) || !isPlainObject(next)) return false;
  if (typeof previous.id === 'string' && typeof next.id === 'string') {
    const { id: _previousId, ...before } = previous;
    const { id: _nextId, ...after } = next;
    return isDeepStrictEqual(before, after);
  }
  return typeof previous.from === 'string' && typeof next.from === 'string' && pairKey(previous.from, String(previous.to)) === pairKey(next.from, String(next.to));
}

/** What makes a list item "the same item" across a save. */
export function itemKey(value: unknown): string {
  if (isPlainObject(value)) {
    if (typeof value.id === 'string') return `id:${value.id}`;
    if (typeof value.from === 'string' && typeof value.to === 'string') return `rel:${value.from}|${value.to}|${String(value.kind ?? '')}`;
    if (typeof value.date === 'string') return `dated:${value.date}|${String(value.kind ?? value.status ?? '')}`;
    if (typeof value.action === 'string') return `action:${value.action}`;
  }
  return `value:${JSON.stringify(value)}`;
}

/** Lists of plain values (tags, offers…) are written on one line: `[a, b]`, easy to edit by hand. */
function createNode(document: Document, value: unknown): unknown {
  const { isScalar, visit } = yaml();
  const node = document.createNode(value);
  visit(node, {
    Seq(_, seq) {
      if (seq.items.length > 0 && seq.items.every((item) => isScalar(item))) seq.flow = true;
    },
  });
  return node;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
