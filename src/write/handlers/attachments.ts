import type { List, RootContent } from 'mdast';
import type { Attachment } from '../../schema.js';
import { heading, paragraph, summary } from './shared.js';

/** The 附件 list: the attachments' titles, numbered as the minutes list them. */
export function attachments(value: readonly Attachment[]): RootContent[] {
  if (value.length === 0) return [];
  const list: List = {
    type: 'list',
    ordered: true,
    start: 1,
    spread: false,
    children: value.map((a) => ({ type: 'listItem', spread: false, children: [paragraph(a.title)] })),
  };
  return [...summary([heading(2, '附件')]), list];
}
