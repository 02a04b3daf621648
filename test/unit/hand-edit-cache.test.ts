// The store after a hand edit of a large file: the first read parses only what changed against the
// cached base, gives exactly what a full parse gives, reports errors exactly as a full parse does, and
// never trusts a damaged cache. Saves are checked the same way, part by part.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addContact } from '../../src/core/add-contact.js';
import { updateContact } from '../../src/core/contacts.js';
import { DataError } from '../../src/core/errors.js';
import { emptyNetwork, type Network } from '../../src/core/model.js';
import { NetworkStore } from '../../src/store/network-store.js';
import { parseNetwork } from '../../src/store/yaml-codec.js';
import { dumpNetwork } from '../../src/store/yaml-splice.js';
import { useTempDir } from '../helpers/cli.js';
import { applyEdit, edit, networkArbitrary, writer } from '../helpers/hand-edits.js';

const tempDir = useTempDir();

function network(size: number): Network {
  const contacts = Array.from({ length: size }, (_, i) => ({
    id: `person-${i}`,
    name: `Person ${i}`,
    tags: ['design', 'seo'],
    notes: i % 5 === 0 ? `Met at the fair\n# not a comment ${i}` : `Talked about the weather, ${i}`,
  }));
  const relationships = contacts.slice(1).map((contact, i) => ({ from: contacts[i]!.id, to: contact.id, strength: 1 + (i % 5) }));
  return { ...emptyNetwork(), me: { name: 'Sam' }, contacts, relationships };
}

/** A file holding `text`, and new stores on it (one per run of conet) sharing a cache folder. */
function setUp(text: string) {
  const dir = tempDir();
  const path = join(dir, 'net.yaml');
  writeFileSync(path, text);
  const cacheDir = join(dir, 'cache');
  const store = () => new NetworkStore({ path, source: 'flag' }, { cacheDir });
  const cacheFiles = () => (existsSync(cacheDir) ? readdirSync(cacheDir).sort() : []);
  return { dir, path, cacheDir, store, cacheFiles };
}

async function failure(work: Promise<unknown>): Promise<{ message: string; location: unknown; hint: unknown }> {
  const error = (await work.then(() => undefined, (caught: unknown) => caught)) as DataError;
  expect(error).toBeInstanceOf(DataError);
  return { message: error.message, location: error.location, hint: error.hint };
}

