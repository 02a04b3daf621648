// A fast writer for the records most of a file holds: mappings of one-line strings, integers,
// booleans and lists of those, written exactly as js-yaml writes them (see dumpYaml in
// yaml-splice.ts; a test compares the two on random records). js-yaml builds, styles and walks a
// tree of every value before it writes one: importing 30,000 LinkedIn rows into a new file took
// 1.46 s with js-yaml writing it, 1.02 s with this. Anything else — a nested record, a string that
// needs quotes, a float, a null… — gives undefined, and js-yaml writes that record.

/**
 * Strings js-yaml writes as they are, in a block or inside a flow collection: a letter first (or an
 * ISO date), then letters, digits, marks, spaces and a few punctuation marks that start nothing in
 * YAML once inside a scalar; a colon only before a character that cannot end a key; no space last.
 */
const PLAIN = /^(?:\p{L}(?:[\p{L}\p{M}\p{N} ._@/()+'=-]|:(?=[\p{L}\p{N}/._@-]))*|\d{4}-\d\d-\d\d)$/u;
/** Letter-first words the core schema reads as something other than a string. */
const NOT_A_STRING = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/** A string as js-yaml writes it when it needs no quotes; undefined when it may need some. */
export function writePlainString(text: string): string | undefined {
  return PLAIN.test(text) && text.charCodeAt(text.length - 1) !== 32 && !NOT_A_STRING.has(text) ? text : undefined;
}

/** A scalar as it is written, in a block or a flow collection alike; undefined for one to leave to js-yaml. */
function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return writePlainString(value);
  if (typeof value === 'number') return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : undefined;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return undefined;
}

/** A mapping's value: a scalar, or a list of scalars on one line (as dumpYaml styles it). */
function fieldValue(value: unknown): string | undefined {
  if (!Array.isArray(value)) return scalar(value);
  const items: string[] = [];
  for (const item of value) {
    const written = scalar(item);
    if (written === undefined) return undefined;
    items.push(written);
  }
  return `[${items.join(', ')}]`;
}

/**
 * One record as an item of a block sequence whose dashes sit at `indent`, with its newline; a
 * record of scalars only on one line, as a flow mapping, when `oneLine`. Undefined when js-yaml
 * must write it.
 */
export function writeSimpleItem(record: unknown, indent: string, oneLine: boolean): string | undefined {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  const fields: string[] = [];
  let flat = true;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const value = (record as Record<string, unknown>)[key];
    const name = writePlainString(key);
    const written = name === undefined ? undefined : fieldValue(value);
    if (written === undefined) return undefined;
    flat &&= !Array.isArray(value);
    fields.push(`${name}: ${written}`);
  }
  if (fields.length === 0) return undefined;
  if (oneLine && flat) return `${indent}- {${fields.join(', ')}}\n`;
  return `${indent}- ${fields.join(`\n${indent}  `)}\n`;
}
