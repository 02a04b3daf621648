// Random networks written as a person keeps them (conet's writer or plain YAML, keys in any order,
// comments, multi-line notes, fields conet does not know), and random hand edits of their text:
// records changed, added, removed or reordered, `me` rewritten, keys added, comments and blank lines
// inserted, and the text damaged. Shared by the tests of reading a file after a hand edit.
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { dumpNetwork, dumpYaml } from '../../src/store/yaml-splice.js';

const word = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('yes', 'null', '~', '123', '1e3', '- dash', '# hash', 'a: b', "it's", '"q"', ' pad ', '[x]', '{y}', '*star', '&amp', '!tag', '@at', 'Zoë Ñandú', '日本語'),
);
const notes = fc.constantFrom('line one\n# not a comment', 'first\n- not an item\n  # nor this', 'a\n\n# after a blank line\n', 'kept\n\n\n', 'x\n', '  indented first\nsecond');
const extra = fc.oneof(word, fc.integer(), fc.boolean(), fc.constant(null), fc.array(word, { maxLength: 3 }), fc.record({ a: word, b: fc.integer() }));

/** A record with its keys in a random order, as a person may write them. */
const shuffled = <T extends Record<string, unknown>>(record: fc.Arbitrary<T>) =>
  record.chain((value) => fc.shuffledSubarray(Object.keys(value), { minLength: Object.keys(value).length }).map((keys) => Object.fromEntries(keys.map((key) => [key, value[key]]))));

const contact = shuffled(
  fc.record(
    {
      id: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/).filter((id) => id !== 'me'),
      name: word.filter((name) => name !== ''),
      tags: fc.array(word, { maxLength: 3 }),
      notes: fc.oneof(notes, word),
      stage: fc.constantFrom('identified', 'engaged'),
      'x-source': extra,
      custom: extra,
    },
    { requiredKeys: ['id', 'name'] },
  ),
);

const introduction = shuffled(
  fc.record(
    { id: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/).filter((id) => id !== 'me'), between: fc.tuple(word, word), status: fc.constantFrom('suggested', 'made'), note: fc.oneof(notes, word) },
    { requiredKeys: ['id', 'between', 'status'] },
  ),
);

export const networkArbitrary = fc
  .record({
    me: shuffled(fc.record({ name: word, business: word, offers: fc.array(word, { maxLength: 2 }) }, { requiredKeys: [] })),
    contacts: fc.uniqueArray(contact, { selector: (record) => record.id, maxLength: 8 }),
    strengths: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 8 }),
    introductions: fc.option(fc.array(introduction, { maxLength: 3 }), { nil: undefined }),
    extras: fc.dictionary(fc.constantFrom('hobbies', 'x-notes', 'archive'), extra, { maxKeys: 2 }),
  })
  .map(({ me, contacts, strengths, introductions, extras }) => ({
    version: 1,
    me,
    contacts,
    relationships: strengths.map((strength, index) => ({ from: 'me', to: String(contacts[index % Math.max(1, contacts.length)]?.id ?? 'me'), strength })),
    ...(introductions && { introductions }),
    ...extras,
  }));

/** The ways a network ends up as text: conet's own writer, or plain js-yaml with other indents. */
export const writer = fc.constantFrom(
  (network: Record<string, unknown>) => dumpNetwork(network),
  (network: Record<string, unknown>) => dump(network),
  (network: Record<string, unknown>) => dump(network, { indent: 4, flowLevel: 3 }),
);

export type Edit =
  | { kind: 'set-value'; at: number; value: string }
  | { kind: 'insert-item'; at: number; item: Record<string, unknown> }
  | { kind: 'delete-item'; at: number }
  | { kind: 'swap-items'; at: number; with: number }
  | { kind: 'edit-me'; me: Record<string, unknown> }
  | { kind: 'add-key'; at: number; key: string; value: unknown }
  | { kind: 'comment'; at: number; indent: number; text: string }
  | { kind: 'blank'; at: number }
  | { kind: 'indent'; at: number; by: number }
  | { kind: 'damage'; at: number; text: string }
  | { kind: 'delete-line'; at: number }
  | { kind: 'duplicate-line'; at: number };

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('set-value' as const), at: fc.nat(), value: fc.oneof(word.map((value) => JSON.stringify(value)), word, fc.constantFrom('|\n      block\n      text', '[a, b]', '{x: 1}', '3', '', '.inf', '-0')) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('insert-item' as const), at: fc.nat(), item: contact }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('delete-item' as const), at: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('swap-items' as const), at: fc.nat(), with: fc.nat() }), weight: 2 },
  fc.record({ kind: fc.constant('edit-me' as const), me: shuffled(fc.record({ name: word, business: word }, { requiredKeys: [] })) }),
  fc.record({ kind: fc.constant('add-key' as const), at: fc.nat(), key: fc.constantFrom('hobbies', 'extra', 'x-y', 'contacts', 'audit', 'introductions'), value: fc.oneof(extra, fc.constant([{ id: 'i1', between: ['a', 'b'], status: 'made' }])) }),
  { arbitrary: fc.record({ kind: fc.constant('comment' as const), at: fc.nat(), indent: fc.constantFrom(0, 2, 4, 6), text: word }), weight: 2 },
  fc.record({ kind: fc.constant('blank' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -2, max: 2 }) }),
  fc.record({
    kind: fc.constant('damage' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(':', '- ', '[', ']', '{', '}', '&a ', '*a', '!x ', '#', '"', "'", '|', '>', '\t', ' ', '\n', '\r', '\r\n', '%', '? ', ',', '\u0000', '\uFEFF', '__proto__: 1\n', '---\n', '...\n', 'contacts:\n'), fc.string({ maxLength: 3 })),
  }),
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
);

