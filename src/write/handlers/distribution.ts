import type { RootContent } from 'mdast';
import type { MinutesDocument } from '../../schema.js';
import { heading, paragraph, summary } from './shared.js';

/** The 分送 / 抄送 lines as written in minutes: 抄送：旗委，人大，政协。 */
export function distribution(value: MinutesDocument['distribution']): RootContent[] {
  const lines: RootContent[] = [];
  if (value.to.length > 0) lines.push(paragraph(`分送：${value.to.join('，')}。`));
  if (value.cc.length > 0) lines.push(paragraph(`抄送：${value.cc.join('，')}。`));
  return lines.length === 0 ? [] : [...summary([heading(2, '分送与抄送')]), ...lines];
}
