#!/usr/bin/env node
// Thin shim: all behaviour lives in src/ (bundled to dist/).
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv);
