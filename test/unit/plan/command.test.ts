import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolatedEnv, runConet, useTempDir } from '../../helpers/cli.js';
import { HOSTILE, PLAN_NETWORK, PLAN_TODAY } from './fixture.js';

const tempDir = useTempDir();

function setup(network = PLAN_NETWORK) {
  const dir = tempDir();
  const file = join(dir, 'conet.yaml');
  writeFileSync(file, network);
  const conet = (...args: string[]) => runConet(args, { cwd: dir, env: isolatedEnv(dir, { CONET_FILE: file, CONET_TODAY: PLAN_TODAY }) });
  return { dir, file, conet };
}

describe('conet plan', () => {
  it('prints the markdown plan to stdout, the same bytes on every run', async () => {
    const { conet } = setup();
    const first = await conet('plan');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/^# Introductions plan for Sam Carter\n\nPlan for 2024-06-03\./);
    for (const heading of ['## You', '## Your challenging contacts (5 of 5)', '## Introductions to make', '## Suggested collaborators', '## Self-audit', '## Map', '## Next actions']) {
      expect(first.stdout).toContain(`\n${heading}\n`);
    }
    expect(first.stdout).not.toContain('What is missing');
    expect((await conet('plan')).stdout).toBe(first.stdout);
  });

  it('writes --out, refuses to replace it without --force, and replaces it with --force', async () => {
    const { dir, conet } = setup();
    const out = join(dir, 'plan.md');
    const written = await conet('plan', '--out', 'plan.md');
    expect(written).toMatchObject({ code: 0, stdout: '' });
    expect(written.stderr).toContain('Plan written to plan.md.');
    expect(readFileSync(out, 'utf8')).toBe((await conet('plan')).stdout);

    writeFileSync(out, 'my own notes\n');
    const refused = await conet('plan', '--out', 'plan.md');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('plan.md already exists; pass --force to replace it.');
    expect(readFileSync(out, 'utf8')).toBe('my own notes\n');

    expect((await conet('plan', '--out', 'plan.md', '--force')).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Introductions plan/);
  });

  it('never writes the plan over the network file', async () => {
    const { conet, file } = setup();
    const result = await conet('plan', '--out', file, '--force');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is your network file');
    expect(readFileSync(file, 'utf8')).toBe(PLAN_NETWORK);
    // Nor through a symbolic link to it.
    const link = join(dirname(file), 'plan.md');
    symlinkSync(file, link);
    const linked = await conet('plan', '--out', link, '--force');
    expect([linked.code, linked.stderr]).toEqual([2, expect.stringContaining('is your network file')]);
    expect(readFileSync(file, 'utf8')).toBe(PLAN_NETWORK);
    // A folder is said to be one at once, with or without --force.
    for (const args of [[], ['--force']]) expect((await conet('plan', '--out', dirname(file), ...args)).stderr).toContain('is a folder.');
  });

  it('prints the view model with --format json', async () => {
    const { conet } = setup();
    const result = await conet('plan', '--format', 'json');
    expect(result.code).toBe(0);
    const view = JSON.parse(result.stdout);
    expect(view).toMatchObject({ version: 1, date: PLAN_TODAY, complete: true, title: { raw: 'Introductions plan for Sam Carter' } });
    expect(view.prospects).toHaveLength(5);
    expect(view.introductions[0].drafts.askA.text).toContain('Would you like me to introduce you?');
    // --json, as every read command takes it, is the same.
    expect((await conet('plan', '--json')).stdout).toBe(result.stdout);
  });

  it('refuses --template with --format json, which has no template', async () => {
    const { conet } = setup();
    const result = await conet('plan', '--format', 'json', '--template', 'mine.md');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--template applies to markdown');
  });

  it('renders a template of your own with --template', async () => {
    const { dir, conet } = setup();
    writeFileSync(
      join(dir, 'short.md'),
      '<%= it.title.md %> (<%= it.date %>)\n<% for (const p of it.prospects) { -%>\n- <%= p.name.md %>: <%= p.access %>\n<% } -%>\n',
    );
    const result = await conet('plan', '--template', 'short.md');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      'Introductions plan for Sam Carter (2024-06-03)\n- Dana Ruiz: direct\n- Lee Chen: introduced\n- Priya Nair: introduced\n- Omar Haddad: none\n- Ines Moreau: direct\n',
    );
  });

  it('reports a broken template with its file and line, and a missing one clearly', async () => {
    const { dir, conet } = setup();
    writeFileSync(join(dir, 'broken.md'), 'Hello\n<%= it.nothing.here %>\n');
    const broken = await conet('plan', '--template', 'broken.md');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`${join(dir, 'broken.md')}:2: The template could not be rendered: Cannot read properties of undefined`);
    const missing = await conet('plan', '--template', 'nope.md');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No template at');
    // Text printed whole would read "[object Object]" in the plan.
    writeFileSync(join(dir, 'whole.md'), '# Plan\n<%= it.title %>\n');
    expect((await conet('plan', '--template', 'whole.md')).stderr).toContain(
      `${join(dir, 'whole.md')}:2: The template could not be rendered: a tag prints text without choosing its form: add .md (escaped for markdown) or .raw.`,
    );
    writeFileSync(join(dir, 'list.md'), 'Offers: <%= it.profile.offers %>\n');
    expect((await conet('plan', '--template', 'list.md')).stderr).toContain(`${join(dir, 'list.md')}:1: The template could not be rendered: a tag prints a list whole`);
    writeFileSync(join(dir, 'syntax.md'), '<% for (x %>\n');
    expect((await conet('plan', '--template', 'syntax.md')).stderr).toContain('the code in one of its <% %> tags is not valid JavaScript.');
  });

  it('escapes hostile names, so they cannot inject HTML, links or table cells', async () => {
    const { conet } = setup(PLAN_NETWORK.replace('name: Grace Kim', `name: "${HOSTILE}"`).replace('name: Dana Ruiz', `name: "${HOSTILE} 2"`));
    const { code, stdout } = await conet('plan');
    expect(code).toBe(0);
    // The diagram is Mermaid, not markdown: its labels use Mermaid's own entity codes.
    const [before, fenced] = stdout.split('```mermaid\n');
    const [diagram, after] = fenced!.split('\n```\n');
    expect(diagram).toContain('#lt;script#gt;alert(1)#lt;/script#gt;');
    expect(diagram).not.toMatch(/<|script>/);
    expect(before! + after!).not.toMatch(/<script>|<\/script>|(^|[^\\])\]\(javascript:|(^|[^\\])\*bold/m);
    expect(stdout).toContain('### 1. &lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\* \\[x\\](javascript:alert(1)) \\| pipe 2, Head of Operations');
    // Each collaborator row still has exactly its five cell borders.
    const rows = stdout.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6);
  });

  it('says which parts are missing, and which command fills each, on an empty network', async () => {
    const { conet } = setup('version: 1\nme: {}\ncontacts: []\nrelationships: []\n');
    const result = await conet('plan');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('## What is missing');
    expect(result.stdout).toContain('- Your profile: who you are, what you offer and what you need. Run `conet init`.');
    expect(result.stdout).toContain('- Relationships: with none recorded there are no warm paths and no suggestions. Run `conet link me <contact> --strength 4`.');
    expect(result.stdout).toContain('## Your challenging contacts (0 of 5)');
    expect(result.stdout).toContain('_Nothing to draw yet');
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'The plan is missing your profile, challenging contacts, relationships, the self-audit: its "What is missing" section says which command fills each.',
    ]);
  });

  it('asks for conet init when there is no network file at all', async () => {
    const dir = tempDir();
    const result = await runConet(['plan'], { cwd: dir, env: isolatedEnv(dir, { CONET_FILE: join(dir, 'none.yaml') }) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('conet init');
  });
});
