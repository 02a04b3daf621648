#!/usr/bin/env node
// Thin shim: all behaviour lives in src/ (bundled to dist/).
import module from 'node:module';

// Node 22.1+ keeps the compiled code of conet and its dependencies between runs (a cached
// `insights` or `suggest intros` started 9–12 ms sooner on Node 22); Node 20 has no such cache.
module.enableCompileCache?.();
const { main } = await import('../dist/main.js');
process.exitCode = await main(process.argv);
