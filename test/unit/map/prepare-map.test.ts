// The map's data preparation and page, without a browser: what is drawn, how it is escaped, and
// that the same network always gives the same map.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  displayFor,
  escapeInlineScript,
  layoutIterations,
  MAP_COLORS,
  MAP_DATA_ELEMENT_ID,
  prepareMap,
  renderMapPage,
  serializeForScript,
  type MapData,
} from '../../../src/core/map/index.js';
import { buildGraph } from '../../../src/core/graph/index.js';
import type { Network } from '../../../src/core/model.js';
import { network } from '../graph/networks.js';

const TODAY = new Date('2026-06-01T12:00:00Z');
const HOSTILE = '<img src=x onerror=window.__pwned=1><script>window.__pwned=1</script>';

/**
 * Two circles of three, each tied to you, plus a prospect and someone let go. Ada (first circle)
 * needs what Bea (second circle) offers and the other way round: the obvious introduction.
 */
function twoCircles() {
  return network({
    me: { name: 'Sam', offers: ['coaching'] },
    contacts: [
      { id: 'ada', name: 'Ada Lovelace', offers: ['compilers'], needs: ['brand design'], org: 'Engines & Co' },
      { id: 'alan', name: 'Alan Turing' },
      { id: 'anne', name: 'Anne Easley' },
      { id: 'bea', name: 'Bea Arthur', offers: ['brand design'], needs: ['compilers'] },
      { id: 'bob', name: 'Bob Ross', prospect: true },
      { id: 'bill', name: HOSTILE },
      { id: 'zed', name: 'Zed Shaw', status: 'not-a-collaborator' },
    ],
    ties: [
      ['ada', 'alan', 4],
      ['alan', 'anne', 4],
      ['anne', 'ada', 4],
      ['bea', 'bob', 4],
      ['bob', 'bill', 4],
      ['bill', 'bea', 4],
      ['me', 'ada', 5],
      ['me', 'bea', 4],
      ['me', 'zed', 2],
    ],
  });
}

function mapOf(input: Network): MapData {
  return prepareMap(input, buildGraph(input), { today: TODAY });
}

const prepare = () => mapOf(twoCircles());
const node = (data: MapData, id: string) => data.nodes.find((candidate) => candidate.id === id)!;

