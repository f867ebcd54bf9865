/**
 * Personal names and the titles, notes and bodies around them in attendance lists and prose, on
 * lines written as minutes write them.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { findProseAttendance } from '../src/recognisers/attendance.js';
import { noteTopics } from '../src/recognisers/labels.js';
import { isBody, isName, parsePeople } from '../src/recognisers/people.js';

/** The people of a list as [name, titles, note], and the entries that named nobody. */
const read = (text: string) => {
  const { people, unparsed } = parsePeople(text);
  return { people: people.map((p) => [p.name, p.titles, p.note]), unparsed: unparsed.map((u) => u.text) };
};

/** The attendance of a document as role, label, people [name, titles, note, topics] and units. */
const attendance = (text: string) =>
  parse(text, { path: 'x.txt' }).attendance.map((g) => ({
    role: g.role,
    label: g.label,
    people: g.people.map((p) => [p.name, p.titles, p.note, p.topics]),
    units: g.units,
  }));

describe('characters of bodies inside names', () => {
  it.each(['张会军', '王会芳', '李科', '刘社教', '李红旗', '达瓦次仁', '次仁多吉', '区志航', '张建议', '刘自由'])('%s is a name', (s) => {
    expect(isName(s)).toBe(true);
  });

  it.each(['县科协', '财务科', '某某区', '协会', '工会', '外科', '合作社', '杭锦旗', '鄂托克前旗', '本次', '由张三', '区人大', '区直单位', '议题', '会计'])(
    '%s is not a name',
    (s) => {
      expect(isName(s)).toBe(false);
    },
  );

  it('reads every name of a shared title, so none loses it', () => {
    expect(read('副县长张会军、李科、刘社教、达瓦次仁')).toEqual({
      people: [
        ['张会军', ['副县长'], null],
        ['李科', ['副县长'], null],
        ['刘社教', ['副县长'], null],
        ['达瓦次仁', ['副县长'], null],
      ],
      unparsed: [],
    });
  });

  it('reads the chair and those present in prose', () => {
    const text = '2024年1月5日，县长王会军主持召开县政府第1次常务会议，副县长李红旗、次仁多吉出席会议。\n\n一、关于春节保供\n\n会议原则同意。\n';
    expect(attendance(text)).toEqual([
      { role: 'chair', label: '主持召开', people: [['王会军', ['县长'], null, null]], units: [] },
      {
        role: 'present',
        label: '出席会议',
        people: [
          ['李红旗', ['副县长'], null, null],
          ['次仁多吉', ['副县长'], null, null],
        ],
        units: [],
      },
    ]);
  });
});

describe('long names', () => {
  it.each(['额尔敦巴雅尔', '阿拉坦敖其尔', '乌云其其格', '阿依古丽·买买提'])('%s is a name', (s) => {
    expect(isName(s)).toBe(true);
  });

  it.each(['网格员孙小红', '职工董事陈芳', '县人大常委会', '额尔敦巴雅尔图'])('%s is not a name', (s) => {
    expect(isName(s)).toBe(false);
  });

  it('reads a six-character name after a shared title', () => {
    expect(read('副旗长阿拉坦敖其尔、呼和巴特尔')).toEqual({
      people: [
        ['阿拉坦敖其尔', ['副旗长'], null],
        ['呼和巴特尔', ['副旗长'], null],
      ],
      unparsed: [],
    });
  });

  it('reads long names written before their posts, each with its own post', () => {
    expect(read('阿拉腾乌拉副旗长、张三副旗长，阿依古丽·买买提副校长，乌云其其格副校长')).toEqual({
      people: [
        ['阿拉腾乌拉', ['副旗长'], null],
        ['张三', ['副旗长'], null],
        ['阿依古丽·买买提', ['副校长'], null],
        ['乌云其其格', ['副校长'], null],
      ],
      unparsed: [],
    });
  });

  it('reads a six-character chair in prose', () => {
    const text = '2022年5月10日，旗委副书记、旗长额尔敦巴雅尔主持召开旗人民政府常务会议。\n\n一、关于草原补奖\n\n会议原则同意。\n';
    expect(attendance(text)).toEqual([{ role: 'chair', label: '主持召开', people: [['额尔敦巴雅尔', ['旗委副书记', '旗长'], null, null]], units: [] }]);
  });
});

