import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBinary, runConet, useTempDir } from '../helpers/cli.js';

const tempDir = useTempDir();
const FIXTURES = join(ROOT, 'test/fixtures/import');

function setup(files: string[] = []): { dir: string; net: string; run: (...args: string[]) => ReturnType<typeof runConet> } {
  const dir = tempDir();
  for (const file of files) copyFileSync(join(FIXTURES, file), join(dir, file));
  const net = join(dir, 'conet.yaml');
  return { dir, net, run: (...args) => runConet(['--file', net, ...args], { cwd: dir }) };
}

const SEED = `# my network
version: 1
me:
  name: Sam Rivera
contacts:
  - id: priya
    name: Priya Raman
    org: My own note on Priya's firm # keep
    stage: engaged
relationships: []
`;

describe('conet import', () => {
  it('imports a LinkedIn export, merging with who is already there', async () => {
    const { net, run } = setup(['Connections.csv']);
    writeFileSync(net, SEED);
    const result = await run('import', 'Connections.csv');
    expect(result.stderr).toContain('Connections.csv (linkedin): contacts 3 added, 1 updated, 0 skipped; relationships: 4 added');
    expect(result.code).toBe(0);
    const text = readFileSync(net, 'utf8');
    expect(text).toContain("org: My own note on Priya's firm # keep");
    expect(text).toContain('linkedin: https://www.linkedin.com/in/priya-raman-42');
    const shown = await run('show', 'priya', '--json');
    expect(JSON.parse(shown.stdout).role).toBe('Partner');
    const listed = JSON.parse((await run('list', '--json')).stdout) as { id: string; stage?: string }[];
    expect(listed.map((contact) => contact.id).sort()).toEqual(['ana-garcia', 'chidi-okafor', 'priya', 'tom-berg']);
    expect(listed.find((contact) => contact.id === 'tom-berg')!.stage).toBe('identified');

    // A second run brings nothing new.
    const again = await run('import', 'Connections.csv', '--json');
    const report = JSON.parse(again.stdout);
    expect(report.added).toEqual([]);
    expect(report.skipped).toHaveLength(4);
  });

  it('says nothing changed when the file brings nothing new, and writes nothing', async () => {
    const { dir, net, run } = setup(['contacts.vcf']);
    expect((await run('import', 'contacts.vcf')).code).toBe(0);
    const before = readFileSync(net, 'utf8');
    const again = await run('import', 'contacts.vcf');
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('Nothing changed: contacts.vcf (vcard): contacts 0 added, 0 updated, 4 skipped.');
    expect(again.stderr).not.toContain('Saved to');
    expect(existsSync(`${net}.bak`)).toBe(false);
    expect(readFileSync(net, 'utf8')).toBe(before);
    expect((await run('import', 'contacts.vcf', '--dry-run')).stderr).toContain('importing would change nothing');

    // The records it skipped are still listed.
    writeFileSync(join(dir, 'robin.vcf'), 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Robin Smith\r\nEND:VCARD\r\n');
    writeFileSync(net, 'version: 1\nme: {}\ncontacts:\n  - {id: robin, name: Robin Smith}\n  - {id: robin-2, name: Robin Smith}\nrelationships: []\n');
    const ambiguous = await run('import', 'robin.vcf');
    expect(ambiguous.stderr).toContain('Nothing changed');
    expect(ambiguous.stderr).toContain('robin.vcf:1: skipped Robin Smith: the name matches 2 contacts');

    // Nor is a network file created for nothing.
    writeFileSync(join(dir, 'nameless.vcf'), 'BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n');
    const fresh = join(dir, 'fresh.yaml');
    expect((await runConet(['--file', fresh, 'import', 'nameless.vcf', '--partial'], { cwd: dir })).stderr).toContain('Nothing changed');
    expect(existsSync(fresh)).toBe(false);
  });

  it('--dry-run shows the plan and writes nothing', async () => {
    const { net, run } = setup(['contacts.vcf']);
    writeFileSync(net, SEED);
    const result = await run('import', 'contacts.vcf', '--dry-run');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('1\tadd\tÉlise Dupré\telise-dupre\t');
    expect(result.stderr).toContain('Nothing was written');
    expect(readFileSync(net, 'utf8')).toBe(SEED);
  });

  it('refuses a file with bad records, listing them, unless --partial', async () => {
    const { net, run } = setup(['malformed-connections.csv']);
    writeFileSync(net, SEED);
    const refused = await run('import', 'malformed-connections.csv');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('malformed-connections.csv:3: has no first or last name');
    expect(refused.stderr).toContain('malformed-connections.csv:5:');
    expect(refused.stderr).toContain('3 records in malformed-connections.csv could not be read; nothing was imported.');
    expect(refused.stderr).toContain('--partial');
    expect(readFileSync(net, 'utf8')).toBe(SEED);

    const partial = await run('import', 'malformed-connections.csv', '--partial');
    expect(partial.code).toBe(0);
    expect(partial.stderr).toContain('contacts 2 added');
    expect(readFileSync(net, 'utf8')).toContain('name: Also Good');
  });

  it('does not offer --partial when nothing in the file can be read', async () => {
    const { run } = setup(['broken.graphml']);
    const refused = await run('import', 'broken.graphml');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('nothing was imported. Fix it and run again.');
    expect(refused.stderr).not.toContain('--partial');
  });

  it('imports a Gephi GEXF with relationships into a new file', async () => {
    const { run } = setup(['network.gexf']);
    const result = await run('import', 'network.gexf', '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.format).toBe('gexf');
    expect(report.added.map((entry: { id: string }) => entry.id)).toEqual(['amara-nwosu', 'lars-eriksen', 'yuki-tanaka', 'priya-raman']);
    expect(report.relationships.added).toBe(3);
  });

  it('explains unknown formats and missing files', async () => {
    const { dir, run } = setup();
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    expect((await run('import', 'notes.txt')).stderr).toContain('Pass --format');
    expect((await run('import', 'nope.csv')).code).toBe(1);
    expect((await run('import', 'notes.txt', '--format', 'xls')).code).toBe(2);
  });
});

describe('conet export', () => {
  it('writes every format, never clobbers without --force, and round-trips', async () => {
    const { dir, net, run } = setup(['Connections.csv']);
    writeFileSync(net, SEED);
    await run('import', 'Connections.csv');
    for (const file of ['out.vcf', 'out.csv', 'out.json', 'out.gexf', 'out.graphml']) {
      const result = await run('export', file);
      expect(result.code, file).toBe(0);
      expect(existsSync(join(dir, file))).toBe(true);
    }
    writeFileSync(join(dir, 'keep.csv'), 'precious');
    const refused = await run('export', 'keep.csv');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'keep.csv'), 'utf8')).toBe('precious');
    expect((await run('export', 'keep.csv', '--force')).code).toBe(0);
    expect(readFileSync(join(dir, 'keep.csv'), 'utf8')).toContain('First Name');
    expect((await run('export', 'conet.yaml', '--format', 'json', '--force')).code).toBe(2);

    // Into a fresh network and back out: the same JSON.
    const copy = join(dir, 'copy.yaml');
    const imported = await runConet(['--file', copy, 'import', 'out.json'], { cwd: dir });
    expect(imported.code).toBe(0);
    const original = await run('export', '-', '--format', 'json');
    const again = await runConet(['--file', copy, 'export', '-', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(again.stdout).contacts).toEqual(JSON.parse(original.stdout).contacts);
    expect(JSON.parse(again.stdout).relationships).toEqual(JSON.parse(original.stdout).relationships);
  });
});

