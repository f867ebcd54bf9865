import type { RootContent } from 'mdast';
import type { MinutesDocument } from '../../schema.js';
import { paragraph } from './shared.js';

/** The opening paragraph (时间、主持 … 现纪要如下：) as plain text. */
export function opening(value: MinutesDocument['opening']): RootContent[] {
  return value && value.text.trim() ? [paragraph(value.text)] : [];
}