describe('posts of boards, hospitals, firms and villages', () => {
  it('reads the post before each name', () => {
    expect(read('监事李国华，职工董事陈芳，总法律顾问许亮，护理部主任、护士长李娜，心内科主任医师张伟，村支书王德福，网格员孙小红').people).toEqual([
      ['李国华', ['监事'], null],
      ['陈芳', ['职工董事'], null],
      ['许亮', ['总法律顾问'], null],
      ['李娜', ['护理部主任', '护士长'], null],
      ['张伟', ['心内科主任医师'], null],
      ['王德福', ['村支书'], null],
      ['孙小红', ['网格员'], null],
    ]);
  });

  it('reads more posts, and the same posts after a name', () => {
    expect(read('法律顾问王强，会计刘芳，出纳赵丽，村文书李明，医师周敏，联络员吴刚，李娜护士长').people).toEqual([
      ['王强', ['法律顾问'], null],
      ['刘芳', ['会计'], null],
      ['赵丽', ['出纳'], null],
      ['李明', ['村文书'], null],
      ['周敏', ['医师'], null],
      ['吴刚', ['联络员'], null],
      ['李娜', ['护士长'], null],
    ]);
  });

  it('keeps 文书 a name where no village stands before it', () => {
    expect(isName('王文书')).toBe(true);
  });
});

describe('prose lists after 的有', () => {
  const lead = '2024年6月3日，镇党委书记刘斌主持召开党政联席会议，';
  const doc = (list: string) => `${lead}${list}镇党委副书记、镇长周海，副镇长陈东、李明。\n\n一、关于防汛\n\n会议原则同意。\n`;
  const chair = { role: 'chair', label: '主持召开', people: [['刘斌', ['镇党委书记'], null, null]], units: [] };
  const people = [
    ['周海', ['镇党委副书记', '镇长'], null, null],
    ['陈东', ['副镇长'], null, null],
    ['李明', ['副镇长'], null, null],
  ];

  it.each([
    ['参加会议的有：', 'present', '参加会议的有'],
    ['出席会议的有：', 'present', '出席会议的有'],
    ['参加会议的人员有：', 'present', '参加会议的人员有'],
    ['出席的领导有：', 'present', '出席的领导有'],
    ['列席会议的有：', 'attending', '列席会议的有'],
  ])('reads the list after %s', (words, role, label) => {
    expect(attendance(doc(words))).toEqual([chair, { role, label, people, units: [] }]);
  });

  it('reads no list after 参加会议的有关', () => {
    expect(findProseAttendance('要求参加会议的有关部门抓好落实。')).toEqual([]);
  });
});

describe('people the meeting invited', () => {
  it('reads 会议邀请…列席 as invited, without 会议邀请 in the title', () => {
    const text = '2023年12月6日，县长李海主持召开县政府常务会议。会议邀请县人大常委会副主任刘强、县政协副主席赵芳列席。\n\n一、关于冬春农田水利建设\n\n会议原则同意。\n';
    expect(attendance(text)).toEqual([
      { role: 'chair', label: '主持召开', people: [['李海', ['县长'], null, null]], units: [] },
      {
        role: 'invited',
        label: '列席',
        people: [
          ['刘强', ['县人大常委会副主任'], null, null],
          ['赵芳', ['县政协副主席'], null, null],
        ],
        units: [],
      },
    ]);
  });

  it('reads 邀请 after a comma, and before 参加会议', () => {
    expect(findProseAttendance('会议由县长李海主持，特邀请市生态环境局副局长王静参加会议。').map((g) => [g.role, g.people.map((p) => [p.name, p.titles])])).toEqual([
      ['chair', [['李海', ['县长']]]],
      ['invited', [['王静', ['市生态环境局副局长']]]],
    ]);
  });
});

