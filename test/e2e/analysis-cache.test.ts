// Large files keep derived results (parsed snapshot, communities, analyses) in a cache keyed by the
// file's content: a warm run must print exactly what a cold run printed, and any edit must show.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { isolatedEnv, runBinary, useTempDir } from '../helpers/cli.js';

const tempDir = useTempDir();
const SKILLS = ['copywriting', 'seo', 'bookkeeping', 'video editing', 'coaching', 'ux research', 'fundraising', 'photography'];

/** ~400 contacts in 8 circles: comfortably above the 64 KB below which nothing is cached. */
function largeNetwork(): string {
  const contacts = Array.from({ length: 400 }, (_, i) => ({
    id: `p${i}`,
    name: `Person ${i}`,
    offers: [SKILLS[i % 8]!],
    needs: [SKILLS[(i * 3 + 1) % 8]!],
    notes: `Met at meetup number ${i}, talked about ${SKILLS[i % 8]} and the weather for a while.`,
  }));
  const relationships = contacts.flatMap((_, i) => [
    { from: `p${i}`, to: `p${(i + 1) % 400}`, strength: 1 + (i % 5) },
    ...(i % 10 === 0 ? [{ from: 'me', to: `p${i}`, strength: 4 }] : []),
  ]);
  return dump({ version: 1, me: { name: 'Sam', offers: ['branding'], needs: ['bookkeeping'] }, contacts, relationships });
}

/** The large network in a folder of its own, and conet run on it as a user would. */
function setup() {
  const dir = tempDir();
  const file = join(dir, 'net.yaml');
  writeFileSync(file, largeNetwork());
  const env = isolatedEnv(dir, { CONET_TODAY: '2026-11-24' });
  const conet = (...args: string[]) => runBinary(['--file', file, ...args], { cwd: dir, env });
  return { dir, file, env, conet };
}

describe('cached analyses on a large network', () => {
  it('print the same on a warm run, and follow every edit of the file', () => {
    const { dir, file, conet } = setup();
    const cacheFiles = () => readdirSync(join(dir, 'cache/conet'));

    const cold = conet('suggest', 'intros', '--json');
    expect(cold.code, cold.stderr).toBe(0);
    expect(cacheFiles().some((name) => name.includes('.result-'))).toBe(true);
    const warm = conet('suggest', 'intros', '--json');
    expect(warm.stdout).toBe(cold.stdout);
    expect(JSON.parse(warm.stdout).length).toBeGreaterThan(0);

    const plans = [conet('plan'), conet('plan')];
    expect(plans[0]!.code).toBe(0);
    expect(plans[1]!.stdout).toBe(plans[0]!.stdout);

    // A hand edit changes the content hash: the old results are never shown again.
    writeFileSync(file, largeNetwork().replace('name: Person 7\n', 'name: Person Seven\n'));
    const edited = conet('path', 'p7', '--json');
    expect(edited.code, edited.stderr).toBe(0);
    expect(edited.stdout).toContain('Person Seven');
    const insights = conet('insights', '--json').stdout;
    expect(insights).toContain('Person Seven');
    expect(insights).not.toContain('"Person 7"');

    // Saving through conet drops what was derived from the older version.
    expect(conet('add', 'Newcomer').code).toBe(0);
    expect(cacheFiles().filter((name) => name.includes('.result-'))).toEqual([]);
  });

  it('keep communities and brokerage while the ties stay the same, and recompute them when the ties change', () => {
    const { dir, file, env, conet } = setup();
    // The same command with no cache at all: what a cached run must agree with.
    const uncached = (...args: string[]) => runBinary(['--file', file, ...args], { cwd: dir, env: { ...env, XDG_CACHE_HOME: join(dir, `fresh-${Date.now()}-${Math.random()}`) } });
    const lasting = () =>
      Object.fromEntries(
        readdirSync(join(dir, 'cache/conet'))
          .filter((name) => name.includes('~'))
          .map((name) => [name.slice(name.indexOf('~') + 1), readFileSync(join(dir, 'cache/conet', name), 'utf8').split('\n')[0]]),
      );

    expect(conet('insights', '--json').code).toBe(0);
    const before = lasting();
    expect(Object.keys(before).sort()).toEqual(['brokerage', 'communities']);

    // Logging a meeting changes the file but not who is tied to whom.
    expect(conet('log', 'p3', 'coffee').code).toBe(0);
    const afterLog = conet('insights', '--json');
    expect(afterLog.stdout).toBe(uncached('insights', '--json').stdout);
    expect(lasting()).toEqual(before);

    // A new tie between two circles: both are computed again, and agree with a run without a cache.
    expect(conet('link', 'p0', 'p200', '--strength', '5').code).toBe(0);
    const afterLink = conet('insights', '--json');
    expect(afterLink.code, afterLink.stderr).toBe(0);
    expect(afterLink.stdout).toBe(uncached('insights', '--json').stdout);
    expect(afterLink.stdout).not.toBe(afterLog.stdout);
    const changed = lasting();
    expect(changed.communities).not.toBe(before.communities);
    expect(changed.brokerage).not.toBe(before.brokerage);
    expect(conet('suggest', 'collaborators', '--json').stdout).toBe(uncached('suggest', 'collaborators', '--json').stdout);
  });
});
