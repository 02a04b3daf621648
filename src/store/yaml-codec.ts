// Text ⇄ data for the network file.
// Reading uses js-yaml (about ten times faster than the `yaml` Document parser on large files);
// writing uses the `yaml` Document API so that comments, key order and unknown fields survive.
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { DataError, formatFieldPath } from '../core/errors.js';
import type { Network } from '../core/model.js';
import { validateNetwork } from '../core/schema.js';

/**
 * Bounds that keep hostile files from eating memory or time. A conet file never needs aliases,
 * and refusing them outright rules out "billion laughs" expansions downstream.
 */
const LIMITS = { maxAliases: 0, maxDepth: 64 };

const FRIENDLY_REASONS: [RegExp, string][] = [
  [/maxAliases/, 'aliases (*name) are not supported in a conet file; write the value out in full'],
  [/maxDepth/, 'the data is nested too deeply'],
  [/unknown (scalar|mapping|sequence) tag/, 'custom tags (!name) are not supported in a conet file'],
];

/** Parses and validates a network file's text. Errors name the file, line and field. */
export function parseNetwork(text: string, file: string): Network {
  const data = parseYaml(text, file);
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new DataError('The file is not a conet network: expected a mapping with `contacts:` and `relationships:`.', {
      location: { file, line: 1 },
      hint: 'Check that you passed the right file.',
    });
  }
  const unsafe = findUnsafeKey(data, []);
  if (unsafe) {
    throw new DataError(`${formatFieldPath(unsafe)} is a key conet does not accept (it could change how objects behave).`, {
      location: { file, line: locateLine(text, unsafe) },
      hint: 'Rename or remove that key; nothing was changed.',
    });
  }
  const result = validateNetwork(data);
  if (!result.ok) {
    const first = result.issues[0]!;
    const field = formatFieldPath(first.path);
    const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more problem${result.issues.length > 2 ? 's' : ''})` : '';
    throw new DataError(`${field || 'the file'} ${first.message}${more}.`, {
      location: { file, line: locateLine(text, first.path) },
      hint: 'Fix it in the file and run again; nothing was changed.',
    });
  }
  return result.network;
}

function parseYaml(text: string, file: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA, filename: file, ...LIMITS });
  } catch (error) {
    if (error instanceof YAMLException) {
      const line = error.mark ? error.mark.line + 1 : undefined;
      const column = error.mark ? error.mark.column + 1 : undefined;
      const friendly = FRIENDLY_REASONS.find(([pattern]) => pattern.test(error.reason))?.[1];
      throw new DataError(friendly ?? `invalid YAML: ${error.reason}.`, {
        location: { file, ...(line !== undefined && { line }), ...(column !== undefined && { column }) },
        hint: 'Fix the syntax and run again; nothing was changed.',
        cause: error,
      });
    }
    throw new DataError(`could not read the YAML: ${(error as Error).message}.`, { location: { file }, cause: error });
  }
}

/**
 * The 1-based line of a field path in the text, or of its nearest existing parent. Only called on
 * the error path, so the slower `yaml` Document parser is fine here.
 */
export function locateLine(text: string, path: readonly (string | number)[]): number | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, keepSourceTokens: false, uniqueKeys: false });
  let node: unknown = document.contents;
  let offset: number | undefined = (node as Node | null)?.range?.[0];
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
      if (!pair) break;
      offset = (isNode(pair.key) ? pair.key.range?.[0] : undefined) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if (!isNode(node)) break;
    } else break;
    if (isNode(node) && node.range) offset = isScalar(node) || offset === undefined ? node.range[0] : offset;
  }
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

const STRINGIFY_OPTIONS = { lineWidth: 0, indentSeq: true, flowCollectionPadding: false } as const;

/**
 * Rewrites `text` so that it holds `next`, changing only the nodes whose values differ:
 * comments, key order, quoting and unknown fields elsewhere stay as they were.
 */
export function patchYamlText(text: string, next: unknown): string {
  const document = parseDocument(text, { keepSourceTokens: false });
  if (document.errors.length > 0) throw document.errors[0];
  document.contents = patchNode(document, document.contents, next) as typeof document.contents;
  return document.toString(STRINGIFY_OPTIONS);
}

function patchNode(document: Document, node: unknown, value: unknown): unknown {
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
    // Match items by identity (id, relationship ends, or value) rather than position, so removing
    // one contact does not shift every later contact's comments onto its neighbour.
    const byKey = new Map<string, unknown[]>();
    for (const item of node.items) {
      const key = itemKey(isNode(item) ? item.toJSON() : item);
      const bucket = byKey.get(key);
      if (bucket) bucket.push(item);
      else byKey.set(key, [item]);
    }
    node.items = value.map((child) => patchNode(document, byKey.get(itemKey(child))?.shift(), child)) as typeof node.items;
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

/** The path of the first `__proto__` key: harmless as parsed, but a trap for any code that copies objects. */
function findUnsafeKey(value: unknown, path: (string | number)[]): (string | number)[] | undefined {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findUnsafeKey(value[index], [...path, index]);
      if (found) return found;
    }
  } else if (typeof value === 'object' && value !== null) {
    if (Object.hasOwn(value, '__proto__')) return [...path, '__proto__'];
    for (const [key, child] of Object.entries(value)) {
      if (typeof child !== 'object' || child === null) continue;
      const found = findUnsafeKey(child, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
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
  const node = document.createNode(value);
  visit(node, {
    Seq(_, seq) {
      if (seq.items.length > 0 && seq.items.every((item) => isScalar(item))) seq.flow = true;
    },
  });
  return node;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
