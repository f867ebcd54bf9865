/**
 * Parsing without the Markdown and HTML adapters loaded: the caller hands them in, so the CLI can
 * load unified/remark/rehype only for inputs that need them.
 */
import type { Extracted } from './input-types.js';
import { runPipeline } from './pipeline.js';
import type { MinutesDocument } from './schema.js';

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

/** Input adapters by format. */
export interface Adapters {
  markdown?: (source: string) => Extracted;
  html?: (source: string) => Extracted;
}

/**
 * Parse with the given input adapters (a format without its adapter is read as plain text).
 * @param input Bytes (decoded by detection) or text.
 * @param options Path, encoding and format.
 * @param adapters Markdown and HTML adapters.
 * @param sha256 SHA-256 (lowercase hex) of `input` when it is bytes and the caller has hashed them.
 */
export function parseWith(input: string | Uint8Array, options: ParseOptions, adapters: Adapters, sha256: string | null = null): MinutesDocument {
  const format = options.format ?? formatOf(options.path);
  const extract = format === 'markdown' ? adapters.markdown : format === 'html' ? adapters.html : undefined;
  return runPipeline(input, {
    path: options.path ?? null,
    encoding: options.encoding ?? null,
    format: extract ? format : 'text',
    extract: extract ?? null,
    sha256,
  });
}

/** Load the adapter a format needs (unified and its plugins load only here). */
export async function loadAdapters(format: 'text' | 'markdown' | 'html'): Promise<Adapters> {
  if (format === 'markdown') return { markdown: (await import('./input/markdown.js')).fromMarkdown };
  if (format === 'html') return { html: (await import('./input/html.js')).fromHtml };
  return {};
}
