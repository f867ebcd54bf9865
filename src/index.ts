/**
 * The library: `parse` turns minutes (bytes or text) into a validated document; `toJson` and
 * `toMarkdown` write it.
 *
 * ```ts
 * import { parse, toJson } from 'minutes';
 * const doc = parse(readFileSync('minutes.txt'), { path: 'minutes.txt' });
 * console.log(doc.meta.title, doc.resolutions.length);
 * ```
 */
import { fromHtml } from './input/html.js';
import { fromMarkdown } from './input/markdown.js';
import { runPipeline } from './pipeline.js';
import type { MinutesDocument } from './schema.js';

export type * from './schema.js';
export { DocumentSchema, SCHEMA_VERSION } from './schema.js';
export { RULES, type RuleId } from './rules.js';
export { toJson } from './write/json.js';
export { toMarkdown } from './write/markdown.js';
export { formatDiagnostic } from './write/diagnostic.js';

/** Options for {@link parse}. */
export interface ParseOptions {
  /** Where the input came from; shown in `source.path`. */
  path?: string | null;
  /** Force an encoding (utf-8, gb18030, big5, utf-16le …) instead of detecting it. */
  encoding?: string | null;
  /** The input's format; by default taken from the path's extension, else plain text. */
  format?: 'text' | 'markdown' | 'html';
}

/** The input format a path's extension implies. */
export function formatOf(path: string | null | undefined): 'text' | 'markdown' | 'html' {
  if (!path) return 'text';
  if (/\.(?:md|markdown)$/i.test(path)) return 'markdown';
  if (/\.html?$/i.test(path)) return 'html';
  return 'text';
}

/**
 * Parse minutes into a document. Never throws for bad input: problems are in `diagnostics`.
 * Throws only for a usage error (an unknown encoding name).
 * @param input The raw bytes (decoded by detection) or already-decoded text.
 * @param options Path, encoding and format.
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): MinutesDocument {
  const format = options.format ?? formatOf(options.path);
  return runPipeline(input, {
    path: options.path ?? null,
    encoding: options.encoding ?? null,
    format,
    extract: format === 'markdown' ? fromMarkdown : format === 'html' ? fromHtml : null,
  });
}
