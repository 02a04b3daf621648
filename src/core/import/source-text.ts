// Turning an import file's bytes into the text the parsers read.

/**
 * Decodes a file: UTF-8 (with or without BOM), UTF-16 with a BOM (some Outlook and Excel
 * exports), and, when the bytes are not valid UTF-8, Windows-1252 (old address-book exports).
 */
export function decodeImportBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * One line ending (LF) and no BOM. Line numbers are then simply "newlines before + 1"; csv-parse,
 * for one, miscounts lines when a quoted field holds a CRLF.
 */
export function normaliseText(text: string): string {
  return stripBom(text).replace(/\r\n?/g, '\n');
}
