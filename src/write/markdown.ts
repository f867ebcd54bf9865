/**
 * The document as Markdown: the mdast tree from to-mdast.ts serialised by remark-stringify, with
 * remark-gfm for tables. This is the only module that loads unified and remark.
 */
import remarkGfm from 'remark-gfm';
import remarkStringify, { type Options } from 'remark-stringify';
import { unified } from 'unified';
import type { MinutesDocument } from '../schema.js';
import { toMdast } from './to-mdast.js';
import { cellWidth } from './width.js';

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

// CJK characters count as two columns (cellWidth), so table pipes line up in a terminal.
const processor = unified()
  .use(remarkGfm, { stringLength: cellWidth })
  .use(remarkStringify, SETTINGS)
  .freeze();

/**
 * The document as Markdown (ends with one newline); deterministic.
 * @param doc A parsed document.
 */
export function toMarkdown(doc: MinutesDocument): string {
  return processor.stringify(toMdast(doc));
}
