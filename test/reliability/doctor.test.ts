// `conet doctor`: the pure checks and repairs on hand-built networks, then the command in-process.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNetwork } from '../../src/core/check-network.js';
import type { Network } from '../../src/core/model.js';
import { repairNetwork } from '../../src/core/repair-network.js';
import { parseNetwork } from '../../src/store/yaml-codec.js';
import { runConet, useTempDir } from '../helpers/cli.js';

const tempDir = useTempDir();

function network(parts: Partial<Network>): Network {
  return { version: 1, me: {}, contacts: [], relationships: [], ...parts };
}

const ada = { id: 'ada', name: 'Ada Lovelace' };
const grace = { id: 'grace', name: 'Grace Hopper' };

describe('checkNetwork', () => {
  it('finds nothing wrong in a healthy network', () => {
    const healthy = network({
      contacts: [ada, grace],
      relationships: [
        { from: 'me', to: 'ada', strength: 4 },
        { from: 'ada', to: 'grace', kind: 'colleague' },
        { from: 'grace', to: 'ada', kind: 'friend' }, // another kind: another tie
      ],
      introductions: [{ id: 'ada-grace', between: ['ada', 'grace'], status: 'proposed' }],
    });
    expect(checkNetwork(healthy)).toEqual([]);
  });

  it('reports each kind of problem where it is, and whether --fix repairs it', () => {
    const broken = network({
      contacts: [ada, grace, { id: 'ada', name: 'Ada Byron' }],
      relationships: [
        { from: 'me', to: 'ada', strength: 2 },
        { from: 'ada', to: 'ghost' },
        { from: 'grace', to: 'grace' },
        { from: 'ada', to: 'me', strength: 5 }, // same two ends, reversed
      ],
      introductions: [{ id: 'x', between: ['ada', 'nobody'], status: 'suggested' }],
    });
    const problems = checkNetwork(broken).map(({ kind, path, fixable }) => ({ kind, path: path.join('.'), fixable }));
    expect(problems).toEqual([
      { kind: 'duplicate-id', path: 'contacts.2', fixable: true },
      { kind: 'dangling-relationship', path: 'relationships.1', fixable: true },
      { kind: 'self-loop', path: 'relationships.2', fixable: true },
      { kind: 'duplicate-relationship', path: 'relationships.3', fixable: true },
      { kind: 'missing-introduction-contact', path: 'introductions.0.between', fixable: false },
    ]);
    expect(checkNetwork(broken)[1]!.message).toContain('"ghost"');
  });

  it('with today, reports a last contact dated after it', () => {
    const dated = network({ contacts: [{ ...ada, lastContact: '2026-03-20' }, { ...grace, lastContact: '2026-03-01' }] });
    expect(checkNetwork(dated)).toEqual([]);
    expect(checkNetwork(dated, { today: '2026-03-01' })).toEqual([
      {
        kind: 'future-last-contact',
        path: ['contacts', 0, 'lastContact'],
        message: "Ada Lovelace's last contact is 2026-03-20, after today (2026-03-01): follow-ups would count from a day still to come.",
        fixable: false,
      },
    ]);
  });
});

describe('repairNetwork', () => {
  it('returns the very same network when there is nothing to repair', () => {
    const healthy = network({ contacts: [ada], relationships: [{ from: 'me', to: 'ada' }] });
    expect(repairNetwork(healthy)).toEqual({ network: healthy, repairs: [] });
    expect(repairNetwork(healthy).network).toBe(healthy);
  });

  it('renames later duplicate ids, drops meaningless ties and merges repeats into the strongest', () => {
    const kept = { from: 'me', to: 'grace', kind: 'client' };
    const broken = network({
      contacts: [ada, grace, { id: 'ada', name: 'Ada Byron' }, { id: 'ada', name: 'Ada King' }, { id: 'ada-2', name: 'Ada Two' }],
      relationships: [
        { from: 'me', to: 'ada', strength: 2, note: 'met at the salon' },
        kept,
        { from: 'ada', to: 'ghost' },
        { from: 'me', to: 'me' },
        { from: 'ada', to: 'me', strength: 5, since: '2020-01-01' },
        { from: 'me', to: 'ada' }, // no strength: counts as the default, 3
      ],
    });
    const { network: repaired, repairs } = repairNetwork(broken);
    expect(repaired.contacts.map((contact) => contact.id)).toEqual(['ada', 'grace', 'ada-3', 'ada-4', 'ada-2']);
    expect(repaired.relationships).toEqual([{ from: 'ada', to: 'me', strength: 5, since: '2020-01-01', note: 'met at the salon' }, kept]);
    expect(repaired.relationships[1]).toBe(kept); // untouched records stay the same objects
    expect(repaired.contacts[0]).toBe(broken.contacts[0]);
    expect(repairs.map((repair) => repair.kind)).toEqual(['duplicate-id', 'duplicate-id', 'dangling-relationship', 'self-loop', 'duplicate-relationship']);
    expect(repairs[0]!.message).toContain('"ada" to "ada-3"');
    expect(repairs.at(-1)!.message).toContain('Merged relationships[0], relationships[5] into relationships[4]');
    expect(checkNetwork(repaired)).toEqual([]);
    expect(broken.contacts[2]!.id).toBe('ada'); // the input is not mutated
  });

  it('keeps an unstated strength when it is the strongest, rather than a weaker stated one', () => {
    const { network: repaired } = repairNetwork(
      network({ contacts: [ada], relationships: [{ from: 'me', to: 'ada', note: 'old friend' }, { from: 'me', to: 'ada', strength: 1 }] }),
    );
    expect(repaired.relationships).toEqual([{ from: 'me', to: 'ada', note: 'old friend' }]);
  });

  it('leaves problems that need judgement alone', () => {
    const broken = network({ contacts: [ada], introductions: [{ id: 'x', between: ['ada', 'nobody'], status: 'suggested' }] });
    expect(repairNetwork(broken).repairs).toEqual([]);
  });
});

