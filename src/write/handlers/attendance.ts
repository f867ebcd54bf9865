import type { RootContent } from 'mdast';
import type { Attendance } from '../../schema.js';
import { chineseOrdinal, heading, table } from './shared.js';

/** The group heading: the label as written, with its topics added when the label does not name them. */
function groupTitle(group: Attendance): string {
  const label = group.label.trim() || group.role;
  if (!group.topics || group.topics.length === 0 || label.includes('议题')) return label;
  return `${label}（议题${group.topics.map(chineseOrdinal).join('、')}）`;
}

/**
 * The 参会人员 section: per group (主持, 出席, 议题一、二列席 …) a heading and a table of
 * 姓名 | 职务 | 备注, titles joined with 、.
 */
export function attendance(groups: readonly Attendance[]): RootContent[] {
  const filled = groups.filter((g) => g.people.length > 0);
  if (filled.length === 0) return [];
  return [
    heading(2, '参会人员'),
    ...filled.flatMap((group): RootContent[] => [
      heading(3, groupTitle(group)),
      table(
        ['姓名', '职务', '备注'],
        group.people.map((p) => [p.name, p.titles.join('、'), p.note ?? '']),
      ),
    ]),
  ];
}
