// The graph commands as a user runs them: suggest collaborators/intros, path and insights.
// Command behaviour in-process (fast); the built binary once for streams and exit codes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolatedEnv, runBinary, runConet, useTempDir } from '../helpers/cli.js';

const tempDir = useTempDir();

const NETWORK = `version: 1
me:
  name: Sam
  offers: [brand strategy]
  needs: [compilers]
contacts:
  - {id: ada, name: Ada Lovelace, offers: [math tutoring], needs: [compilers], stance: challenger, lastContact: 2025-01-10}
  - {id: alan, name: Alan Turing, needs: [compiler]}
  - {id: linus, name: Linus Pauling}
  - {id: grace, name: Grace Hopper, offers: [compilers], needs: [maths tutoring, brand strategy], stance: challenger, prospect: true}
  - {id: hedy, name: Hedy Lamarr, stance: yes-person}
  - {id: barbara, name: Barbara Liskov, offers: [compilers], needs: [brand strategy], status: not-a-collaborator}
  - {id: faraway, name: Far Away, prospect: true, tags: [compilers]}
relationships:
  - {from: me, to: ada, strength: 5}
  - {from: me, to: alan, strength: 5}
  - {from: me, to: linus, strength: 4}
  - {from: me, to: barbara, strength: 5}
  - {from: ada, to: alan, strength: 4}
  - {from: alan, to: linus, strength: 4}
  - {from: ada, to: linus, strength: 4}
  - {from: linus, to: hedy, strength: 4}
  - {from: hedy, to: grace, strength: 5}
  - {from: barbara, to: grace, strength: 5}
`;

function setup(text = NETWORK) {
  const dir = tempDir();
  const file = join(dir, 'net.yaml');
  writeFileSync(file, text);
  const env = isolatedEnv(dir, { CONET_TODAY: '2025-06-01' });
  return { dir, file, env, conet: (args: string[]) => runConet(['--file', file, ...args], { cwd: dir, env }) };
}

describe('conet suggest collaborators', () => {
  it('ranks by potential with reasons and a breakdown, never suggesting someone let go', async () => {
    const { conet } = setup();
    const result = await conet(['suggest', 'collaborators', '--limit', '3']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^1\. Grace Hopper \(grace\) {2}\d+$/);
    expect(result.stdout).toContain('Grace Hopper offers compilers, which you need');
    expect(result.stdout).toMatch(/complementarity [\d.]+ · challenge [\d.]+ · tie [\d.]+ · bridging [\d.]+ · momentum [\d.]+/);
    expect(result.stdout).not.toContain('Barbara');
    expect(result.stdout).not.toMatch(/\x1b\[/);
  });

  it('prints stable JSON', async () => {
    const { conet } = setup();
    const suggestions = JSON.parse((await conet(['suggest', 'collaborators', '--json'])).stdout);
    expect(suggestions[0]).toMatchObject({ id: 'grace', name: 'Grace Hopper' });
    expect(Object.keys(suggestions[0]).sort()).toEqual(['breakdown', 'id', 'name', 'reasons', 'score', 'theyOffer', 'youOffer']);
    expect(suggestions.map((s: { id: string }) => s.id)).not.toContain('barbara');
  });

  it('tells you what to add when nothing can be suggested', async () => {
    const { conet } = setup('version: 1\nme: {}\ncontacts: []\nrelationships: []\n');
    const result = await conet(['suggest', 'collaborators']);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toContain('conet add');
  });

  it('rejects a limit below one', async () => {
    const { conet } = setup();
    const result = await conet(['suggest', 'collaborators', '--limit', '0']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("option '--limit <n>' argument '0' is invalid. Expected a whole number of at least 1.");
  });
});

describe('conet suggest intros', () => {
  it('puts the mutual cross-circle pair first with its three wins', async () => {
    const { conet } = setup();
    const result = await conet(['suggest', 'intros']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^1\. (Ada Lovelace ↔ Grace Hopper|Grace Hopper ↔ Ada Lovelace) {2}[\d.]+ mutual$/);
    expect(result.stdout).toContain('Ada Lovelace: Ada Lovelace gets compilers from Grace Hopper');
    expect(result.stdout).toContain('you: You give first to both');
    expect(result.stdout).not.toContain('Barbara');
  });

  it('leaves out pairs already introduced', async () => {
    const { conet } = setup(`${NETWORK}introductions:\n  - {id: ada-grace, between: [grace, ada], status: made}\n`);
    const pairs = JSON.parse((await conet(['suggest', 'intros', '--json'])).stdout) as { a: string; b: string; wins: object }[];
    expect(pairs.some((pair) => [pair.a, pair.b].sort().join() === 'ada,grace')).toBe(false);
    expect(pairs[0]!.wins).toHaveProperty('you');
  });
});

describe('conet path', () => {
  it('shows the warmest path, never through someone let go', async () => {
    const { conet } = setup();
    const result = await conet(['path', 'grace']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Ways to reach Grace Hopper');
    // Barbara knows Grace well but is not a collaborator, so the path goes through Linus and Hedy.
    expect(result.stdout).toContain('1. you ─4─ Linus Pauling ─4─ Hedy Lamarr ─5─ Grace Hopper');
    expect(result.stdout).toContain('Ask Linus Pauling (your tie 4/5) to introduce you to Hedy Lamarr (4/5)');
    expect(result.stdout).not.toContain('Barbara');
    const json = JSON.parse((await conet(['path', 'grace', '--json', '--limit', '1'])).stdout);
    expect(json.paths).toHaveLength(1);
    expect(json.paths[0].steps.at(-1).id).toBe('grace');
  });

  it('explains what to do when there is no path', async () => {
    const { conet } = setup();
    const result = await conet(['path', 'far']);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toContain('No warm path to Far Away');
    expect(result.stderr).toContain('conet link');
  });

  it('fails clearly for an unknown contact', async () => {
    const { conet } = setup();
    const result = await conet(['path', 'nobody']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No contact matches "nobody"');
  });
});

describe('conet insights', () => {
  it('reports communities, challengers, dormant ties and unreachable prospects', async () => {
    const { conet } = setup();
    const result = await conet(['insights', '--dormant-days', '100']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Communities');
    expect(result.stdout).toMatch(/challengers \(2\): Ada Lovelace, Grace Hopper/);
    expect(result.stdout).toContain('Ada Lovelace last contact 2025-01-10, 142 days ago');
    expect(result.stdout).toMatch(/Prospects with no warm path\n {2}Far Away/);
    const json = JSON.parse((await conet(['insights', '--json', '--dormant-days', '200'])).stdout);
    expect(json.dormant).toEqual([]);
    expect(json.prospectsWithoutPath).toEqual([{ id: 'faraway', name: 'Far Away' }]);
    expect(json.isolated).toEqual([{ id: 'faraway', name: 'Far Away' }]);
  });

  it('runs from the built binary with data on stdout and advice on stderr', () => {
    const { dir, file, env } = setup();
    const result = runBinary(['--file', file, 'path', 'far'], { cwd: dir, env });
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toContain('No warm path');
    const insights = runBinary(['--file', file, 'insights', '--json'], { cwd: dir, env });
    expect(insights.code).toBe(0);
    expect(JSON.parse(insights.stdout).summary.contacts).toBe(7);
  });
});
