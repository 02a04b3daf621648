// Bundles src/ into dist/ with esbuild. Dependencies stay external (installed from the lockfile),
// but for Louvain's: it carries a patch (patches/, applied by patch-package on install), which
// bundling keeps in dist/ wherever conet is installed. Code splitting keeps each command's heavy
// imports out of the start-up path.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';

const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

// A fingerprint of the sources: cached analysis results are only reused by the build that made them.
const hash = createHash('sha1');
for (const file of (await readdir(new URL('../src', import.meta.url), { recursive: true })).sort()) {
  if (file.endsWith('.ts')) hash.update(file).update(await readFile(new URL(`../src/${file}`, import.meta.url)));
}
const buildId = `${version}+${hash.digest('hex').slice(0, 12)}`;

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  // The worker is an entry of its own: load-graph.ts starts it from dist/ by name.
  entryPoints: { main: 'src/cli/main.ts', 'graph-worker': 'src/cli/graph-worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  plugins: [externalDependencies(/^(graphology-communities-louvain|graphology-indices|graphology-utils|mnemonist|obliterator|pandemonium)(\/|$)/)],
  sourcemap: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __CONET_VERSION__: JSON.stringify(version), __CONET_BUILD__: JSON.stringify(buildId) },
  logLevel: 'warning',
});

// ── The map's browser code (`conet map`) ──
// sigma and graphology bundled for the browser as one minified script in dist/ (published with the
// package); `conet map` inlines it into the HTML page it writes, so the page works offline.
await build({
  entryPoints: ['src/map-client/main.ts'],
  outfile: 'dist/map-client.js',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  minify: true,
  legalComments: 'eof',
  logLevel: 'warning',
});

/** Every package import stays external (as `packages: 'external'`) but for those matching `bundled`. */
function externalDependencies(bundled) {
  return {
    name: 'external-dependencies',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, ({ path }) => (bundled.test(path) ? undefined : { path, external: true }));
    },
  };
}
