// On a large network the commands that have other work to do find the communities (and the plan its
// warm paths) on a worker thread (load-graph.ts): the built binary must really use it, and find exactly
// what the same analysis finds in one thread.
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { detectCommunities } from '../../src/core/graph/communities.js';
import { buildGraph, prepareWarmPaths, searchWarmPaths, type NetworkAnalysis } from '../../src/core/graph/index.js';
import { analyseForPlan, buildPlan } from '../../src/core/plan/index.js';
import type { Network } from '../../src/core/model.js';
import { linkContacts } from '../../src/core/relationships.js';
import { generateNetwork } from '../../scripts/generate-network.mjs';
import { createContext } from '../../src/cli/context.js';
import { loadGraph } from '../../src/cli/load-graph.js';
import { isolatedEnv, ROOT, runBinary, useTempDir } from '../helpers/cli.js';

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

describe('communities and warm paths on a worker thread', () => {
  it('are the ones found in a single thread, for insights and the plan alike', { timeout: 60_000 }, async () => {
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

    // With the ties unchanged, the plan reuses the communities; the worker searches its warm paths.
    const plan = conet('plan', '--format', 'json');
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stderr).toContain('debug: communities read from the cache; the worker thread was left to the warm paths');
    expect(plan.stderr).toContain('debug: warm paths searched on a worker thread');
    expect(plan.stderr).not.toContain('found on a worker thread');
    // The same plan as one made in a single thread.
    const today = new Date('2026-11-24T12:00:00');
    const graph = buildGraph(network);
    const single = buildPlan(network, today, await analyseForPlan(network, today, { graph, communities: detectCommunities(graph) }));
    expect(JSON.parse(plan.stdout)).toEqual(JSON.parse(JSON.stringify(single)));
  });

  it('are found while `conet link` saves, so the next analysis reads them; an edit that keeps the ties finds none', { timeout: 90_000 }, () => {
    const dir = tempDir();
    const file = join(dir, 'big.yaml');
    const network = generateNetwork(6000);
    writeFileSync(file, dump(network, { lineWidth: -1 }));
    const env = isolatedEnv(dir, { CONET_TODAY: '2026-11-24' });
    const conet = (...args: string[]) => runBinary(['--debug', '--file', file, ...args], { cwd: dir, env, timeout: 60_000 });
    const [a, b] = [network.contacts[10]!.id, network.contacts[4000]!.id];

    const linked = conet('link', a, b, '--strength', '5');
    expect(linked.code, linked.stderr).toBe(0);
    expect(linked.stderr).toContain('debug: communities found on a worker thread');

    const insights = conet('insights', '--json', '--limit', '100000');
    expect(insights.code, insights.stderr).toBe(0);
    expect(insights.stderr).toContain('debug: communities read from the cache; the worker thread was not needed');
    expect(reported(JSON.parse(insights.stdout) as NetworkAnalysis)).toEqual(expected(linkContacts(network, a, b, { strength: 5 }).network));

    // With the communities no longer cached, only knowing that the ties did not change spares the worker.
    for (const entry of readdirSync(join(dir, 'cache'), { recursive: true, encoding: 'utf8' })) {
      if (entry.endsWith('~communities')) rmSync(join(dir, 'cache', entry));
    }
    const logged = conet('log', a, 'coffee');
    expect(logged.code, logged.stderr).toBe(0);
    expect(logged.stderr).not.toContain('worker');
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

describe('loading a large network with its communities alongside', () => {
  /** A 6,000-contact file (above the worker's threshold) and a context to load it in this process, with --debug. */
  function setup() {
    const dir = tempDir();
    const file = join(dir, 'big.yaml');
    const network = generateNetwork(6000);
    writeFileSync(file, dump(network, { lineWidth: -1 }));
    let stderr = '';
    const sink = new Writable({ write: (chunk, _encoding, done) => ((stderr += String(chunk)), done()) });
    const context = createContext({ stdin: new PassThrough(), stdout: new PassThrough(), stderr: sink }, isolatedEnv(dir), dir);
    context.global = { ...context.global, file, debug: true };
    return { dir, network, context, stderr: () => stderr };
  }

  it('finds on the bundled worker exactly the communities found in one thread', { timeout: 60_000 }, async () => {
    const { network, context, stderr } = setup();
    const options = { communitiesAlongside: true, warmPathsAlongside: true, workerScript: join(ROOT, 'dist/graph-worker.js') };
    const loaded = await loadGraph(context, undefined, options);
    // Asked while it finds the communities, it searches the warm paths next.
    const { search } = prepareWarmPaths(network, loaded.graph, network.contacts.map((contact) => contact.id).filter((_id, index) => index % 500 === 7));
    const expected = searchWarmPaths(loaded.graph, search);
    const [communities, found] = await Promise.all([loaded.communities(), loaded.searchWarmPaths(search)]);
    expect(communities).toEqual(detectCommunities(buildGraph(network)));
    expect(found).toEqual(expected);
    expect(stderr()).toMatch(/debug: communities found on a worker thread\n(.*\n)*debug: warm paths searched on a worker thread/);
    loaded.close();
    // Once the communities are cached, it is kept for the warm paths alone.
    const again = await loadGraph(context, undefined, options);
    expect(await again.searchWarmPaths(search)).toEqual(expected);
    expect(stderr().match(/debug: warm paths searched on a worker thread/g)).toHaveLength(2);
    again.close();
  });

  it('falls back to this thread, with the same communities, when the worker fails or is missing', { timeout: 60_000 }, async () => {
    const { dir, network, context, stderr } = setup();
    const failing = join(dir, 'failing-worker.mjs');
    writeFileSync(failing, "throw new Error('broken on purpose');\n");
    const expected = detectCommunities(buildGraph(network));
    for (const workerScript of [failing, join(dir, 'missing-worker.mjs')]) {
      // A fresh cache each time, so that the communities are computed, not read back.
      rmSync(join(dir, 'cache'), { recursive: true, force: true });
      const loaded = await loadGraph(context, undefined, { communitiesAlongside: true, workerScript });
      expect(await loaded.communities()).toEqual(expected);
    }
    // The warm paths too.
    const loaded = await loadGraph(context, undefined, { communitiesAlongside: true, warmPathsAlongside: true, workerScript: failing });
    const prospects = network.contacts.filter((contact) => contact.prospect === true).map((contact) => contact.id);
    const { search } = prepareWarmPaths(network, loaded.graph, prospects);
    expect(await loaded.searchWarmPaths(search)).toEqual(searchWarmPaths(loaded.graph, search));
    loaded.close();
    expect(stderr()).toMatch(/debug: the graph worker failed \(broken on purpose\); searching the warm paths on this thread/);
    expect(stderr()).toMatch(/debug: the graph worker failed \(broken on purpose\); finding the communities on this thread/);
    expect(stderr()).toMatch(/debug: the graph worker failed \(.*missing-worker\.mjs.*\); finding the communities on this thread/);
  });
});
