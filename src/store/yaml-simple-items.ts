// A fast reader for the plain YAML most records are written in: block mappings and sequences of
// one-line scalars, and one-line flow lists and mappings of scalars, as conet writes them. js-yaml
// takes 0.7–1 s for a 30,000-contact file, mostly on generality a record rarely needs; this reads
// its records in about 0.3 s. It gives a value only when it is sure it is the one js-yaml gives (a
// test compares the two on random texts), and NOT_SIMPLE for anything else — a comment or blank
// line inside the record, a scalar over several lines, an escape, a nested flow collection, an
// anchor or tag, a number other than a plain integer, a duplicate key… — which js-yaml then
// parses, with its errors and their lines.

import { grow } from './yaml-lines.js';

export const NOT_SIMPLE = Symbol('not simple');
type Value = unknown;

/** Far below js-yaml's limit for a whole file (64): records are shallow, deeper ones go to js-yaml. */
const MAX_DEPTH = 16;

/** Any character but a newline and printable ASCII: rare, and only then is the slower check run. */
const NOT_PLAIN_ASCII = /[^\n\x20-\x7E]/g;
/**
 * Characters not read as they are: all but printable ones, a tab, a carriage return but before a
 * newline (Windows line ends), a surrogate out of its pair; line and paragraph separators and the
 * byte-order mark are left to js-yaml too.
 */
const UNUSUAL_CHARACTER =
  /[^\n\r\x20-\x7E\u00A0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD\uD800-\uDFFF]|\r(?!\n)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const SPACE = 32;
const CARRIAGE_RETURN = 13;
const DASH = 45;
const COLON = 58;
const HASH = 35;
const SINGLE_QUOTE = 39;
const DOUBLE_QUOTE = 34;
const COMMA = 44;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

// The lines of the record being read, shared by the functions below (one record at a time).
let source = '';
let count = 0;
let indents = new Int32Array(64);
let starts = new Int32Array(64);
let ends = new Int32Array(64);
/** The line being read. */
let at = 0;

/**
 * The value of one item of a block sequence in `text`, from its `-` line at `start` up to `end`
 * (which may include blank and comment lines after it), or NOT_SIMPLE.
 */
export function parseSimpleItem(text: string, start: number, end: number): Value | typeof NOT_SIMPLE {
  if (hasUnusualCharacter(text, start, end) || !splitLines(text, start, end)) return NOT_SIMPLE;
  if (count === 0 || !isDash(0)) return NOT_SIMPLE;
  at = 0;
  const list = readSequence(indents[0]!, 1);
  return list === NOT_SIMPLE || at !== count || list.length !== 1 ? NOT_SIMPLE : list[0];
}

// Where the next character of each kind is in the text last checked, for the records that follow
// (read in order): each search runs once over the text, not once per record.
let checked = '';
let checkedFrom = -1;
let nextNotAscii = -1;
let nextUnusual = -1;

function hasUnusualCharacter(text: string, start: number, end: number): boolean {
  if (text !== checked || start < checkedFrom) {
    checked = text;
    nextNotAscii = nextUnusual = -1;
  }
  checkedFrom = start;
  if (nextUnusual >= start) return nextUnusual < end;
  if (nextNotAscii < start) nextNotAscii = search(NOT_PLAIN_ASCII, text, start);
  if (nextNotAscii >= end) return false;
  nextUnusual = search(UNUSUAL_CHARACTER, text, start);
  return nextUnusual < end;
}

function search(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? text.length;
}

/** Cuts the item into content lines; false when a blank or comment line comes before the last of them. */
function splitLines(text: string, from: number, to: number): boolean {
  source = text;
  count = 0;
  let gap = false;
  for (let start = from; start < to; ) {
    let newline = text.indexOf('\n', start);
    if (newline < 0 || newline > to) newline = to;
    const lineEnd = newline > start && text.charCodeAt(newline - 1) === CARRIAGE_RETURN ? newline - 1 : newline;
    let first = start;
    while (first < lineEnd && text.charCodeAt(first) === SPACE) first++;
    if (first === lineEnd || text.charCodeAt(first) === HASH) gap = true;
    else if (gap) return false;
    else {
      let last = lineEnd;
      while (last > first && text.charCodeAt(last - 1) === SPACE) last--;
      if (count === indents.length) growLines();
      indents[count] = first - start;
      starts[count] = first;
      ends[count] = last;
      count++;
    }
    start = newline + 1;
  }
  return true;
}

function growLines(): void {
  indents = grow(indents, new Int32Array(indents.length * 2));
  starts = grow(starts, new Int32Array(starts.length * 2));
  ends = grow(ends, new Int32Array(ends.length * 2));
}

/** Does line `line` start a sequence entry (`-` followed by a space or nothing)? */
function isDash(line: number): boolean {
  const start = starts[line]!;
  return source.charCodeAt(start) === DASH && (start + 1 === ends[line] || source.charCodeAt(start + 1) === SPACE);
}

