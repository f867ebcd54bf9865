/**
 * The document as an mdast tree: a map of handlers keyed by the document part they write, run in
 * the order the map lists them. Only mdast types are imported here; serialising is markdown.ts's job.
 */
import type { Root, RootContent } from 'mdast';
import type { MinutesDocument } from '../schema.js';
import { amounts } from './handlers/amounts.js';
import { attachments } from './handlers/attachments.js';
import { attendance } from './handlers/attendance.js';
import { diagnostics } from './handlers/diagnostics.js';
import { distribution } from './handlers/distribution.js';
import { item } from './handlers/item.js';
import { meta } from './handlers/meta.js';
import { opening } from './handlers/opening.js';
import { paragraph } from './handlers/paragraph.js';
import { resolutions } from './handlers/resolutions.js';
import { type Context, createContext, summary } from './handlers/shared.js';
import { title } from './handlers/title.js';

/** A handler writes one part of the document as top-level mdast nodes (none when it is empty). */
export type Handler = (doc: MinutesDocument, ctx: Context) => RootContent[];

/**
 * The handlers in output order: title, metadata, opening, loose paragraphs, the items, then the
 * summaries a reader skims (议定事项, 金额, 参会人员, 附件, 分送与抄送, 诊断).
 */
export const handlers = {
  title: (doc) => title(doc),
  meta: (doc) => summary(meta(doc.meta)),
  opening: (doc) => opening(doc.opening),
  paragraphs: (doc) => doc.paragraphs.filter((p) => p.text.trim()).map(paragraph),
  items: (doc) => doc.items.flatMap(item),
  resolutions: (doc, ctx) => summary(resolutions(doc.resolutions, ctx)),
  amounts: (doc, ctx) => summary(amounts(doc.amounts, ctx)),
  attendance: (doc) => attendance(doc.attendance),
  attachments: (doc) => attachments(doc.attachments),
  distribution: (doc) => distribution(doc.distribution),
  diagnostics: (doc) => summary(diagnostics(doc.diagnostics)),
} satisfies Record<string, Handler>;

/**
 * Build the mdast tree for a document; generated nodes carry no positions.
 * @param doc A parsed document.
 */
export function toMdast(doc: MinutesDocument): Root {
  const ctx = createContext(doc);
  const children = Object.values(handlers).flatMap((handle: Handler) => handle(doc, ctx));
  return { type: 'root', children };
}