const BROKEN_FILE = `# kept by hand
version: 1
contacts:
  - id: ada
    name: Ada Lovelace # the first
  - id: grace
    name: Grace Hopper
  - id: ada
    name: Ada Byron
relationships:
  - {from: me, to: ada, strength: 2}
  - {from: ada, to: ghost}
  - {from: ada, to: me, strength: 4}
  - {from: grace, to: grace}
`;

describe('conet doctor', () => {
  function setup(text: string) {
    const dir = tempDir();
    const file = join(dir, 'net.yaml');
    writeFileSync(file, text);
    return { file, doctor: (...args: string[]) => runConet(['--file', file, 'doctor', ...args], { cwd: dir }) };
  }

  it('says a healthy file is healthy, with exit 0', async () => {
    const { file, doctor } = setup('version: 1\ncontacts:\n  - {id: ada, name: Ada}\nrelationships:\n  - {from: me, to: ada}\n');
    const result = await doctor();
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toContain(`${file} is healthy (1 contact, 1 relationship)`);
  });

  it('lists the problems and exits 1 without changing the file', async () => {
    const { file, doctor } = setup(BROKEN_FILE);
    const result = await doctor();
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toHaveLength(4);
    expect(result.stdout).toContain('fixable  relationships[1]: The relationship ada–ghost names "ghost"');
    expect(result.stderr).toContain('4 problems found');
    expect(result.stderr).toContain('conet doctor --fix');
    expect(readFileSync(file, 'utf8')).toBe(BROKEN_FILE);
  });

  it('--fix repairs the file, says what it changed, keeps comments and a backup, and exits 0', async () => {
    const { file, doctor } = setup(BROKEN_FILE);
    const result = await doctor('--fix');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('fixed  contacts[2]: Renamed the id of Ada Byron from "ada" to "ada-2"');
    expect(result.stdout.trim().split('\n')).toHaveLength(4);
    expect(result.stderr).toContain('Repaired 4 problems');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# kept by hand');
    expect(text).toContain('name: Ada Lovelace # the first');
    expect(parseNetwork(text, file).relationships).toEqual([{ from: 'ada', to: 'me', strength: 4 }]);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(BROKEN_FILE);
    expect((await doctor()).code).toBe(0);
  });

  it('--json reports repairs and remaining problems with stable fields, exit 1 while some remain', async () => {
    const { doctor } = setup(`${BROKEN_FILE}introductions:\n  - {id: i1, between: [ada, nobody], status: proposed}\n`);
    const result = await doctor('--fix', '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ healthy: false, loads: true, contacts: 3, relationships: 1 });
    expect(report.repairs).toHaveLength(4);
    expect(report.problems).toEqual([
      { kind: 'missing-introduction-contact', path: 'introductions[0].between', message: expect.stringContaining('"nobody"'), fixable: false },
    ]);
    expect(result.stderr).toContain('1 problem remains');
  });

  it('reports a shape error like any load error: file, line and field, exit 1', async () => {
    const text = 'version: 1\ncontacts:\n  - id: ada\n    name: Ada\nrelationships:\n  - from: me\n    to: ada\n    strength: 9\n';
    const { file, doctor } = setup(text);
    const result = await doctor('--fix');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:8`);
    expect(result.stderr).toContain('relationships[0].strength');
    expect(readFileSync(file, 'utf8')).toBe(text);
    const json = await doctor('--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({ file, healthy: false, loads: false, error: { message: expect.stringContaining('relationships[0].strength must be from 1 to 5'), line: 8 } });
  });
});
