import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addContact } from '../../src/core/add-contact.js';
import { updateContact } from '../../src/core/contacts.js';
import { ConflictError, DataError } from '../../src/core/errors.js';
import { linkContacts } from '../../src/core/relationships.js';
import { NetworkStore } from '../../src/store/network-store.js';
import { useTempDir } from '../helpers/cli.js';

const tempDir = useTempDir();

const HAND_WRITTEN = `# My network — kept in git
version: 1
me:
  name: Sam Rivera # that's me
  business: Brand strategy
  favourite-colour: teal   # not a conet field: must survive
contacts:
  # the first person I met
  - id: ada
    name: Ada Lovelace
    tags: [math, engines]
    custom: { keep: me }
  - id: grace
    name: Grace Hopper
relationships:
  - from: me
    to: ada
    strength: 4 # strong
extra-section:
  anything: goes
`;

function storeAt(text?: string): { store: NetworkStore; path: string } {
  const path = join(tempDir(), 'conet.yaml');
  if (text !== undefined) writeFileSync(path, text);
  return { store: new NetworkStore({ path, source: 'flag' }), path };
}

describe('NetworkStore', () => {
  it('keeps comments, key order and unknown fields when saving a change', async () => {
    const { store, path } = storeAt(HAND_WRITTEN);
    await store.update((network) => updateContact(network, 'grace', { role: 'Rear Admiral' }).network);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('# My network — kept in git');
    expect(text).toContain('name: Sam Rivera # that\'s me');
    expect(text).toContain('favourite-colour: teal   # not a conet field: must survive');
    expect(text).toContain('# the first person I met');
    expect(text).toContain('custom: { keep: me }');
    expect(text).toContain('strength: 4 # strong');
    expect(text).toContain('extra-section:\n  anything: goes');
    expect(text).toMatch(/name: Grace Hopper\n\s+role: Rear Admiral/);
    // Untouched lines are byte-identical.
    expect(text.split('\n').slice(0, 13)).toEqual(HAND_WRITTEN.split('\n').slice(0, 13));
  });

  it('round-trips a network it created', async () => {
    const { store } = storeAt();
    const created = await store.update(
      (network) => {
        const withAda = addContact(network, { name: 'Ada Lovelace', tags: ['math'] }).network;
        const withGrace = addContact(withAda, { name: 'Grace Hopper' }).network;
        return linkContacts(withGrace, 'ada-lovelace', 'grace-hopper', { strength: 2, kind: 'colleague' }).network;
      },
      { create: true },
    );
    const reloaded = await new NetworkStore(store.location).load();
    expect(reloaded).toEqual(created);
  });

  it('creates new files and backups readable by the owner only', async () => {
    const { store, path } = storeAt();
    await store.update((network) => addContact(network, { name: 'Ada' }).network, { create: true });
    await store.update((network) => addContact(network, { name: 'Bob' }).network);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(`${path}.bak`).mode & 0o777).toBe(0o600);
    expect(readFileSync(`${path}.bak`, 'utf8')).not.toContain('Bob');
  });

  it('reports malformed YAML with file and line, and leaves the file byte-identical', async () => {
    const broken = 'version: 1\ncontacts:\n  - id: ada\n    name: [unclosed\n';
    const { store, path } = storeAt(broken);
    const error = await store.load().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).location?.file).toBe(path);
    expect((error as DataError).location?.line).toBeGreaterThanOrEqual(4);
    await expect(store.update((network) => network)).rejects.toBeInstanceOf(DataError);
    expect(readFileSync(path, 'utf8')).toBe(broken);
  });

  it('reports schema violations with the line and field path', async () => {
    const text = 'version: 1\ncontacts:\n  - id: ada\n    name: Ada\nrelationships:\n  - from: me\n    to: ada\n    strength: 9\n';
    const { store } = storeAt(text);
    const error = (await store.load().catch((caught: unknown) => caught)) as DataError;
    expect(error).toBeInstanceOf(DataError);
    expect(error.message).toContain('relationships[0].strength');
    expect(error.message).toContain('from 1 to 5');
    expect(error.location?.line).toBe(8);
  });

  it('refuses to overwrite a file that changed on disk since it was read, saving the work beside it', async () => {
    const { store, path } = storeAt(HAND_WRITTEN);
    const network = await store.load();
    const edited = `${HAND_WRITTEN}# edited by hand meanwhile\n`;
    writeFileSync(path, edited);
    const error = (await store.save(addContact(network, { name: 'Linus' }).network).catch((caught: unknown) => caught)) as ConflictError;
    expect(error).toBeInstanceOf(ConflictError);
    expect(readFileSync(path, 'utf8')).toBe(edited);
    const aside = /saved in (\S+):/.exec(error.hint ?? '')?.[1];
    expect(aside).toBeDefined();
    expect(readFileSync(aside!, 'utf8')).toContain('Linus');
  });

  it('refuses the same when the file is edited by hand during a long update (an import)', async () => {
    const { store, path } = storeAt(HAND_WRITTEN);
    const edited = HAND_WRITTEN.replace('contacts:\n', 'contacts:\n  - {id: hand, name: Hand Edited}\n');
    const error = (await store
      .update((network) => {
        writeFileSync(path, edited);
        return addContact(network, { name: 'Linus' }).network;
      })
      .catch((caught: unknown) => caught)) as ConflictError;
    expect(error).toBeInstanceOf(ConflictError);
    expect(readFileSync(path, 'utf8')).toBe(edited);
    expect(readFileSync(/saved in (\S+):/.exec(error.hint ?? '')![1]!, 'utf8')).toContain('Linus');
  });

  it('refuses to replace a file made read-only, even where the folder would allow it', async () => {
    const { store, path } = storeAt(HAND_WRITTEN);
    chmodSync(path, 0o444);
    const error = (await store.update((network) => addContact(network, { name: 'Linus' }).network).catch((caught: unknown) => caught)) as DataError;
    expect(error).toBeInstanceOf(DataError);
    expect(error.message).toBe('The file is read-only; it was left as it was.');
    expect(error.hint).toContain(`chmod u+w ${path}`);
    expect(readFileSync(path, 'utf8')).toBe(HAND_WRITTEN);
    expect(statSync(path).mode & 0o777).toBe(0o444);
  });
});

describe('notes that end in blank lines', () => {
  // js-yaml writes them as `|+` block scalars followed by a document-end marker (`...`), which in the
  // middle of a file ended it: the next read refused the file.
  it('survive a new file, appended and edited records, in the middle and at the end', async () => {
    const { store, path } = storeAt();
    const endings = ['kept\n\n', 'two\n\n\n', 'plain'];
    await store.update((network) => addContact(network, { name: 'Ada', notes: endings[0] }).network, { create: true });
    await store.update((network) => addContact(network, { name: 'Ben', notes: endings[1] }).network);
    await store.update((network) => addContact(network, { name: 'Cy', notes: endings[2] }).network);
    await store.update((network) => updateContact(network, 'cy', { notes: 'now\n\n' }).network);
    const text = readFileSync(path, 'utf8');
    expect(text).not.toMatch(/^\.\.\.$/m);
    const reread = await new NetworkStore({ path, source: 'flag' }, { cacheDir: undefined }).load();
    expect(reread.contacts.map((contact) => contact.notes)).toEqual(['kept\n\n', 'two\n\n\n', 'now\n\n']);
  });
});
