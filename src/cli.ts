/**
 * The command line: a commander program over the library. `main(io)` returns the exit code and
 * never calls process.exit, so tests run it in-process with fake streams.
 *
 * Exit codes: 0 parsed (warnings allowed); 1 the input has errors (or a file of a batch failed);
 * 2 could not run (usage, missing or unreadable file).
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { formatOf, loadAdapters, parseWith } from './parse.js';
import type { MinutesDocument } from './schema.js';
import { UnknownEncodingError } from './stages/decode.js';
import { toolVersion } from './version.js';
import { formatDiagnostic } from './write/diagnostic.js';
import { toJson } from './write/json.js';

/** The streams main() talks to. */
export interface IO {
  argv: string[];
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** A problem the user must fix before anything can run (exit 2). */
class UsageError extends Error {}

const FORMATS = ['json', 'markdown', 'ndjson'] as const;
type Format = (typeof FORMATS)[number];

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number ≥ 1');
  return n;
}

function byteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('must be a size such as 50MB, 200k or 1048576');
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] as string).toLowerCase()] as number;
  return Math.round(Number(m[1]) * scale);
}

/** Read all of a stream. */
async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

/** Write a file whole or not at all: a temporary file beside it, then a rename. */
export async function writeAtomic(path: string, data: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

async function render(doc: MinutesDocument, format: Format): Promise<string> {
  if (format === 'markdown') {
    // Markdown (unified/remark) is loaded only when asked for.
    const { toMarkdown } = await import('./write/markdown.js');
    return toMarkdown(doc);
  }
  if (format === 'ndjson') return `${JSON.stringify(doc)}\n`;
  return toJson(doc);
}

/** Run the command line; returns the exit code. */
export async function main(io: IO): Promise<number> {
  const out = (s: string) => io.stdout.write(s);
  const err = (s: string) => io.stderr.write(s);
  let exitCode = 0;

  const program = new Command();
  program
    .name('minutes')
    .description('Turn Chinese government meeting minutes (会议纪要) into validated, structured data.')
    .version(await version(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: out, writeErr: err })
    .showHelpAfterError('(run minutes --help for usage)');

  program
    .command('parse')
    .description('parse minutes (files, folders or globs; - or piped stdin) into JSON or Markdown')
    .argument('[inputs...]', 'input files, folders or globs; - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('json'))
    .option('-o, --output <file>', 'write the output to FILE (only when parsing succeeded)')
    .option('--out <dir>', 'batch: mirror the inputs under DIR, one output per input')
    .option('--encoding <name>', 'input encoding (utf-8, gb18030, gbk, big5, utf-16le …); detected by default')
    .option('-j, --jobs <n>', 'batch: worker threads', positiveInt)
    .option('-q, --quiet', 'batch: no progress bar or summary', false)
    .option('--report <file>', 'batch: write a JSON report of every file')
    .option('--max-size <size>', 'batch: skip files larger than this', byteSize, 50 * 1024 * 1024)
    .option('--force', 'batch: redo files whose output is up to date', false)
    .option('--ext', 'batch: parse files with unknown extensions as text', false)
    .option('-v, --verbose', 'also print info diagnostics', false)
    .action(async (inputs: string[], opts) => {
      exitCode = await parseCommand(inputs, opts, io);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output')
    .action(async () => {
      const [{ z }, { DocumentSchema }] = await Promise.all([import('zod'), import('./schema.js')]);
      out(`${JSON.stringify(z.toJSONSchema(DocumentSchema, { io: 'output' }), null, 2)}\n`);
    });

  program
    .command('eval')
    .description('measure accuracy against gold annotations: per-field precision, recall and F1')
    .argument('<gold-dir>', 'folder of gold JSON files')
    .option('--inputs <dir>', 'folder of the input documents', 'eval/inputs')
    .option('--soft', 'also report soft matching (Levenshtein ratio ≥ 0.9 for headings and titles)', false)
    .option('--json', 'print the results as JSON', false)
    .option('--verbose', 'list every miss and false positive', false)
    .action(async (goldDir: string, opts) => {
      const { runEval } = await import('./eval/index.js');
      exitCode = await runEval(
        { goldDir, inputsDir: opts.inputs, soft: opts.soft, json: opts.json, verbose: opts.verbose },
        async (path) => parseWith(await readFile(path), { path }, await loadAdapters(formatOf(path))),
        { write: out },
      );
    });

  try {
    await program.parseAsync(io.argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof UsageError || e instanceof UnknownEncodingError) {
      err(`minutes: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  return exitCode;
}

interface ParseOpts {
  format: Format;
  output?: string;
  out?: string;
  encoding?: string;
  jobs?: number;
  quiet: boolean;
  report?: string;
  maxSize: number;
  force: boolean;
  ext: boolean;
  verbose: boolean;
}

async function parseCommand(inputs: string[], opts: ParseOpts, io: IO): Promise<number> {
  const err = (s: string) => io.stderr.write(s);
  const single = inputs.length <= 1 && !opts.out && opts.format !== 'ndjson';
  const folder = inputs.length === 1 && inputs[0] !== '-' && (await isDirectory(inputs[0] as string));
  if (!single || folder) {
    if (opts.output) throw new UsageError(outputClash(inputs, folder));
    if (!opts.out && opts.format !== 'ndjson') {
      throw new UsageError(`'${inputs[0]}' is a folder or several inputs: use --out DIR or --format ndjson`);
    }
    const { runBatch } = await import('./batch/index.js');
    return runBatch(
      {
        inputs,
        out: opts.out ?? null,
        format: opts.format,
        jobs: opts.jobs ?? 0,
        quiet: opts.quiet,
        report: opts.report ?? null,
        maxSize: opts.maxSize,
        force: opts.force,
        encoding: opts.encoding ?? null,
        ext: opts.ext,
      },
      { stdout: io.stdout, stderr: io.stderr },
    );
  }

  const path = inputs[0] ?? '-';
  let bytes: Uint8Array;
  const shown = path === '-' ? '<stdin>' : path;
  if (path === '-') {
    if (io.stdin.isTTY) throw new UsageError('no input: give a file, or pipe text into standard input');
    bytes = await readAll(io.stdin);
  } else {
    try {
      bytes = await readFile(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : (e as Error).message;
      throw new UsageError(`cannot read '${path}': ${why}`);
    }
  }
  const format = path === '-' ? 'text' : formatOf(path);
  const doc = parseWith(bytes, { path: path === '-' ? null : path, encoding: opts.encoding ?? null, format }, await loadAdapters(format));
  const failed = doc.diagnostics.some((d) => d.severity === 'error');
  const paint = await painter(io.stderr);
  for (const d of doc.diagnostics) {
    if (d.severity === 'info' && !opts.verbose) continue;
    err(`${paint(d.severity, formatDiagnostic(shown, d))}\n`);
  }
  if (failed) {
    const first = doc.diagnostics.find((d) => d.severity === 'error');
    err(`minutes: ${shown}: not parsed (${first?.rule}); nothing written\n`);
    return 1;
  }
  const text = await render(doc, opts.format);
  if (opts.output) {
    try {
      await writeAtomic(opts.output, text);
    } catch (e) {
      throw new UsageError(`cannot write '${opts.output}': ${(e as Error).message}`);
    }
  } else await writeStdout(io.stdout, text);
  return 0;
}

/** The 'error' listener of stdout: {@link writeStdout} gets the write errors through its callback. */
function ignoreStdoutError(): void {}

/**
 * Write `text` to stdout. A reader that went away (EPIPE, as with `| head`) ends the output
 * quietly; another write error is a usage error (exit 2).
 */
async function writeStdout(stdout: IO['stdout'], text: string): Promise<void> {
  // The stream also emits 'error' after the callback; with no listener that event would crash the process.
  if (!stdout.listeners('error').includes(ignoreStdoutError)) stdout.on('error', ignoreStdoutError);
  const error = await new Promise<Error | null | undefined>((done) => stdout.write(text, done));
  const code = (error as NodeJS.ErrnoException | null | undefined)?.code;
  if (error && code !== 'EPIPE' && code !== 'ERR_STREAM_DESTROYED') throw new UsageError(`cannot write to standard output: ${error.message}`);
}

/** The usage message for -o with a folder, several inputs, --out or --format ndjson, naming the inputs. */
function outputClash(inputs: string[], folder: boolean): string {
  const advice = '-o/--output takes one file; use --out DIR for several';
  if (folder) return `'${inputs[0]}' is a folder: ${advice}`;
  if (inputs.length > 1) {
    const shown = inputs.slice(0, 3).map((i) => `'${i}'`).join(', ') + (inputs.length > 3 ? ', …' : '');
    return `${shown} are ${inputs.length} inputs: ${advice}`;
  }
  return '-o/--output cannot be combined with --out or --format ndjson; use one of them';
}

/**
 * Colours diagnostic lines by severity when stderr is a terminal that takes colour (chalk reads
 * NO_COLOR / FORCE_COLOR); plain text otherwise, so logs and pipes stay clean.
 */
async function painter(stderr: IO['stderr']): Promise<(severity: string, line: string) => string> {
  if (!stderr.isTTY) return (_severity, line) => line;
  const { Chalk, supportsColorStderr } = await import('chalk');
  const chalk = new Chalk({ level: supportsColorStderr ? supportsColorStderr.level : 0 });
  return (severity, line) => (severity === 'error' ? chalk.red(line) : severity === 'warning' ? chalk.yellow(line) : chalk.dim(line));
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function version(): Promise<string> {
  return toolVersion();
}
