// Reading a hand-edited file by parsing only the parts that changed (yaml-reuse.ts) must give exactly
// what parsing the whole file gives, or give up so that the whole file is parsed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addContact } from '../../src/core/add-contact.js';
import { emptyNetwork, type Network } from '../../src/core/model.js';
import { parseNetwork } from '../../src/store/yaml-codec.js';
import { indexParts, isJsonExact, parseReusing, reindexParts } from '../../src/store/yaml-reuse.js';
import { dumpNetwork, dumpYaml } from '../../src/store/yaml-splice.js';
import { applyEdit, edit, networkArbitrary, writer } from '../helpers/hand-edits.js';

const RUNS = process.env.CI ? 150 : 600;

/** What the cache holds for a text: its parse, through JSON (only when JSON holds it exactly). */
function parsed(text: string): { text: string; network: Network } | undefined {
  const network = parseNetwork(text, 'before.yaml');
  return isJsonExact(network) ? { text, network: JSON.parse(JSON.stringify(network)) as Network } : undefined;
}

function expectSameAsFullParse(text: string, network: Network | undefined): void {
  const expected = parseNetwork(text, 'after.yaml');
  expect(network).toStrictEqual(expected);
  // Key order too: the cache and the JSON output keep it.
  expect(JSON.stringify(network)).toBe(JSON.stringify(expected));
}

/** Does the whole file parse, to values JSON holds exactly? */
function isReadable(text: string): boolean {
  try {
    return isJsonExact(parseNetwork(text, 'x'));
  } catch {
    return false;
  }
}

function sample(count: number): Network {
  let network = emptyNetwork();
  for (let i = 0; i < count; i++) network = addContact(network, { name: `Person ${i}`, tags: ['x'], notes: i % 3 === 0 ? `line one\n# not a comment ${i}` : `note ${i}` }).network;
  return { ...network, me: { name: 'Sam', offers: ['branding'] } };
}

