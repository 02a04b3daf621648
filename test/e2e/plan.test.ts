// The introductions plan as a user gets it: the built binary (so the built-in template is found
// from dist/), a fixed clock, and the whole markdown kept as a reviewable snapshot.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, isolatedEnv, runBinary, useTempDir } from '../helpers/cli.js';
import { PLAN_NETWORK, PLAN_TODAY } from '../unit/plan/fixture.js';

const tempDir = useTempDir();

beforeAll(() => {
  if (!existsSync(BIN) || !existsSync(join(BIN, '../../dist/main.js'))) throw new Error('Run `npm run build` first.');
});

describe('conet plan (built binary)', () => {
  it('writes the plan for a realistic network, byte for byte the same on a re-run', async () => {
    const dir = tempDir();
    const file = join(dir, 'network.yaml');
    writeFileSync(file, PLAN_NETWORK);
    const conet = (args: string[]) => runBinary(args, { cwd: dir, env: isolatedEnv(dir, { CONET_FILE: file, CONET_TODAY: PLAN_TODAY }) });

    const first = conet(['plan', '--out', 'plan.md']);
    expect(first).toMatchObject({ code: 0, stdout: '' });
    const plan = readFileSync(join(dir, 'plan.md'), 'utf8');
    await expect(plan).toMatchFileSnapshot('./__snapshots__/plan.test.ts.plan.md');

    expect(conet(['plan', '--out', 'plan.md', '--force']).code).toBe(0);
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe(plan);
    expect(conet(['plan']).stdout).toBe(plan);
    // The network file is only read.
    expect(readFileSync(file, 'utf8')).toBe(PLAN_NETWORK);
  });
});
