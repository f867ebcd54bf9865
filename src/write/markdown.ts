/**
 * The document as Markdown: the mdast tree from to-mdast.ts serialised by remark-stringify, with
 * remark-gfm for tables. This is the only module that loads unified and remark.
 */
import remarkGfm from 'remark-gfm';
import remarkStringify, { type Options } from 'remark-stringify';
import stringWidth from 'string-width';
import { unified } from 'unified';
import type { MinutesDocument } from '../schema.js';
import { toMdast } from './to-mdast.js';

/** Fixed serialiser settings, so the same document always gives the same bytes. */
const SETTINGS: Options = {
  bullet: '-',
  bulletOrdered: '.',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  setext: false,
  closeAtx: false,
  listItemIndent: 'one',
  incrementListMarker: true,
};

// Note: string-width counts CJK characters as two columns, so table pipes line up in a terminal.
const processor = unified()
  .use(remarkGfm, { stringLength: stringWidth })
  .use(remarkStringify, SETTINGS)
  .freeze();

/**
 * The document as Markdown (ends with one newline); deterministic.
 * @param doc A parsed document.
 */
export function toMarkdown(doc: MinutesDocument): string {
  return processor.stringify(toMdast(doc));
}
