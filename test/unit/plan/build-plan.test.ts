import { describe, expect, it } from 'vitest';
import { emptyNetwork, type Network } from '../../../src/core/model.js';
import { analyseForPlan, buildPlan, findGaps, summariseGaps, type PlanView } from '../../../src/core/plan/index.js';
import { parseNetwork } from '../../../src/store/yaml-codec.js';
import { prepare } from '../graph/networks.js';
import { HOSTILE, PLAN_NETWORK, PLAN_TODAY } from './fixture.js';

const TODAY = new Date(`${PLAN_TODAY}T12:00:00Z`);

async function plan(network: Network): Promise<PlanView> {
  return buildPlan(network, TODAY, await analyseForPlan(network, TODAY, prepare(network)));
}

const fixture = () => parseNetwork(PLAN_NETWORK, 'fixture.yaml');

const completeView = await plan(fixture());

describe('buildPlan on a complete network', () => {
  const view = completeView;

  it('has no gaps, the profile with numbered asks, and the five prospects in file order', () => {
    expect(view).toMatchObject({ date: PLAN_TODAY, complete: true, gaps: [], title: { raw: 'Introductions plan for Sam Carter' } });
    expect(view.profile.asks.map((ask) => [ask.number, ask.group, ask.text.raw])).toEqual([
      [1, 'help', 'bookkeeping'],
      [2, 'promoters', 'an editor at a trade magazine'],
      [3, 'groups', "the regional makers' guild"],
      [4, 'prospects', 'owners of family-run factories'],
    ]);
    expect(view.prospects.map((prospect) => prospect.id)).toEqual(['dana-ruiz', 'lee-chen', 'priya-nair', 'omar-haddad', 'ines-moreau']);
    expect(view.prospects[0]!.reflections.every((reflection) => reflection.answer !== null)).toBe(true);
  });

  it('gives each prospect the warmest path, or the ways in when none reaches them', () => {
    const byId = new Map(view.prospects.map((prospect) => [prospect.id, prospect]));
    expect(byId.get('dana-ruiz')).toMatchObject({ access: 'direct', path: { introducer: null, hops: 1 } });
    expect(byId.get('lee-chen')).toMatchObject({
      access: 'introduced',
      path: { introducer: { id: 'ben-okafor' }, route: { raw: 'You → Ben Okafor (4/5) → Lee Chen (3/5)' } },
    });
    expect(byId.get('omar-haddad')).toMatchObject({ access: 'none', path: null, waysIn: { knownBy: [{ id: 'tom-weber' }] } });
  });

  it('suggests introductions with three wins and double opt-in drafts built from offers and needs', () => {
    expect(view.introductions.map((intro) => [intro.a.id, intro.b.id, intro.kind])).toEqual([
      ['grace-kim', 'ana-silva', 'mutual'],
      ['dana-ruiz', 'marco-rossi', 'mutual'],
    ]);
    const [first] = view.introductions;
    expect(Object.values(first!.wins).every((win) => win.raw.length > 0)).toBe(true);
    expect(first!.drafts.askA.to.raw).toBe('Grace Kim');
    expect(first!.drafts.askA.text).toContain('looking for web design');
    expect(first!.drafts.askA.text).toContain('Would you like me to introduce you?');
    expect(first!.drafts.askB.text).toContain('looking for bookkeeping');
    expect(first!.drafts.introduction.subject.raw).toBe('Introduction: Grace Kim and Ana Silva');
    expect(first!.drafts.introduction.text).toContain('each of you offers what the other needs');
    expect(first!.drafts.introduction.paragraphs.at(-1)!.raw).toBe('Warm regards, Sam');
  });

  it('shows the commands a reason suggests as inline code', async () => {
    const network = fixture();
    const stranger = { id: 'new-face', name: 'New Face', offers: network.me.needs ?? [] };
    const withStranger = await plan({ ...network, contacts: [...network.contacts, stranger] });
    const reasons = withStranger.collaborators.flatMap((collaborator) => collaborator.reasons).filter((reason) => reason.raw.includes('`conet path`'));
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason.md).toMatch(/(?<!\\)`conet path`/);
  });

  it('states each reason once, even when a need is also an ask', () => {
    for (const collaborator of view.collaborators) expect(new Set(collaborator.reasons.map((r) => r.raw)).size).toBe(collaborator.reasons.length);
  });

  it('scores the audit from the marked contacts and keeps your notes', () => {
    expect(view.audit.contrasts.map((c) => [c.topic, c.fromCount, c.toCount, c.percent])).toEqual([
      ['challengers', 2, 3, 60],
      ['growth', 4, 3, 43],
      ['hub', 3, 2, 40],
    ]);
    expect(view.audit.notes.commitment?.raw).toBe('Host a monthly call where my clients swap what works.');
    expect(view.audit.date).toBe('2024-05-15');
  });

  it('dates the audit notes only when there are notes', async () => {
    const undated = await plan({ ...fixture(), audit: { date: '2024-05-15' } });
    expect(undated.audit.date).toBeNull();
    expect(Object.values(undated.audit.notes).every((note) => note === null)).toBe(true);
  });

  it('dates the checklist from today: due things first, one prospect a day, give before asking', () => {
    const dates = view.actions.map((action) => action.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe(PLAN_TODAY);
    const find = (kind: string, contact: string) => view.actions.find((a) => a.kind === kind && a.contacts.includes(contact));
    expect(find('introduction', 'ines-moreau')).toMatchObject({ date: '2024-06-03', command: { raw: 'conet intro ben-okafor ines-moreau --status made' } });
    expect(find('give-first', 'lee-chen')).toMatchObject({ date: '2024-06-04', command: { raw: 'conet log lee-chen --gave 1' } });
    expect(find('request-path', 'lee-chen')).toMatchObject({ date: '2024-06-06', contacts: ['ben-okafor', 'lee-chen'] });
    expect(find('propose', 'grace-kim')).toMatchObject({ date: '2024-06-04', command: { raw: 'conet intro grace-kim ana-silva --status proposed' } });
    expect(find('ask', 'grace-kim')).toMatchObject({ command: { raw: 'conet log grace-kim --asked 1' } });
    // Done give-first actions are not scheduled again; the open one keeps its number.
    expect(view.actions.filter((a) => a.kind === 'give-first' && a.contacts[0] === 'ines-moreau').map((a) => a.command?.raw)).toEqual([
      'conet log ines-moreau --gave 2',
    ]);
  });

  it('dates an open introduction when it needs you, as `conet due` does: a week after proposing, two after making it', async () => {
    const network = fixture();
    const dated = (status: 'proposed' | 'made') => ({ ...network, introductions: [{ id: 'x', between: ['ben-okafor', 'ines-moreau'] as [string, string], status, date: PLAN_TODAY }] });
    const date = async (status: 'proposed' | 'made') => (await plan(dated(status))).actions.find((action) => action.kind === 'introduction')?.date;
    expect(await date('proposed')).toBe('2024-06-10');
    expect(await date('made')).toBe('2024-06-17');
  });

  it('asks the first introducer for the next person on a longer path, and drops the ask once it is logged', async () => {
    const text = [
      'version: 1',
      'contacts:',
      '  - {id: ann, name: Ann Broker}',
      '  - {id: cy, name: Cy Middle}',
      '  - {id: pat, name: Pat Prospect, prospect: true}',
      'relationships:',
      '  - {from: me, to: ann, strength: 4}',
      '  - {from: ann, to: cy, strength: 4}',
      '  - {from: cy, to: pat, strength: 4}',
      '',
    ].join('\n');
    const asks = (view: PlanView) => view.actions.filter((action) => action.kind === 'request-path');
    const before = asks(await plan(parseNetwork(text, 'paths.yaml')));
    expect(before.map((action) => [action.text.raw, action.command?.raw])).toEqual([
      ['Ask Ann Broker to introduce you to Cy Middle, on the way to Pat Prospect.', 'conet log ann --kind asked "introduction to cy, on the way to pat"'],
    ]);
    const logged = text.replace('  - {id: ann, name: Ann Broker}', '  - {id: ann, name: Ann Broker, interactions: [{date: "2025-05-01", kind: asked, note: "introduction to cy, on the way to pat"}]}');
    expect(asks(await plan(parseNetwork(logged, 'paths.yaml')))).toEqual([]);
    // Named by a whole word only: asking about a patent is not asking about "pat".
    const unrelated = logged.replace('note: "introduction to cy, on the way to pat"', 'note: "advice on a patent"');
    expect(asks(await plan(parseNetwork(unrelated, 'paths.yaml')))).toHaveLength(1);
  });

  it('draws you, the prospects, the paths and the introductions', () => {
    const lines = view.diagram.mermaid.split('\n');
    expect(lines[0]).toBe('flowchart LR');
    expect(lines).toContain('  you --> c_ben_okafor');
    expect(lines).toContain('  c_ben_okafor --> c_lee_chen');
    expect(lines).toContain('  c_grace_kim -.-|introduce| c_ana_silva');
    expect(lines).toContain('  class c_omar_haddad unreached');
  });

  it('is plain data: a JSON round trip changes nothing', () => {
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});

describe('buildPlan with missing parts', () => {
  it('names every missing part of an empty network, with the command that fills it', async () => {
    const view = await plan(emptyNetwork());
    expect(view.complete).toBe(false);
    expect(view.gaps.map((gap) => [gap.part, gap.command.raw])).toEqual([
      ['profile', 'conet init'],
      ['prospects', 'conet init'],
      ['relationships', 'conet link me <contact> --strength 4'],
      ['audit', 'conet init'],
    ]);
    expect(view).toMatchObject({ prospects: [], introductions: [], collaborators: [], actions: [], diagram: { empty: true } });
    expect(summariseGaps(view.gaps)).toBe(
      'The plan is missing your profile, challenging contacts, relationships, the self-audit: its "What is missing" section says which command fills each.',
    );
  });

  it('names prospects without reflections, point of view or give-first, and missing ties from you', () => {
    const network: Network = {
      ...emptyNetwork(),
      me: { name: 'Sam', asks: { help: ['a bookkeeper'] } },
      contacts: [
        { id: 'ada', name: 'Ada', prospect: true, reflections: { difference: 'Bigger.' } },
        { id: 'bo', name: 'Bo' },
      ],
      relationships: [{ from: 'ada', to: 'bo' }],
      audit: { date: '2024-01-01' },
    };
    expect(findGaps(network).map((gap) => [gap.part, gap.contact, gap.text.raw, gap.command.raw])).toEqual([
      ['prospects', null, '4 more challenging contacts (1 of 5 chosen).', 'conet init'],
      ['about', 'ada', 'How you know Ada, and their point of view.', 'conet edit ada --pov "…" --connection "…"'],
      ['reflections', 'ada', 'Reflections on Ada (1 of 5 answered).', 'conet reflect ada'],
      ['give-first', 'ada', 'Something to give Ada first.', 'conet init'],
      ['your-ties', null, 'Whom you know directly: no relationship starts from you, so no warm path can either.', 'conet link me <contact> --strength 4'],
    ]);
    // Only the half that is missing, with only its flag.
    const about = (contact: Network['contacts'][number]) => findGaps({ ...network, contacts: [contact] }).find((gap) => gap.part === 'about');
    expect(about({ id: 'ada', name: 'Ada', prospect: true, pointOfView: 'Buyer side.' })).toMatchObject({ text: { raw: 'How you know Ada.' }, command: { raw: 'conet edit ada --connection "…"' } });
    expect(about({ id: 'ada', name: 'Ada', prospect: true, connection: 'A client.' })).toMatchObject({ text: { raw: "Ada's point of view." }, command: { raw: 'conet edit ada --pov "…"' } });
  });

  it('escapes hostile names everywhere they are shown, keeping the raw text beside', async () => {
    const network = fixture();
    const hostile: Network = { ...network, contacts: network.contacts.map((c) => (c.id === 'grace-kim' ? { ...c, name: HOSTILE } : c)) };
    const view = await plan(hostile);
    // Every markdown string: the raw values, plain-text drafts and the diagram (tested apart) left out.
    const md = JSON.stringify(view, (key, value) => (['raw', 'text', 'mermaid'].includes(key) ? undefined : value));
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('*bold*');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt; \\\\*bold\\\\* \\\\[x\\\\](javascript:alert(1)) \\\\| pipe');
    expect(view.introductions[0]!.a.name.raw).toBe(HOSTILE);
    expect(view.diagram.mermaid).toContain('["#lt;script#gt;alert(1)#lt;/script#gt; *bold* [x](javascript:alert(1)) | pipe"]');
  });
});
