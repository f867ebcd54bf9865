import type { RootContent } from 'mdast';
import type { MinutesDocument } from '../../schema.js';
import { heading } from './shared.js';

/** The H1: the title, else the source path, else 会议纪要. */
export function title(doc: MinutesDocument): RootContent[] {
  return [heading(1, doc.meta.title?.trim() || doc.source.path || '会议纪要')];
}
