// Guesses an import file's format from its name and its first lines, so `--format` is rarely needed.
import { isGoogleHeader } from './parse-google.js';
import { isLinkedinHeader } from './parse-linkedin.js';
import { stripBom } from './source-text.js';
import type { ImportFormat } from './types.js';

/** Returns null when neither the extension nor the content gives the format away. */
export function detectImportFormat(fileName: string, text: string): ImportFormat | null {
  const head = stripBom(text).slice(0, 4096);
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'vcf' || extension === 'vcard' || /^\s*BEGIN:VCARD/i.test(head)) return 'vcard';
  if (extension === 'gexf' || /<gexf[\s>]/.test(head)) return 'gexf';
  if (extension === 'graphml' || /<graphml[\s>]/.test(head)) return 'graphml';
  if (extension === 'json' || /^\s*\{/.test(head)) return 'json';
  const lines = head.split(/\r\n|\n|\r/).slice(0, 20).map((line) => line.split(',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1')));
  if (lines.some(isLinkedinHeader)) return 'linkedin';
  if (lines.some(isGoogleHeader)) return 'google';
  return null;
}
