// On a large network the commands that have other work to do find the communities on a worker
// thread (load-graph.ts): the built binary must really use it, and find exactly what the same
// analysis finds in one thread.
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { detectCommunities } from '../../src/core/graph/communities.js';
import { buildGraph, type NetworkAnalysis } from '../../src/core/graph/index.js';
import type { Network } from '../../src/core/model.js';
import { generateNetwork } from '../../scripts/generate-network.mjs';
import { isolatedEnv, runBinary, useTempDir } from '../helpers/cli.js';

const tempDir = useTempDir();

/** Each community conet reports, as its members' ids, by community index. */
function reported(analysis: NetworkAnalysis): Map<number, string[]> {
  return new Map(analysis.communities.map((community) => [community.index, community.members.map((member) => member.id)]));
}

/** The same from communities found here, in one thread (communities of two or more, as reported). */
function expected(network: Network): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const [id, index] of detectCommunities(buildGraph(network))) groups.set(index, [...(groups.get(index) ?? []), id]);
  return new Map([...groups].filter(([, members]) => members.length > 1));
}

describe('communities on a worker thread', () => {
  it('are the ones found in a single thread, for insights and the plan alike', { timeout: 60_000 }, () => {
    const dir = tempDir();
    const file = join(dir, 'big.yaml');
    const network = generateNetwork(6000);
    writeFileSync(file, dump(network, { lineWidth: -1 }));
    // Above the size from which conet starts the worker.
    expect(statSync(file).size).toBeGreaterThan(2 * 1024 * 1024);
    const env = isolatedEnv(dir, { CONET_TODAY: '2026-11-24' });
    const conet = (...args: string[]) => runBinary(['--debug', '--file', file, ...args], { cwd: dir, env, timeout: 60_000 });

    const insights = conet('insights', '--json', '--limit', '100000');
    expect(insights.code, insights.stderr).toBe(0);
    expect(insights.stderr).toContain('debug: communities found on a worker thread');
    expect(reported(JSON.parse(insights.stdout) as NetworkAnalysis)).toEqual(expected(network));

    // With the ties unchanged, the plan reuses the communities instead of starting the worker again.
    const plan = conet('plan', '--format', 'json');
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stderr).not.toContain('worker');
  });

  it('do not hold conet open when the load fails while the worker waits for the ties', () => {
    const dir = tempDir();
    const file = join(dir, 'broken.yaml');
    const lines = dump(generateNetwork(6000), { lineWidth: -1 }).split('\n');
    lines[4] = '  broken: [unclosed';
    writeFileSync(file, lines.join('\n'));
    const result = runBinary(['--file', file, 'suggest', 'intros'], { cwd: dir, env: isolatedEnv(dir), timeout: 15_000 });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/broken\.yaml:\d+:\d+: invalid YAML/);
  });

  it('are not worth a worker on a small network', () => {
    const dir = tempDir();
    const file = join(dir, 'small.yaml');
    writeFileSync(file, dump(generateNetwork(300), { lineWidth: -1 }));
    const result = runBinary(['--debug', '--file', file, 'insights', '--json'], { cwd: dir, env: isolatedEnv(dir) });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('worker');
    expect((JSON.parse(result.stdout) as NetworkAnalysis).communities.length).toBeGreaterThan(0);
  });
});
