// Bundles src/ into dist/ with esbuild, dependencies included (as installed from the lockfile):
// resolving and loading some twenty packages from node_modules on every run cost `conet --help`
// 10 ms and a command 10–20 ms more (measured). Louvain's packages and commander carry patches
// (patches/, applied by patch-package on install), which bundling keeps in dist/ wherever conet is
// installed. Code splitting keeps each command's heavy imports out of the start-up path.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { dirname, join } from 'node:path';

const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

// A fingerprint of the sources: cached analysis results are only reused by the build that made them.
const hash = createHash('sha1');
for (const file of (await readdir(new URL('../src', import.meta.url), { recursive: true })).sort()) {
  if (file.endsWith('.ts')) hash.update(file).update(await readFile(new URL(`../src/${file}`, import.meta.url)));
}
const buildId = `${version}+${hash.digest('hex').slice(0, 12)}`;

// Without the patch the bundle would still work, only slower: say so rather than ship it quietly.
const louvainIndex = await readFile(new URL('../node_modules/graphology-indices/louvain.js', import.meta.url), 'utf8');
if (!louvainIndex.includes('Typed arrays rather than objects keyed by community')) {
  throw new Error('node_modules/graphology-indices is not patched: run `npm install`, which applies patches/ (patch-package).');
}

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
const cli = await build({
  // The worker is an entry of its own: load-graph.ts starts it from dist/ by name.
  entryPoints: { main: 'src/cli/main.ts', 'graph-worker': 'src/cli/graph-worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Two packages stay in node_modules as published: parse-full-name ships no licence file to copy
  // into the notices below, and ical.js is under the MPL, whose files are best left whole.
  // A package named here stays external with its subpaths (esbuild matches package paths by prefix).
  external: ['parse-full-name', 'ical.js'],
  // Bundled CommonJS code calls `require` for Node's own modules, and write-file-atomic names its
  // temporary files from `__filename`: an ES module has neither.
  banner: {
    js: "import { createRequire as __conetRequire } from 'node:module'; import { fileURLToPath as __conetPath } from 'node:url'; const require = __conetRequire(import.meta.url); const __filename = __conetPath(import.meta.url);",
  },
  sourcemap: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __CONET_VERSION__: JSON.stringify(version), __CONET_BUILD__: JSON.stringify(buildId) },
  metafile: true,
  logLevel: 'warning',
});
// A bundled CommonJS module that requires a package left external would fail only when run.
for (const [file, output] of Object.entries(cli.metafile.outputs)) {
  if (file.endsWith('.js') && output.imports.some((entry) => entry.kind === 'require-call' && entry.external && !isBuiltin(entry.path))) {
    throw new Error(`${file} requires an external package from bundled CommonJS code: bundle that package too.`);
  }
}

// ── The map's browser code (`conet map`) ──
// sigma and graphology bundled for the browser as one minified script in dist/ (published with the
// package); `conet map` inlines it into the HTML page it writes, so the page works offline.
const mapClient = await build({
  entryPoints: ['src/map-client/main.ts'],
  outfile: 'dist/map-client.js',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  minify: true,
  legalComments: 'eof',
  metafile: true,
  logLevel: 'warning',
});

await writeNotices([cli, mapClient], 'dist/THIRD-PARTY-NOTICES.md');

/** The licence of every package with code in dist/ (their files carry no notice of their own). */
async function writeNotices(results, path) {
  const folders = new Set();
  for (const { metafile } of results) {
    for (const input of Object.keys(metafile.inputs)) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (match) folders.add(match[1]);
    }
  }
  const sections = [];
  for (const folder of [...folders].sort()) {
    const { name, version, license } = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'));
    const file = (await readdir(folder)).find((entry) => /^licen[cs]e/i.test(entry));
    if (!file) throw new Error(`${name} has no licence file to copy into ${path}.`);
    const text = (await readFile(join(folder, file), 'utf8')).trim();
    sections.push(`## ${name} ${version} (${license})\n\n\`\`\`\n${text}\n\`\`\`\n`);
  }
  await writeFile(path, `# Third-party code in ${dirname(path)}/\n\nconet's build bundles code from these packages.\n\n${sections.join('\n')}`);
}
