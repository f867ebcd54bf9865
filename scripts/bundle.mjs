#!/usr/bin/env node
// Bundles the command line for a fast start (dist/bundle/):
//
// - cli.cjs: what every run needs (commander, the parser, the output validator, the JSON writer)
//   as one CommonJS file, so that bin/minutes.js can compile it with a V8 code cache;
// - cli.cjs.cache: that code cache, made here by parsing a bundled fixture once, so that the
//   functions a parse runs are stored compiled (Node 20 has no compile cache of its own). A Node
//   whose V8 or flags differ rejects it and compiles the source as usual;
// - ESM entries, code-split, for what only some runs load: the batch converter and its worker,
//   the Markdown writer, the Markdown and HTML readers, eval and the zod schema. cli.cjs imports
//   them (and npm packages other than commander) at run time.
//
// The library (dist/index.js) is left as tsc wrote it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { build } from 'esbuild';
import { loadCli } from '../bin/load-cli.cjs';

const OUT = 'dist/bundle';
const minify = process.env.BUNDLE_MINIFY !== '0';

/** Modules loaded only on demand: source file → entry name of the ESM build. */
const LAZY = {
  'src/batch/index.ts': 'batch',
  'src/batch/worker.ts': 'worker',
  'src/write/markdown.ts': 'markdown-writer',
  'src/input/markdown.ts': 'markdown-reader',
  'src/input/html.ts': 'html-reader',
  'src/eval/index.ts': 'eval',
  'src/schema.ts': 'schema',
};

rmSync(OUT, { recursive: true, force: true });
const shared = { bundle: true, platform: 'node', target: 'node20', sourcemap: 'linked', minify, logLevel: 'warning' };

await build({
  ...shared,
  entryPoints: Object.fromEntries(Object.entries(LAZY).map(([file, name]) => [name, file])),
  outdir: OUT,
  splitting: true,
  format: 'esm',
  // CommonJS dependencies (iconv-lite, commander) call require(); give ESM chunks one.
  banner: { js: "import { createRequire as __minutesRequire } from 'node:module'; const require = __minutesRequire(import.meta.url);" },
});

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
/** Imports of a lazy module from the CLI become imports of its ESM entry, at run time. */
const lazyEntries = {
  name: 'lazy-entries',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData === 'lazy-entries') return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'lazy-entries' });
      const rel = resolved.path.slice(process.cwd().length + 1);
      const name = LAZY[rel];
      if (!name) return undefined;
      if (args.kind !== 'dynamic-import') throw new Error(`${args.importer} imports ${rel} statically; it is loaded on demand`);
      return { path: `./${name}.js`, external: true };
    });
  },
};
await build({
  ...shared,
  entryPoints: { cli: 'src/cli.ts' },
  outExtension: { '.js': '.cjs' },
  outdir: OUT,
  format: 'cjs',
  external: Object.keys(pkg.dependencies).filter((name) => name !== 'commander'),
  plugins: [lazyEntries],
  // import.meta.url of the CommonJS bundle: its own file.
  define: { 'import.meta.url': '__minutesUrl' },
  banner: { js: "const __minutesUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// Dynamic imports run through the loader (a module Node compiled itself): V8 does not keep the
// import callback of a script compiled from a code cache made in another process.
const cliFile = `${OUT}/cli.cjs`;
const imports = /\bimport\("([^"]+)"\)/g;
const bundled = readFileSync(cliFile, 'utf8').replace(imports, (_all, specifier) => `__minutesImport(${JSON.stringify(specifier)})`);
if (/\bimport\(/.test(bundled)) throw new Error(`${cliFile}: an import() the loader does not handle`);
writeFileSync(cliFile, bundled);

// The code cache: compile and run the CLI once on a bundled fixture, then store what V8 compiled.
const { main, script } = loadCli({ cache: false });
const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
const code = await main({ argv: ['parse', 'fixtures/standing-meeting-seed.txt'], stdin: process.stdin, stdout: sink(), stderr: sink() });
if (code !== 0) throw new Error(`bundle check: minutes parse of the seed exited with ${code}`);
writeFileSync(`${OUT}/cli.cjs.cache`, script.createCachedData());
