import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE_DAYS } from '../../../src/core/followup/index.js';
import { INTERACTION_KINDS, STAGES } from '../../../src/core/model.js';
import { isolatedEnv, runConet, useTempDir } from '../../helpers/cli.js';

const tempDir = useTempDir();

const NETWORK = `# kept by hand
version: 1
me:
  asks:
    help: [A bookkeeper]
contacts:
  - id: ada
    name: Ada Lovelace
    stage: engaged
    prospect: true
    lastContact: 2024-05-16 # coffee in town
    giveFirst:
      - action: Send the benchmark report
  - id: sam
    name: Sam Lee
    stage: contacted
    lastContact: 2024-06-25
  - id: bob
    name: Bob Ray
    status: not-a-collaborator
    stage: contacted
relationships: []
`;

function setup(today = '2024-06-30') {
  const dir = tempDir();
  const file = join(dir, 'conet.yaml');
  writeFileSync(file, NETWORK);
  const conet = (...args: string[]) => runConet(args, { cwd: dir, env: isolatedEnv(dir, { CONET_FILE: file, CONET_TODAY: today }) });
  return { file, conet, read: () => readFileSync(file, 'utf8') };
}

describe('conet log', () => {
  it('logs today by default as a note and moves the last contact forward, keeping comments', async () => {
    const { conet, read } = setup();
    const result = await conet('log', 'ada', 'Called about the workshop', '--kind', 'call');
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toContain('Logged "call" for Ada Lovelace on 2024-06-30.');
    const text = read();
    expect(text).toContain('# kept by hand');
    expect(text).toMatch(/interactions:\n\s+- date: 2024-06-30\n\s+kind: call\n\s+note: Called about the workshop/);
    expect(text).toContain('lastContact: 2024-06-30 # coffee in town');
  });

  it('keeps the last contact when logging an older event, and says so', async () => {
    const { conet, read } = setup();
    const result = await conet('log', 'Ada', 'Met at a conference', '--date', '2024-03-01', '--json');
    expect(JSON.parse(result.stdout)).toEqual({
      contact: 'ada',
      interaction: { date: '2024-03-01', kind: 'note', note: 'Met at a conference' },
      lastContact: '2024-05-16',
      gave: null,
      asked: null,
    });
    expect(read()).toContain('lastContact: 2024-05-16');
  });

  it('marks a give-first action done and records an ask', async () => {
    const { conet, read } = setup();
    expect((await conet('log', 'ada', '--gave', '1')).stderr).toContain('Give-first action done: Send the benchmark report');
    expect((await conet('log', 'sam', '--asked', 'bookkeeper')).stderr).toContain('Asked: A bookkeeper');
    const text = read();
    expect(text).toMatch(/action: Send the benchmark report\n\s+done: 2024-06-30/);
    expect(text).toMatch(/kind: asked\n\s+note: A bookkeeper/);
  });

  it('rejects bad input with exit 2 and leaves the file byte-identical', async () => {
    const { conet, read } = setup();
    for (const args of [
      ['log', 'ada', 'x', '--kind', 'lunch'],
      ['log', 'ada', 'x', '--date', '2024-13-01'],
      ['log', 'ada', 'x', '--date', '2024-07-01'],
      ['log', 'ada'],
      ['log', 'ada', '--gave', '2'],
    ]) {
      const result = await conet(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^error: /);
    }
    expect(read()).toBe(NETWORK);
  });
});

describe('conet due', () => {
  it('lists who is due with reasons, one tab-separated line per contact when piped', async () => {
    const { conet } = setup();
    const result = await conet('due');
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      'ada\tAda Lovelace\t24 days overdue\tno contact for 45 days; the default for engaged is every 21; give-first action not done yet: Send the benchmark report',
    ]);
  });

  it('follows a cadence set with `conet edit --cadence`, and shows upcoming contacts with --all', async () => {
    const { conet } = setup();
    expect((await conet('edit', 'ada', '--cadence', '60')).code).toBe(0);
    expect((await conet('log', 'ada', '--gave', '1')).code).toBe(0);
    expect((await conet('due')).stderr).toContain('Nobody is due for a follow-up today.');
    const all = JSON.parse((await conet('due', '--all', '--json')).stdout) as { id: string; overdueDays: number; reasons: { text: string }[] }[];
    expect(all.map((item) => [item.id, item.overdueDays, item.reasons[0]!.text])).toEqual([
      ['sam', -2, 'next contact due in 2 days (the default for contacted is every 7)'],
      ['ada', -60, 'next contact due in 60 days (you aim for every 60)'],
    ]);
  });

  it('prints stable JSON and honours --limit', async () => {
    const { conet } = setup('2024-08-01');
    const items = JSON.parse((await conet('due', '--json', '--limit', '1')).stdout) as object[];
    expect(items).toHaveLength(1);
    expect(Object.keys(items[0]!).sort()).toEqual(['cadenceDays', 'dueDate', 'id', 'lastContact', 'name', 'overdueDays', 'prospect', 'reasons']);
  });

  it('explains every stage default and interaction kind in the help', async () => {
    const { conet } = setup();
    const help = (await conet('due', '--help')).stdout;
    for (const stage of STAGES) expect(help).toMatch(new RegExp(`${stage} ${DEFAULT_CADENCE_DAYS[stage]}\\b`));
    const logHelp = (await conet('log', '--help')).stdout.replace(/\s+/g, ' ');
    for (const kind of INTERACTION_KINDS) expect(logHelp).toContain(kind);
  });
});

describe('conet intro and intros', () => {
  it('records, advances and lists an introduction; the due list follows it', async () => {
    const { conet, read } = setup();
    const created = await conet('intro', 'ada', 'sam', '--note', 'both teach', '--date', '2024-06-20', '--json');
    expect(JSON.parse(created.stdout)).toMatchObject({ id: 'ada--sam', between: ['ada', 'sam'], status: 'proposed' });
    expect((await conet('due')).stdout).toContain('sam\tSam Lee\t3 days overdue\tyou proposed an intro to Ada Lovelace 10 days ago');

    const accepted = await conet('intro', 'Sam', 'Ada', '--status', 'accepted');
    expect(accepted.stderr).toContain('Introduction between Sam Lee and Ada Lovelace: proposed → accepted.');
    expect(accepted.stderr).toContain('Next: conet intro ada sam --status made');

    const listed = await conet('intros');
    expect(listed.stdout).toBe('ada--sam\tAda Lovelace & Sam Lee\taccepted\t2024-06-30\tboth agreed: introduce Ada Lovelace and Sam Lee\n');

    expect((await conet('intro', 'ada', 'sam', '--status', 'made')).stderr).toContain('Logged on both contacts as an intro.');
    expect(read()).toMatch(/kind: intro\n\s+note: Introduced to Sam Lee/);
    expect((await conet('intro', 'ada', 'sam', '--outcome', 'a joint course')).code).toBe(0);
    expect((await conet('intros')).stderr).toContain('No introductions in progress.');
    expect((await conet('intros', '--all')).stdout).toContain('made\t2024-06-30\toutcome: a joint course');
  });

  it('rejects an impossible transition with a clear message and changes nothing', async () => {
    const { conet, read } = setup();
    await conet('intro', 'ada', 'sam', '--status', 'made');
    const before = read();
    const result = await conet('intro', 'ada', 'sam', '--status', 'proposed');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('The introduction between Ada Lovelace and Sam Lee is already made; it cannot become proposed.');
    expect((await conet('intro', 'ada', 'sam', '--status', 'suggested')).code).toBe(2);
    expect(read()).toBe(before);
  });
});
