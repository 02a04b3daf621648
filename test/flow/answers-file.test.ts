// The answers-file prompter and the commands that use it, run in-process.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolatedEnv, runConet, useTempDir } from '../helpers/cli.js';

const tempDir = useTempDir();

function setup(answers: string, name = 'answers.yaml') {
  const dir = tempDir();
  writeFileSync(join(dir, name), answers);
  const env = isolatedEnv(dir, { CONET_FILE: join(dir, 'net.yaml'), CONET_TODAY: '2025-03-01' });
  const conet = (...args: string[]) => runConet(args, { cwd: dir, env });
  const network = () => readFileSync(join(dir, 'net.yaml'), 'utf8');
  return { dir, conet, network };
}

describe('conet init --answers', () => {
  it('reads JSON as well as YAML, and leaves unanswered questions at their defaults', async () => {
    const { conet, network } = setup(
      JSON.stringify({ profile: { name: 'Sam', asks: { groups: ['makers guild', 'library talks'] } }, prospects: [{ name: 'Dana', connection: 'gym' }] }),
      'answers.json',
    );
    const result = await conet('init', '--answers', 'answers.json', '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ complete: false, next: 'about', profile: true, prospects: [{ id: 'dana', reflections: 0 }] });
    expect(network()).toContain('groups: [makers guild, library talks]');
    expect(network()).toContain('connection: gym');
  });

  it('refuses an unknown key, naming the file, line and the keys it knows, and writes nothing', async () => {
    const { conet, dir } = setup('profile:\n  name: Sam\nprospects:\n  - name: Dana\n    pointofview: typo\n');
    const result = await conet('init', '--answers', 'answers.yaml');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'answers.yaml')}:5`);
    expect(result.stderr).toContain('prospects[0].pointofview is not a question conet asks');
    expect(result.stderr).toContain('pointOfView');
    expect(() => readFileSync(join(dir, 'net.yaml'))).toThrow();
  });

  it('refuses a choice that is not offered before anything is saved', async () => {
    const { conet, dir } = setup('profile:\n  name: Sam\n  asks: {help: [a lawyer]}\nprospects:\n  - name: Dana\n    connection: gym\n    coCreator: sponsor\n');
    const result = await conet('init', '--answers', 'answers.yaml');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/answers\.yaml:7: prospects\[0\]\.coCreator "sponsor" is not one of: rewarded-contributor, active-participant, dynamic-shareholder, not-sure/);
    expect(existsSync(join(dir, 'net.yaml'))).toBe(false);
  });

  it('checks every answer it can up front, whether or not this run would ask it', async () => {
    for (const [text, message] of [
      ['mode: whatever\n', 'answers.yaml:1: mode "whatever" is not one of: continue, add, review, quit.'],
      ['profile: {name: Sam}\nprospects: [{pointOfView: x}]\n', 'answers.yaml:2: prospects[0].name is missing: every challenging contact needs a name'],
      ['prospects:\n  - name: Dana\n  - name: " "\n', 'answers.yaml:3: prospects[1].name is missing'],
      ['prospects:\n  - name: Dana\n    contributes: [ideas, cash]\n', 'answers.yaml:3: prospects[0].contributes[1] "cash" is not one of: ideas, knowledge, network, money.'],
      ['profile:\n  offers: {a: b}\n', 'answers.yaml:2: profile.offers must be text or a list of texts.'],
    ]) {
      const { conet, dir } = setup(text!);
      const result = await conet('init', '--answers', 'answers.yaml');
      expect([result.code, result.stderr]).toEqual([1, expect.stringContaining(message!)]);
      expect(existsSync(join(dir, 'net.yaml'))).toBe(false);
    }
  });

  it('refuses a `via` that names nobody in the network, in a sentence, and saves none of the answers', async () => {
    const { conet, network } = setup('profile: {name: Sam}\nprospects:\n  - name: Dana\n    pointOfView: sees the shop floor\n    via: Nobody Known\n');
    await conet('add', 'Ada Lovelace');
    const before = network();
    const result = await conet('init', '--answers', 'answers.yaml');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('answers.yaml:5: prospects[0].via: no contact matches "Nobody Known". Nothing was saved: fix the answers file');
    expect(network()).toBe(before);
  });

  it('says a missing name is missing and where to add it, pointing at a line only when there is one', async () => {
    const { conet } = setup('mode: continue\n');
    const result = await conet('init', '--answers', 'answers.yaml');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/answers\.yaml: profile\.name is missing: your name goes on your plan; please give one\. Nothing was saved: add `name:` under `profile:` in the answers file/);

    const { conet: again } = setup('mode: continue\nprofile:\n  business: bakery\n');
    expect((await again('init', '--answers', 'answers.yaml')).stderr).toContain('answers.yaml:2: profile.name is missing');
  });

  it('refuses every problem in the answers file with exit code 1, like any file conet cannot use', async () => {
    for (const [text, message] of [
      ['profile: [\n', 'invalid YAML or JSON'],
      ['- a list\n', 'must be a mapping of answers'],
      ['profile: {nmae: Sam}\n', 'profile.nmae is not a question conet asks'],
    ]) {
      const { conet } = setup(text!);
      const result = await conet('init', '--answers', 'answers.yaml');
      expect([result.code, result.stderr]).toEqual([1, expect.stringContaining(message!)]);
    }
  });

  it('leaves the self-audit to do when the answers file has none, marking nobody', async () => {
    const { dir, conet, network } = setup('profile: {name: Sam}\nprospects:\n  - {name: Ada Lovelace}\n  - {name: Grace Hopper}\n');
    const first = await conet('init', '--answers', 'answers.yaml', '--json');
    expect(first.code).toBe(0);
    expect(network()).not.toContain('audit:');
    expect(network()).not.toContain('growth:');
    writeFileSync(join(dir, 'audit.yaml'), 'audit:\n  growth: [Ada Lovelace]\n  reflections:\n    commitment: introduce two people\n');
    await conet('init', '--answers', 'audit.yaml');
    expect(network()).toMatch(/audit:\n(\s+(date: \S+|commitment: introduce two people)\n){2}/);
    expect(network()).toContain('growth: true');
  });

  it('says which answers a run did not ask for, why, and which mode would', async () => {
    const { dir, conet, network } = setup('profile:\n  name: Sam\naudit:\n  reflections:\n    commitment: introduce two people\n');
    await conet('init', '--answers', 'answers.yaml');
    writeFileSync(join(dir, 'later.yaml'), 'profile:\n  name: Sam\naudit:\n  reflections:\n    hub: share more of what I learn\n');
    const skipped = await conet('init', '--answers', 'later.yaml');
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toContain('1 answer was not used: this run continued where you stopped (`mode: continue`), which skips the steps already done');
    expect(skipped.stderr).toContain(`${join(dir, 'later.yaml')}:5: audit.reflections.hub\n`);
    expect(skipped.stderr).toContain('Set `mode: review` in the answers file');
    expect(network()).not.toContain('share more');

    writeFileSync(join(dir, 'later.yaml'), `mode: review\n${readFileSync(join(dir, 'later.yaml'), 'utf8')}`);
    const reviewed = await conet('init', '--answers', 'later.yaml');
    expect(reviewed.stderr).not.toContain('not used');
    expect(network()).toContain('hub: share more of what I learn');
  });

  it('says which answers adding prospects leaves aside', async () => {
    const { dir, conet } = setup('profile: {name: Sam}\n');
    await conet('init', '--answers', 'answers.yaml');
    writeFileSync(join(dir, 'more.yaml'), 'mode: add\nprofile: {business: bakery}\nprospects: [{name: Dana, connection: gym}]\n');
    const result = await conet('init', '--answers', 'more.yaml', '--json');
    expect(JSON.parse(result.stdout).prospects).toMatchObject([{ id: 'dana' }]);
    expect(result.stderr).toContain('1 answer was not used: this run only added challenging contacts (`mode: add`)');
    expect(result.stderr).toContain('more.yaml:2: profile.business');
  });

  it('says a first run lists five challenging contacts, whatever mode the file asks for', async () => {
    const six = Array.from({ length: 6 }, (_, index) => `  - {name: Person ${index + 1}}`).join('\n');
    const { conet } = setup(`mode: add\nprofile: {name: Sam}\nprospects:\n${six}\n`);
    const result = await conet('init', '--answers', 'answers.yaml');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('1 answer was not used: a first run goes through every step once and lists five challenging contacts.');
    expect(result.stderr).toContain('answers.yaml:9: prospects[5].name');
    expect(result.stderr).toContain('Run it again with `mode: add`');
  });

  it('names --answers when there is no terminal and no answers file', async () => {
    const { conet } = setup('');
    const result = await conet('init');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--answers');
  });

  it('reports a missing answers file, or a folder given for one', async () => {
    const { conet } = setup('');
    const result = await conet('init', '--answers', 'nope.yaml');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No answers file at');
    const folder = await conet('init', '--answers', '.');
    expect([folder.code, folder.stderr]).toEqual([1, expect.stringContaining('is a folder, not an answers file')]);
  });
});

describe('conet reflect', () => {
  it('answers the five questions from a file, keeping answers it does not give', async () => {
    const { dir, conet, network } = setup('reflections:\n  attention: a joint workshop\n  message: plainer words\n');
    await conet('add', 'Ada Lovelace');
    const first = await conet('reflect', 'ada', '--answers', 'answers.yaml');
    expect(first.stderr).toContain('2 of 5 questions answered about Ada Lovelace.\n  Next: conet reflect ada-lovelace answers the rest.');
    writeFileSync(join(dir, 'more.yaml'), 'reflections:\n  difference: a bigger stage\n');
    await conet('reflect', 'Ada', '--answers', 'more.yaml');
    expect(network()).toMatch(/reflections:\n\s+attention: a joint workshop\n\s+message: plainer words\n\s+difference: a bigger stage/);
  });

  it('names --answers without a terminal, and an unknown contact clearly', async () => {
    const { conet } = setup('reflections: {}\n');
    await conet('add', 'Ada Lovelace');
    expect((await conet('reflect', 'ada')).stderr).toContain('--answers');
    const unknown = await conet('reflect', 'zed', '--answers', 'answers.yaml');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No contact matches "zed"');
  });
});
