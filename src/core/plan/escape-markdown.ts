// Markdown escaping for text that comes from the user's file: names, notes, answers. The plan is
// markdown, not HTML, so nothing the user wrote may turn into emphasis, links, tables, headings or
// raw HTML on GitHub, GitLab, VS Code or any CommonMark viewer.
import type { CommandText, Text } from './view-model.js';

/** Punctuation that means something inline (GFM `~` strikethrough, `$` maths on GitHub, `|` in tables). */
const INLINE_SPECIAL = /[\\`*_[\]|~$]/g;
/** What would start a block at the beginning of a line: heading, list item, setext underline. */
const BLOCK_START = /^(#|[+=-]|\d+(?=[.)]))/;
/** `&copy;`, `&#60;`: an entity a viewer would decode. A lone `&` is left alone. */
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;

/**
 * Escapes text so it shows exactly as written when placed in markdown, on one line: line breaks
 * become spaces (so a value never ends a list item or table row), HTML angle brackets become
 * entities, and markdown punctuation is backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  const line = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return line
    .replace(INLINE_SPECIAL, (character) => `\\${character}`)
    .replace(ENTITY, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(BLOCK_START, (start) => (/\d/.test(start) ? `${start}\\` : `\\${start}`));
}

/** Inline code, fenced with more backticks than the text contains, so it cannot close early. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

export function toText(raw: string): Text {
  return { raw, md: escapeMarkdown(raw) };
}

export function toOptionalText(raw: string | undefined | null): Text | null {
  return raw === undefined || raw === null || raw.trim() === '' ? null : toText(raw);
}

export function toCommand(raw: string): CommandText {
  return { raw, md: codeSpan(raw) };
}