describe('parseReusing', () => {
  const before = `# my network\n${dumpNetwork(sample(6))}`;

  it('reuses every unchanged record and parses only the edited one', () => {
    const previous = parsed(before)!;
    const text = before.replace('name: Person 3\n', 'name: Person Three\n');
    const result = parseReusing(text, previous);
    expectSameAsFullParse(text, result?.network);
    const contacts = result!.network.contacts;
    expect(contacts.filter((contact, index) => contact === previous.network.contacts[index])).toHaveLength(5);
    expect(contacts[3]).not.toBe(previous.network.contacts[3]);
    expect(result!.network.me).toBe(previous.network.me);
  });

  it('follows added, removed and reordered records, new top-level keys, comments and a new `me`', () => {
    const previous = parsed(before)!;
    const lines = before.split('\n');
    const start = lines.indexOf('  - id: person-1');
    const end = lines.indexOf('  - id: person-2');
    const moved = [...lines.slice(0, start), ...lines.slice(end, lines.indexOf('  - id: person-5')), ...lines.slice(start, end), ...lines.slice(lines.indexOf('  - id: person-5'))].join('\n');
    const edits = [
      moved,
      before.replace('  - id: person-4\n', `${dumpYaml([{ id: 'ada', name: 'Ada', x: [1, 2] }]).replace(/^/gm, '  ').trimEnd()}\n  - id: person-4\n`),
      before.replace(/ {2}- id: person-2\n(?: {4}.*\n)+/, ''),
      `${before}hobbies:\n  - chess # mine\n`,
      before.replace('  - id: person-2\n', '  # met at the fair\n\n  - id: person-2\n'),
      before.replace(/^me:\n(?: {2}.*\n)+/m, 'me:\n  name: Samantha\n  business: Studio\n'),
      before.replace(/^(me:\n(?: {2}.*\n)+)([^]*)$/m, '$2$1'), // `me` moved to the end
      before.replace(/^relationships:[^]*$/m, 'relationships: [{from: me, to: person-1}]\n'), // a block list made a flow list
      before.replace(/( {2}- id: person-2\n(?: {4}.*\n)+)/, '$1$1'), // a record written twice
    ];
    for (const text of edits) {
      expect(text).not.toBe(before);
      expectSameAsFullParse(text, parseReusing(text, previous)?.network);
    }
  });

  it('gives up on what it cannot judge part by part, so the whole file is parsed', () => {
    const previous = parsed(before)!;
    const giveUp = [
      before.replace('name: Person 3\n', 'name: [unclosed\n'), // broken YAML
      before.replace('name: Person 3\n', 'name: &who Person 3\n'), // an anchor
      before.replace('name: Person 3\n', 'name: !!str Person 3\n'), // a tag
      before.replace('name: Person 3\n', 'name: *who\n'), // an alias
      before.replace('name: Person 3\n', 'name: Person 3\n    __proto__: {polluted: true}\n'),
      before.replace('name: Person 3\n', 'name: Person 3\r    role: x\n'), // a lone carriage return
      before.replace('name: Person 3\n', 'name: Person 3\n\trole: x\n'), // a tab
      before.replace('name: Person 3\n', 'name: ""\n'), // invalid for the schema
      before.replace('name: Person 3\n', 'name: Person 3\n    weight: .inf\n'), // JSON would not hold it
      `${before}---\nversion: 1\n`, // a second document
      `%YAML 1.2\n---\n${before}`,
      before.replace('contacts:', 'me:'), // a duplicate key
    ];
    for (const text of giveUp) {
      expect(parseReusing(text, previous), text).toBeUndefined();
      expect(parseReusing(text), text).toBeUndefined();
    }
  });

  it('applies the nesting limit of a whole file to a changed record', () => {
    const nested = (depth: number) => before.replace('name: Person 3\n', `name: Person 3\n    deep: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
    let deepest = 1;
    while (isReadable(nested(deepest + 1))) deepest++;
    expectSameAsFullParse(nested(deepest), parseReusing(nested(deepest), parsed(before)!)?.network);
    expect(parseReusing(nested(deepest + 1), parsed(before)!)).toBeUndefined();
  });

  it('sees blank lines that a kept block scalar holds, though the record\'s lines are unchanged', () => {
    const kept = 'version: 1\ncontacts:\n  - id: ada\n    name: Ada\n    notes: |+\n      kept\n\n  - id: bob\n    name: Bob\n';
    const text = kept.replace('\n\n  - id: bob', '\n\n\n\n  - id: bob');
    const result = parseReusing(text, parsed(kept)!);
    expectSameAsFullParse(text, result?.network);
    expect(result!.network.contacts[0]!.notes).toBe('kept\n\n\n\n');
  });
});

describe('parseReusing, with nothing read before', () => {
  const network = sample(400);
  const plain = dumpNetwork({ ...network, contacts: network.contacts.map((contact) => ({ ...contact, notes: 'one line' })) });
  const commented = plain.replace(/^( {2}- id: .*)$/gm, '$1 # by hand');

  it('reads every record of a file conet wrote, and the odd one by js-yaml, as a whole parse does', () => {
    const text = `# my network\n${plain}`.replace('name: Person 3\n', 'name: Person 3 # the odd one\n    # a comment inside\n');
    expectSameAsFullParse(text, parseReusing(text)?.network);
    expectSameAsFullParse(commented, parseReusing(commented)?.network);
    const windows = plain.replaceAll('\n', '\r\n');
    expectSameAsFullParse(windows, parseReusing(windows, undefined, windows.length / 4)?.network);
  });

  it('gives up once js-yaml would parse more than it is allowed, which the fast reader\'s records do not count against', () => {
    const budget = plain.length / 4;
    expectSameAsFullParse(plain, parseReusing(plain, undefined, budget)?.network);
    expect(parseReusing(commented, undefined, budget)).toBeUndefined();
  });
});

describe('parseReusing, for any hand edit of any network', () => {
  it('gives exactly what parsing the whole file gives, or gives up (and the whole file is parsed)', () => {
    const outcomes = { reused: 0, gaveUp: 0, reindexed: 0, scanned: 0 };
    fc.assert(
      fc.property(networkArbitrary, writer, fc.array(edit, { minLength: 1, maxLength: 4 }), fc.boolean(), (network, write, edits, withComments) => {
        let text = write(network);
        if (withComments) text = `# my network\n${text.replace(/^(contacts:.*)$/m, '$1 # people\n  # the first one')}`;
        let base: ReturnType<typeof parsed>;
        try {
          base = parsed(text);
        } catch {
          base = undefined; // js-yaml ends a section whose last scalar keeps its blank lines with `...`
        }
        fc.pre(base !== undefined);
        // Each version is read against the first one (as the cache's base) and against the one before (as a save is checked).
        let previous = base!;
        for (const change of edits) {
          text = applyEdit(text, change);
          // And with nothing read before, as a file conet has never read.
          for (const against of [base!, previous, undefined]) {
            const result = parseReusing(text, against);
            if (result !== undefined) {
              expectSameAsFullParse(text, result.network);
              expect(result.parts).toStrictEqual(indexParts(text));
            }
            if (isReadable(text)) outcomes[result === undefined ? 'gaveUp' : 'reused']++;
            if (against) outcomes[expectReindexedAsScanned(text, against.text) ? 'reindexed' : 'scanned']++;
          }
          try {
            previous = parsed(text) ?? previous;
          } catch {
            // A broken version is never a base: the next edit is still read against the last good one.
          }
        }
      }),
      { numRuns: RUNS, seed: 20261201 },
    );
    // Most files that can be read at all are read part by part: the property is not met by giving up.
    expect(outcomes.reused).toBeGreaterThan(outcomes.gaveUp * 4);
    // Nor is the re-scan of the edited items only, by leaving every edit to the whole scan.
    expect(outcomes.reindexed).toBeGreaterThan(outcomes.scanned / 10);
  });
});

/** The length of the common start of two texts, and of their common end (not reaching into it). */
function differenceOf(text: string, oldText: string) {
  let prefix = 0;
  while (prefix < Math.min(text.length, oldText.length) && text[prefix] === oldText[prefix]) prefix++;
  let suffix = 0;
  while (suffix < Math.min(text.length, oldText.length) - prefix && text[text.length - 1 - suffix] === oldText[oldText.length - 1 - suffix]) suffix++;
  return { prefix, suffix, shift: oldText.length - text.length };
}

/** Whether the parts of `text` were found from those of `oldText` (they must then be the parts a whole scan finds). */
function expectReindexedAsScanned(text: string, oldText: string): boolean {
  const previous = indexParts(oldText);
  const reindexed = previous && reindexParts(text, oldText, previous, differenceOf(text, oldText));
  if (reindexed) expect(reindexed, text).toStrictEqual(indexParts(text));
  return Boolean(reindexed) && oldText !== text;
}

describe('reindexParts', () => {
  const text = dumpNetwork(sample(12) as unknown as Record<string, unknown>);
  const lines = text.split('\n');
  const at = (pattern: RegExp, from = 0) => lines.findIndex((line, index) => index >= from && pattern.test(line));
  const edited = (change: (lines: string[]) => void) => {
    const copy = [...lines];
    change(copy);
    return copy.join('\n');
  };
  const reindex = (after: string) => reindexParts(after, text, indexParts(text)!, differenceOf(after, text));
  const middle = at(/^  - id:/, at(/^  - id:/) + 1) + 8;

  it('scans again only the items an edit touches, and finds what a whole scan finds', () => {
    const edits = [
      (copy: string[]) => (copy[middle] = `${copy[middle]} # edited`),
      (copy: string[]) => copy.splice(middle, 0, '    extra: 1'),
      (copy: string[]) => copy.splice(middle, 0, '  - id: new', '    name: New one'),
      (copy: string[]) => copy.splice(middle, 0, '', '  # a comment of its own', '', '  # the next one\'s'),
      (copy: string[]) => copy.splice(at(/^  - id:/, middle), 3),
      (copy: string[]) => copy.splice(at(/^relationships:/) - 1, 0, '  - id: last', '    name: Last', '# a comment at the end'),
      // A record added at the end of a list, right before the next section's key.
      (copy: string[]) => copy.splice(at(/^relationships:/), 0, '  - id: added', '    name: Added Last'),
      // Inside the first item, below its line; and the first tie, as the benchmark edits it.
      (copy: string[]) => (copy[at(/^  - id:/) + 1] = `${copy[at(/^  - id:/) + 1]} # edited`),
      (copy: string[]) => (copy[at(/^    strength:/, at(/^relationships:/))] = '    strength: 1'),
    ];
    for (const change of edits) {
      const after = edited(change);
      const reindexed = reindex(after);
      expect(reindexed, after).not.toBeNull();
      expect(reindexed).toStrictEqual(indexParts(after));
    }
  });

  it('leaves to a whole scan what changes more than the starts of those items', () => {
    const edits = [
      // A new top-level key, a tab, a line left of the items that starts none.
      (copy: string[]) => copy.splice(middle, 0, 'hobbies: chess'),
      (copy: string[]) => (copy[middle] = `\t${copy[middle]}`),
      (copy: string[]) => (copy[middle + 1] = `    \t${copy[middle + 1]!.trimStart()}`),
      (copy: string[]) => (copy[middle] = copy[middle]!.trimStart()),
      (copy: string[]) => (copy[middle] = ` ${copy[middle]!.trimStart()}`),
      // The first item's line (it sets the items' indent), a line inserted above it, and the key line.
      (copy: string[]) => (copy[at(/^  - id:/)] = `${copy[at(/^  - id:/)]} # first`),
      (copy: string[]) => copy.splice(at(/^  - id:/), 0, '  # above the first'),
      (copy: string[]) => (copy[at(/^contacts:/)] = 'contacts: # people'),
      // A new top-level key inserted before the next section's key.
      (copy: string[]) => copy.splice(at(/^relationships:/), 0, 'hobbies: chess'),
      // The change reaches into the next section, or joins the last item's line with its key line.
      (copy: string[]) => (copy[at(/^relationships:/)] = `${copy[at(/^relationships:/) - 1]}\nrelationships:`),
      (copy: string[]) => copy.splice(at(/^relationships:/) - 1, 2, `${copy[at(/^relationships:/) - 1]}${copy[at(/^relationships:/)]}`),
    ];
    for (const change of edits) {
      const after = edited(change);
      expect(reindex(after), after).toBeNull();
    }
  });
});