/** The block node whose first line is line `at`. */
function readNode(depth: number): Value | typeof NOT_SIMPLE {
  if (depth > MAX_DEPTH) return NOT_SIMPLE;
  if (isDash(at)) return readSequence(indents[at]!, depth);
  if (keyEnd(starts[at]!, ends[at]!) > 0) return readMapping(indents[at]!, depth);
  return NOT_SIMPLE; // a scalar on a line of its own: part of a longer one
}

function readSequence(indent: number, depth: number): Value[] | typeof NOT_SIMPLE {
  if (depth > MAX_DEPTH) return NOT_SIMPLE;
  const list: Value[] = [];
  while (at < count && indents[at] === indent && isDash(at)) {
    const dash = starts[at]!;
    let rest = dash + 1;
    while (rest < ends[at]! && source.charCodeAt(rest) === SPACE) rest++;
    let value: Value | typeof NOT_SIMPLE;
    if (rest === ends[at]) {
      at++;
      value = at < count && indents[at]! > indent ? readNode(depth + 1) : null;
    } else if (keyEnd(rest, ends[at]!) > 0) {
      // `- key: value`: a mapping whose lines start at the column of that key.
      indents[at] = indent + rest - dash;
      starts[at] = rest;
      value = readMapping(indents[at]!, depth + 1);
    } else {
      if (source.charCodeAt(rest) === DASH) return NOT_SIMPLE; // `- - x`
      value = readScalar(rest, ends[at]!);
      at++;
      if (at < count && indents[at]! > indent) return NOT_SIMPLE;
    }
    if (value === NOT_SIMPLE) return NOT_SIMPLE;
    list.push(value);
  }
  return list;
}

function readMapping(indent: number, depth: number): Record<string, Value> | typeof NOT_SIMPLE {
  if (depth > MAX_DEPTH) return NOT_SIMPLE;
  const mapping: Record<string, Value> = {};
  while (at < count && indents[at] === indent) {
    const start = starts[at]!;
    const end = ends[at]!;
    const colon = keyEnd(start, end);
    if (colon < 0) return NOT_SIMPLE;
    const key = keyText(start, colon);
    if (isUnusualKey(key) || Object.hasOwn(mapping, key)) return NOT_SIMPLE;
    let rest = colon + 1;
    while (rest < end && source.charCodeAt(rest) === SPACE) rest++;
    let value: Value | typeof NOT_SIMPLE;
    if (rest === end) {
      at++;
      if (at < count && indents[at]! > indent) value = readNode(depth + 1);
      else if (at < count && indents[at] === indent && isDash(at)) value = readSequence(indent, depth + 1);
      else value = null;
    } else {
      value = readScalar(rest, end);
      at++;
      if (at < count && indents[at]! > indent) return NOT_SIMPLE;
    }
    if (value === NOT_SIMPLE) return NOT_SIMPLE;
    mapping[key] = value;
  }
  return mapping;
}

/** Where the `:` of a `key:` line is (a plain key of letters, digits, `_` and `-`), or -1. */
function keyEnd(start: number, end: number): number {
  const first = source.charCodeAt(start);
  if (!isLetter(first) && first !== 95 /* _ */) return -1;
  let at = start + 1;
  for (; at < end; at++) {
    const code = source.charCodeAt(at);
    if (!(isLetter(code) || (code >= 48 && code <= 57) || code === 95 || code === DASH)) break;
  }
  return at < end && source.charCodeAt(at) === COLON && (at + 1 === end || source.charCodeAt(at + 1) === SPACE) ? at : -1;
}

// The keys met so far, by a hash of their length and ends: the same few keys come back in every
// record, and reusing their text spares a new string each time (and its lookup as a property name).
const KEY_SLOTS = 512;
const knownKeys: string[] = new Array<string>(KEY_SLOTS).fill('');

function keyText(start: number, end: number): string {
  const slot = ((end - start) * 31 + source.charCodeAt(start) * 7 + source.charCodeAt(end - 1)) & (KEY_SLOTS - 1);
  const known = knownKeys[slot]!;
  if (known.length === end - start && source.startsWith(known, start)) return known;
  return (knownKeys[slot] = source.slice(start, end));
}

/**
 * A key js-yaml would not keep as written: `True` is read as the boolean and becomes the key "true"
 * (so it can also clash with a `true:` key); `__proto__` is refused later.
 */