describe('prepareMap', () => {
  it('draws you and every contact, with every tie', () => {
    const data = prepare();
    expect(data.nodes.map((entry) => entry.id).sort()).toEqual(['ada', 'alan', 'anne', 'bea', 'bill', 'bob', 'me', 'zed']);
    expect(data.ties).toHaveLength(9);
    for (const [a, b, strength] of data.ties) {
      expect(data.nodes[a]).toBeDefined();
      expect(data.nodes[b]).toBeDefined();
      expect(strength).toBeGreaterThanOrEqual(1);
    }
    expect(data.title).toBe("Sam's network");
  });

  it('keeps you fixed at the centre and places everyone else somewhere distinct', () => {
    const data = prepare();
    expect(node(data, 'me')).toMatchObject({ x: 0, y: 0, kind: 'me', color: MAP_COLORS.me });
    const places = data.nodes.map((entry) => `${entry.x},${entry.y}`);
    expect(new Set(places).size).toBe(places.length);
    for (const entry of data.nodes) expect(Number.isFinite(entry.x) && Number.isFinite(entry.y)).toBe(true);
    expect(data.layout.iterations).toBeGreaterThan(0);
  });

  it('gives the same map for the same network, run after run', () => {
    expect(JSON.stringify(prepare())).toBe(JSON.stringify(prepare()));
  });

  it('colours each circle and names it in the legend', () => {
    const data = prepare();
    expect(data.legend.communities).toHaveLength(2);
    expect(node(data, 'ada').color).toBe(node(data, 'anne').color);
    expect(node(data, 'bea').color).toBe(node(data, 'bob').color);
    expect(node(data, 'ada').color).not.toBe(node(data, 'bea').color);
    const adaCircle = data.legend.communities[node(data, 'ada').community!]!;
    expect(adaCircle).toMatchObject({ color: node(data, 'ada').color, size: 3 });
    expect(adaCircle.label).toMatch(/'s circle$/);
  });

  it('marks prospects and contacts let go, and sizes the well-connected larger', () => {
    const data = prepare();
    expect(node(data, 'bob').kind).toBe('prospect');
    expect(node(data, 'zed')).toMatchObject({ kind: 'let-go', color: MAP_COLORS.letGo });
    expect(node(data, 'ada').size).toBeGreaterThan(node(data, 'zed').size);
  });

  it('highlights the suggested introduction and explains it on both contacts', () => {
    const data = prepare();
    const pairs = data.introductions.map((intro) => [data.nodes[intro.a]!.id, data.nodes[intro.b]!.id].sort().join('+'));
    expect(pairs).toContain('ada+bea');
    const intro = data.introductions[pairs.indexOf('ada+bea')]!;
    expect(intro.reasons.join(' ')).toMatch(/compilers/);
    expect(node(data, 'ada').suggestions.map((suggestion) => suggestion.title)).toContainEqual(expect.stringMatching(/^Introduce to Bea Arthur/));
    expect(node(data, 'bea').suggestions.map((suggestion) => suggestion.title)).toContainEqual(expect.stringMatching(/^Introduce to Ada Lovelace/));
    // Contacts let go are never suggested.
    expect(data.introductions.some((entry) => data.nodes[entry.a]!.id === 'zed' || data.nodes[entry.b]!.id === 'zed')).toBe(false);
  });

  it("lists a contact's details as label and value pairs", () => {
    expect(node(prepare(), 'ada').details).toEqual(
      expect.arrayContaining([
        ['Organisation', 'Engines & Co'],
        ['Offers', 'compilers'],
        ['Ties', '2 with your contacts, 5/5 with you'],
      ]),
    );
  });

  it('lays out a network with no ties at all', () => {
    const data = mapOf(network({ contacts: [{ id: 'solo' }] }));
    expect(data.nodes).toHaveLength(2);
    expect(data.layout.iterations).toBe(0);
  });
});

describe('layout and drawing settings by size', () => {
  it('gives large networks fewer layout iterations, within bounds', () => {
    expect(layoutIterations(10, 20)).toBe(300);
    expect(layoutIterations(5_000, 15_000)).toBe(50);
    expect(layoutIterations(30_001, 105_000)).toBe(7);
    expect(layoutIterations(1_000_000, 3_000_000)).toBe(5);
  });

  it('culls labels and hides ties while moving on large networks only', () => {
    expect(displayFor(100)).toMatchObject({ hideEdgesOnMove: false });
    expect(displayFor(30_001)).toMatchObject({ hideEdgesOnMove: true });
    expect(displayFor(30_001).labelRenderedSizeThreshold).toBeGreaterThan(displayFor(100).labelRenderedSizeThreshold);
  });
});

describe('escaping', () => {
  it('serialises data so no text can close the script element', () => {
    const data = { name: HOSTILE, other: 'a & b > c\u2028d\u2029' };
    const text = serializeForScript(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003cscript\\u003e');
    expect(JSON.parse(text)).toEqual(data);
  });

  it('keeps the inlined code from ending its script element', () => {
    const code = 'const a="</script><!--";const b=`</SCRIPT>`;const c=/<\\/script><!--/u.test(a);';
    const escaped = escapeInlineScript(code);
    expect(escaped).not.toMatch(/<\/script|<!--/i);
    expect(new Function(`${escaped}; return [a, b, c];`)()).toEqual(['</script><!--', '</SCRIPT>', true]);
  });

  it('writes names only inside the escaped data, and allows only the inlined script to run', () => {
    const clientScript = 'window.loaded = "</script>";';
    const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');
    const html = renderMapPage({ data: prepare(), clientScript, sha256 });
    expect(html).not.toContain(HOSTILE);
    expect(html.match(/<script\b/g)).toHaveLength(2);
    const dataElement = new RegExp(`<script type="application/json" id="${MAP_DATA_ELEMENT_ID}">([^<]*)</script>`);
    const data = html.match(dataElement)![1]!;
    expect(node(JSON.parse(data) as MapData, 'bill').label).toBe(HOSTILE);
    expect(html.replace(dataElement, '')).not.toContain('Ada Lovelace');
    const inlined = html.match(/<script>([\s\S]*?)<\/script>/)![1]!;
    expect(html).toContain(`script-src 'sha256-${sha256(inlined)}'`);
    expect(html).toContain("default-src 'none'");
    // Nothing to fetch: no external scripts, styles, images or fonts.
    expect(html.replace(dataElement, '')).not.toMatch(/\b(src|href)=|https?:\/\/|@import|url\(/);
  });
});
