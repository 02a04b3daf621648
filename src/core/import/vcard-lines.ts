// The line-level part of reading vCards that no maintained library does for vCard 2.1:
// quoted-printable soft line breaks, QUOTED-PRINTABLE + CHARSET decoding, and bare parameters
// ("TEL;HOME;VOICE:"). Cards come out as vCard 3.0 text that ical.js can parse.

export interface PhysicalLine {
  text: string;
  line: number;
}

/** A property line after unfolding, with the line it started on. */
export interface LogicalLine {
  text: string;
  line: number;
}

/**
 * RFC folding (a line starting with a space or tab continues the previous one) and, for
 * quoted-printable values, soft line breaks (a trailing "=" joins the next line as it is).
 */
export function unfoldLines(lines: readonly PhysicalLine[]): LogicalLine[] {
  const out: LogicalLine[] = [];
  let softBreak = false;
  for (const { text, line } of lines) {
    const last = out[out.length - 1];
    if (last && softBreak) {
      last.text = last.text.slice(0, -1) + text;
    } else if (last && (text.startsWith(' ') || text.startsWith('\t'))) {
      last.text += text.slice(1);
    } else if (text.trim() !== '') {
      out.push({ text, line });
    } else {
      continue;
    }
    const current = out[out.length - 1]!;
    softBreak = isQuotedPrintable(current.text) && current.text.endsWith('=');
  }
  return out;
}

interface PropertyLine {
  /** Group prefix kept as written ("item1."), or ''. */
  group: string;
  name: string;
  params: string[];
  value: string;
}

export function splitPropertyLine(text: string): PropertyLine | null {
  let inQuotes = false;
  let colon = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') inQuotes = !inQuotes;
    else if (char === ':' && !inQuotes) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return null;
  const [head = '', ...params] = text.slice(0, colon).split(';');
  const dot = head.lastIndexOf('.');
  return {
    group: dot >= 0 ? head.slice(0, dot + 1) : '',
    name: (dot >= 0 ? head.slice(dot + 1) : head).toUpperCase(),
    params,
    value: text.slice(colon + 1),
  };
}

export function isQuotedPrintable(text: string): boolean {
  const colon = text.indexOf(':');
  const head = colon < 0 ? text : text.slice(0, colon);
  return /;(?:ENCODING=)?QUOTED-PRINTABLE(?=[;:]|$)/i.test(head);
}

/** Decodes "=C3=A9" escapes into bytes, then the bytes with the declared charset. */
export function decodeQuotedPrintable(value: string, charset = 'utf-8'): string {
  const encoder = new TextEncoder();
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value[i] === '=' ? value.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      // Not an escape: keep the character's own UTF-8 bytes.
      bytes.push(...encoder.encode(value[i]));
    }
  }
  return decodeWithCharset(new Uint8Array(bytes), charset);
}

function decodeWithCharset(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    // An unknown charset label: UTF-8 is the best guess.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * Rewrites one vCard 2.1 (or 3.0 written with 2.1 habits) property line into vCard 3.0 syntax:
 * bare parameters become TYPE=…, QUOTED-PRINTABLE values are decoded with their CHARSET, and
 * ENCODING/CHARSET parameters are dropped because the text is now plain Unicode.
 */
export function modernisePropertyLine(text: string, escapeCommas: boolean): string {
  const property = splitPropertyLine(text);
  if (!property) return text;
  const types: string[] = [];
  const kept: string[] = [];
  let charset = 'utf-8';
  let quotedPrintable = false;
  for (const param of property.params) {
    const [rawKey = '', ...rest] = param.split('=');
    const key = rawKey.toUpperCase();
    const value = rest.join('=');
    if (rest.length === 0) {
      if (key === 'QUOTED-PRINTABLE') quotedPrintable = true;
      else if (!['7BIT', '8BIT'].includes(key)) types.push(rawKey);
    } else if (key === 'ENCODING') {
      if (value.toUpperCase() === 'QUOTED-PRINTABLE') quotedPrintable = true;
    } else if (key === 'CHARSET') {
      charset = value.replace(/"/g, '');
    } else if (key === 'TYPE') {
      types.push(value);
    } else {
      kept.push(param);
    }
  }
  let value = property.value;
  if (quotedPrintable) value = decodeQuotedPrintable(value, charset);
  if (quotedPrintable || escapeCommas) value = escapeText(value, escapeCommas);
  const params = [...(types.length > 0 ? [`TYPE=${types.join(',')}`] : []), ...kept];
  return `${property.group}${property.name}${params.map((param) => `;${param}`).join('')}:${value}`;
}

/** vCard 3.0 escaping for a decoded value: newlines always; commas where 2.1 left them bare. */
function escapeText(value: string, escapeCommas: boolean): string {
  const escaped = value.replace(/\r\n|\r|\n/g, '\\n');
  return escapeCommas ? escaped.replace(/(?<!\\),/g, '\\,') : escaped;
}