/** Line ranges of the items of block sequences: from a `- ` line to the next one at its indent, or to the next key. */
function itemRanges(lines: string[]): [number, number][] {
  const ranges: [number, number][] = [];
  let indent = -1;
  const close = (index: number) => {
    const open = ranges[ranges.length - 1];
    if (open?.[1] === -1) open[1] = index;
  };
  lines.forEach((line, index) => {
    if (/^[^\s#]/.test(line)) {
      close(index);
      indent = -1;
      return;
    }
    const match = /^( +)- /.exec(line);
    if (!match || (indent >= 0 && match[1]!.length !== indent)) return;
    indent = match[1]!.length;
    close(index);
    ranges.push([index, -1]);
  });
  close(lines.length);
  return ranges;
}

export function applyEdit(text: string, change: Edit): string {
  const lines = text.split('\n');
  const line = (at: number) => at % Math.max(1, lines.length);
  const items = itemRanges(lines);
  const item = (at: number) => items[at % items.length]!;
  switch (change.kind) {
    case 'set-value': {
      const values = lines.flatMap((content, index) => (/^\s*(- )?[\w-]+: \S/.test(content) ? [index] : []));
      if (values.length === 0) return text;
      const at = values[change.at % values.length]!;
      lines[at] = lines[at]!.replace(/^(\s*(?:- )?[\w-]+: ).*$/, `$1${change.value}`);
      return lines.join('\n');
    }
    case 'insert-item': {
      if (items.length === 0) return text;
      const [start] = item(change.at);
      const indent = /^( *)/.exec(lines[start]!)![1]!;
      lines.splice(start, 0, ...dumpYaml([change.item]).trimEnd().split('\n').map((content) => indent + content));
      return lines.join('\n');
    }
    case 'delete-item': {
      if (items.length === 0) return text;
      const [start, end] = item(change.at);
      lines.splice(start, end - start);
      return lines.join('\n');
    }
    case 'swap-items': {
      if (items.length < 2) return text;
      const [a, b] = [item(change.at), item(change.with)].sort((x, y) => x[0] - y[0]) as [[number, number], [number, number]];
      if (a[0] === b[0]) return text;
      return [...lines.slice(0, a[0]), ...lines.slice(b[0], b[1]), ...lines.slice(a[1], b[0]), ...lines.slice(a[0], a[1]), ...lines.slice(b[1])].join('\n');
    }
    case 'edit-me':
      return text.replace(/^me:.*\n(?:[ #].*\n|\n)*/m, dumpYaml({ me: change.me }));
    case 'add-key': {
      const keys = lines.flatMap((content, index) => (/^[\w-]+:/.test(content) ? [index] : []));
      lines.splice(keys[change.at % Math.max(1, keys.length)] ?? lines.length, 0, ...dumpYaml({ [change.key]: change.value }).trimEnd().split('\n'));
      return lines.join('\n');
    }
    case 'comment':
      lines.splice(line(change.at), 0, `${' '.repeat(change.indent)}# ${change.text.replace(/\n/g, ' ')}`);
      return lines.join('\n');
    case 'blank':
      lines.splice(line(change.at), 0, '');
      return lines.join('\n');
    case 'indent': {
      const at = line(change.at);
      lines[at] = change.by > 0 ? ' '.repeat(change.by) + lines[at] : lines[at]!.replace(new RegExp(`^ {0,${-change.by}}`), '');
      return lines.join('\n');
    }
    case 'damage': {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + change.text + text.slice(at);
    }
    case 'delete-line':
      lines.splice(line(change.at), 1);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(line(change.at), 0, lines[line(change.at)]!);
      return lines.join('\n');
  }
}
