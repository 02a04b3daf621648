// End-to-end: `conet init` and `conet reflect` as the built binary, driven by answers files.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Network } from '../../src/core/model.js';
import { isolatedEnv, ROOT, runBinary, useTempDir } from '../helpers/cli.js';

const tempDir = useTempDir();
const EXAMPLE = join(ROOT, 'templates/answers.example.yaml');

function setup() {
  const dir = tempDir();
  const file = join(dir, 'net.yaml');
  const conet = (...args: string[]) => runBinary(['--file', file, ...args], { cwd: dir, env: isolatedEnv(dir, { CONET_TODAY: '2025-03-01' }) });
  return { dir, file, conet };
}

describe('conet init, end to end', () => {
  it('runs the whole exercise from the example answers file', () => {
    const { file, conet } = setup();
    const result = conet('init', '--answers', EXAMPLE);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Your challenging contacts (5 of 5)');
    expect(result.stderr).toContain('conet suggest intros');
    expect(result.stderr).toContain('conet plan --out plan.md');
    expect(result.stderr).not.toContain('not used');

    const network = load(readFileSync(file, 'utf8')) as Network;
    expect(network.me.name).toBe('Sam Rivera');
    expect(Object.keys(network.me.asks ?? {})).toEqual(['help', 'promoters', 'groups', 'prospects']);
    const prospects = network.contacts.filter((contact) => contact.prospect);
    expect(prospects).toHaveLength(5);
    for (const contact of prospects) {
      expect(contact.stage).toBe('identified');
      expect(contact.pointOfView).toBeTruthy();
      expect(Object.keys(contact.reflections ?? {})).toHaveLength(5);
      expect(contact.giveFirst?.length).toBeGreaterThan(0);
    }
    expect(network.relationships).toEqual([
      { from: 'me', to: 'eli-brandt' },
      { from: 'eli-brandt', to: 'farah-okafor' },
      { from: 'me', to: 'dana-ruiz' },
      { from: 'dana-ruiz', to: 'hana-sato' },
    ]);
    expect(network.audit).toMatchObject({ date: '2025-03-01', commitment: expect.any(String) });
  });

  it('is safe to run again: the same answers change nothing', () => {
    const { dir, file, conet } = setup();
    conet('init', '--answers', EXAMPLE);
    const before = readFileSync(file, 'utf8');
    const again = conet('init', '--answers', EXAMPLE, '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ mode: 'continue', complete: true, next: null });
    expect(JSON.parse(again.stdout).audit.map((contrast: { topic: string }) => contrast.topic)).toEqual(['challengers', 'growth', 'hub']);
    expect(readFileSync(file, 'utf8')).toBe(before);
    // Reviewed with the same answers, every one of them is used: the prospects' names find them.
    const reviewed = join(dir, 'review.yaml');
    writeFileSync(reviewed, readFileSync(EXAMPLE, 'utf8').replace(/^mode: continue$/m, 'mode: review'));
    const review = conet('init', '--answers', reviewed);
    expect(review.code).toBe(0);
    expect(review.stderr).not.toContain('not used');
  });

  it('fails fast without a terminal or an answers file, naming --answers and creating nothing', () => {
    const { file, conet } = setup();
    const result = conet('init');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--answers');
    expect(existsSync(file)).toBe(false);
  });
});
