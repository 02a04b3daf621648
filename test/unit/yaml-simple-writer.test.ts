// The fast writer of plain records (yaml-simple-writer.ts) must write exactly what js-yaml writes
// for the same records, or leave them to it: random lists of random records are written both ways.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeSimpleItem } from '../../src/store/yaml-simple-writer.js';
import { dumpWithJsYaml, dumpYaml } from '../../src/store/yaml-splice.js';

const RUNS = process.env.CI ? 2000 : 10000;

const ORDINARY = ['Ada Lovelace', 'engaged', 'c12', 'x', 'Zoë Ñandú', '日本語', "O'Brien", 'Smith-Jones', 'a.b@example.com', 'https://example.com/a_b', 'a:b', 'a=b', 'Studio (beta)', 'a - b', 'A+ plan', '2026-04-06', 'ACME Ltd.', 'x y  z', 'Smith, Jr.', 'C#'];
const SURPRISING = [
  ...['null', 'Null', 'NULL', 'nULL', '~', 'true', 'True', 'TRUE', 'tRUE', 'false', 'FALSE', 'yes', 'no', 'on', 'off', 'y', 'n', '<<', '='],
  ...['0', '7', '-1', '007', '+1', '1.0', '1e3', '.5', '.inf', '-.inf', '.NaN', '0x1F', '0o17', '1_000', '2026-4-6', '2026-04-06T10:00:00Z', '12:30', '1 2'],
  ...['', ' ', '-', '---', '...', '- a', 'a: b', 'a:', 'a:/', 'a: ', 'a #b', 'a#b', 'C#', '#c', '?x', '%x', '@x', '`x', '|', '>', '&a', '*a', '!t', 'a\\b', 'a"b', "'", '"', '[x]', 'a]', '{y}', 'a, b', 'a,b', 'x ', ' x'],
  ...['\u00A0x', 'x\u00A0', '\uFEFFx', 'x\u2028y', 'a\tb', 'a\nb', 'a\n', 'é\u0301', '😀 smile', 'x😀', '\ud800x', 'İstanbul', 'Ǆemal', 'x\u00ADy'],
];
const KEYS = ['id', 'name', 'tags', 'x-source', '_k', 'a1', 'A_b-c', 'since', 'strength'];
const ODD_KEYS = ['__proto__', '2fa', 'k k', '"q"', "'q'", 'é', 'a:b', '-k', '? k', 'null', 'Null', 'True', 'FALSE', '', ' k', 'k#'];
const key = fc.oneof({ arbitrary: fc.constantFrom(...KEYS), weight: 20 }, { arbitrary: fc.constantFrom(...ODD_KEYS), weight: 1 });

const text = fc.oneof({ arbitrary: fc.constantFrom(...ORDINARY), weight: 12 }, { arbitrary: fc.constantFrom(...SURPRISING), weight: 2 }, { arbitrary: fc.string({ maxLength: 6 }), weight: 1 });
const number = fc.oneof(
  { arbitrary: fc.integer({ min: -10, max: 100 }), weight: 3 },
  { arbitrary: fc.constantFrom(0, -0, 2 ** 53 - 1, 2 ** 53, -(2 ** 53), 1e21, 1.5, -2.25, 1e-7, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY), weight: 1 },
);
const scalar = fc.oneof({ arbitrary: text, weight: 6 }, { arbitrary: number, weight: 2 }, fc.boolean(), fc.constant(null));
const value = fc.oneof(
  { arbitrary: scalar, weight: 16 },
  { arbitrary: fc.array(scalar, { maxLength: 3 }), weight: 2 },
  fc.constant(undefined),
  fc.dictionary(key, scalar, { maxKeys: 2 }),
  fc.array(fc.dictionary(key, scalar, { maxKeys: 2 }), { maxLength: 2 }),
);
const record = fc.oneof({ arbitrary: fc.dictionary(key, value, { maxKeys: 6 }), weight: 9 }, fc.constant({}), text, fc.array(scalar, { maxLength: 2 }));
const records = fc.array(record, { minLength: 1, maxLength: 6 });
const sectionKey = fc.constantFrom('contacts', 'relationships', 'introductions', 'x-list', 'null', 'true');

/** Records such as conet writes: ordinary words, dates, small integers, lists of words, now and then something odd. */
const ordinaryValue = fc.oneof(
  { arbitrary: fc.constantFrom(...ORDINARY), weight: 30 },
  { arbitrary: fc.integer({ min: 0, max: 5 }), weight: 5 },
  { arbitrary: fc.boolean(), weight: 2 },
  { arbitrary: fc.array(fc.constantFrom(...ORDINARY), { maxLength: 3 }), weight: 5 },
  { arbitrary: value, weight: 1 },
);
const FIELDS = ['id', 'name', 'org', 'role', 'email', 'tags', 'since', 'strength', 'lastContact', 'x-source'];
const ordinaryRecords = fc.array(fc.dictionary(fc.constantFrom(...FIELDS), ordinaryValue, { minKeys: 1, maxKeys: 6 }), { minLength: 1, maxLength: 6 });

/** Writes `list` both ways, on its own and in a section; returns the share of its records the fast writer wrote. */
function compare(list: unknown[], section: string, oneLine: boolean): { simple: number; items: number } {
  let simple = 0;
  for (const [indent, value] of [['  ', { [section]: list }], ['', list]] as const) {
    expect(dumpYaml(value, oneLine)).toBe(dumpWithJsYaml(value, oneLine));
    for (const item of list) if (writeSimpleItem(item, indent, oneLine) !== undefined) simple++;
  }
  return { simple, items: 2 * list.length };
}

describe('the fast writer of plain records', () => {
  it('writes lists of odd records exactly as js-yaml does, in a section and on their own', () => {
    fc.assert(
      fc.property(records, sectionKey, fc.boolean(), (list, section, oneLine) => void compare(list, section, oneLine)),
      { numRuns: RUNS },
    );
  });

  it('writes most ordinary records itself, exactly as js-yaml does', () => {
    let simple = 0;
    let items = 0;
    fc.assert(
      fc.property(ordinaryRecords, sectionKey, fc.boolean(), (list, section, oneLine) => {
        const counts = compare(list, section, oneLine);
        simple += counts.simple;
        items += counts.items;
      }),
      { numRuns: RUNS / 2 },
    );
    // Not a test that passes by leaving everything to js-yaml.
    expect(simple / items).toBeGreaterThan(0.7);
  });

  it('writes the records conet writes most, contacts and relationships', () => {
    const contacts = [
      { id: 'ada-lovelace', name: 'Ada Lovelace', org: 'Analytical Engines', role: 'Founder', email: ['ada@example.com'], tags: ['maths', 'engines'], strength: 4, prospect: true, lastContact: '2026-03-01' },
      { id: 'zoe', name: 'Zoë Ñandú', linkedin: 'https://www.linkedin.com/in/zoe-1', tags: [] },
    ];
    const relationships = [{ from: 'me', to: 'ada-lovelace', kind: 'linkedin', strength: 2, since: '2024-03-01' }];
    for (const item of contacts) expect(writeSimpleItem(item, '  ', false)).toBeDefined();
    expect(writeSimpleItem(relationships[0], '  ', true)).toBe('  - {from: me, to: ada-lovelace, kind: linkedin, strength: 2, since: 2024-03-01}\n');
    expect(dumpYaml({ contacts })).toBe(dumpWithJsYaml({ contacts }));
    expect(dumpYaml({ relationships }, true)).toBe(dumpWithJsYaml({ relationships }, true));
  });
});
