import type { RootContent } from 'mdast';
import type { Meta } from '../../schema.js';
import { table } from './shared.js';

/** The meeting line: session text and kind (2021年第16次 + 常务会议), or whichever is known. */
function meetingOf(meta: Meta): string | null {
  const session = meta.session?.text.trim() ?? '';
  const kind = meta.kind?.trim() ?? '';
  if (!session) return kind || null;
  return session.endsWith(kind) ? session : session + kind;
}

/** The printing line: 鄂托克前旗人民政府办公室（2021-11-10）, or whichever part is known. */
function printedOf(meta: Meta): string | null {
  if (meta.printedBy && meta.printDate) return `${meta.printedBy}（${meta.printDate}）`;
  return meta.printedBy ?? meta.printDate;
}

/** The metadata table (项目 | 内容), one row per field with a value; nothing when all are empty. */
export function meta(value: Meta): RootContent[] {
  const rows: [string, string | null][] = [
    ['发文机关', value.issuer],
    ['文号', value.docNumber],
    ['会议', meetingOf(value)],
    ['会议日期', value.meetingDate],
    ['成文日期', value.issueDate],
    ['主持', value.chair],
    ['印发', printedOf(value)],
    ['主题词', value.keywords.join('、')],
    ['公开方式', value.disclosure],
  ];
  const filled = rows.filter((row): row is [string, string] => Boolean(row[1]?.trim()));
  return filled.length === 0 ? [] : [table(['项目', '内容'], filled)];
}