describe('reading a large file after a hand edit', () => {
  const original = dumpNetwork(network(600)); // ~100 KB: above the size from which a cache is kept

  it('gives exactly what a full parse gives, and keeps only the difference beside the cached base', async () => {
    const { path, store, cacheFiles, cacheDir } = setUp(original);
    await store().load();
    const base = cacheFiles().find((name) => name.endsWith('.json'))!;
    expect(cacheFiles()).toEqual([base, `${base}.parts`, `${base}.source`]);
    const baseWritten = statSync(join(cacheDir, base)).mtimeMs;

    const edits = [
      original.replace('name: Person 7\n', 'name: Person Seven\n'),
      original.replace('name: Person 7\n', 'name: Person Seven\n').replace('name: Person 300\n', 'name: Person 300\n    role: CTO # promoted\n'),
      `${original.replace('  - id: person-9\n', '  # a friend of Ada\n  - id: person-9\n')}hobbies:\n  - chess\n`,
    ];
    for (const text of edits) {
      writeFileSync(path, text);
      expect(await store().load()).toStrictEqual(parseNetwork(text, path));
      expect(cacheFiles()).toEqual([base, `${base}.overlay`, `${base}.parts`, `${base}.source`]);
      // A warm read of the edited file, from the overlay on the base.
      expect(await store().load()).toStrictEqual(parseNetwork(text, path));
    }
    expect(statSync(join(cacheDir, base)).mtimeMs).toBe(baseWritten);
    expect(statSync(join(cacheDir, `${base}.overlay`)).size).toBeLessThan(2000);
  });

  it('makes an edited version the new base once its difference from the base grows', async () => {
    const { path, store, cacheFiles, cacheDir } = setUp(original);
    await store().load();
    const base = cacheFiles().find((name) => name.endsWith('.json'))!;
    // A hundred records in a row: read part by part, but too many to keep apart from a base.
    const rewritten = original.replace(/name: Person (1\d\d)\n/g, 'name: Person $1 Junior\n');
    writeFileSync(path, rewritten);
    expect(await store().load()).toStrictEqual(parseNetwork(rewritten, path));
    expect(cacheFiles()).toEqual([base, `${base}.parts`, `${base}.source`]);
    expect(readFileSync(join(cacheDir, `${base}.source`), 'utf8')).toBe(rewritten);
    const edited = rewritten.replace('name: Person 7\n', 'name: Person Seven\n');
    writeFileSync(path, edited);
    expect(await store().load()).toStrictEqual(parseNetwork(edited, path));
    expect(cacheFiles()).toContain(`${base}.overlay`);
  });

  it('reports a broken or invalid edit exactly as a full parse does', async () => {
    const { path, store } = setUp(original);
    await store().load();
    for (const text of [original.replace('name: Person 7\n', 'name: [Person 7\n'), original.replace('strength: 3}', 'strength: 9}'), original.replace('name: Person 7\n', 'name: &a Person 7\n    alias: *a\n')]) {
      writeFileSync(path, text);
      const expected = await failure(new NetworkStore({ path, source: 'flag' }).load());
      expect(await failure(store().load())).toEqual(expected);
    }
  });

  it('never trusts a damaged cache: the file is parsed again', async () => {
    const { path, store, cacheDir, cacheFiles } = setUp(original);
    await store().load();
    const entry = (suffix: string) => join(cacheDir, cacheFiles().find((name) => name.endsWith(suffix))!);
    const text = original.replace('name: Person 7\n', 'name: Person Seven\n');
    writeFileSync(path, text);
    // The cached copy of the file no longer matches its hash: the edit cannot be judged against it.
    const source = readFileSync(entry('.source'));
    source[source.indexOf('Person 9')] = 0x70;
    writeFileSync(entry('.source'), source);
    expect(await store().load()).toStrictEqual(parseNetwork(text, path));
    // A snapshot cut short.
    writeFileSync(path, original);
    await store().load();
    writeFileSync(entry('.json'), readFileSync(entry('.json')).subarray(0, 5000));
    writeFileSync(path, text);
    expect(await store().load()).toStrictEqual(parseNetwork(text, path));
  });

  it('keeps text in any script exactly, in entries of plain ASCII', async () => {
    const names = ['Zoë Ångström', 'Παύλος', '王秀英', 'Nguyễn Thị', 'Rocket 🚀 Launch', 'Tab\tand DEL\u007f'];
    const text = dumpNetwork({ ...network(600), me: { name: names.join(' / ') }, contacts: network(600).contacts.map((contact, i) => ({ ...contact, name: `${names[i % names.length]} ${i}` })) });
    const { store, cacheDir, cacheFiles } = setUp(text);
    const parsed = parseNetwork(text, 'net.yaml');
    expect(await store().load()).toEqual(parsed);
    for (const name of cacheFiles().filter((file) => !file.endsWith('.source'))) {
      expect(readFileSync(join(cacheDir, name)).every((byte) => byte < 0x7f), name).toBe(true);
    }
    // The second run reads the snapshot.
    expect(await store().load()).toEqual(parsed);
  });

  it('does not cache values JSON would change (.inf, .nan, -0): every read gives them as parsed', async () => {
    const { path, store, cacheFiles } = setUp(`${original}extra:\n  weight: .inf\n  zero: -0\n`);
    for (let run = 0; run < 2; run++) {
      const { extra } = (await store().load()) as Network & { extra: { weight: number; zero: number } };
      expect(extra.weight).toBe(Number.POSITIVE_INFINITY);
      expect(Object.is(extra.zero, -0)).toBe(true);
    }
    expect(cacheFiles()).toEqual([]);
    expect(readFileSync(path, 'utf8')).toContain('.inf');
  });

  it('for random edits of records, loads exactly what a full parse gives, warm or not', async () => {
    const { path, store } = setUp(original);
    await store().load();
    const edit = fc.record({ contact: fc.integer({ min: 0, max: 599 }), field: fc.constantFrom('name', 'notes', 'role', 'x-source'), value: fc.string({ maxLength: 10 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
        let text = original;
        for (const { contact, field, value } of edits) {
          text = text.replace(`  - id: person-${contact}\n`, `  - id: person-${contact}\n    ${field}: ${JSON.stringify(value)}\n`);
        }
        writeFileSync(path, text);
        let expected: Network | { message: string } | undefined;
        try {
          expected = parseNetwork(text, path);
        } catch (error) {
          expected = { message: (error as Error).message };
        }
        const read = () => store().load().catch((error: unknown) => ({ message: (error as Error).message }));
        expect(await read()).toStrictEqual(expected);
        expect(await read()).toStrictEqual(expected);
      }),
      { numRuns: process.env.CI ? 15 : 40, seed: 112026 },
    );
  });
});

describe('reading any hand edit of any large file', () => {
  it('gives exactly what a full parse gives, or fails with exactly the same error', async () => {
    const dir = tempDir();
    // A long comment first: small random networks become files large enough to be cached.
    const padding = `# ${'padding '.repeat(9000)}\n`;
    const outcome = (read: () => Promise<Network>) => read().catch((error: unknown) => ({ error: (error as Error).message, location: (error as DataError).location, hint: (error as DataError).hint }));
    const reads = { read: 0, asOverlay: 0 };
    let run = 0;
    await fc.assert(
      fc.asyncProperty(networkArbitrary, writer, fc.array(edit, { minLength: 1, maxLength: 3 }), async (network, write, edits) => {
        const path = join(dir, `net-${run++}.yaml`);
        const store = () => new NetworkStore({ path, source: 'flag' }, { cacheDir: join(dir, 'cache') });
        const overlay = join(dir, 'cache', `${createHash('sha1').update(path).digest('hex')}.json.overlay`);
        let text = padding + write(network);
        writeFileSync(path, text);
        if ('error' in (await outcome(() => store().load()))) return; // js-yaml ends a section whose last scalar keeps its blank lines with `...`
        for (const change of edits) {
          text = applyEdit(text, change);
          writeFileSync(path, text);
          const expected = await outcome(async () => parseNetwork(readFileSync(path, 'utf8'), path));
          rmSync(overlay, { force: true });
          expect(await outcome(() => store().load())).toStrictEqual(expected);
          expect(await outcome(() => store().load())).toStrictEqual(expected);
          if ('error' in expected) continue;
          reads.read++;
          if (existsSync(overlay)) reads.asOverlay++;
        }
      }),
      { numRuns: process.env.CI ? 30 : 100, seed: 1201 },
    );
    // Most readable edits were read part by part against the base: the property is not met by parsing everything.
    expect(reads.asOverlay).toBeGreaterThan(reads.read * 0.7);
  }, 60_000);
});

describe('saving a large file', () => {
  it('checks the written text part by part, above 2 MB too, and a hand edit after it is read against it', async () => {
    const { path, store, cacheFiles, cacheDir } = setUp(dumpNetwork(network(14000)));
    expect(statSync(path).size).toBeGreaterThan(2 * 1024 * 1024);
    const saved = await store().update((current) => updateContact(addContact(current, { name: 'Newcomer' }).network, 'person-42', { role: 'CTO' }).network);
    const base = cacheFiles().find((name) => name.endsWith('.json'))!;
    // Checked: the snapshot is not marked unchecked, and the file's bytes are kept for the next read.
    expect(readFileSync(join(cacheDir, base), 'utf8').split('\n', 1)[0]).not.toContain('unchecked');
    expect(cacheFiles()).toEqual([base, `${base}.parts`, `${base}.source`]);
    const text = readFileSync(path, 'utf8');
    expect(parseNetwork(text, path)).toStrictEqual(JSON.parse(JSON.stringify(saved)));

    const edited = text.replace('name: Person 4000\n', 'name: Person Four Thousand\n');
    writeFileSync(path, edited);
    expect(await store().load()).toStrictEqual(parseNetwork(edited, path));
    expect(cacheFiles()).toContain(`${base}.overlay`);
  }, 60_000);
});
