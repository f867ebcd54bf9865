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
import { type ParseOptions, parseWith } from './parse.js';
import type { MinutesDocument } from './schema.js';

export { formatOf, type ParseOptions } from './parse.js';

export type * from './schema.js';
export { DocumentSchema, SCHEMA_VERSION } from './schema.js';
export { RULES, type RuleId } from './rules.js';
export { toJson } from './write/json.js';
export { toMarkdown } from './write/markdown.js';
export { formatDiagnostic } from './write/diagnostic.js';

/**
 * Parse minutes into a document. Never throws for bad input: problems are in `diagnostics`.
 * Throws only for a usage error (an unknown encoding name).
 * @param input The raw bytes (decoded by detection) or already-decoded text.
 * @param options Path, encoding and format.
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): MinutesDocument {
  return parseWith(input, options, { markdown: fromMarkdown, html: fromHtml });
}
