import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compileQuickCheck } from '../../src/core/quick-check.js';
import { networkSchema, validateNetwork } from '../../src/core/schema.js';
import { generateNetwork } from '../../scripts/generate-network.mjs';

const RUNS = process.env.CI ? 3000 : 20000;
const quickCheck = compileQuickCheck(networkSchema);
const valibotAccepts = (value: unknown) => v.safeParse(networkSchema, value, { abortPipeEarly: true }).success;

// Values a hand-edited file can hold where the schema expects something else.
const junk = fc.constantFrom<unknown>(
  null, undefined, '', 'me', 'Ada', 'C1', 'c-1', '2026-02-30', '2024-02-29', '26-01-01', ' 2026-01-01',
  0, 1, 3, 5, 6, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, true, false, [], ['x'], [1], {}, { a: 1 },
);

/** Values shaped by `node`, wrong here and there at every depth. */
function valuesFor(node: Record<string, any>): fc.Arbitrary<unknown> {
  const shaped = ((): fc.Arbitrary<unknown> => {
    switch (node.type) {
      case 'string':
        return fc.constantFrom('', 'a', 'me', 'c1', 'ada-lovelace', 'C1', '-x', 'Ada Lovelace', '2026-02-28', '2026-02-30', '2024-02-29', '2026-13-01');
      case 'number':
        return fc.constantFrom(0, 1, 2, 5, 6, -1, 1.5, 30, Number.NaN, Number.POSITIVE_INFINITY);
      case 'boolean':
        return fc.boolean();
      case 'picklist':
        return fc.constantFrom(...(node.options as unknown[]));
      case 'optional':
        return fc.oneof(valuesFor(node.wrapped), fc.constant(undefined));
      case 'array':
        return fc.array(valuesFor(node.item), { maxLength: 3 });
      case 'strict_tuple':
        return fc.array(fc.oneof(...(node.items as object[]).map(valuesFor)), { maxLength: 3 });
      case 'loose_object': {
        const entries = Object.fromEntries(Object.entries(node.entries as Record<string, object>).map(([key, entry]) => [key, valuesFor(entry)]));
        // Most fields present, some missing, some unknown ones beside them.
        return fc
          .tuple(fc.record(entries, { requiredKeys: [] }), fc.subarray(Object.keys(entries)), fc.dictionary(fc.constantFrom('extra', 'constructor', 'toString', 'x-note'), junk, { maxKeys: 1 }))
          .map(([record, required, extra]) => ({ ...extra, ...Object.fromEntries(required.map((key) => [key, record[key] ?? 'c1'])), ...record }));
      }
      default:
        throw new Error(`no generator for ${node.type}`);
    }
  })();
  return fc.oneof({ arbitrary: shaped, weight: 24 }, { arbitrary: junk, weight: 1 });
}

describe('the quick check of a network', () => {
  it('gives valibot verdict on plain data, valid and damaged', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(valuesFor(networkSchema), (network) => {
        runs++;
        const verdict = quickCheck(network);
        expect(verdict).toBe(valibotAccepts(network));
        if (verdict) accepted++;
      }),
      { numRuns: RUNS, seed: 20261202 },
    );
    // Both verdicts must be common, or the property proves little.
    expect(accepted / runs).toBeGreaterThan(0.05);
    expect(accepted / runs).toBeLessThan(0.95);
  });

  it('says yes to valid networks, so that they take the quick path', () => {
    const everyField = {
      version: 1,
      me: { name: 'Sam', business: 'Studio', offers: ['design'], needs: ['leads'], asks: { help: ['x'], promoters: [], groups: ['g'], prospects: ['p'] } },
      contacts: [
        {
          id: 'ada', name: 'Ada', org: 'Engines', role: 'Founder', email: ['ada@example.com'], phone: [], url: 'https://ada.example', linkedin: 'ada',
          tags: ['math'], offers: ['analysis'], needs: ['funding'], pointOfView: 'p', connection: 'c', status: 'collaborator', coCreator: 'active-participant',
          contributes: ['ideas', 'network'], stance: 'challenger', growth: true, stage: 'engaged', prospect: false, lastContact: '2024-02-29', cadenceDays: 30,
          notes: 'n', reflections: { difference: 'd', attention: 'a', operations: 'o', problems: 'p', message: 'm' },
          giveFirst: [{ action: 'intro', done: '2026-01-02' }], interactions: [{ date: '2026-01-03', kind: 'call', note: 'n' }], unknown: { kept: true },
        },
        { id: 'grace', name: 'Grace' },
      ],
      relationships: [{ from: 'me', to: 'ada', kind: 'friend', strength: 5, note: 'n', since: '2020-01-01' }, { from: 'ada', to: 'grace' }],
      introductions: [{ id: 'i1', between: ['ada', 'grace'], status: 'made', date: '2026-01-04', note: 'n', outcome: 'o', history: [{ date: '2026-01-04', status: 'made' }] }],
      audit: { date: '2026-01-05', challengers: 'c', growth: 'g', hub: 'h', commitment: 'c' },
    };
    expect(valibotAccepts(everyField)).toBe(true);
    expect(quickCheck(everyField)).toBe(true);
    expect(quickCheck({ version: 1 })).toBe(true);
    expect(quickCheck(generateNetwork(300))).toBe(true);
  });

  it('keeps valibot messages for what it refuses', () => {
    const result = validateNetwork({ version: 1, contacts: [{ id: 'ada', name: 'Ada', cadenceDays: 1.5 }] });
    expect(result).toEqual({ ok: false, issues: [{ path: ['contacts', 0, 'cadenceDays'], message: 'must be a whole number' }] });
    // An introduction is between two people; a third name was once ignored without a word.
    expect(validateNetwork({ version: 1, introductions: [{ id: 'i1', between: ['ada', 'grace', 'alan'], status: 'made' }] })).toEqual({
      ok: false,
      issues: [{ path: ['introductions', 0, 'between', 2], message: 'must list exactly two contact ids' }],
    });
  });
});

