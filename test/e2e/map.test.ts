// `conet map` end to end: the command writes one HTML file, and that file, opened in headless
// Chromium, draws the network, finds contacts, stays offline and shows hostile names as plain text.
// Needs `npm run build` first (npm test does): the page inlines dist/map-client.js.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Network } from '../../src/core/model.js';
import { isolatedEnv, ROOT, runBinary, runConet, useTempDir } from '../helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const HOSTILE = '<img src=x onerror=window.__pwned=1><script>window.__pwned=1</script>';
const HOSTILE_ID = 'hostile';

function smallNetwork(): Network {
  return {
    version: 1,
    me: { name: 'Sam Rivera', offers: ['coaching'], needs: ['bookkeeping'] },
    contacts: [
      { id: 'ada', name: 'Ada Lovelace', org: 'Analytical Engines', offers: ['compilers'], needs: ['brand design'], prospect: true },
      { id: 'alan', name: 'Alan Turing', tags: ['math'] },
      { id: 'anne', name: 'Anne Easley' },
      { id: 'grace', name: 'Grace Hopper', offers: ['brand design'], needs: ['compilers'] },
      { id: 'hedy', name: 'Hedy Lamarr' },
      { id: HOSTILE_ID, name: HOSTILE },
      { id: 'zed', name: 'Zed Shaw', status: 'not-a-collaborator' },
    ],
    relationships: [
      { from: 'ada', to: 'alan', strength: 4 },
      { from: 'alan', to: 'anne', strength: 4 },
      { from: 'anne', to: 'ada', strength: 3 },
      { from: 'grace', to: 'hedy', strength: 4 },
      { from: 'hedy', to: HOSTILE_ID, strength: 3 },
      { from: HOSTILE_ID, to: 'grace', strength: 4 },
      { from: 'me', to: 'ada', strength: 5 },
      { from: 'me', to: 'grace', strength: 4 },
      { from: 'me', to: 'zed', strength: 2 },
    ],
  };
}

function writeNetwork(dir: string): NodeJS.ProcessEnv {
  const file = join(dir, 'network.yaml');
  writeFileSync(file, stringify(smallNetwork()));
  return isolatedEnv(dir, { CONET_FILE: file, CONET_TODAY: '2026-06-01' });
}

