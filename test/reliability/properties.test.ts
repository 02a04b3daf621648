// Property-based tests of the store and the commands: whatever the network, whatever happens to the
// file's text, whatever the user types, nothing crashes and the file stays loadable.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNetwork } from '../../src/core/check-network.js';
import { ConetError } from '../../src/core/errors.js';
import { COLLABORATOR_STATUSES, STAGES, type Contact, type Network, type Relationship } from '../../src/core/model.js';
import { repairNetwork } from '../../src/core/repair-network.js';
import { NetworkStore } from '../../src/store/network-store.js';
import { runConet, useTempDir } from '../helpers/cli.js';

const tempDir = useTempDir();

/** Text that YAML treats specially, plus anything fast-check comes up with. */
const text = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('yes', 'No', 'null', '~', '0x1F', '1e3', '.inf', '- dash', '# hash', 'a: b', "it's", '"q"', 'two\nlines', ' pad ', '[x]', '{y}', '*ref', '&anchor', '!tag', '@at', '%TAG', '---', '...', '\t', 'Zoë Ñandú', '日本語', '=SUM(A1)'),
);
const nonEmpty = text.filter((value) => value.trim() !== '');
const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/).filter((value) => value !== 'me');
const extraValue = fc.oneof(text, fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), fc.array(text, { maxLength: 3 }));
const extras = fc.dictionary(fc.constantFrom('x-source', 'custom', 'legacy_field', 'Notes 2'), extraValue, { maxKeys: 2 });

const contactFields = fc.record(
  {
    org: text,
    tags: fc.array(text, { maxLength: 4 }),
    offers: fc.array(text, { maxLength: 3 }),
    status: fc.constantFrom(...COLLABORATOR_STATUSES),
    stage: fc.constantFrom(...STAGES),
    prospect: fc.boolean(),
    cadenceDays: fc.integer({ min: 1, max: 400 }),
    lastContact: fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
    notes: text,
    reflections: fc.record({ difference: text, message: text }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

const networkArbitrary: fc.Arbitrary<Network> = fc
  .uniqueArray(fc.record({ id, name: nonEmpty, fields: contactFields, extras }), { selector: (contact) => contact.id, maxLength: 12 })
  .chain((people) => {
    const ends = fc.constantFrom('me', ...people.map((person) => person.id));
    const relationship = fc.record(
      { from: ends, to: ends, kind: fc.option(text, { nil: undefined }), strength: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), note: fc.option(text, { nil: undefined }) },
    );
    return fc.record({
      me: fc.record({ name: nonEmpty, business: text, offers: fc.array(text, { maxLength: 3 }) }, { requiredKeys: [] }),
      relationships: fc.array(relationship, { maxLength: 15 }),
      extras,
    }).map(({ me, relationships, extras: top }) => ({
      version: 1,
      me,
      contacts: people.map(({ id: contactId, name, fields, extras: more }): Contact => ({ id: contactId, name, ...fields, ...more })),
      relationships: relationships.map((tie) => withoutUndefined(tie) as Relationship),
      ...top,
    }));
  });

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

function storeIn(dir: string, name = 'net.yaml'): NetworkStore {
  return new NetworkStore({ path: join(dir, name), source: 'flag' }, { cacheDir: join(dir, 'cache') });
}

describe('round trip', () => {
  it('any network saved through the store loads back unchanged, and so does an edit of it', async () => {
    const dir = tempDir();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(networkArbitrary, networkArbitrary, async (first, second) => {
        const name = `net-${run++}.yaml`;
        await storeIn(dir, name).update(() => first, { create: true });
        expect(await storeIn(dir, name).load()).toEqual(first);
        // The second save goes through the splice (or the Document patch) of the first file.
        await storeIn(dir, name).update(() => second);
        expect(await storeIn(dir, name).load()).toEqual(second);
      }),
      { numRuns: 80, seed: 91124 },
    );
  });
});

type Mutation =
  | { kind: 'delete-line'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(':', '- ', '[', ']', '{', '}', '&a ', '*a', '!x ', '!!js/function ', '#', '"', "'", '|', '>', '\t', ' ', '  ', '\n', '\r\n', '\r', '%', '@', '`', '? ', ',', '\u0000', '\uFEFF', '__proto__: 1\n', '<<: *a\n', '---\n'),
      fc.string({ maxLength: 3 }),
    ),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(source: string, change: Mutation): string {
  const lines = source.split('\n');
  const line = change.at % Math.max(1, lines.length);
  switch (change.kind) {
    case 'delete-line':
      return lines.filter((_, index) => index !== line).join('\n');
    case 'duplicate-line':
      return [...lines.slice(0, line + 1), lines[line]!, ...lines.slice(line + 1)].join('\n');
    case 'insert': {
      const at = change.at % (source.length + 1);
      return source.slice(0, at) + change.text + source.slice(at);
    }
    case 'truncate':
      return source.slice(0, change.at % (source.length + 1));
  }
}

/** Runs `work`; a ConetError is an answer, anything else thrown is a crash. */
async function answers(work: () => Promise<unknown>): Promise<'ok' | 'refused'> {
  try {
    await work();
    return 'ok';
  } catch (error) {
    if (error instanceof ConetError) return 'refused';
    throw error;
  }
}

describe('damaged files', () => {
  it('random edits of the text never crash the store: it loads, or refuses with a clear error; a repair saves a loadable file', async () => {
    const dir = tempDir();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(networkArbitrary, fc.array(mutation, { minLength: 1, maxLength: 4 }), async (network, changes) => {
        const name = `net-${run++}.yaml`;
        await storeIn(dir, name).update(() => network, { create: true });
        const damaged = changes.reduce(mutate, readFileSync(join(dir, name), 'utf8'));
        // A cut through a surrogate pair becomes U+FFFD on writing: compare bytes, not strings.
        const bytes = Buffer.from(damaged, 'utf8');
        writeFileSync(join(dir, name), bytes);
        const store = storeIn(dir, name);
        if ((await answers(() => store.load())) === 'refused') {
          expect(readFileSync(join(dir, name)).equals(bytes)).toBe(true);
          return;
        }
        checkNetwork(await store.load());
        // What `conet doctor --fix` does: a save on top of the damaged text.
        if ((await answers(() => store.update((current) => repairNetwork(current).network))) === 'ok') {
          expect(checkNetwork(await storeIn(dir, name).load())).toEqual(checkNetwork(repairNetwork(await store.load()).network));
        }
      }),
      { numRuns: 200, seed: 241124 },
    );
  });
});