function isUnusualKey(key: string): boolean {
  return key === '__proto__' || CORE_WORDS.has(key);
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** A one-line value from `start` to `end` (trailing spaces already cut): a scalar, or a flow collection of scalars. */
function readScalar(start: number, end: number): Value | typeof NOT_SIMPLE {
  const first = source.charCodeAt(start);
  if (first === OPEN_BRACKET || first === OPEN_BRACE) return readFlow(start, end);
  if (first === SINGLE_QUOTE || first === DOUBLE_QUOTE) {
    const quoted = readQuoted(start, end);
    return quoted !== NOT_SIMPLE && quotedEnd === end ? quoted : NOT_SIMPLE;
  }
  return resolvePlain(source.slice(start, end), false);
}

/** Where the last quoted scalar read ended (one past its closing quote). */
let quotedEnd = 0;

/** A quoted scalar that ends on its line: single-quoted, or double-quoted without escapes. */
function readQuoted(start: number, end: number): string | typeof NOT_SIMPLE {
  if (source.charCodeAt(start) === DOUBLE_QUOTE) {
    const close = source.indexOf('"', start + 1);
    const backslash = source.indexOf('\\', start + 1);
    if (close < 0 || close >= end || (backslash >= 0 && backslash < close)) return NOT_SIMPLE;
    quotedEnd = close + 1;
    return source.slice(start + 1, close);
  }
  let value = '';
  for (let from = start + 1; ; ) {
    const quote = source.indexOf("'", from);
    if (quote < 0 || quote >= end) return NOT_SIMPLE; // goes on over the next line
    value += source.slice(from, quote);
    if (quote + 1 < end && source.charCodeAt(quote + 1) === SINGLE_QUOTE) {
      value += "'";
      from = quote + 2;
      continue;
    }
    quotedEnd = quote + 1;
    return value;
  }
}

/** `[a, b]` or `{key: value, …}` of scalars, ending at `end`. */
function readFlow(start: number, end: number): Value | typeof NOT_SIMPLE {
  const isMapping = source.charCodeAt(start) === OPEN_BRACE;
  const close = isMapping ? CLOSE_BRACE : CLOSE_BRACKET;
  const list: Value[] = [];
  const mapping: Record<string, Value> = {};
  let at = skipSpaces(start + 1, end);
  if (source.charCodeAt(at) === close) return at + 1 === end ? (isMapping ? mapping : list) : NOT_SIMPLE;
  for (;;) {
    let key = '';
    if (isMapping) {
      const colon = keyEnd(at, end);
      if (colon < 0) return NOT_SIMPLE;
      key = keyText(at, colon);
      if (isUnusualKey(key) || Object.hasOwn(mapping, key)) return NOT_SIMPLE;
      at = skipSpaces(colon + 1, end);
    }
    let value: Value | typeof NOT_SIMPLE;
    const first = source.charCodeAt(at);
    if (first === SINGLE_QUOTE || first === DOUBLE_QUOTE) {
      value = readQuoted(at, end);
      at = skipSpaces(quotedEnd, end);
    } else {
      let stop = at;
      while (stop < end && source.charCodeAt(stop) !== COMMA && source.charCodeAt(stop) !== close) stop++;
      let last = stop;
      while (last > at && source.charCodeAt(last - 1) === SPACE) last--;
      value = last > at ? resolvePlain(source.slice(at, last), true) : NOT_SIMPLE;
      at = stop;
    }
    if (value === NOT_SIMPLE) return NOT_SIMPLE;
    if (isMapping) mapping[key] = value;
    else list.push(value);
    const next = source.charCodeAt(at);
    if (next === close) return at + 1 === end ? (isMapping ? mapping : list) : NOT_SIMPLE;
    if (next !== COMMA) return NOT_SIMPLE;
    at = skipSpaces(at + 1, end);
    if (source.charCodeAt(at) === close) return NOT_SIMPLE; // a trailing comma
  }
}

function skipSpaces(at: number, end: number): number {
  while (at < end && source.charCodeAt(at) === SPACE) at++;
  return at;
}

/**
 * What a plain scalar is in YAML 1.2's core schema, when that is certain: text that starts with a
 * letter (but for a few words), a date, a plain integer, true, false or null.
 */
function resolvePlain(text: string, inFlow: boolean): Value | typeof NOT_SIMPLE {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === 'null') return null;
  const first = text.charCodeAt(0);
  if (first === DASH || (first >= 48 && first <= 57)) {
    if (INTEGER.test(text) && text !== '-0') return Number(text);
    return DATE.test(text) ? text : NOT_SIMPLE;
  }
  if (!(isLetter(first) || first >= 0xa0) || CORE_WORDS.has(text)) return NOT_SIMPLE;
  for (let at = 1; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const ends = inFlow
      ? FLOW_STOPS.includes(code)
      : (code === COLON && (at + 1 === text.length || text.charCodeAt(at + 1) === SPACE)) || (code === HASH && text.charCodeAt(at - 1) === SPACE);
    if (ends) {
      return NOT_SIMPLE; // `: ` would start a mapping, ` #` a comment; in a flow collection, these end the scalar
    }
  }
  return text;
}

const CORE_WORDS = new Set(['Null', 'NULL', 'True', 'TRUE', 'False', 'FALSE']);
/** A decimal integer that a double holds exactly. */
const INTEGER = /^-?(?:0|[1-9][0-9]{0,14})$/;
/** Text in the core schema, which has no timestamps. */
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const FLOW_STOPS = [COLON, HASH, COMMA, OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE];
