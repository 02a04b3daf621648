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

/** A conet command quoted in backticks inside a reason conet wrote, e.g. "find a way in with `conet path`". */
const QUOTED_COMMAND = /`(conet [^`\r\n]*)`/g;

/**
 * Text conet wrote around the user's words (a reason): its quoted commands become inline code,
 * everything else is escaped like any other text.
 */
export function toTextWithCommands(raw: string): Text {
  const commands: string[] = [];
  // Private-use placeholders (taken out of the text first) pass through escaping untouched.
  const held = raw.replace(/[\uE000\uE001]/g, '').replace(QUOTED_COMMAND, (_, command: string) => `\uE000${commands.push(command) - 1}\uE001`);
  const md = escapeMarkdown(held).replace(/\uE000(\d+)\uE001/g, (_, index: string) => codeSpan(commands[Number(index)]!));
  return { raw, md };
}

export function toOptionalText(raw: string | undefined | null): Text | null {
  return raw === undefined || raw === null || raw.trim() === '' ? null : toText(raw);
}

export function toCommand(raw: string): CommandText {
  return { raw, md: codeSpan(raw) };
}
