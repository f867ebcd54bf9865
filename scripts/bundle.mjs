#!/usr/bin/env node
// Bundles the command line and the batch worker into dist/bundle/ (ESM, code-split), so a start
// loads a few files instead of hundreds of modules. Markdown, HTML and eval code stay in chunks
// loaded only when asked for. The library (dist/index.js) is left as tsc wrote it.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bundle', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts', worker: 'src/batch/worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  minify: true,
  keepNames: false,
  logLevel: 'warning',
  // CommonJS dependencies (iconv-lite, commander) call require(); give ESM chunks one.
  banner: { js: "import { createRequire as __minutesRequire } from 'node:module'; const require = __minutesRequire(import.meta.url);" },
});
