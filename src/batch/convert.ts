/**
 * The per-file work of a batch: bytes in, one output document out, with a status. Runs in the
 * main thread (`--jobs 1`) or in a worker thread; it is synchronous once the library is loaded.
 */
import { type Adapters, loadAdapters, type ParseOptions } from '../parse.js';
import type { MinutesDocument } from '../schema.js';

/** Output formats a batch writes. */
export type OutputFormat = 'json' | 'markdown' | 'ndjson';

/** Input formats the parser reads, chosen by file extension. */
export type InputFormat = 'text' | 'markdown' | 'html';

/** How one file went. `skipped` is only used by the batch (up to date, unknown extension). */
export type FileStatus = 'ok' | 'warnings' | 'failed' | 'skipped';

/** What {@link convertOne} returns. */
export interface Converted {
  /** The document in the requested format ('' when failed); one line ending in "\n" for ndjson. */
  output: string;
  status: Exclude<FileStatus, 'skipped'>;
  /** Number of diagnostics in the document (all severities). */
  diagnosticsCount: number;
  /** Why the file failed, else null. */
  error: string | null;
}

/** The parts of the library a batch uses. */
export interface Library {
  /** `sha256`: the input's hash when the caller has it (it is not computed again). */
  parse(input: Uint8Array, options: ParseOptions, sha256?: string | null): MinutesDocument;
  toJson(doc: MinutesDocument): string;
  toMarkdown(doc: MinutesDocument): string;
}

/** Diagnostics that mean the input could not be read as text: no output is written. */
const INPUT_FAILURES = new Set(['empty-input', 'binary-input', 'decode-invalid']);

/** Extensions read without `--ext`, and the input format each means. */
export const KNOWN_EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/**
 * The input format a path's extension names (case-insensitive), or null for an unknown one.
 *
 * @param relPath the input path
 */
export function inputFormatOf(relPath: string): InputFormat | null {
  const match = /\.[^./\\]+$/.exec(relPath);
  return match ? (KNOWN_EXTENSIONS[match[0].toLowerCase()] ?? null) : null;
}

let library: Library | null = null;
/** The input readers loaded so far (the parser reads a format without one as plain text). */
const adapters: Adapters = {};
let markdownWriter: ((doc: MinutesDocument) => string) | null = null;

/**
 * Load what converting inputs of the given formats to `format` needs, each part once: the parser
 * and the JSON writer always; the Markdown writer, and the Markdown and HTML readers (unified,
 * remark, rehype), only when a batch asks for them. Call it with a file's input format before
 * converting the file.
 *
 * @param format the output format
 * @param inputs input formats about to be converted
 * @returns the loaded library
 */
export async function loadLibrary(format: OutputFormat = 'json', inputs: Iterable<InputFormat> = []): Promise<Library> {
  if (library === null) {
    const [{ parseWith }, { toJson }] = await Promise.all([import('../parse.js'), import('../write/json.js')]);
    library ??= {
      parse: (input, options, sha256) => parseWith(input, options, adapters, sha256 ?? null),
      toJson,
      toMarkdown: (doc) => {
        if (markdownWriter === null) throw new Error('the Markdown writer is not loaded');
        return markdownWriter(doc);
      },
    };
  }
  if (format === 'markdown' && markdownWriter === null) markdownWriter = (await import('../write/markdown.js')).toMarkdown;
  for (const input of new Set(inputs)) {
    if (input !== 'text' && adapters[input] === undefined) Object.assign(adapters, await loadAdapters(input));
  }
  return library;
}

/**
 * Parse one file and render it in `format`; input problems become a `failed` status, never a throw.
 *
 * @param bytes the file content
 * @param relPath the path recorded in the document (`source.path`) and used to pick the input format
 * @param format the output format
 * @param encoding a forced encoding name, or null to detect
 * @param lib the library; defaults to the one {@link loadLibrary} loaded
 * @param sha256 SHA-256 (lowercase hex) of `bytes` when the caller has computed it
 * @returns the output text, the status and the diagnostics count
 */
export function convertOne(
  bytes: Uint8Array,
  relPath: string,
  format: OutputFormat,
  encoding: string | null,
  lib: Library | null = library,
  sha256: string | null = null,
): Converted {
  if (lib === null) return { output: '', status: 'failed', diagnosticsCount: 0, error: 'internal error: the library is not loaded' };
  try {
    const options: { path: string; format: InputFormat; encoding?: string } = {
      path: relPath,
      format: inputFormatOf(relPath) ?? 'text',
    };
    if (encoding !== null) options.encoding = encoding;
    const doc = lib.parse(bytes, options, sha256);
    const diagnostics = doc.diagnostics;
    const fatal = diagnostics.find((d) => d.severity === 'error' && INPUT_FAILURES.has(d.rule));
    if (fatal) return { output: '', status: 'failed', diagnosticsCount: diagnostics.length, error: `${fatal.rule}: ${fatal.message}` };
    const output = format === 'json' ? lib.toJson(doc) : format === 'markdown' ? lib.toMarkdown(doc) : `${JSON.stringify(doc)}\n`;
    const status = diagnostics.some((d) => d.severity === 'error' || d.severity === 'warning') ? 'warnings' : 'ok';
    return { output, status, diagnosticsCount: diagnostics.length, error: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { output: '', status: 'failed', diagnosticsCount: 0, error: `internal error: ${message}` };
  }
}
