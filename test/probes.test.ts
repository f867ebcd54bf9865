/**
 * Lines of minutes in common layouts that were misread, each with what a reader takes from it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { parsePeople } from '../src/recognisers/people.js';
import { normalise } from '../src/stages/normalise.js';

const seed = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'standing-meeting-seed.txt'), 'utf8');

describe('the printing line', () => {
  it('reads a date with spaces around 年 月 日', () => {
    const doc = parse(seed.replace('2021年11月10日印发', '2021 年 11 月 10 日印发'), { path: 'seed.txt' });
    expect([doc.meta.printedBy, doc.meta.printDate]).toEqual(['鄂托克前旗人民政府办公室', '2021-11-10']);
  });
});

describe('attendance in the opening beside label lines of another role', () => {
  const doc = parse(
    '某市人大常委会主任会议纪要\n\n2023年11月2日，主任张三主持召开主任会议。副主任刘建平、那顺乌日图、王丽华，秘书长张海出席会议。会议纪要如下：\n\n' +
      '一、会议决定召开常委会会议。\n\n列席会议的有：办公室副主任乌云其木格、赵磊。\n',
    { path: 'x.txt' },
  );
  it('keeps who the opening says was present', () => {
    expect(doc.attendance.map((g) => [g.role, g.people.map((p) => p.name)])).toEqual([
      ['chair', ['张三']],
      ['attending', ['乌云其木格', '赵磊']],
      ['present', ['刘建平', '那顺乌日图', '王丽华', '张海']],
    ]);
  });
  it('takes no group from the opening of a role a label line gives', () => {
    const both = parse(
      '某市人大常委会主任会议纪要\n\n2023年11月2日，主任张三主持召开主任会议。副主任刘建平出席会议。\n\n一、会议决定召开常委会会议。\n\n出席：副主任刘建平、王丽华\n',
      { path: 'x.txt' },
    );
    expect(both.attendance.filter((g) => g.role === 'present').map((g) => g.people.map((p) => p.name))).toEqual([['刘建平', '王丽华']]);
  });
});

describe('names', () => {
  const names = (text: string) => parsePeople(normalise(text)).people.map((p) => [p.name, p.note]);
  it('reads names with 和 (孟和, 王和平)', () => {
    expect(names('何志远　张　伟　孟　和　李秀英　其其格')).toEqual([
      ['何志远', null],
      ['张伟', null],
      ['孟和', null],
      ['李秀英', null],
      ['其其格', null],
    ]);
    expect(names('副县长王和平、孟和')).toEqual([
      ['王和平', null],
      ['孟和', null],
    ]);
  });
  it('still splits two people joined by 和', () => {
    expect(names('纪洪山和各委员').map((n) => n[0])).toEqual(['纪洪山']);
  });
  it('joins a padded two-character name before a bracketed reason', () => {
    expect(names('赵　刚（出差）')).toEqual([['赵刚', '出差']]);
  });
});

describe('resolutions', () => {
  it('takes the lead-in 会议议定事项如下 for no resolution', () => {
    const doc = parse('某县人民政府常务会议纪要\n\n2023年5月8日，县长王强主持召开县政府常务会议。会议议定事项如下：\n\n一、原则同意实施道路项目。\n', { path: 'x.txt' });
    expect(doc.resolutions.map((r) => [r.item, r.verb])).toEqual([[1, '原则同意']]);
  });
});

describe('the title', () => {
  it.each(['\n', '\n\n'])('takes a session line under the title for no title', (gap) => {
    const doc = parse(`呼和浩特市人大常委会主任会议纪要${gap}第二十三次\n\n2023年11月2日，主任张三主持召开主任会议。\n\n一、会议决定召开常委会会议。\n`, { path: 'x.txt' });
    expect(doc.meta.title).toBe('呼和浩特市人大常委会主任会议纪要');
    expect(doc.meta.session?.number).toBe(23);
  });
});


// The seed hard-wrapped at about 28 characters as PDF extraction gives it, with the wraps placed so
// that lines start with 会议 inside a sentence (…第 10 次常务 | 会议议定的…; …提交旗委常委会 | 会议研究；).
describe('a wrapped line that starts with 会议 inside a sentence', () => {
  const wrapped = parse(readFileSync(join(import.meta.dirname, 'data', 'seed-wrapped-huiyi.txt')), { path: 'wrapped.txt' });
  const plain = parse(seed, { path: 'seed.txt' });
  const squash = (t: string) => t.replace(/\s+/g, '');
  it('goes on with the line before it: the same resolutions, numbers and referrals', () => {
    const rows = (d: typeof plain) => d.resolutions.map((r) => [r.item, r.number, r.verb, r.referral, squash(r.text)]);
    expect(rows(wrapped)).toEqual(rows(plain));
  });
  it('makes no sub-items', () => {
    expect(wrapped.items.map((i) => i.children.length)).toEqual(plain.items.map((i) => i.children.length));
  });
});

// Lines at full width (28 characters) of one paragraph, one of which starts with 会议研究将:
// the line before it stops inside a phrase, so the paragraph goes on.
describe('a full-width line that stops inside a phrase, before a line that starts like a lead', () => {
  const para =
    '会议议定，原则同意将旗委党校新校区、城川镇党校新校区二期划转给城川民族干部学院，同时为进一步明晰产权，便于规范使用管理，提请市政府相关会议研究将城川镇人民政府资产与城川镇党校新校区二期资产进行置换，完成置换后由相关部门配合办理产权登记和账务调整手续。该事宜提交旗委常委会会议研究。';
  // A sentence before it, as long as puts the break before 会议研究将 at the end of a line.
  const k = para.indexOf('会议研究将');
  const lead = '会议听取了旗财政局关于旗委党校新校区、城川镇党校新校区二期资产情况的汇报，并进行了认真讨论';
  const body = `${lead.slice(0, 27 - (k % 28))}。${para}`;
  const lines = [];
  for (let i = 0; i < body.length; i += 28) lines.push(body.slice(i, i + 28));
  const text = `鄂托克前旗人民政府会议纪要\n\n九、关于资产划转事宜\n${lines.join('\n')}\n`;
  it('is one paragraph, the resolution with its referral', () => {
    expect(lines.some((l) => l.startsWith('会议研究将'))).toBe(true);
    const doc = parse(text, { path: 'x.txt' });
    expect(doc.items[0]?.paragraphs).toHaveLength(1);
    expect(doc.resolutions.map((r) => r.referral)).toEqual(['旗委常委会会议']);
  });
});

// Corpus 044 with its attendance lists laid out as a grid, names in columns over several rows,
// as `pdftotext -layout` gives a table of names.
describe('an attendance grid over several rows', () => {
  const grid = parse(readFileSync(join(import.meta.dirname, 'data', '044-attendance-grid.txt')), { path: 'grid.txt' });
  const list = parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'corpus-044.txt')), { path: '044.txt' });
  it('reads every name of every row', () => {
    const names = (d: typeof grid) => d.attendance.map((g) => [g.role, g.people.map((p) => p.name)]);
    expect(names(grid)).toEqual(names(list));
    expect(grid.attendance.find((g) => g.role === 'attending')?.people).toHaveLength(17);
  });
});

// pdftotext without -layout, and web copies, drop the blank lines between a header's lines.
describe('a header without blank lines', () => {
  const head = seed.slice(0, seed.indexOf('2021 年 11 月 9 日'));
  const packed = head.replace(/\n\s*\n/g, '\n').replace(/^\n+/, '') + seed.slice(head.length);
  const plain = parse(seed, { path: 'seed.txt' });
  const doc = parse(packed, { path: 'seed.txt' });
  it('has the header lines one under another', () => {
    expect(packed.startsWith('鄂托克前旗人民政府\n鄂托克前旗人民政府会议纪要\n〔2021〕36号\n')).toBe(true);
  });
  it('reads the same title, 文号, issue date and session', () => {
    const meta = (d: typeof doc) => [d.meta.title, d.meta.docNumber, d.meta.issueDate, d.meta.session?.number, d.meta.issuer];
    expect(meta(doc)).toEqual(meta(plain));
    expect(doc.meta.title).toBe('鄂托克前旗人民政府2021年第16次常务会议纪要');
  });
});

// The seed as copied from a government web page, with the page's lines around it.
describe('the lines of a web page around the minutes', () => {
  const page = parse(readFileSync(join(import.meta.dirname, 'data', 'seed-web-page.txt')), { path: 'page.txt' });
  const plain = parse(seed, { path: 'seed.txt' });
  it('keeps them out of the title, the items and the dates', () => {
    expect(page.meta.title).toBe('鄂托克前旗人民政府2021年第16次常务会议纪要');
    const last = (d: typeof plain) => d.items.at(-1)?.paragraphs.map((p) => p.text);
    expect(last(page)).toEqual(last(plain));
    expect(page.dates.map((d) => d.value)).toEqual(plain.dates.map((d) => d.value));
    expect(page.diagnostics.filter((d) => d.rule === 'unplaced-text')).toEqual([]);
  });
});

describe('referrals', () => {
  const read = (clause: string) => {
    const doc = parse(`某集团党委会议纪要\n\n一、关于甲事项\n${clause}\n`, { path: 'x.txt' });
    return doc.resolutions.map((r) => [r.text, r.referral]);
  };
  it.each([
    ['会议同意甲方案，提交董事会决策。', '董事会'],
    ['会议同意丁方案，待市政府常务会议研究后实施。', '市政府常务会议'],
    ['会议同意乙方案，由城环委负责组织实施，执法检查报告提请市人大常委会审议。', '市人大常委会'],
    ['会议同意丙方案，待条件成熟后再研究。', null],
  ])('%s', (clause, referral) => {
    expect(read(clause)).toEqual([[clause, referral]]);
  });
});

// Web copies set a heading in bold inline, so no space is left between it and the lead after it.
describe('a heading and its lead run together without a space', () => {
  const plain = parse(seed, { path: 'seed.txt' });
  const items = (d: typeof plain) => d.items.map((i) => [i.number, i.heading, i.children.length, i.paragraphs.map((p) => p.lead)]);
  const rows = (d: typeof plain) => d.resolutions.map((r) => [r.item, r.number, r.verb]);
  it.each([
    ['名称事宜 会议议定：', '名称事宜会议议定：'],
    ['项目事宜\n\n会议指出，', '项目事宜会议指出，'],
  ])('%s', (from, to) => {
    const doc = parse(seed.replace(from, to), { path: 'seed.txt' });
    expect(items(doc)).toEqual(items(plain));
    expect(rows(doc)).toEqual(rows(plain));
  });
  it('leaves a heading that ends in 会议 alone', () => {
    const doc = parse('某县人民政府常务会议纪要\n\n一、关于召开全县安全生产工作会议的事项\n会议要求，各部门要高度重视。\n', { path: 'x.txt' });
    expect(doc.items.map((i) => i.heading)).toEqual(['关于召开全县安全生产工作会议的事项']);
  });
});

// Digits grouped by threes with a space (GB/T 15835 sets numbers so), as in printed minutes.
describe('numbers grouped with spaces', () => {
  it('reads the amount whole', () => {
    const doc = parse(seed.replace('服务费共计 1173.3 万元', '服务费共计 1 173.3 万元'), { path: 'seed.txt' });
    expect(doc.amounts.find((a) => a.text.includes('173.3'))).toMatchObject({ text: '1 173.3 万元', value: '11733000' });
  });
  it.each([
    ['共计 11 733 000 元', 'amounts', '11733000'],
    ['供应热值 4 000 大卡的煤', 'quantities', '4000'],
  ] as const)('%s', (text, field, value) => {
    const doc = parse(`某县人民政府常务会议纪要\n\n一、关于项目\n会议同意${text}。\n`, { path: 'x.txt' });
    expect(doc[field].map((v) => v.value)).toEqual([value]);
  });
  it('keeps numbers apart that a space and no group of three separate', () => {
    const doc = parse('某县人民政府常务会议纪要\n\n一、关于项目\n会议同意 2021 年安排 12 万元。\n', { path: 'x.txt' });
    expect(doc.amounts.map((a) => a.value)).toEqual(['120000']);
  });
});

// A label alone on its line, then one person a line, name first: 出席： / 赵栓　旗委常委、政府副旗长.
describe('one person a line under a label that stands alone', () => {
  const plain = parse(seed, { path: 'seed.txt' });
  const present = plain.attendance.find((g) => g.role === 'present');
  const line = seed.split('\n').find((l) => l.startsWith('出席：')) as string;
  const lines = (present?.people ?? []).map((p) => `${p.name.length === 2 ? `${p.name[0]}　${p.name[1]}` : p.name}　${p.titles.join('、')}`);
  const doc = parse(seed.replace(line, `出席：\n${lines.join('\n')}`), { path: 'seed.txt' });
  it('reads each line as a person of the group, name and titles', () => {
    expect(lines).toHaveLength(5);
    const group = doc.attendance.find((g) => g.role === 'present');
    expect(group?.label).toBe('出席');
    expect(group?.people.map((p) => [p.name, p.titles.join('、')])).toEqual(present?.people.map((p) => [p.name, p.titles.join('、')]));
  });
  it('reads the rest of the minutes as before', () => {
    expect(doc.attendance.map((g) => g.role)).toEqual(plain.attendance.map((g) => g.role));
    expect(doc.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.rule)).toEqual(plain.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.rule));
  });
});

// A vote's tally after 表决结果 or 经表决 is no decision; the decision is the clause that says so.
describe('vote counts', () => {
  it.each([
    ['表决结果：同意30人，反对0人，弃权1人。', []],
    ['经表决，同意30票，反对0票，弃权1票，会议通过该方案。', ['会议通过该方案。']],
    ['会议同意30人参加培训。', ['会议同意30人参加培训。']],
  ])('%s', (clause, texts) => {
    const doc = parse(`某村村民代表大会会议纪要\n\n一、关于村集体土地流转事项\n${clause}\n`, { path: 'x.txt' });
    expect(doc.resolutions.map((r) => r.text)).toEqual(texts);
  });
});

describe('groups named by post, without a person or a body of their own', () => {
  const doc = parse(
    '某县财政局局务会议纪要\n\n2023年3月2日，局长张伟主持召开局务会议。\n\n出席：局领导\n列席：各科科长、办公室全体人员、各乡镇党委书记\n记录：王芳\n\n一、关于预算执行情况\n会议听取了预算股的汇报。\n',
    { path: 'x.txt' },
  );
  it('keeps them as the units of their group', () => {
    expect(doc.attendance.map((g) => [g.role, g.people.map((p) => p.name), g.units])).toEqual([
      ['chair', ['张伟'], []],
      ['present', [], ['局领导']],
      ['attending', [], ['各科科长', '办公室全体人员', '各乡镇党委书记']],
      ['other', ['王芳'], []],
    ]);
    expect(doc.diagnostics.filter((d) => d.rule === 'person-unparsed')).toEqual([]);
  });
  it('still takes a title alone for no unit', () => {
    const titled = parse('某县会议纪要\n\n出席：副县长\n', { path: 'x.txt' });
    expect(titled.attendance).toEqual([]);
    expect(titled.diagnostics.map((d) => d.rule)).toContain('person-unparsed');
  });
});

describe('a label alone on its line, its list on the next', () => {
  const body = '某县人民政府常务会议纪要\n\n2024年1月5日，县长赵东主持召开县政府常务会议。\n\n一、关于夏粮收购工作\n\n会议原则同意。\n\n';
  it('reads every person of the list, each with their titles', () => {
    const doc = parse(
      body + '出席人员：\n县委常委、常务副县长钱伟，副县长孙红、李娜、周涛，县政府党组成员林平\n列席人员：\n副县长助理郭强、何雪、罗军\n',
      { path: 'x.txt' },
    );
    const groups = doc.attendance.filter((g) => g.role !== 'chair').map((g) => [g.role, g.people.map((p) => [p.name, p.titles])]);
    expect(groups).toEqual([
      [
        'present',
        [
          ['钱伟', ['县委常委', '常务副县长']],
          ['孙红', ['副县长']],
          ['李娜', ['副县长']],
          ['周涛', ['副县长']],
          ['林平', ['县政府党组成员']],
        ],
      ],
      ['attending', [['郭强', ['副县长助理']], ['何雪', ['副县长助理']], ['罗军', ['副县长助理']]]],
    ]);
  });
  it('gives the people of a line that names its topic that topic', () => {
    const doc = parse(body + '列席：\n议题一：县林业局局长冯军，县应急局局长陈静\n议题二：县住建局局长褚刚\n', { path: 'x.txt' });
    const attending = doc.attendance.find((g) => g.role === 'attending');
    expect(attending?.people.map((p) => [p.name, p.titles, p.topics])).toEqual([
      ['冯军', ['县林业局局长'], [1]],
      ['陈静', ['县应急局局长'], [1]],
      ['褚刚', ['县住建局局长'], [2]],
    ]);
  });
});

describe('attendance label variants', () => {
  const body = '某县人民政府常务会议纪要\n\n一、关于财政预算\n\n会议原则同意。\n\n';
  it.each([
    ['第一项议题列席：县财政局局长张三', 'attending', [1]],
    ['第一、二项议题列席人员：县财政局局长张三', 'attending', [1, 2]],
    ['列席议题二：县财政局局长张三', 'attending', [2]],
    ['议题（三）列席：县财政局局长张三', 'attending', [3]],
    ['召集人：县财政局局长张三', 'chair', null],
    ['列席单位及人员：县财政局局长张三', 'attending', null],
    ['列席部门：县财政局局长张三', 'attending', null],
    ['应邀出席：县财政局局长张三', 'invited', null],
    ['特邀列席：县财政局局长张三', 'invited', null],
    ['纪要整理：县财政局局长张三', 'other', null],
  ])('%s', (line, role, topics) => {
    const doc = parse(`${body}出席：副县长郭强、何雪\n${line}\n`, { path: 'x.txt' });
    const groups = doc.attendance.map((g) => [g.role, g.topics, g.people.map((p) => [p.name, p.titles])]);
    expect(groups).toHaveLength(2);
    expect(groups).toContainEqual(['present', null, [['郭强', ['副县长']], ['何雪', ['副县长']]]]);
    expect(groups).toContainEqual([role, topics, [['张三', ['县财政局局长']]]]);
  });
});

describe('distribution lists', () => {
  const body = '某县人民政府常务会议纪要\n\n一、关于冬季供暖保障事宜\n\n会议原则同意。\n\n';
  it('reads 报送, 抄发, 发至, brackets with 、 inside, entries set apart by spaces, and a continuation line', () => {
    const doc = parse(
      `${body}报送：市政府办公室\n抄报：市委办公室　市人大常委会办公室　市政协办公室\n分送：各区人民政府（管委会、街道办事处），市住建局\n抄发：县直各单位。\n发至：各乡（镇）人民政府。\n抄送：县委办公室，县政协办公室\n县人武部\n`,
      { path: 'x.txt' },
    );
    expect(doc.distribution).toEqual({
      to: ['市政府办公室', '各区人民政府（管委会、街道办事处）', '市住建局', '各乡（镇）人民政府'],
      cc: ['市委办公室', '市人大常委会办公室', '市政协办公室', '县直各单位', '县委办公室', '县政协办公室', '县人武部'],
    });
    expect(doc.diagnostics.filter((d) => d.rule === 'unplaced-text')).toEqual([]);
  });
});

describe('one person a line after a label line that names the first', () => {
  it('reads every line into the group, with the topics of its note', () => {
    const doc = parse(
      '某集团党委会会议纪要\n\n一、关于某事项\n\n会议同意。\n\n列席：集团纪委书记  王丹\n\n      监事会主席  吕建平（议题二至四）\n\n      财务管理部部长  何琳（议题二、三）\n',
      { path: 'x.txt' },
    );
    const attending = doc.attendance.find((g) => g.role === 'attending');
    expect(attending?.people.map((p) => [p.name, p.titles, p.topics])).toEqual([
      ['王丹', ['集团纪委书记'], null],
      ['吕建平', ['监事会主席'], [2, 3, 4]],
      ['何琳', ['财务管理部部长'], [2, 3]],
    ]);
    expect(doc.items[0]?.paragraphs.map((p) => p.text)).toEqual(['会议同意。']);
  });
});
