// End-to-end: the built binary, as a user runs it (flags, streams, exit codes).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { BIN, isolatedEnv, runBinary, useTempDir } from '../helpers/cli.js';

const tempDir = useTempDir();

function setup() {
  const dir = tempDir();
  const file = join(dir, 'net.yaml');
  const conet = (args: string[], extra: { env?: NodeJS.ProcessEnv; input?: string } = {}) =>
    runBinary(['--file', file, ...args], { cwd: dir, env: isolatedEnv(dir, extra.env), ...(extra.input !== undefined && { input: extra.input }) });
  return { dir, file, conet };
}

describe('contacts and relationships, end to end', () => {
  it('creates a network, adds contacts and relationships, lists and shows them', () => {
    const { file, conet } = setup();
    expect(conet(['add', 'Ada Lovelace', '--org', 'Analytical Engines', '--tag', 'math,computing', '--strength', '4']).code).toBe(0);
    expect(conet(['add', 'Grace Hopper', '--offers', 'compilers', '--needs', 'design partner']).code).toBe(0);
    const linked = conet(['link', 'ada', 'grace', '--kind', 'colleague', '--strength', '3']);
    expect(linked).toMatchObject({ code: 0, stdout: '' });
    expect(linked.stderr).toContain('Linked ada-lovelace and grace-hopper');

    const listed = conet(['list']);
    expect(listed.code).toBe(0);
    // Piped: plain tab-separated rows, no colour codes, no table borders.
    expect(listed.stdout.split('\n').filter(Boolean)).toEqual([
      'ada-lovelace\tAda Lovelace\tAnalytical Engines\t\t\tmath, computing',
      'grace-hopper\tGrace Hopper\t\t\t\t',
    ]);
    expect(listed.stdout).not.toMatch(/\x1b\[/);

    const shown = JSON.parse(conet(['show', 'grace', '--json']).stdout);
    expect(shown).toMatchObject({ id: 'grace-hopper', offers: ['compilers'], relationships: [{ id: 'ada-lovelace', kind: 'colleague', strength: 3 }] });

    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# conet network');
    expect(text).toMatch(/relationships:\n {2}- \{from: me, to: ada-lovelace, strength: 4\}/);
  });

  it('filters and searches the list, with --json and --limit', () => {
    const { conet } = setup();
    conet(['add', 'Ada Lovelace', '--tag', 'math', '--stage', 'engaged']);
    conet(['add', 'Alan Turing', '--tag', 'math', '--notes', 'codebreaker at Bletchley']);
    conet(['add', 'Grace Hopper', '--tag', 'navy', '--prospect']);
    const ids = (args: string[]) => JSON.parse(conet(['list', '--json', ...args]).stdout).map((contact: { id: string }) => contact.id);
    expect(ids(['--tag', 'math'])).toEqual(['ada-lovelace', 'alan-turing']);
    expect(ids(['bletchley'])).toEqual(['alan-turing']);
    expect(ids(['--stage', 'engaged'])).toEqual(['ada-lovelace']);
    expect(ids(['--prospects'])).toEqual(['grace-hopper']);
    // Piped, the name column holds the name only (the star is for the terminal).
    expect(conet(['list', '--prospects']).stdout).toBe('grace-hopper\tGrace Hopper\t\t\t\tnavy\n');
    expect(ids(['--limit', '1'])).toEqual(['ada-lovelace']);
    // What --limit leaves out is said on stderr, piped too.
    expect(conet(['list', '--limit', '1']).stderr).toBe('2 more contacts not shown; raise --limit.\n');
  });

  it('names contacts by id, exact name or unambiguous prefix, and lists candidates when ambiguous', () => {
    const { conet } = setup();
    conet(['add', 'Ada Lovelace']);
    conet(['add', 'Adam Smith']);
    expect(JSON.parse(conet(['show', 'Ada Lovelace', '--json']).stdout).id).toBe('ada-lovelace');
    expect(JSON.parse(conet(['show', 'adam', '--json']).stdout).id).toBe('adam-smith');
    const ambiguous = conet(['show', 'ad']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('matches 2 contacts: ada-lovelace (Ada Lovelace), adam-smith (Adam Smith)');
    const missing = conet(['show', 'zed']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No contact matches "zed"');
    expect(missing.stderr).toContain('conet list');
  });

  it('never takes "me" for a contact whose name starts with it, not even to remove one', () => {
    const { file, conet } = setup();
    conet(['add', 'Meredith Grey']);
    conet(['add', 'Dana Ruiz']);
    const before = readFileSync(file, 'utf8');
    for (const args of [['rm', '-y', 'me'], ['edit', 'me', '--role', 'CTO'], ['log', 'me', 'hi'], ['show', 'you']]) {
      const result = conet(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/"(me|you)" is you, not one of your contacts/);
    }
    const intro = conet(['intro', 'me', 'dana']);
    expect([intro.code, intro.stderr]).toEqual([2, expect.stringContaining('An introduction is between two of your contacts, not you. To ask someone to introduce you, log it')]);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(conet(['link', 'me', 'meredith', '--strength', '3']).code).toBe(0);
    expect(JSON.parse(conet(['show', 'meredith', '--json']).stdout).relationships).toMatchObject([{ id: 'me', strength: 3 }]);
  });

  it('refuses an --id the file would not accept as a usage error naming --id, and warns of a namesake', () => {
    const { file, conet } = setup();
    const spaced = conet(['add', 'Bob Smith', '--id', 'Bob Smith']);
    expect(spaced.code).toBe(2);
    expect(spaced.stderr).toContain('--id "Bob Smith" is not a usable id');
    expect(spaced.stderr).toContain('Try --id bob-smith');
    expect(conet(['add', 'Someone', '--id', 'me']).stderr).toContain('--id me is reserved for you');
    expect(existsSync(file)).toBe(false);
    expect(conet(['add', 'Ada Lovelace']).code).toBe(0);
    const again = conet(['add', 'ada lovelace']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('Ada Lovelace (ada-lovelace) was already in your network: if this is the same person, `conet rm ada-lovelace-2` undoes this.');
    const long = JSON.parse(conet(['add', `${'Very Long Name '.repeat(20)}`, '--json']).stdout);
    expect(long.id).toBe('very-long-name-very-long-name-very-long');
  });

  it('edits fields, renames without changing the id, and unsets fields', () => {
    const { conet } = setup();
    conet(['add', 'Ada Lovelace', '--role', 'Analyst', '--tag', 'math']);
    expect(conet(['edit', 'ada', '--name', 'Augusta Ada King', '--unset', 'role', '--tag', 'poetry']).code).toBe(0);
    expect(JSON.parse(conet(['show', 'ada-lovelace', '--json']).stdout)).toMatchObject({ id: 'ada-lovelace', name: 'Augusta Ada King', tags: ['poetry'] });
    expect(JSON.parse(conet(['show', 'ada-lovelace', '--json']).stdout).role).toBeUndefined();
    expect(conet(['edit', 'ada']).code).toBe(2);
    // --unset takes the flag's name too, and says so when there is nothing to remove.
    expect(conet(['edit', 'ada', '--unset', 'tag']).code).toBe(0);
    expect(JSON.parse(conet(['show', 'ada', '--json']).stdout).tags).toBeUndefined();
    const nothing = conet(['edit', 'ada', '--unset', 'pov']);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('Augusta Ada King has no pointOfView to unset.');
  });

  it('refuses impossible dates and counts below one as usage errors', () => {
    const { file, conet } = setup();
    conet(['add', 'Ada']);
    const before = readFileSync(file, 'utf8');
    expect(conet(['edit', 'ada', '--last-contact', '2026-02-31']).code).toBe(2);
    expect(conet(['edit', 'ada', '--cadence', '0']).code).toBe(2);
    expect(conet(['list', '--limit', '0']).code).toBe(2);
    // A last contact or a tie cannot start after today, as a logged interaction cannot.
    const today = { env: { CONET_TODAY: '2026-12-01' } };
    const future = conet(['edit', 'ada', '--last-contact', '2062-12-01'], today);
    expect(future.code).toBe(2);
    expect(future.stderr).toContain('--last-contact 2062-12-01 is in the future');
    expect(conet(['add', 'Bea', '--last-contact', '2026-12-02'], today).code).toBe(2);
    expect(conet(['link', 'me', 'ada', '--since', '2027-01-01'], today).code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(before);
    writeFileSync(file, before.replace('name: Ada', 'name: Ada\n    lastContact: 2026-02-31'));
    const loaded = conet(['list']);
    expect(loaded.code).toBe(1);
    expect(loaded.stderr).toContain('contacts[0].lastContact must be a real date written YYYY-MM-DD');
  });

  it('removes a contact with its relationships, but only with confirmation', () => {
    const { file, conet } = setup();
    conet(['add', 'Ada Lovelace', '--strength', '4']);
    conet(['add', 'Grace Hopper']);
    conet(['link', 'ada', 'grace']);
    conet(['intro', 'ada', 'grace']);
    const refused = conet(['remove', 'ada']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--yes');
    expect(readFileSync(file, 'utf8')).toContain('ada-lovelace');
    const removed = conet(['remove', 'ada', '--yes']);
    expect(removed.code).toBe(0);
    expect(removed.stderr).toContain('Removed Ada Lovelace with 2 relationships and 1 introduction.');
    expect(conet(['remove', 'grace', '--yes']).stderr).toContain('Removed Grace Hopper.');
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('ada-lovelace');
    expect(text).toContain('relationships: []');
    expect(text).toContain('introductions: []');
  });

  it('links again by changing the one tie, asks which when there are several, and says when nothing changed', () => {
    const { file, conet } = setup();
    conet(['add', 'Ann Able']);
    conet(['add', 'Ben Baker']);
    expect(conet(['link', 'ann', 'ben', '--strength', '4']).stderr).toContain('Linked ann-able and ben-baker (strength 4).');
    expect(conet(['link', 'ann', 'ben', '--kind', 'colleague']).stderr).toContain('Updated the link between ann-able and ben-baker (colleague, strength 4).');
    expect(conet(['link', 'ann', 'ben', '--kind', 'friend', '--strength', '2']).stderr).toContain('Linked ann-able and ben-baker (friend, strength 2).');
    const before = readFileSync(file, 'utf8');
    const which = conet(['link', 'ann', 'ben', '--strength', '1']);
    expect(which.code).toBe(2);
    expect(which.stderr).toContain('ann-able and ben-baker have 2 relationships (colleague, friend); which one to change? Pass --kind to pick one.');
    const same = conet(['link', 'ann', 'ben', '--kind', 'friend', '--strength', '2']);
    expect(same.stderr).toContain('ann-able and ben-baker are already linked (friend, strength 2); nothing changed.');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('unlinks, and explains when there is nothing to unlink', () => {
    const { conet } = setup();
    conet(['add', 'Ada']);
    conet(['add', 'Bob']);
    conet(['link', 'ada', 'bob', '--kind', 'friend']);
    expect(conet(['unlink', 'bob', 'ada']).code).toBe(0);
    const again = conet(['unlink', 'bob', 'ada']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('There is no relationship between bob and ada');
  });

  it('keeps hand edits and comments when the tool saves', () => {
    const { file, conet } = setup();
    conet(['add', 'Ada']);
    const handEdited = readFileSync(file, 'utf8').replace('  - id: ada\n', '  # met at the 2024 retreat\n  - id: ada\n    favourite_book: Flatland # mine, not conet\n');
    writeFileSync(file, handEdited);
    expect(conet(['add', 'Bob']).code).toBe(0);
    expect(conet(['edit', 'ada', '--role', 'Poet']).code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('  # met at the 2024 retreat\n  - id: ada\n    favourite_book: Flatland # mine, not conet\n');
    expect(text).toContain('role: Poet');
    expect(text).toContain('- id: bob');
  });

  it('starts a network in an empty or comments-only file, and refuses a file of several documents', () => {
    const { dir, file, conet } = setup();
    writeFileSync(file, '');
    expect(conet(['list'])).toMatchObject({ code: 0, stdout: '' });
    expect(conet(['add', 'Ann Able']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('version: 1\nme: {}\ncontacts:\n  - id: ann-able\n    name: Ann Able\nrelationships: []\n');
    writeFileSync(file, '# my people\n\n# more notes\n');
    expect(conet(['add', 'Bo']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# my people\n\n# more notes\nversion: 1\n/);
    expect(JSON.parse(conet(['list', '--json']).stdout)).toMatchObject([{ id: 'bo' }]);
    writeFileSync(file, 'version: 1\n---\nversion: 1\n');
    const several = conet(['list']);
    expect(several.code).toBe(1);
    expect(several.stderr).toContain(`${file}:2: The file holds more than one YAML document`);
    writeFileSync(file, 'version: 1\n...\n# next\nversion: 1\n');
    expect(conet(['list']).stderr).toContain(`${file}:4: The file holds more than one YAML document`);
    const emptyFlag = runBinary(['--file', '', 'list'], { cwd: dir, env: isolatedEnv(dir) });
    expect(emptyFlag.code).toBe(2);
    expect(emptyFlag.stderr).toContain('--file was given an empty path');
  });

  it('reports a broken file with file:line and what to do, exits 1, and never touches it', () => {
    const { file, conet } = setup();
    const broken = 'version: 1\ncontacts:\n  - id: ada\n    name: Ada\n  - id: Bad Id\n    name: Bob\n';
    writeFileSync(file, broken);
    for (const args of [['list'], ['add', 'Cy'], ['link', 'ada', 'me']]) {
      const result = conet(args);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(`${file}:5`);
      expect(result.stderr).toContain('contacts[1].id must be lowercase letters, digits and dashes');
      expect(result.stderr).toContain('nothing was changed');
    }
    expect(readFileSync(file, 'utf8')).toBe(broken);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it('exits 2 on usage errors, and shows stack traces only with --debug', () => {
    const { conet } = setup();
    const unknown = conet(['list', '--colour']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--colour'");
    const badStrength = conet(['link', 'me', 'x', '--strength', 'lots']);
    expect(badStrength.code).toBe(2);
    const missing = conet(['list']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('conet init');
    expect(missing.stderr).not.toContain('    at ');
    expect(conet(['--debug', 'list']).stderr).toContain('    at ');
  });

  it('finds the file from CONET_FILE, then ./conet.yaml, then the data folder', () => {
    const dir = tempDir();
    const env = isolatedEnv(dir);
    runBinary(['add', 'In Data Folder'], { cwd: dir, env });
    expect(existsSync(join(dir, 'data/conet/network.yaml'))).toBe(true);
    writeFileSync(join(dir, 'conet.yaml'), 'version: 1\ncontacts:\n  - id: local\n    name: Local\n');
    expect(runBinary(['list'], { cwd: dir, env }).stdout).toContain('local');
    writeFileSync(join(dir, 'other.yaml'), 'version: 1\ncontacts:\n  - id: from-env\n    name: From Env\n');
    expect(runBinary(['list'], { cwd: dir, env: { ...env, CONET_FILE: 'other.yaml' } }).stdout).toContain('from-env');
  });

  it('prints help that starts a new user off', () => {
    const { conet } = setup();
    const help = conet(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatchSnapshot();
  });
});

describe('output to a reader that stops early', () => {
  it('ends quietly when the pipe closes (`conet list | head -n 1`)', () => {
    const { dir, file } = setup();
    const contacts = Array.from({ length: 5000 }, (_, i) => `  - {id: c${i}, name: Contact number ${i}, org: Studio ${i}}`);
    writeFileSync(file, `version: 1\nme: {name: Sam}\ncontacts:\n${contacts.join('\n')}\nrelationships: []\n`);
    const script = `"${process.execPath}" "${BIN}" --file "${file}" list | head -n 1; echo "conet exited \${PIPESTATUS[0]}" >&2`;
    const result = spawnSync('bash', ['-c', script], { cwd: dir, env: isolatedEnv(dir), encoding: 'utf8' });
    expect(result.stdout).toBe('c0\tContact number 0\tStudio 0\t\t\t\n');
    expect(result.stderr).toBe('conet exited 0\n');
  });
});
