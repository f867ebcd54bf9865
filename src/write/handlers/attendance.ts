import type { RootContent } from 'mdast';
import type { Attendance } from '../../schema.js';
import { matchAttendanceLabel } from '../../recognisers/labels.js';
import { normalise } from '../../stages/normalise.js';
import { chineseOrdinal, heading, paragraph, rawText, strong, summary, table } from './shared.js';

/** The label each role is written with when the group's own label is prose (出席会议, 主持召开). */
const ROLE_LABEL: Record<Attendance['role'], string> = {
  chair: '主持',
  present: '出席',
  invited: '邀请列席',
  attending: '列席',
  absent: '请假',
  reporting: '汇报',
  other: '记录',
};

/**
 * The group heading: the label as written when it reads back as the same role and topics
 * (出席, 议题一、二列席), else the role's label with the topics (议题三列席).
 */
function groupTitle(group: Attendance): string {
  const label = group.label.trim();
  const read = label ? matchAttendanceLabel(`${normalise(label)}：`) : null;
  const same =
    read !== null &&
    read.length === label.length + 1 &&
    read.role === group.role &&
    JSON.stringify(read.topics) === JSON.stringify(group.topics);
  if (same) return label;
  if (group.topics && group.topics.length > 0) {
    const topics = group.topics.map(chineseOrdinal).join('、');
    return group.role === 'attending' ? `议题${topics}列席` : `${ROLE_LABEL[group.role]}（议题${topics}）`;
  }
  return ROLE_LABEL[group.role];
}

/**
 * The 参会人员 section: per group (主持, 出席, 议题一、二列席 …) a heading and a table of
 * 姓名 | 职务 | 备注, titles joined with 、.
 */
export function attendance(groups: readonly Attendance[]): RootContent[] {
  const filled = groups.filter((g) => g.people.length > 0 || g.units.length > 0);
  if (filled.length === 0) return [];
  return [
    ...summary([heading(2, '参会人员')]),
    ...filled.flatMap((group): RootContent[] => [
      heading(3, groupTitle(group)),
      ...(group.people.length > 0
        ? [table(['姓名', '职务', '备注'], group.people.map((p) => [p.name, p.titles.join('、'), p.note ?? '']))]
        : []),
      // Bodies named without a person (县发改局, 县住建局主要负责同志).
      ...(group.units.length > 0 ? [paragraph([strong('单位'), rawText(`：${group.units.join('、')}`)])] : []),
    ]),
  ];
}
