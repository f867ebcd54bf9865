/**
 * Time per pipeline stage on one document, warm, with the compiled stages of dist/ (or DIST):
 * `tsx bench/stages.ts [FILE] [--dist DIR] [--ms M]`. Each stage runs on the previous stage's
 * output, repeated for at least M ms (default 1000) after a warm-up; prints process CPU ms per
 * call, as a multiple of the floor of bench/run.ts (read + decode + split + one regex pass) and as
 * a share of the sum of the stages. The chain mirrors src/pipeline.ts (text input, no extraction).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const dist = path.resolve(opt('--dist') ?? path.join(ROOT, 'dist'));
const ms = Number(opt('--ms') ?? 1000);
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? path.join(ROOT, 'fixtures/standing-meeting-seed.txt');
const load = (m: string) => import(pathToFileURL(path.join(dist, m)).href);

const { Collector } = await load('diagnostics.js');
const { LineCounter } = await load('line-counter.js');
const { decode } = await load('stages/decode.js');
const { normalise } = await load('stages/normalise.js');
const { splitLines } = await load('stages/lines.js');
const { unwrap } = await load('stages/unwrap.js');
const { build } = await load('stages/build.js');
const { extractValues } = await load('stages/extract.js');
// The validator the pipeline runs: the generated one when there is one, else the zod schema.
const validator = await load('validate.js').catch(() => null);
const validate: (doc: unknown) => unknown = validator?.schemaProblems ?? (await load('schema.js')).DocumentSchema.safeParse;
const { parse } = await load('index.js');

const bytes = readFileSync(file);
const text: string = decode(bytes, { encoding: null }).text;
const toSource = (i: number) => i;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
function time(fn: () => unknown, budget: number): number {
  let n = 0;
  const t0 = performance.now();
  const c0 = cpuMs();
  while (performance.now() - t0 < budget || n < 5) {
    fn();
    n++;
  }
  return (cpuMs() - c0) / n;
}

const normalised: string = normalise(text);
const lines = splitLines(text);
const counter = new LineCounter(text);
const ctx = () => ({ original: text, normalised, counter, toSource, file: new Collector() });
const blocks = unwrap(lines, text, normalised, new Collector());
const built = build(blocks, ctx());
const doc = parse(bytes, { path: 'x' });

const decoder = new TextDecoder('utf-8', { fatal: true });
const stages: Array<[string, () => unknown]> = [
  ['floor', () => decoder.decode(readFileSync(file)).split(/\r\n|\r|\n/).length + (/会议(指出|强调|议定)/g.exec(text) ? 1 : 0)],
  ['decode', () => decode(bytes, { encoding: null })],
  ['normalise', () => normalise(text)],
  ['lines', () => splitLines(text)],
  ['line-counter', () => new LineCounter(text)],
  ['unwrap', () => unwrap(lines, text, normalised, new Collector())],
  ['build', () => build(blocks, ctx())],
  ['extract', () => extractValues(built, ctx())],
  ['validate', () => validate(doc)],
  ['parse (all)', () => parse(bytes, { path: 'x' })],
];
for (const [, fn] of stages) time(fn, 200);
const got = stages.map(([name, fn]) => [name, time(fn, ms)] as const);
const sum = got.slice(1, -1).reduce((n, [, t]) => n + t, 0);
const floor = got[0]?.[1] ?? NaN;
for (const [name, t] of got) {
  const share = name === 'parse (all)' || name === 'floor' ? '' : `${((t / sum) * 100).toFixed(1).padStart(5)}%`;
  console.log(`${name.padEnd(12)} ${t.toFixed(3).padStart(8)} ms  ${(t / floor).toFixed(2).padStart(6)}× floor  ${share}`);
}