describe('compileQuickCheck', () => {
  it('checks the first items of a tuple, and refuses more only in a strict one, as valibot does', () => {
    for (const pair of [v.tuple([v.string(), v.string()]), v.strictTuple([v.string(), v.string()])]) {
      for (const value of [['a', 'b'], ['a', 'b', 'c'], ['a'], ['a', 1], 'ab']) {
        expect(compileQuickCheck(pair)(value)).toBe(v.safeParse(pair, value).success);
      }
    }
  });

  it('checks every step of a pipe within a pipe, and a schema later in a pipe', () => {
    const nested = v.pipe(v.pipe(v.string(), v.minLength(2)), v.regex(/^a/));
    const schemaStep = v.pipe(v.unknown(), v.string());
    for (const value of ['ab', 'a', 'ba', 3]) {
      expect(compileQuickCheck(nested)(value), String(value)).toBe(v.safeParse(nested, value).success);
    }
    // v.unknown is not known to the quick check: it leaves the verdict to valibot.
    expect(compileQuickCheck(schemaStep)('a')).toBe(false);
    expect(compileQuickCheck(v.pipe(v.string(), v.pipe(v.string(), v.minLength(2))))('a')).toBe(false);
    expect(compileQuickCheck(v.pipe(v.string(), v.pipe(v.string(), v.minLength(2))))('ab')).toBe(true);
  });

  it('lets only an optional field be missing, as valibot does', () => {
    const schema = v.looseObject({ a: v.picklist(['x', undefined] as unknown as ['x']) });
    for (const value of [{}, { a: undefined }, { a: 'x' }, { a: 'y' }]) {
      expect(compileQuickCheck(schema)(value), JSON.stringify(value)).toBe(v.safeParse(schema, value).success);
    }
  });

  it('never says yes where the later steps of a pipe see valibot\'s copy of the value', () => {
    const cases: [v.GenericSchema, unknown][] = [
      [v.pipe(v.looseObject({ min: v.optional(v.number(), 0), max: v.number() }), v.check((o) => o.min <= o.max)), { max: -1 }],
      // valibot's types refuse these two pipes; the schema objects are what a looser caller could build.
      [v.pipe(v.looseObject({}), v.array(v.string()) as never), ['a']],
      [v.pipe(v.looseObject({}), v.check(Array.isArray)), []],
      [v.pipe(v.looseObject({ a: v.optional(v.number(), 5) }), v.looseObject({ a: v.optional(v.string()) }) as never), {}],
      [v.pipe(v.optional(v.number(), 0), v.check((n) => n !== 0)), undefined],
      [v.looseObject({ k: v.pipe(v.optional(v.number(), 0), v.check((n) => n !== 0)) }), {}],
    ];
    for (const [schema, value] of cases) {
      expect(v.safeParse(schema, value).success).toBe(false);
      expect(compileQuickCheck(schema)(value)).toBe(false);
    }
    // Compiling never runs a step on a value of the wrong type.
    const piped = v.looseObject({ k: v.pipe(v.optional(v.string(), 'ab'), v.minLength(1)) });
    expect(() => compileQuickCheck(piped)).not.toThrow();
    expect(compileQuickCheck(piped)({ k: 'a' })).toBe(false);
  });

  it('reads arrays by index and fields with `in`, as valibot does, whatever an object pretends', () => {
    const iterator = Object.assign([1], { [Symbol.iterator]: function* () { yield 'a'; } });
    expect(v.safeParse(v.array(v.string()), iterator).success).toBe(false);
    expect(compileQuickCheck(v.array(v.string()))(iterator)).toBe(false);
    const hidden = new Proxy({ name: 5 }, { has: () => false });
    for (const schema of [v.looseObject({ name: v.optional(v.string()) }), v.looseObject({ name: v.string() })]) {
      expect(compileQuickCheck(schema)(hidden)).toBe(v.safeParse(schema, hidden).success);
    }
  });

  it('checks a default in place of a missing value', () => {
    const schema = v.looseObject({ count: v.optional(v.pipe(v.number(), v.minValue(1)), 0) });
    expect(v.safeParse(schema, {}).success).toBe(false);
    expect(compileQuickCheck(schema)({})).toBe(false);
    expect(compileQuickCheck(schema)({ count: 2 })).toBe(true);
  });

  it('leaves to valibot what it does not know', () => {
    const inherited = Object.create({ name: 'Ada' }) as object;
    expect(v.safeParse(v.looseObject({ name: v.string() }), inherited).success).toBe(true);
    expect(compileQuickCheck(v.looseObject({ name: v.string() }))(inherited)).toBe(false);
    expect(compileQuickCheck(v.object({ name: v.string() }))({ name: 'Ada' })).toBe(false);
    expect(compileQuickCheck(v.pipe(v.string(), v.email()))('ada@example.com')).toBe(false);
    expect(compileQuickCheck(v.pipe(v.string(), v.regex(/a/g)))('a')).toBe(false);
    expect(compileQuickCheck(v.optional(v.string(), () => 'x'))(undefined)).toBe(false);
  });
});
