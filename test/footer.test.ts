/**
 * What stands under the body of minutes in the official layout: the attachment list (附件：1．…,
 * then its further numbered lines), the disclosure note (（此件公开发布）), the subject words
 * (主题词：), and the contact line. None of it is an agenda item or an unplaced paragraph.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

// The seed's own text, with a footer in the official layout put before its 分送 line.
const seed = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'standing-meeting-seed.txt'), 'utf8');
const FOOTER =
  '附件：1．鄂托克前旗部门和镇共同承担事项责任清单\n      2．鄂托克前旗党委和政府及各有关部门生态环境保护责任清单\n\n' +
  '（此件公开发布）\n\n主题词：经济运行  生态环境  会议  纪要\n\n';
const at = seed.indexOf('分送：');
const withFooter = `${seed.slice(0, at)}${FOOTER}${seed.slice(at)}\n联系人：刘洋        联系电话：0477-1234567\n`;
const plain = parse(seed, { path: 'seed.txt' });
const doc = parse(withFooter, { path: 'seed.txt' });

describe('the footer of minutes in the official layout', () => {
  it('reads the attachments, each numbered line of the list', () => {
    expect(doc.attachments.map((a) => a.title)).toEqual([
      '鄂托克前旗部门和镇共同承担事项责任清单',
      '鄂托克前旗党委和政府及各有关部门生态环境保护责任清单',
    ]);
    expect(doc.attachments[1]?.position.start.column).toBe(9); // after six spaces and 2．
  });
  it('reads the disclosure note and the subject words', () => {
    expect(doc.meta.disclosure).toBe('此件公开发布');
    expect(doc.meta.keywords).toEqual(['经济运行', '生态环境', '会议', '纪要']);
  });
  it('changes nothing else: the same items, attendance and distribution, and no warning more', () => {
    const outline = (d: typeof doc) => JSON.stringify([d.items.map((i) => [i.number, i.heading, i.children.length]), d.attendance.map((g) => g.people.map((p) => p.name)), d.distribution]);
    expect(outline(doc)).toBe(outline(plain));
    const warnings = (d: typeof doc) => d.diagnostics.filter((x) => x.severity !== 'info').map((x) => x.rule);
    expect(warnings(doc)).toEqual(warnings(plain));
  });
  it('has none of it when the minutes have none', () => {
    expect(plain.attachments).toEqual([]);
    expect(plain.meta.disclosure).toBeNull();
    expect(plain.meta.keywords).toEqual([]);
  });
  it('reads 附件 with a number, the title on the same line', () => {
    const one = parse(`${seed.slice(0, at)}附件2：鄂托克前旗党委和政府及各有关部门生态环境保护责任清单\n\n${seed.slice(at)}`, { path: 'seed.txt' });
    expect(one.attachments.map((a) => a.title)).toEqual(['鄂托克前旗党委和政府及各有关部门生态环境保护责任清单']);
  });
});