/** Mostly ordinary values, sometimes hostile ones: both paths must keep the file valid. */
const mostly = <T,>(ordinary: readonly T[], hostile: readonly T[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...ordinary), weight: 4 }, { arbitrary: fc.constantFrom(...hostile), weight: 1 });
const name = mostly(['Ada Lovelace', 'Grace Hopper', 'Zoë Ñandú', 'Linus', 'ada', 'grace'], ['me', 'ME', 'you', '日本', 'a: b', '#x', "it's", '   ', '', '-x', 'me-contact', '__proto__', 'constructor']);
const word = mostly(['friend', 'colleague', 'client'], ['', 'x: y', '[a]', '0', 'null', '=1+1', '__proto__']);
const strength = mostly(['1', '3', '5'], ['-1', '0', '6', '2.5', 'abc', '']);
const date = mostly(['2024-02-29', '2025-01-31'], ['2023-02-29', '2024-13-01', 'yesterday', '']);
const optional = <T,>(flag: string, value: fc.Arbitrary<T>) => fc.option(value, { freq: 2 }).map((chosen) => (chosen === null ? [] : [flag, String(chosen)]));

const command: fc.Arbitrary<string[]> = fc.oneof(
  fc.tuple(name, optional('--tag', word), optional('--org', word), optional('--stage', mostly(['engaged'], ['nope'])), optional('--id', mostly(['x1'], ['me', 'Bad Id'])), optional('--strength', strength))
    .map(([who, ...flags]) => ['add', who, ...flags.flat()]),
  fc.tuple(name, fc.constantFrom(['--name', 'Renamed'], ['--role', 'CTO'], ['--unset', 'org'], ['--unset', 'name'], ['--unset', 'id'], ['--cadence', '0'], ['--cadence', '30'], ['--last-contact', '2024-02-30'], ['--tag', 'a,b,,c']))
    .map(([who, change]) => ['edit', who, ...change]),
  fc.tuple(name, name, optional('--strength', strength), optional('--kind', word), optional('--since', date))
    .map(([a, b, ...flags]) => ['link', a, b, ...flags.flat()]),
  fc.tuple(name, name, optional('--kind', word)).map(([a, b, kind]) => ['unlink', a, b, ...kind]),
  name.map((who) => ['remove', who, '--yes']),
);

describe('random command sequences', () => {
  it('keep the file valid after every step, and answer only with exit codes 0, 1 or 2', async () => {
    let succeeded = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 12 }), async (commands) => {
        const dir = tempDir();
        const file = join(dir, 'net.yaml');
        // Two people to start with, so that most commands have someone to act on.
        for (const args of [['add', 'Ada Lovelace'], ['add', 'Grace Hopper'], ...commands]) {
          const result = await runConet(['--file', file, ...args], { cwd: dir });
          expect([0, 1, 2], `conet ${args.join(' ')}\n${result.stderr}`).toContain(result.code);
          expect(result.stderr).not.toContain('internal error');
          if (result.code === 0) succeeded++;
          if (existsSync(file)) await storeIn(dir).load();
        }
        if (existsSync(file)) expect(checkNetwork(await storeIn(dir).load())).toEqual([]);
      }),
      { numRuns: 40, seed: 3112 },
    );
    expect(succeeded).toBeGreaterThan(2 * 40 + 40); // the sequences do change the file, not only fail
  });
});