describe('moving a network through its JSON export', () => {
  it('brings your profile and introductions into a new file, and says what it leaves out of one that has its own', async () => {
    const { dir, net, run } = setup();
    writeFileSync(
      net,
      `${SEED.replace('relationships: []\n', '')}  - {id: ada, name: Ada}\nrelationships: []\nintroductions:\n  - {id: ada--priya, between: [ada, priya], status: proposed, date: 2024-01-02}\n`,
    );
    expect((await run('export', 'net.json')).code).toBe(0);

    const fresh = (...args: string[]) => runConet(['--file', join(dir, 'fresh.yaml'), ...args], { cwd: dir });
    const planned = await fresh('import', 'net.json', '--dry-run');
    const imported = await fresh('import', 'net.json');
    const summary = 'net.json (json): contacts 2 added, 0 updated, 0 skipped; introductions: 1 added, 0 skipped; profile added.';
    expect(planned.stderr).toContain(`Dry run ${summary}`);
    expect(imported.stderr).toContain(`Imported ${summary}`);
    const copy = JSON.parse((await fresh('export', '-', '--format', 'json')).stdout);
    expect(copy.me).toEqual({ name: 'Sam Rivera' });
    expect(copy.introductions).toEqual([{ id: 'ada--priya', between: ['ada', 'priya'], status: 'proposed', date: '2024-01-02' }]);

    const other = (...args: string[]) => runConet(['--file', join(dir, 'other.yaml'), ...args], { cwd: dir });
    writeFileSync(join(dir, 'other.yaml'), 'version: 1\nme: {name: Alex}\ncontacts: []\nrelationships: []\n');
    const merged = await other('import', 'net.json');
    expect(merged.stderr).toContain('net.json:3: profile not added: this network has its own');
    expect(readFileSync(join(dir, 'other.yaml'), 'utf8')).toContain('me: {name: Alex}');
  });
});

describe('the built binary', () => {
  it('imports a vCard file and exports it again', () => {
    const { dir, net } = setup(['contacts.vcf']);
    const imported = runBinary(['--file', net, 'import', 'contacts.vcf'], { cwd: dir });
    expect(imported.stderr).toContain('contacts 4 added');
    expect(imported.code).toBe(0);
    const exported = runBinary(['--file', net, 'export', '-', '--format', 'vcard'], { cwd: dir });
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('FN:Élise Dupré');
    expect(exported.stdout.match(/BEGIN:VCARD/g)).toHaveLength(4);
  });
});
