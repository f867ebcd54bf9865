/**
 * Table tests of the recognisers, on real lines from the seed and the corpus (normalised text).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProseAttendance, findReporters } from '../src/recognisers/attendance.js';
import { matchAttendanceLabel, matchDistributionLabel, noteTopics, parseTopics } from '../src/recognisers/labels.js';
import { matchLead } from '../src/recognisers/lead.js';
import { matchMarker } from '../src/recognisers/markers.js';
import { isName, parsePeople } from '../src/recognisers/people.js';
import { findResolutions } from '../src/recognisers/resolution.js';
import { normalise } from '../src/stages/normalise.js';
import { parse } from '../src/index.js';

describe('markers', () => {
  const rows: Array<[string, string | null, number | null]> = [
    ['一、传达学习习近平总书记重要讲话', 'cn', 1],
    ['十二、关于公开招聘事业单位工作人员有关事宜', 'cn', 12],
    ['（三）传达学习《内蒙古自治区重大行政决策程序规定》', 'cn-paren', 3],
    ['1.关于全旗经济运行情况', 'num', 1],
    ['2、审议《园艺学院关于实行班子成员“五联系”制度的补充规定》', 'num', 2],
    ['（1）落实责任', 'num-paren', 1],
    ['第二，要压实责任', 'ordinal', 2],
    // agenda items of a party committee's minutes
    ['议题一：关于《临河区2023年乡村振兴重点任务分工方案》的事项', 'topic', 1],
    ['议题十二：关于召开全区安全生产工作会议的事项', 'topic', 12],
    ['议题 2：研究追加设备购置资金', 'topic', 2],
    // not markers
    ['1.6 万吨平价煤', null, null],
    ['2021年第16次常务会议', null, null],
    ['一是要严守生态保护红线', null, null],
    ['第一议题', null, null],
    ['议题一、二列席：旗教体局局长奇阿日并', null, null],
    ['议题三列席：旗委宣传部副部长', null, null],
    ['议题一是关于预算的事项', null, null],
  ];
  it.each(rows)('%s', (text, style, ordinal) => {
    const m = matchMarker(normalise(text));
    expect(m?.style ?? null).toBe(style);
    expect(m?.ordinal ?? null).toBe(ordinal);
  });
});

describe('leads', () => {
  const rows: Array<[string, string | null, boolean]> = [
    ['会议指出，鄂托克前旗全境都处于黄河流域', '指出', false],
    ['会议强调，要严守生态保护红线', '强调', false],
    ['会议议定，原则同意《鄂托克前旗部门和镇共同承担事项责任清单》。', '议定', true],
    ['会议议定：', '议定', true],
    ['会议研究并原则同意学院六届三次教代会关于提案交办工作安排意见。', '同意', true],
    ['會議審議並原則通過了《廣州市創建全國垃圾分類示範城市萬人行工作方案》', '通过', true],
    ['委員長會議決定,將上述草案修改稿、草案等提交常委會會議審議。', '决定', true],
    ['经会议研究,原则通过并由党政综合办公室修改完善后上报学校相关部门。', '通过', true],
    ['会议听取、审议并通过了县人民政府关于2007年国民经济和社会发展计划上半年执行情况的报告', '通过', true],
    ['会议还研究了其他事项。', '研究', false],
    // a body named before 会议 after up to four characters (会 seven in)
    ['全国人大委员长会议决定,将草案提交常委会会议审议。', '决定', true],
    ['市政府常务会议指出,要抓好落实。', '指出', false],
    // not leads
    ['全国人大代表委员长会议决定,将草案提交审议。', null, false],
    ['旗人民政府 2021 年第 10 次常务会议议定的鄂托克前旗第四幼儿园建设项目', null, false],
    ['会上,黄德宝书记就学校党委巡察反馈意见整改进展情况进行了详细汇报。', null, false],
    ['通过政府购买服务方式实施', null, false],
  ];
  it.each(rows)('%s', (text, lead, decision) => {
    const m = matchLead(normalise(text));
    expect(m?.lead ?? null).toBe(lead);
    expect(m?.decision ?? false).toBe(decision);
  });
});

describe('resolutions in prose', () => {
  it('keeps a referral with its decision and stops at the next lead', () => {
    const t = normalise('会议审议通过了《九龙坡区区级年度中预算安排公开评审暂行办法(送审稿)》,会议要求,各级各部门要严格执行。');
    const r = findResolutions(t, 0, false);
    expect(r).toHaveLength(1);
    expect(t.slice(r[0]?.start, r[0]?.end)).toBe('会议审议通过了《九龙坡区区级年度中预算安排公开评审暂行办法(送审稿)》');
  });
  it('reads a chain of decisions separated by semicolons', () => {
    const t = normalise(
      '会议协商讨论了区政府工作报告(征求意见稿);听取了区政协二届二次会议筹备工作情况报告;审议通过了二届区政协常委会工作报告(讨论稿);审议通过了关于区政协二届一次会议以来提案工作情况的报告(讨论稿);会议决定将区政协二届二次会议议程(草案)提交区政协二届二次会议第一次全体会议审议。',
    );
    const r = findResolutions(t, 0, false);
    expect(r.map((x) => x.verb)).toEqual(['审议通过', '审议通过', '决定']);
    expect(r[2]?.referral).toBe('区政协二届二次会议第一次全体会议');
  });
  it('reads a decision after a hearing, but not 议定的事 inside a demand', () => {
    const heard = normalise('會議聽取了穩增長調結構工作的情況匯報,決定由市領導近期召開專題會議研究協調,再報市委審議。');
    expect(findResolutions(heard, 0, false).map((x) => x.referral)).toEqual(['市委']);
    const demand = normalise('会议强调，各镇、各部门要各尽其职、协同配合，议定的事说了就算、定了就干。');
    expect(findResolutions(demand, 0, false)).toEqual([]);
  });
});

describe('resolutions whose only decision word has 定', () => {
  const rows: Array<[string, string[]]> = [
    ['委員長會議決定,將上述草案修改稿、草案等提交常委會會議審議。', ['决定']],
    ['会议议定：', ['议定']],
    // 定 in 规定 records no decision
    ['会议强调，要严格执行《内蒙古自治区重大行政决策程序规定》。', []],
  ];
  it.each(rows)('%s', (text, verbs) => {
    expect(findResolutions(normalise(text), 0, false).map((r) => r.verb)).toEqual(verbs);
  });
});

describe('attendance labels', () => {
  const rows: Array<[string, string | null, number[] | null]> = [
    ['主持：旗委副书记、政府代旗长杨颖新。', 'chair', null],
    ['邀请列席：旗委常委、上海庙经济开发区党工委书记孙有君', 'invited', null],
    ['全程列席：旗人民政府办公室主任、金融办主任柳天才', 'attending', null],
    ['议题一、二列席：旗教体局局长奇阿日并', 'attending', [1, 2]],
    ['议题十二列席：旗委组织部副部长贺希格吉雅', 'attending', [12]],
    ['列席第三至五项议题：张三', 'attending', [3, 4, 5]],
    ['参加人员:李德森、蒋锐、胡金芳', 'present', null],
    ['请假：李四（出差）', 'absent', null],
    ['出席会议的同志要做好准备', null, null],
    // labels after 会议, which most paragraphs start with (会议指出 is none)
    ['会议主持：旗委副书记、政府代旗长杨颖新。', 'chair', null],
    ['会议记录：旗人民政府办公室', 'other', null],
    // the longer label words after 记录 (记录人, 记录员) are labels too
    ['记录人：王芳', 'other', null],
    ['记录员：王芳', 'other', null],
    ['会议记录人：王芳', 'other', null],
    ['汇报人员：旗财政局局长李华', 'reporting', null],
    // the group written out: 参加会议的有, 出席会议的领导, 参会人员名单, 参加人
    ['参加会议的有：旗委副书记张三、副旗长李四', 'present', null],
    ['出席会议的领导：副旗长李四', 'present', null],
    ['参会人员名单：副旗长李四、王五', 'present', null],
    ['参加人：副旗长李四', 'present', null],
    ['列席会议的有：旗财政局局长李华', 'attending', null],
    ['请假人员：张三（出差）', 'absent', null],
    ['参加会议的同志要提前十分钟到场', null, null],
    ['记录工作要规范', null, null],
    ['会议指出：要做好准备', null, null],
  ];
  it.each(rows)('%s', (text, role, topics) => {
    const m = matchAttendanceLabel(normalise(text));
    expect(m?.role ?? null).toBe(role);
    expect(m?.topics ?? null).toEqual(topics);
  });
  // Two-character labels set out to the width of four with spaces (主　　持：), as many templates do.
  const spaced: Array<[string, string, string, string]> = [
    ['主　持：旗委副书记杨颖新', 'chair', '主　持', '旗委副书记杨颖新'],
    ['出  席：副旗长宋晓磊、施慧', 'present', '出  席', '副旗长宋晓磊、施慧'],
    ['列 席 ： 旗财政局局长李华', 'attending', '列 席', '旗财政局局长李华'],
    ['记　　录：王芳', 'other', '记　　录', '王芳'],
    ['请　假：张三（出差）', 'absent', '请　假', '张三（出差）'],
    ['会议 主持：杨颖新', 'chair', '会议 主持', '杨颖新'],
  ];
  it.each(spaced)('%s', (text, role, label, rest) => {
    const m = matchAttendanceLabel(normalise(text));
    expect(m?.role).toBe(role);
    expect(text.slice(0, m?.labelLength)).toBe(label);
    expect(text.slice(m?.length)).toBe(rest);
  });
  it('takes no spaced words for a label without the colon, or prose with spaces', () => {
    expect(matchAttendanceLabel(normalise('出 席 会 议 的 同 志'))).toBeNull();
    expect(matchAttendanceLabel(normalise('主 要 领 导：张三'))).toBeNull();
  });
  // A person's remark that names the agenda items they attended.
  const notes: Array<[string | null, number[] | null]> = [
    ['议题二', [2]],
    ['议题一、二', [1, 2]],
    ['列席第一、二项议题', [1, 2]],
    ['第三项议题', [3]],
    ['参加议题三', [3]],
    ['议题 1 列席', [1]],
    ['全程', null],
    ['出差', null],
    ['议题一汇报人', null],
    [null, null],
  ];
  it.each(notes)('remark %s', (note, topics) => {
    expect(noteTopics(note)).toEqual(topics);
  });
  it('reads topic lists', () => {
    expect(parseTopics('一、二')).toEqual([1, 2]);
    expect(parseTopics('三至五')).toEqual([3, 4, 5]);
    expect(parseTopics('1和3')).toEqual([1, 3]);
  });
});

describe('labels set out with spaces, in a whole document', () => {
  // The seed's own label lines, spaced as templates align them (主　　持： 出　　席： 抄　　送：).
  const seed = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'standing-meeting-seed.txt'), 'utf8');
  const spacedSeed = seed.replace(/^(主持|出席|列席|分送|抄送)：/gm, (_, w: string) => `${w[0]}　　${w[1]}：`);
  const plain = parse(seed, { path: 'seed.txt' });
  const spaced = parse(spacedSeed, { path: 'seed.txt' });
  it('changes the text of five label lines', () => {
    expect(spacedSeed.match(/^(.)　　(.)：/gm)).toEqual(['主　　持：', '出　　席：', '列　　席：', '分　　送：', '抄　　送：']);
  });
  it('reads the same attendance and distribution', () => {
    const groups = (d: typeof plain) => d.attendance.map((g) => [g.role, g.topics, g.people.map((p) => [p.name, p.titles, p.note])]);
    expect(spaced.attendance.length).toBe(15);
    expect(groups(spaced)).toEqual(groups(plain));
    expect(spaced.distribution).toEqual(plain.distribution);
    expect(spaced.attendance[0]?.label).toBe('主　　持');
    expect(spaced.attendance[0]?.people.map((p) => p.name)).toEqual(['杨颖新']);
  });
  // A 时间 line right under the title was taken into the header, which has no use for it.
  it.each(['时间', '时　　间'])('reads a %s line under the title as the meeting date', (label) => {
    const doc = parse(`关于某事项的会议纪要\n\n${label}：2021年11月9日上午\n地点：旗政府第一会议室\n\n一、关于预算\n`, { path: 'x.txt' });
    expect(doc.meta.meetingDate).toBe('2021-11-09');
    expect(doc.meta.title).toBe('关于某事项的会议纪要');
  });
});

describe('agenda items named after a person', () => {
  const doc = parse(
    '区委常委会2023年第15次会议纪要\n\n2023年6月12日，区委书记刘海主持召开区委常委会2023年第15次会议。会议研究了以下事项：\n\n' +
      '议题一：关于《临河区2023年乡村振兴重点任务分工方案》的事项\n会议决定：原则通过该方案。\n\n' +
      '议题二：关于追加区人民医院设备购置资金的事项\n会议同意追加设备购置资金 860 万元。\n\n' +
      '列席人员：区委办主任李强（全程），区财政局局长周涛（议题二），区农牧局局长吴刚（议题一、三）\n',
    { path: 'x.txt' },
  );
  it('reads the items headed 议题一：', () => {
    expect(doc.items.map((i) => [i.ordinal, i.heading])).toEqual([
      [1, '关于《临河区2023年乡村振兴重点任务分工方案》的事项'],
      [2, '关于追加区人民医院设备购置资金的事项'],
    ]);
  });
  it('gives each person the items their remark names', () => {
    expect(doc.attendance.at(-1)?.people.map((p) => [p.name, p.note, p.topics])).toEqual([
      ['李强', '全程', null],
      ['周涛', '议题二', [2]],
      ['吴刚', '议题一、三', [1, 3]],
    ]);
  });
  it('warns of an item the minutes do not have', () => {
    expect(doc.diagnostics.filter((d) => d.rule === 'topic-unknown').map((d) => d.message)).toEqual([
      '吴刚 (议题一、三) names agenda item 3, which the minutes do not have',
    ]);
  });
});

// 列席 lists that name bodies, with no person: the bodies are kept as the group's units.
describe('bodies named in an attendance list', () => {
  const doc = parse(
    '某县人民政府县长办公会议纪要\n\n2020年4月8日，县长张伟主持召开县长办公会议。现将会议议定事项纪要如下：\n\n' +
      '一、原则同意《某县2020年重点项目建设计划》。\n\n' +
      '出席：张伟、李娜、王强\n列席：县发改局、县财政局、县住建局主要负责同志，县审计局局长刘洋\n',
    { path: 'x.txt' },
  );
  const attending = doc.attendance.find((g) => g.role === 'attending');
  it('keeps the bodies as units and the person as a person', () => {
    expect(attending?.units).toEqual(['县发改局', '县财政局', '县住建局主要负责同志']);
    expect(attending?.people.map((p) => [p.name, p.titles])).toEqual([['刘洋', ['县审计局局长']]]);
  });
  it('warns of none of them', () => {
    expect(doc.diagnostics.filter((d) => d.rule === 'person-unparsed')).toEqual([]);
  });
  it('keeps a group of bodies alone', () => {
    const only = parse('某县人民政府县长办公会议纪要\n\n一、原则同意计划。\n\n列席单位：县发改局、县财政局\n', { path: 'x.txt' });
    expect(only.attendance.map((g) => [g.role, g.units, g.people.length])).toEqual([['attending', ['县发改局', '县财政局'], 0]]);
  });
  it('still warns of an entry that is neither', () => {
    const odd = parse('某县人民政府县长办公会议纪要\n\n一、原则同意计划。\n\n出席：张伟、做好准备工作\n', { path: 'x.txt' });
    expect(odd.diagnostics.filter((d) => d.rule === 'person-unparsed').map((d) => d.message)).toEqual(["no personal name in '做好准备工作'"]);
  });
});

describe('distribution labels', () => {
  const rows: Array<[string, 'to' | 'cc' | null, string]> = [
    ['抄送：旗委办公室', 'cc', '旗委办公室'],
    ['抄　送：旗委办公室', 'cc', '旗委办公室'],
    ['分  送：各苏木镇', 'to', '各苏木镇'],
    ['抄送单位要及时反馈', null, ''],
    ['报：市委、市政府', 'to', '市委、市政府'],
    ['发：各苏木镇人民政府', 'to', '各苏木镇人民政府'],
    ['报告会上的发言', null, ''],
  ];
  it.each(rows)('%s', (text, field, rest) => {
    const m = matchDistributionLabel(normalise(text));
    expect(m?.field ?? null).toBe(field);
    if (m) expect(text.slice(m.length)).toBe(rest);
  });
});

describe('people', () => {
  const names = (text: string) => parsePeople(normalise(text)).people.map((p) => [p.name, p.titles]);
  it('splits titles from names, sharing one title among several names', () => {
    expect(names('旗委常委、政府副旗长赵栓，旗人民政府副旗长、公安局局长魏振选，旗人民政府副旗长宋晓磊、施慧、杨继强。')).toEqual([
      ['赵栓', ['旗委常委', '政府副旗长']],
      ['魏振选', ['旗人民政府副旗长', '公安局局长']],
      ['宋晓磊', ['旗人民政府副旗长']],
      ['施慧', ['旗人民政府副旗长']],
      ['杨继强', ['旗人民政府副旗长']],
    ]);
  });
  it('reads Mongolian names of four and five characters', () => {
    expect(names('旗能源局局长阿拉腾乌拉，旗残联理事长白呼吉图，旗委组织部副部长贺希格吉雅').map((n) => n[0])).toEqual([
      '阿拉腾乌拉',
      '白呼吉图',
      '贺希格吉雅',
    ]);
  });
  it('joins a two-character name written with a space', () => {
    expect(names('马锋旺 黄德宝 王国晖 徐凌飞 徐 炎 胡晓辉 李春梅').map((n) => n[0])).toEqual([
      '马锋旺', '黄德宝', '王国晖', '徐凌飞', '徐炎', '胡晓辉', '李春梅',
    ]);
  });
  it('keeps a reason apart from the name', () => {
    const p = parsePeople(normalise('旗财政局局长李四（出差）')).people[0];
    expect(p).toMatchObject({ name: '李四', note: '出差', titles: ['旗财政局局长'] });
  });
  // 列席 lists that give each person's office, then a space, then the name.
  it('reads an office and a name set apart by a space', () => {
    expect(names('市政府办公室　蔡文；市财政局　周海涛；市住建局 吴敏')).toEqual([
      ['蔡文', ['市政府办公室']],
      ['周海涛', ['市财政局']],
      ['吴敏', ['市住建局']],
    ]);
  });
  it('reads a title in brackets after the name as a title, a reason as a note', () => {
    const people = parsePeople(normalise('李强（区委办主任）、周涛（区财政局局长）、吴敏（出差）、郑强（县发改局）')).people;
    expect(people.map((p) => [p.name, p.titles, p.note])).toEqual([
      ['李强', ['区委办主任'], null],
      ['周涛', ['区财政局局长'], null],
      ['吴敏', [], '出差'],
      ['郑强', ['县发改局'], null],
    ]);
  });
  it('splits no entry at a separator inside brackets', () => {
    const people = parsePeople(normalise('市住建局局长吴敏（议题一、二），市水务局局长郑强（议题三）')).people;
    expect(people.map((p) => [p.name, p.titles, p.note])).toEqual([
      ['吴敏', ['市住建局局长'], '议题一、二'],
      ['郑强', ['市水务局局长'], '议题三'],
    ]);
  });
  it('tells names from groups and offices', () => {
    expect(['是峰', '王行杰', '洛桑江村', '雪克来提·扎克尔', '冯日升'].every(isName)).toBe(true);
    expect(['主要', '居委会', '发改委', '各委员', '相关人员', '主任张思军'].some(isName)).toBe(false);
  });
});

describe('attendance in prose', () => {
  it('reads chair, present and attending lists in one sentence', () => {
    const t = normalise(
      '8月21日,县十六届人大常委会第五次会议召开,县人大常务副主任王友军,副主任沈传斌、曾宪权、简育田、纪洪山和各委员出席会议,县委常委、常务副县长沈明云,县法院院长吴英忠,县检察院检察长陆庆华列席会议。王友军主持会议。',
    );
    expect(findProseAttendance(t).map((g) => [g.role, g.people.map((p) => p.name)])).toEqual([
      ['present', ['王友军', '沈传斌', '曾宪权', '简育田', '纪洪山']],
      ['attending', ['沈明云', '吴英忠', '陆庆华']],
      ['chair', ['王友军']],
    ]);
  });
  it('keeps the bodies of a list of who attended, never of a chair', () => {
    const t = normalise('2021年6月3日，县长张伟主持召开县政府第9次常务会议，副县长李娜、王强出席会议，县发改局、县财政局、县住建局主要负责同志列席会议。');
    expect(findProseAttendance(t).map((g) => [g.role, g.people.map((p) => p.name), g.units.map((u) => t.slice(u.start, u.end))])).toEqual([
      ['chair', ['张伟'], []],
      ['present', ['李娜', '王强'], []],
      ['attending', [], ['县发改局', '县财政局', '县住建局主要负责同志']],
    ]);
  });
  it('keeps bodies named with the post of who attends (各专门委员会主任委员)', () => {
    const doc = parse('某市人大常委会主任会议纪要\n\n一、会议决定召开常委会会议。\n\n列席会议的有：各专门委员会主任委员，常委会各工作委员会主任，办公厅副主任\n', { path: 'x.txt' });
    expect(doc.attendance.map((g) => [g.role, g.units])).toEqual([['attending', ['各专门委员会主任委员', '常委会各工作委员会主任', '办公厅副主任']]]);
    expect(doc.diagnostics.filter((d) => d.rule === 'person-unparsed')).toEqual([]);
  });
  it('reads the last body of a list that ends in 等 (corpus 033)', () => {
    const t = normalise('區政府辦、發改委、財政局、司法局、審計局負責人等列席會議。');
    expect(findProseAttendance(t).map((g) => g.units.map((u) => t.slice(u.start, u.end)))).toEqual([['区政府办', '发改委', '财政局', '司法局', '审计局负责人等']]); // normalised text
  });
  it('takes a meeting for no body (管委会工作例会), and 有关负责人 after one', () => {
    const t = normalise('三省一市联席会议办公室、各重点专题合作组牵头单位有关负责人参加会议。主任张思军主持召开管委会工作例会,全体工作人员参加了会议。');
    expect(findProseAttendance(t).map((g) => [g.role, g.units.map((u) => t.slice(u.start, u.end))])).toEqual([
      ['present', ['三省一市联席会议办公室', '各重点专题合作组牵头单位有关负责人']],
      ['chair', []],
    ]);
  });
  it('reads invited guests, absences with their reason, and name-first titles', () => {
    const a = findProseAttendance(normalise('县人大常委会副主任陈永乐、县政协副主席沈志华应邀参加会议。'));
    expect(a.map((g) => [g.role, g.people.map((p) => p.name)])).toEqual([['invited', ['陈永乐', '沈志华']]]);
    const b = findProseAttendance(normalise('会议由李崇光校长主持,邹星庐副书记因公缺席会议,其他校长办公会成员参加。'));
    expect(b.map((g) => [g.role, g.people.map((p) => [p.name, p.note])])).toEqual([
      ['chair', [['李崇光', null]]],
      ['absent', [['邹星庐', '因公']]],
    ]);
  });
  it('finds reporters', () => {
    const t = normalise('会议听取了全国人大常委会秘书长刘奇作的关于十四届全国人大二次会议议程草案审议情况的汇报。');
    expect(findReporters(t).map((p) => p.name)).toEqual(['刘奇']);
  });
});

describe('issuer from a headline', () => {
  const issuer = (text: string) => parse(text).meta.issuer;
  it('takes the body that holds the meeting', () => {
    expect(issuer('小梅沙社区召开联席会议商议第一批民生微事实项目\n\n3月2日,社区党委副书记冯滨华主持召开社区班子联席会议。\n')).toBe('小梅沙社区');
    expect(issuer('重庆市九龙坡区人民政府召开第107次常务会议\n\n11月10日,区长李顺主持召开会议。\n')).toBe('重庆市九龙坡区人民政府');
  });
  it('takes the body after 参加, and none from a chair or an ordinal', () => {
    expect(issuer('我委参加长三角地区合作与发展联席会议办公室第二次会议\n\n10月11日,会议在嘉兴市召开。\n')).toBe('长三角地区合作与发展联席会议办公室');
    expect(issuer('郭海磊主持召开县政府第49次常务会议\n\n8月24日,县长郭海磊主持召开会议。\n')).toBeNull();
    expect(issuer('第十六届人民政府第32次常务会议召开\n\n25日,市长周必松主持召开会议。\n')).toBeNull();
  });
});

describe('a title glued to the text (line breaks lost)', () => {
  it('splits the title after 纪要 and leaves the bulletin masthead out', () => {
    const doc = parse(
      '园区快第五期南谯工业开发区管委会2008年5月10日工作例会会议纪要2008年5月10日下午,主任张思军主持召开管委会工作例会,全体工作人员参加了会议。现将会议情况纪要如下:一、各部门汇报上周工作。二、会议听取了徐义东副主任的汇报。',
    );
    expect(doc.meta.title).toBe('南谯工业开发区管委会2008年5月10日工作例会会议纪要');
    expect(doc.meta.issuer).toBe('南谯工业开发区管委会');
    expect(doc.meta.meetingDate).toBe('2008-05-10');
    expect(doc.items.map((i) => i.heading)).toEqual(['各部门汇报上周工作', '会议听取了徐义东副主任的汇报']);
  });
});
