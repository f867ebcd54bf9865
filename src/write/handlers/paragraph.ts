import type { Paragraph as MdParagraph, PhrasingContent } from 'mdast';
import type { Paragraph } from '../../schema.js';
import { rawText, strong } from './shared.js';

/**
 * One paragraph with its lead words in bold where they occur: **会议指出**，…; （一）**原则同意**…
 * The bold never includes punctuation, so the serialiser needs no character references.
 */
export function paragraph(value: Paragraph): MdParagraph {
  const body = value.text.trim();
  const lead = value.leadText?.trim() ?? '';
  const at = lead ? body.indexOf(lead) : -1;
  if (at < 0) return { type: 'paragraph', children: [rawText(body)] };
  const children: PhrasingContent[] = [];
  if (at > 0) children.push(rawText(body.slice(0, at)));
  children.push(strong(lead));
  const rest = body.slice(at + lead.length);
  if (rest) children.push(rawText(rest));
  return { type: 'paragraph', children };
}
