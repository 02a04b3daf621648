// Reading the network file: js-yaml (about ten times faster than the `yaml` Document parser on
// large files), then shape validation. The `yaml` Document API is loaded only to point at the line
// of an error; writing lives in yaml-document.ts and yaml-splice.ts, and re-reading only the parts
// of a file that changed in yaml-reuse.ts.
import { createRequire } from 'node:module';
import { constructFromEvents, CORE_SCHEMA, EVENT_ID, loadAll, parseEvents, YAMLException } from 'js-yaml';
import { DataError, formatFieldPath } from '../core/errors.js';
import { emptyNetwork, type Network } from '../core/model.js';
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
  const documents = parseYaml(text, file);
  if (documents.length > 1) {
    throw new DataError('The file holds more than one YAML document (split by a `---` or `...` line); a conet network is one.', {
      location: { file, line: locateSecondDocument(text) },
      hint: 'Merge them into one, or keep each network in a file of its own.',
    });
  }
  // An empty (or comments-only) file is a network with nothing in it yet: `touch conet.yaml` starts one.
  if (documents.length === 0) return emptyNetwork();
  const data = documents[0];
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

function parseYaml(text: string, file: string): unknown[] {
  try {
    return loadAll(text, { schema: CORE_SCHEMA, filename: file, ...LIMITS });
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
 * The YAML documents in one part of a network file, parsed on its own with the schema and limits of
 * a whole file; `depthAbove` is how many levels of nesting sit above the part in the file. Undefined
 * when the part does not parse, or holds what a part cannot be judged on alone or what a whole file
 * would refuse: an anchor, a tag, an alias, a `__proto__` key.
 */
export function parseFragment(text: string, depthAbove: number): unknown[] | undefined {
  try {
    const events = parseEvents(text, { maxDepth: LIMITS.maxDepth - depthAbove });
    const unusual = events.some((event) => event.type === EVENT_ID.ALIAS || ('tagStart' in event && (event.tagStart !== -1 || event.anchorStart !== -1)));
    if (unusual) return undefined;
    const documents = constructFromEvents(events, { source: text, schema: CORE_SCHEMA, maxAliases: LIMITS.maxAliases });
    return findUnsafeKey(documents, []) ? undefined : documents;
  } catch {
    return undefined;
  }
}

/**
 * The 1-based line of a field path in the text, or of its nearest existing parent. Only on the
 * error path, so the slower `yaml` Document parser (required lazily, off the start-up path) is fine.
 */
export function locateLine(text: string, path: readonly (string | number)[]): number | undefined {
  const { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, keepSourceTokens: false, uniqueKeys: false });
  let node: unknown = document.contents;
  let offset: number | undefined = isNode(node) ? node.range?.[0] : undefined;
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

/** The 1-based line where a second document starts: a `---` once one has begun, or content after a `...`. */
function locateSecondDocument(text: string): number | undefined {
  let begun = false;
  let ended = false;
  for (const [index, line] of text.split('\n').entries()) {
    if (/^---(\s|$)/.test(line)) {
      if (begun || ended) return index + 1;
      begun = true;
    } else if (/^\.\.\.(\s|$)/.test(line)) {
      ended = begun || ended;
    } else if (!/^\s*(#.*)?\r?$/.test(line) && !line.startsWith('%')) {
      if (ended) return index + 1;
      begun = true;
    }
  }
  return undefined;
}

/**
 * The path of the first `__proto__` key: harmless as parsed, but a trap for any code that copies
 * objects. The path is built only once a key is found: a 30,000-contact file has ~1M values.
 */
function findUnsafeKey(value: unknown, path: (string | number)[]): (string | number)[] | undefined {
  const trail = trailToUnsafeKey(value);
  return trail && [...path, ...trail.reverse()];
}

/** The path to the first `__proto__` key, innermost step first. */
function trailToUnsafeKey(value: unknown): (string | number)[] | undefined {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (typeof item !== 'object' || item === null) continue;
      const trail = trailToUnsafeKey(item);
      if (trail) {
        trail.push(index);
        return trail;
      }
    }
  } else if (typeof value === 'object' && value !== null) {
    if (Object.hasOwn(value, '__proto__')) return ['__proto__'];
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const child = record[key];
      if (typeof child !== 'object' || child === null) continue;
      const trail = trailToUnsafeKey(child);
      if (trail) {
        trail.push(key);
        return trail;
      }
    }
  }
  return undefined;
}
