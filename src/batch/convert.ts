/**
 * The per-file work of a batch: bytes in, one output document out, with a status. Runs in the
 * main thread (`--jobs 1`) or in a worker thread; it is synchronous once the library is loaded.
 */
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

/** The parts of the library (`src/index.ts`) a batch uses. */
export type Library = Pick<typeof import('../index.js'), 'parse' | 'toJson' | 'toMarkdown'>;

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

/**
 * Load the library once (the parser pulls in remark and rehype, so it is loaded on first use).
 *
 * @returns the loaded library
 */
export async function loadLibrary(): Promise<Library> {
  if (library === null) {
    library = await import('../index.js');
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
 * @returns the output text, the status and the diagnostics count
 */
export function convertOne(
  bytes: Uint8Array,
  relPath: string,
  format: OutputFormat,
  encoding: string | null,
  lib: Library | null = library,
): Converted {
  if (lib === null) return { output: '', status: 'failed', diagnosticsCount: 0, error: 'internal error: the library is not loaded' };
  try {
    const options: { path: string; format: InputFormat; encoding?: string } = {
      path: relPath,
      format: inputFormatOf(relPath) ?? 'text',
    };
    if (encoding !== null) options.encoding = encoding;
    const doc = lib.parse(bytes, options);
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
