import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import type { Resolution } from '../../schema.js';
import { type Context, heading, rawText, strong } from './shared.js';

/** The verb and referral in brackets: （原则同意；提交：旗委常委会会议）, or empty when neither is known. */
function summaryOf(value: Resolution): string {
  const parts: string[] = [];
  if (value.verb) parts.push(value.verb);
  if (value.referral) parts.push(`提交：${value.referral}`);
  return parts.length === 0 ? '' : `（${parts.join('；')}）`;
}

/** One list entry: **议题五**：（一）原则同意《…》…（原则同意；提交：旗委常委会会议） */
function entry(value: Resolution, ctx: Context): ListItem {
  const children: PhrasingContent[] = [];
  const label = ctx.itemLabel(value.item);
  if (label) children.push(strong(label), rawText('：'));
  children.push(rawText(`${value.number?.trim() ?? ''}${value.text.trim()}${summaryOf(value)}`));
  return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] };
}

/**
 * The 议定事项 section: every resolution in document order as a numbered list, each with its item,
 * its clause text as written, and its verb and referral.
 */
export function resolutions(values: readonly Resolution[], ctx: Context): RootContent[] {
  if (values.length === 0) return [];
  return [
    heading(2, '议定事项'),
    { type: 'list', ordered: true, start: 1, spread: false, children: values.map((r) => entry(r, ctx)) },
  ];
}
