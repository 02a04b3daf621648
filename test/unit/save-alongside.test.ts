// Work the store runs alongside a save (NetworkStore's `saveAlongside`): its values are cached under
// their own keys for the next command, and nothing it does can fail or change the save.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { emptyNetwork, type Network } from '../../src/core/model.js';
import { linkContacts } from '../../src/core/relationships.js';
import { NetworkStore, type SaveAlongside } from '../../src/store/network-store.js';
import { dumpNetwork } from '../../src/store/yaml-splice.js';
import { useTempDir } from '../helpers/cli.js';

const tempDir = useTempDir();

function network(size: number): Network {
  const contacts = Array.from({ length: size }, (_, i) => ({ id: `person-${i}`, name: `Person ${i}`, tags: ['design', 'seo'] }));
  const relationships = contacts.slice(1).map((contact, i) => ({ from: contacts[i]!.id, to: contact.id, strength: 1 + (i % 5) }));
  return { ...emptyNetwork(), me: { name: 'Sam' }, contacts, relationships };
}

/** A file of `size` contacts, and new stores on it (one per run of conet) sharing a cache folder. */
function setUp(size: number, saveAlongside?: SaveAlongside) {
  const dir = tempDir();
  const path = join(dir, 'net.yaml');
  writeFileSync(path, dumpNetwork(network(size)));
  const cacheDir = join(dir, 'cache');
  return { path, store: () => new NetworkStore({ path, source: 'flag' }, { cacheDir, ...(saveAlongside && { saveAlongside }) }) };
}

/** A link between two people who were not linked: a change of the ties. */
const link = (network: Network) => linkContacts(network, 'person-0', 'person-9', { strength: 4 }).network;

/** A hook that records what it was given and answers with `values`. */
function recording(values: () => Promise<{ name: string; key: string; json: string }[]>) {
  const calls: { network: Network; previous: Network; fileBytes: number; cached: boolean }[] = [];
  let stopped = 0;
  const hook: SaveAlongside = async (network, { previous, fileBytes, isCached }) => {
    calls.push({ network, previous, fileBytes, cached: isCached('answer', 'key-1') });
    return { values: values(), stop: () => stopped++ };
  };
  return { hook, calls, stopped: () => stopped };
}

describe('work alongside a save', () => {
  it('is given the new and the previous network, and its values are what the next command reads', async () => {
    const { hook, calls, stopped } = recording(async () => [{ name: 'answer', key: 'key-1', json: '[["person-0",42]]' }]);
    const { store } = setUp(1000, hook); // ~120 KB: above the size (64 KB) from which a cache is kept
    const first = store();
    const before = await first.load();
    const after = await first.update(link);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.network).toBe(after);
    expect(calls[0]!.previous).toEqual(before);
    expect(calls[0]!.fileBytes).toBeGreaterThan(64 * 1024);
    expect(calls[0]!.cached).toBe(false);
    expect(stopped()).toBe(1);

    const next = store();
    await next.load();
    const compute = () => new Map([['computed', 1]]);
    const decode = (entries: [string, number][]) => new Map(entries);
    expect(await next.memo('answer', compute, { encode: (map) => [...map], decode, key: 'key-1' })).toEqual(new Map([['person-0', 42]]));
    // The next save sees it cached.
    await next.update((network) => linkContacts(network, 'person-1', 'person-9', { strength: 2 }).network);
    expect(calls[1]!.cached).toBe(true);
    // Another key is not answered by it.
    expect(await next.memo('answer', compute, { encode: (map) => [...map], decode, key: 'key-2' })).toEqual(new Map([['computed', 1]]));
  });

  it('never fails or changes the save, whether it throws, its values fail, or it answers nothing', async () => {
    let calls = 0;
    const hooks: SaveAlongside[] = [
      () => {
        calls++;
        throw new Error('broken on purpose, before any await');
      },
      async () => {
        calls++;
        throw new Error('broken on purpose');
      },
      async () => (calls++, { values: Promise.reject(new Error('broken on purpose')), stop: () => undefined }),
      async () => (calls++, undefined),
    ];
    const expected = setUp(1000);
    const plain = expected.store();
    await plain.load();
    await plain.update(link);
    for (const hook of hooks) {
      const { path, store } = setUp(1000, hook);
      const opened = store();
      await opened.load();
      await opened.update(link);
      expect(readFileSync(path, 'utf8')).toBe(readFileSync(expected.path, 'utf8'));
    }
    expect(calls).toBe(hooks.length);
  });

  it('is stopped when the save fails, and the failure is the save’s own', async () => {
    const { hook, stopped } = recording(() => new Promise(() => {}));
    const { path, store } = setUp(1000, hook);
    const opened = store();
    await opened.load();
    // The backup cannot be kept: a folder is in its way.
    mkdirSync(join(`${path}.bak`, 'in-the-way'), { recursive: true });
    await expect(opened.update(link)).rejects.toThrow(/net\.yaml/);
    // As soon as the work has started (it may still be asking what is cached).
    await vi.waitFor(() => expect(stopped()).toBe(1));
  });

  it('is not started for a small file, where computing is as fast as reading a cache', async () => {
    const { hook, calls } = recording(async () => []);
    const { store } = setUp(20, hook);
    const opened = store();
    await opened.load();
    await opened.update(link);
    expect(calls).toHaveLength(0);
  });
});
