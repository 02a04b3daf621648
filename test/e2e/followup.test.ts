// The keeping-in-touch loop as a user runs it: the built binary, a fixed clock, real exit codes.
// Behaviour in detail is covered in-process (test/unit/followup); this checks the wiring.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolatedEnv, runBinary, useTempDir } from '../helpers/cli.js';

const tempDir = useTempDir();

const NETWORK = `version: 1
me: {}
contacts:
  - id: ada-lovelace
    name: Ada Lovelace
    stage: engaged
    prospect: true
  - id: sam-lee
    name: Sam Lee
    stage: contacted
    lastContact: 2024-06-01
  - id: not-now
    name: Not Now
    status: not-a-collaborator
    stage: contacted
relationships: []
`;

function setup() {
  const dir = tempDir();
  const file = join(dir, 'network.yaml');
  writeFileSync(file, NETWORK);
  const at = (today: string) => (args: string[]) => runBinary(args, { cwd: dir, env: isolatedEnv(dir, { CONET_FILE: file, CONET_TODAY: today }) });
  return { file, at };
}

describe('keeping in touch (built binary)', () => {
  it('logs an interaction and lists who is due, data on stdout and messages on stderr', () => {
    const { at } = setup();
    const july = at('2024-07-01');
    const logged = july(['log', 'ada', 'Coffee at the meetup', '--kind', 'meeting', '--date', '2024-06-01']);
    expect(logged).toMatchObject({ code: 0, stdout: '' });
    expect(logged.stderr).toContain('Logged "meeting" for Ada Lovelace on 2024-06-01.');
    // A second interaction on the day already recorded: nothing to say about the last contact.
    expect(july(['log', 'ada', 'Follow-up email', '--date', '2024-06-01']).stderr).not.toContain('Last contact stays');
    expect(july(['log', 'ada', 'An older call', '--date', '2024-05-01']).stderr).toContain('Last contact stays 2024-06-01: a later one is already recorded.');
    // A "today" that is no date is a usage error, not a crash.
    expect(at('2024-13-01')(['due'])).toMatchObject({ code: 2, stderr: expect.stringContaining('CONET_TODAY=2024-13-01 is not a date.') });
    // `show` gives the latest first.
    const shown = july(['show', 'ada']).stdout;
    expect(shown).toContain('  Latest interactions:\n    2024-06-01 note — Follow-up email\n    2024-06-01 meeting — Coffee at the meetup\n    2024-05-01 note — An older call\n');

    const due = july(['due']);
    expect(due.code).toBe(0);
    expect(due.stdout.trimEnd().split('\n')).toEqual([
      'sam-lee\tSam Lee\t23 days overdue\tno contact for 30 days; the default for contacted is every 7',
      'ada-lovelace\tAda Lovelace\t9 days overdue\tno contact for 30 days; the default for engaged is every 21',
    ]);
  });

  it('tracks an introduction to its outcome and refuses to move it back', () => {
    const { at, file } = setup();
    const made = at('2024-06-01')(['intro', 'ada', 'sam', '--status', 'made', '--note', 'both run workshops']);
    expect(made.code).toBe(0);
    // They know each other now, and the graph does not yet: the next step says how to record it.
    expect(made.stderr).toContain('They know each other now: conet link ada-lovelace sam-lee --strength 2');
    const july = at('2024-07-01');
    const backwards = july(['intro', 'ada', 'sam', '--status', 'proposed']);
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toMatch(/^error: .*cannot become proposed/);

    expect(july(['intro', 'sam', 'ada', '--outcome', 'co-teaching in autumn']).code).toBe(0);
    expect(july(['intros', '--json']).stdout.trim()).toBe('[]');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('outcome: co-teaching in autumn');
    expect(text).toMatch(/kind: intro\n\s+note: Introduced to Sam Lee/);
  });

  it('lists at most --limit introductions, and says how many more there are', () => {
    const { at } = setup();
    const june = at('2024-06-01');
    expect(june(['intro', 'ada', 'sam']).code).toBe(0);
    expect(june(['intro', 'sam', 'not-now']).code).toBe(0);
    expect((JSON.parse(june(['intros', '--json']).stdout) as unknown[]).length).toBe(2);
    const limited = june(['intros', '--json', '--limit', '1']);
    expect((JSON.parse(limited.stdout) as { names: string[] }[]).map((intro) => intro.names)).toEqual([['Ada Lovelace', 'Sam Lee']]);
    const table = june(['intros', '--limit', '1']);
    expect(table.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(table.stderr).toContain('1 more introduction not shown; raise --limit');
    expect(june(['intros', '--limit', '0']).code).toBe(2);
  });
});