describe('conet map', () => {
  const tempDir = useTempDir();

  it('writes conet-map.html in the current folder, and never replaces a file without --force', async () => {
    const dir = tempDir();
    const env = writeNetwork(dir);
    const first = await runConet(['map'], { cwd: dir, env });
    expect(first.code, first.stderr).toBe(0);
    const page = join(dir, 'conet-map.html');
    expect(first.stdout.trim()).toBe(page);
    expect(first.stderr).toMatch(/7 contacts/);
    expect(readFileSync(page, 'utf8')).toMatch(/^<!doctype html>/);

    writeFileSync(page, 'mine');
    const refused = await runConet(['map'], { cwd: dir, env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already exists; pass --force/);
    expect(readFileSync(page, 'utf8')).toBe('mine');

    const forced = await runConet(['map', '--force'], { cwd: dir, env });
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(page, 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('writes where --out says, names a missing folder, and never writes over the network file', async () => {
    const dir = tempDir();
    const env = writeNetwork(dir);
    expect((await runConet(['map', '--out', 'map.html'], { cwd: dir, env })).code).toBe(0);
    expect(existsSync(join(dir, 'map.html'))).toBe(true);
    const missing = await runConet(['map', '--out', 'nowhere/map.html'], { cwd: dir, env });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/folder for nowhere\/map\.html does not exist/);
    const overData = await runConet(['map', '--out', 'network.yaml', '--force'], { cwd: dir, env });
    expect(overData.code).toBe(2);
    expect(readFileSync(join(dir, 'network.yaml'), 'utf8')).toMatch(/^version: 1/);
  });
});

const chromiumMissing = existsSync(CHROMIUM) ? '' : ` (skipped: no Chromium at ${CHROMIUM}; install it with \`apt-get install -y chromium\`)`;
if (chromiumMissing) console.warn(`conet map browser tests${chromiumMissing}`);

describe.skipIf(chromiumMissing !== '')(`the map in headless Chromium${chromiumMissing}`, { timeout: 60_000 }, () => {
  let dir: string;
  let mapUrl: string;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'conet-map-'));
    // The built binary, exactly as a user runs it.
    const result = runBinary(['map', '--out', 'map.html'], { cwd: dir, env: writeNetwork(dir) });
    expect(result.code, result.stderr).toBe(0);
    mapUrl = pathToFileURL(join(dir, 'map.html')).href;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    // Every request is recorded, and anything but the file itself is refused; so is every error.
    page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.request().url() === mapUrl ? route.continue() : route.abort();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(mapUrl);
    await page.waitForSelector('#map[data-ready="true"]', { timeout: 20_000 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('draws every node, finds a contact by search, and makes no network request', async () => {
    const counts = await page.evaluate(() => ({ nodes: window.conetMap!.nodeCount, edges: window.conetMap!.edgeCount, intros: window.conetMap!.introductionCount }));
    expect(counts).toEqual({ nodes: 8, edges: 9, intros: expect.any(Number) });
    expect(counts.intros).toBeGreaterThan(0);
    expect(await page.getAttribute('#map', 'data-node-count')).toBe('8');

    // The canvas really shows something: many colours, and your node's dark colour where you are.
    const you = await page.evaluate(() => window.conetMap!.locate('me')!);
    const pixels = inspectPng(await page.locator('#map').screenshot(), you);
    expect(pixels.distinctColours).toBeGreaterThan(20);
    expect(pixels.nonWhite).toBeGreaterThan(500);
    expect(Math.max(...pixels.at)).toBeLessThan(80);

    // Search through the box, as a user would.
    await page.fill('#search', 'hopp');
    await page.click('#matches button');
    expect(await page.getAttribute('#map', 'data-selected')).toBe('grace');
    await page.mouse.move(1, 1);
    expect(await page.textContent('#details h2')).toBe('Grace Hopper');
    expect(await page.textContent('#details')).toMatch(/Introduce to Ada Lovelace/);
    // And through the test hook.
    expect(await page.evaluate(() => window.conetMap!.search('lovelace'))).toBe('ada');
    expect(await page.evaluate(() => window.conetMap!.search('nobody at all'))).toBeNull();

    // Pointing at a contact shows their details (once the camera has arrived on Ada).
    await page.waitForTimeout(600);
    const alan = await page.evaluate(() => window.conetMap!.locate('alan')!);
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.move(box.x + alan.x, box.y + alan.y);
    await expect.poll(() => page.textContent('#details h2')).toBe('Alan Turing');

    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-artifacts', 'map.png') });
    expect(requests).toEqual([mapUrl]);
    expect(errors).toEqual([]);
  });

  it('shows a hostile name as text and never runs it', async () => {
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => window.conetMap!.search('onerror'))).toBe(HOSTILE_ID);
    await page.mouse.move(1, 1);
    expect(await page.textContent('#details h2')).toBe(HOSTILE);
    await page.fill('#search', 'window.__pwned');
    expect(await page.textContent('#matches')).toContain(HOSTILE);
    expect(await page.evaluate(() => ({ images: document.images.length, scripts: document.scripts.length }))).toEqual({ images: 0, scripts: 2 });
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(requests).toEqual([mapUrl]);
    expect(errors).toEqual([]);
  });
});

/**
 * Decodes an 8-bit RGB or RGBA PNG (what Chromium's screenshots are): how many colours it has,
 * how many pixels are not white, and the colour at one point.
 */
function inspectPng(png: Buffer, point: { x: number; y: number }) {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const compressed: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || (body[9] !== 2 && body[9] !== 6) || body[12] !== 0) throw new Error('Only 8-bit, non-interlaced RGB(A) PNGs are handled.');
      channels = body[9] === 6 ? 4 : 3;
    }
    if (type === 'IDAT') compressed.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(compressed));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const upLeft = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      const predictors = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)];
      pixels[y * stride + x] = (value + predictors[filter]!) & 0xff;
    }
  }
  const colours = new Set<number>();
  let nonWhite = 0;
  for (let i = 0; i < pixels.length; i += channels) {
    const colour = (pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!;
    colours.add(colour);
    if (colour !== 0xffffff) nonWhite++;
  }
  const at = (Math.round(point.y) * width + Math.round(point.x)) * channels;
  return { distinctColours: colours.size, nonWhite, at: [pixels[at]!, pixels[at + 1]!, pixels[at + 2]!] };
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const [toLeft, toUp, toUpLeft] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
  return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
}