describe('notes, topics and dots', () => {
  it('gives a reason after a shared list to every name of it', () => {
    expect(read('副县长沈亮、韩雪因公外出').people).toEqual([
      ['沈亮', ['副县长'], '因公外出'],
      ['韩雪', ['副县长'], '因公外出'],
    ]);
  });

  it('keeps a reason of one name, or in brackets, to that name', () => {
    expect(read('副县长沈亮因病请假、韩雪因公出差').people).toEqual([
      ['沈亮', ['副县长'], '因病请假'],
      ['韩雪', ['副县长'], '因公出差'],
    ]);
    expect(read('副县长沈亮、韩雪（出差）').people).toEqual([
      ['沈亮', ['副县长'], null],
      ['韩雪', ['副县长'], '出差'],
    ]);
    expect(read('县长张三，副县长李四因公').people).toEqual([
      ['张三', ['县长'], null],
      ['李四', ['副县长'], '因公'],
    ]);
  });

  it.each([
    ['议题二、议题三', [2, 3]],
    ['议题一和议题四', [1, 4]],
    ['第2、3项', [2, 3]],
    ['议题二', [2]],
    ['第2、3页', null],
  ])('reads the topics of %s', (note, topics) => {
    expect(noteTopics(note)).toEqual(topics);
  });

  it.each(['买买提.吐尔逊', '艾力・阿不都', '艾力･阿不都'])('%s is a name', (s) => {
    expect(isName(s)).toBe(true);
  });

  it.each(['十二.关于', '张.三', '1.张三'])('%s is not a name', (s) => {
    expect(isName(s)).toBe(false);
  });

  it('reads the notes, topics and names of a document', () => {
    const text = '主持：王振华\n请假：副县长沈亮、韩雪因公外出\n列席：县教育局局长冯军（议题二、议题三），副县长买买提.吐尔逊\n\n一、关于甲\n\n会议原则同意。\n\n二、关于乙\n\n会议原则同意。\n\n三、关于丙\n\n会议原则同意。\n';
    expect(attendance(text)).toEqual([
      { role: 'chair', label: '主持', people: [['王振华', [], null, null]], units: [] },
      {
        role: 'absent',
        label: '请假',
        people: [
          ['沈亮', ['副县长'], '因公外出', null],
          ['韩雪', ['副县长'], '因公外出', null],
        ],
        units: [],
      },
      {
        role: 'attending',
        label: '列席',
        people: [
          ['冯军', ['县教育局局长'], '议题二、议题三', [2, 3]],
          ['买买提.吐尔逊', ['副县长'], null, null],
        ],
        units: [],
      },
    ]);
  });
});

describe('bodies in attendance lists', () => {
  it.each(['县人大常委会', '各乡镇（街道）主要负责同志', '市发改委（物价局）', '县科协', '县红十字会', '县农商行', '县第一中学负责人', '县发改局（议题一）', '农行县支行'])(
    '%s is a body',
    (s) => {
      expect(isBody(s)).toBe(true);
    },
  );

  it.each(['遵照执行', '认真研究', '（街道）'])('%s is not a body', (s) => {
    expect(isBody(s)).toBe(false);
  });

  it('keeps the bodies of a 列席 line as its units', () => {
    const text = '列席：县人大常委会、县政协有关负责同志，各乡镇（街道）主要负责同志，市发改委（物价局），县科协，县红十字会，县农商行，县第一中学负责人\n\n一、关于甲\n\n会议原则同意。\n';
    const doc = parse(text, { path: 'x.txt' });
    expect(doc.attendance.map((g) => [g.role, g.units])).toEqual([
      ['attending', ['县人大常委会', '县政协有关负责同志', '各乡镇（街道）主要负责同志', '市发改委（物价局）', '县科协', '县红十字会', '县农商行', '县第一中学负责人']],
    ]);
    expect(doc.diagnostics.filter((d) => d.rule === 'person-unparsed')).toEqual([]);
  });
});

describe('区 inside a name after a common surname', () => {
  it('reads 周区华 and still refuses bodies ending in 区', async () => {
    const { isName } = await import('../src/recognisers/people.js');
    expect([isName('周区华'), isName('区伟强'), isName('开发区'), isName('城区'), isName('周区')]).toEqual([true, true, false, false, false]);
  });
});

describe('villagers and residents named as a group', () => {
  it('are units, not a person', async () => {
    const { parse } = await import('../src/index.js');
    const doc = parse('某村村民代表会议纪要\n\n一、关于道路硬化\n\n会议同意实施村道硬化。\n\n参加会议的有：村民代表、居民代表、驻村第一书记张旗\n', { path: 'x.txt' });
    const present = doc.attendance.find((g) => g.role === 'present');
    expect(present?.people.map((p) => [p.name, p.titles])).toEqual([['张旗', ['驻村第一书记']]]);
    expect(present?.units).toEqual(['村民代表', '居民代表']);
  });
});
