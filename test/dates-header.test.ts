/**
 * Dates written without a year in the body, and the dates, numbers and session of the header
 * and the printing line, read from minutes as they are commonly laid out.
 */
import { describe, expect, it } from 'vitest';
import { extractDates, parseDate } from '../src/extractors/date.js';
import { parse } from '../src/index.js';

/** The dates of a document as `text=value`. */
const datesOf = (text: string) => parse(text, { path: 'x.txt' }).dates.map((d) => `${d.text}=${d.value}`);

describe('the year of a date written without one', () => {
  const minutes =
    '青阳县人民政府第十三次常务会议纪要\n\n2023年4月20日，县长王建国主持召开县政府第十三次常务会议。现纪要如下：\n\n' +
    '一、关于老旧小区改造事宜\n会议要求，各街道6月30日前完成摸底调查，11月30日前全部完工，12月15日前完成竣工验收，12月31日前完成资金结算。\n';

  it('gives a deadline the next such day on or after the meeting', () => {
    expect(datesOf(minutes)).toEqual([
      '2023年4月20日=2023-04-20',
      '6月30日=2023-06-30',
      '11月30日=2023-11-30',
      '12月15日=2023-12-15',
      '12月31日=2023-12-31',
    ]);
  });

  it('takes a deadline in the next year when its day has passed in the meeting year', () => {
    const ref = { year: 2023, month: 4, day: 20 };
    expect(extractDates('3月31日前完成验收', ref)[0]?.value).toBe('2024-03-31');
    expect(extractDates('4月20日前上报', ref)[0]?.value).toBe('2023-04-20');
    expect(extractDates('2月1日启动招标', ref)[0]?.value).toBe('2024-02-01');
    expect(extractDates('12月31日之前', { year: 2023, month: 1, day: 10 })[0]?.value).toBe('2023-12-31');
  });

  it('gives another date the meeting year, across the new year only a short way', () => {
    const april = { year: 2023, month: 4, day: 20 };
    expect(extractDates('11月30日召开了座谈会', april)[0]?.value).toBe('2023-11-30');
    expect(extractDates('1月5日召开了座谈会', april)[0]?.value).toBe('2023-01-05');
    expect(extractDates('1月5日召开座谈会', { year: 2022, month: 12, day: 20 })[0]?.value).toBe('2023-01-05');
    expect(extractDates('12月28日召开了座谈会', { year: 2023, month: 1, day: 10 })[0]?.value).toBe('2022-12-28');
  });

  it('does not take a date already past as a deadline', () => {
    expect(extractDates('截至3月31日，已完成投资', { year: 2023, month: 4, day: 20 })[0]?.value).toBe('2023-03-31');
  });
});

describe('the meeting date of a 时间： line', () => {
  /** Minutes whose meeting date is given only by the 时间： line `when`. */
  const withTime = (when: string) =>
    '城关区人民政府区长办公会议纪要\n〔2023〕7号\n城关区人民政府办公室                         2023年3月15日\n\n' +
    `关于推进老旧小区改造工作的区长办公会议纪要\n\n时间：${when}\n地点：区政府第二会议室\n主持人：张伟\n\n` +
    '会议研究了老旧小区改造有关事项，纪要如下：\n一、关于改造计划\n' +
    '会议同意2023年计划改造老旧小区42个，涉及居民3860户，总投资1.2亿元，由区住建局牵头组织实施，各街道办事处积极配合，确保按期完成。\n' +
    '会议要求，区财政局要及时拨付资金。\n二、关于资金保障\n' +
    '会议同意区财政局统筹安排配套资金，专款专用，严禁挤占挪用，审计部门全程跟踪审计，确保资金安全高效使用，对违规行为严肃追责。\n' +
    '出席：张伟、李强、王敏\n';

  it.each([
    '2023年3月13日（星期一）上午9:00',
    '2023年3月13日(周一)',
    '2023.3.13（周一）',
    '2023年3月13日14:30',
    '2023年3月13日晚上7时',
    '2023年3月13日 上午9:00',
  ])('reads the date of 时间：%s, whatever follows it', (when) => {
    const doc = parse(withTime(when), { path: 'x.txt' });
    expect(doc.meta.meetingDate).toBe('2023-03-13');
    expect(doc.meta.meetingDateInferred).toBe(false);
  });
});

describe('the printing line', () => {
  /** Minutes that end in the printing line `line`. */
  const withPrintLine = (line: string) =>
    '城关区人民政府\n区长办公会议纪要\n〔2023〕7号\n城关区人民政府办公室                    2023年3月15日\n\n' +
    '关于推进老旧小区改造工作的区长办公会议纪要\n\n' +
    '2023年3月13日上午，区长张伟主持召开区长办公会议，会议研究了老旧小区改造有关事项，纪要如下：\n一、关于改造计划\n' +
    '会议同意2023年计划改造老旧小区42个，涉及居民3860户，总投资1.2亿元，由区住建局牵头组织实施，各街道办事处积极配合，确保按期完成。\n' +
    '会议要求，区财政局要及时拨付资金。\n二、关于资金保障\n' +
    '会议同意区财政局统筹安排配套资金，专款专用，严禁挤占挪用，审计部门全程跟踪审计，确保资金安全高效使用，对违规行为严肃追责。\n' +
    `出席：张伟、李强、王敏\n\n抄送：区委办公室。\n${line}\n`;

  it.each([
    '城关区人民政府办公室                    二0二三年三月十六日印发',
    '城关区人民政府办公室                    二O二三年三月十六日印发',
    '城关区人民政府办公室                    二Ｏ二三年三月十六日印发',
    '城关区人民政府办公室                    2023-03-16印发',
    '城关区人民政府办公室                    2023.3.16印发',
    '城关区人民政府办公室                    2023年3月16日印发   共印30份',
    '城关区人民政府办公室      印发日期：2023年3月16日',
  ])('reads the office and date of %s', (line) => {
    const doc = parse(withPrintLine(line), { path: 'x.txt' });
    expect(doc.meta.printDate).toBe('2023-03-16');
    expect(doc.meta.printedBy).toBe('城关区人民政府办公室');
    expect(doc.diagnostics.filter((d) => d.ruleId === 'unplaced-text')).toEqual([]);
  });

  it('reads a year in Chinese digits whose zero is the digit 0 or the letter O', () => {
    expect(parseDate('二0二三年三月十六日')).toEqual({ year: 2023, month: 3, day: 16 });
    expect(parseDate('二O二三年三月十六日')).toEqual({ year: 2023, month: 3, day: 16 });
  });

  it('reads 印发日期： alone on its line as the printing date', () => {
    expect(parse(withPrintLine('印发日期：2023年3月16日'), { path: 'x.txt' }).meta.printDate).toBe('2023-03-16');
  });
});

describe('the session of a title over two lines', () => {
  const minutes =
    '青阳县人民政府常务会议纪要\n\n第5期\n\n青阳县人民政府办公室                    二〇二三年三月二日\n\n' +
    '青阳县人民政府\n第十八届第12次常务会议纪要\n\n' +
    '2023年2月28日上午，县长王建国主持召开县政府常务会议，研究了城区供水管网改造等事项。现纪要如下：\n\n' +
    '一、关于城区供水管网改造项目资金事宜\n' +
    '会议同意县水务局实施城区老旧供水管网改造项目，总投资1,200万元，由县财政局统筹安排资金，县水务局负责组织实施，确保年内完工。\n\n' +
    '出席：王建国、李明、张华、赵强\n\n青阳县人民政府办公室                  2023年3月2日印发\n';

  it('reads the session from the title line that holds it', () => {
    const doc = parse(minutes, { path: 'x.txt' });
    expect(doc.meta.title).toBe('青阳县人民政府第十八届第12次常务会议纪要');
    expect(doc.meta.session).toMatchObject({ number: 12, term: 18, year: null, text: '第十八届第12次' });
    expect(doc.meta.session?.position.start).toMatchObject({ line: 8, column: 1 });
  });
});

describe('the office and date under the masthead', () => {
  /** Minutes whose masthead has the office-and-date line `line`. */
  const withMasthead = (line: string) =>
    `城关区人民政府区长办公会议纪要\n〔2023〕7号\n${line}\n\n关于推进老旧小区改造工作的区长办公会议纪要\n\n` +
    '2023年3月13日上午，区长张伟主持召开区长办公会议，会议研究了老旧小区改造有关事项，纪要如下：\n一、关于改造计划\n' +
    '会议同意2023年计划改造老旧小区42个，涉及居民3860户，总投资1.2亿元，由区住建局牵头组织实施，各街道办事处积极配合，确保按期完成。\n' +
    '会议要求，区财政局要及时拨付资金。\n二、关于资金保障\n' +
    '会议同意区财政局统筹安排配套资金，专款专用，严禁挤占挪用，审计部门全程跟踪审计，确保资金安全高效使用，对违规行为严肃追责。\n' +
    '出席：张伟、李强、王敏\n';

  it.each([
    ['城关区人民政府办公室                    2023.3.15', '城关区人民政府办公室'],
    ['城关区人民政府办公室                    2023-03-15', '城关区人民政府办公室'],
    ['城发集团有限公司综合管理部                    2023年3月15日', '城发集团有限公司综合管理部'],
    ['城关街道办事处                              2023年3月15日', '城关街道办事处'],
    ['南平市第一医院                    2023年3月15日', '南平市第一医院'],
    ['城关镇中心卫生院                    2023年3月15日', '城关镇中心卫生院'],
    ['城关第一中学                    2023年3月15日', '城关第一中学'],
    ['城关区政府办                    2023年3月15日', '城关区政府办'],
    ['南平市第一医院院办                    2023年3月15日', '南平市第一医院院办'],
  ])('reads the issue date of %s', (line) => {
    expect(parse(withMasthead(line), { path: 'x.txt' }).meta.issueDate).toBe('2023-03-15');
  });

});

describe('the number of the minutes in the header', () => {
  /** Minutes whose header has the number line `line` under the masthead. */
  const withNumber = (line: string) =>
    `城关区人民政府\n区长办公会议纪要\n${line}\n城关区人民政府办公室                    2023年3月15日\n\n` +
    '关于推进老旧小区改造工作的区长办公会议纪要\n\n' +
    '2023年3月13日上午，区长张伟主持召开区长办公会议，研究老旧小区改造有关事项。现纪要如下：\n一、关于改造计划\n' +
    '会议同意2023年计划改造老旧小区42个，涉及居民3860户，总投资1.2亿元，由区住建局牵头组织实施，各街道办事处积极配合，确保按期完成。\n' +
    '二、关于资金保障\n' +
    '会议同意区财政局统筹安排配套资金，专款专用，严禁挤占挪用，审计部门全程跟踪审计，确保资金安全高效使用，对违规行为严肃追责。\n' +
    '出席：张伟、李强、王敏\n';

  it.each([
    ['〔2023〕第7号', '〔2023〕第7号'],
    ['第7号', '第7号'],
    ['第5期（总第125期）', '第5期'],
    ['总第125期', '总第125期'],
  ])('reads %s as the number %s', (line, number) => {
    const doc = parse(withNumber(line), { path: 'x.txt' });
    expect(doc.meta.docNumber).toBe(number);
    expect(doc.meta.title).toBe('关于推进老旧小区改造工作的区长办公会议纪要');
    expect(doc.meta.issueDate).toBe('2023-03-15');
  });
});

describe('a session line in an academic year', () => {
  const minutes =
    '江南农业大学\n校长办公会议纪要\n\n2022—2023学年第15次\n\n校长办公室                                    2023年5月8日\n\n' +
    '2023年5月6日上午，校长周建明在行政楼第一会议室主持召开2022—2023学年第15次校长办公会议。现纪要如下：\n\n' +
    '一、关于学生公寓维修改造事宜\n会议同意对南苑3号、5号学生公寓进行维修改造，项目预算1,860万元。\n\n' +
    '出席：周建明、刘芳、孙立新、赵文博、钱卫东\n';

  it('reads 2022—2023学年第15次 under the masthead as the session, not the title', () => {
    const doc = parse(minutes, { path: 'x.txt' });
    expect(doc.meta.title).toBe('江南农业大学校长办公会议纪要');
    expect(doc.meta.session).toMatchObject({ number: 15, term: null, text: '第15次' });
    expect(doc.meta.session?.position.start.line).toBe(4);
    expect(doc.meta.issueDate).toBe('2023-05-08');
  });
});

describe('the issuer named at the head of a title or masthead', () => {
  const issuerOf = (text: string) => parse(text, { path: 'x.txt' }).meta.issuer;
  const body = '\n\n2023年3月2日，召开会议。\n\n一、关于某事项\n\n会议同意。\n';
  it.each([
    ['城投集团总经理办公会议纪要', '城投集团'],
    ['江南大学2022—2023学年第15次校长办公会纪要', '江南大学'],
    ['市第一人民医院院长办公会会议纪要', '市第一人民医院'],
    ['城关镇党政联席会议纪要', '城关镇'],
  ])('%s → %s', (title, issuer) => {
    expect(issuerOf(title + body)).toBe(issuer);
  });
  it('takes a hospital masthead over the office that dates the minutes', () => {
    expect(issuerOf('南平市第一医院\n院长办公会议纪要\n\n〔2023〕第8期\n\n院长办公室                                    2023年4月18日\n\n2023年第8次院长办公会议纪要' + body)).toBe('南平市第一医院');
  });
  it('takes the body of a masthead over the office when the title names none', () => {
    expect(
      issuerOf('城关区人民政府区长办公会议纪要\n〔2023〕7号\n城关区人民政府办公室                    2023 年 3 月 15 日\n\n关于推进老旧小区改造工作的区长办公会议纪要' + body),
    ).toBe('城关区人民政府');
  });
});

describe('village and workplace meetings', () => {
  it('reads the kind and the issuer of 红旗村村民代表会议纪要', () => {
    const doc = parse('红旗村村民代表会议纪要\n\n2024年7月12日上午，红旗村在村委会二楼会议室召开村民代表会议。\n\n一、关于村集体经济收益分配方案\n\n会议同意分配方案。\n', { path: 'x.txt' });
    expect([doc.meta.issuer, doc.meta.kind]).toEqual(['红旗村', '村民代表会议']);
  });
  it.each([['职工代表大会'], ['党员大会'], ['股东大会'], ['董事会会议'], ['总经理办公会议']])('knows the kind %s', (kind) => {
    const doc = parse(`某某公司${kind}纪要\n\n2024年7月12日，召开${kind}。\n\n一、关于某事项\n\n会议同意。\n`, { path: 'x.txt' });
    expect(doc.meta.kind).toBe(kind);
  });
});

describe('the session under a masthead and in the opening', () => {
  it('keeps the opening’s year when the masthead line gives the same count without it', () => {
    const doc = parse(
      '达拉特旗人民政府常务会议纪要\n\n第8次\n\n达拉特旗人民政府办公室                    2023年11月28日\n\n2023年11月24日，旗长额尔敦毕力格主持召开旗人民政府2023年第8次常务会议。\n\n一、关于某事项\n\n会议同意。\n',
      { path: 'x.txt' },
    );
    expect([doc.meta.session?.text, doc.meta.session?.year, doc.meta.session?.number]).toEqual(['2023年第8次', 2023, 8]);
  });
});

describe('a short minutes whose lines are all about as long', () => {
  it('keeps the header lines apart (no hard-wrap joins in the masthead, 时间, 地点)', () => {
    const doc = parse(
      '城关区人民政府区长办公会议纪要\n〔2023〕7号\n城关区人民政府办公室          2023年3月15日\n\n关于推进老旧小区改造工作的区长办公会议纪要\n\n时间：2023年3月13日 上午9:00\n地点：区政府第二会议室\n主持人：张伟\n\n会议研究了老旧小区改造有关事项，纪要如下：\n一、关于改造计划\n会议同意2023年改造老旧小区42个。\n出席：张伟、李强、王敏\n',
      { path: 'x.txt' },
    );
    expect([doc.meta.title, doc.meta.docNumber, doc.meta.meetingDate, doc.meta.issueDate]).toEqual([
      '关于推进老旧小区改造工作的区长办公会议纪要',
      '〔2023〕7号',
      '2023-03-13',
      '2023-03-15',
    ]);
  });
});

describe('the session in the title and, fuller, in the opening', () => {
  it('keeps the term the opening adds (第十八届人民政府第107次)', () => {
    const doc = parse('重庆市九龙坡区人民政府召开第107次常务会议\n\n11月10日，区政府区长李顺主持召开区第十八届人民政府第107次常务会议。\n\n会议审议通过了《某办法》。\n', { path: 'x.txt' });
    expect([doc.meta.session?.number, doc.meta.session?.term]).toEqual([107, 18]);
  });
});

describe('subject words (主题词) at the head of the minutes', () => {
  it('are keywords, in a metadata table row', () => {
    const doc = parse('导航\n\n| 主 题 词: | 2021-2022 学年度 第十次 校长办公会 纪要 | 阅读次数: |\n\n某大学2021-2022学年度第十次校长办公会纪要\n\n10月8日，校长办公会召开。\n\n一、关于某事项\n\n会议同意。\n', { path: 'x.txt' });
    expect(doc.meta.keywords).toEqual(['2021-2022', '学年度', '第十次', '校长办公会', '纪要']);
  });
  it('are keywords, not the title, on a line of their own', () => {
    const doc = parse('主题词：校长办公会 纪要\n\n某大学校长办公会纪要\n\n10月8日，校长办公会召开。\n\n一、关于某事项\n\n会议同意。\n', { path: 'x.txt' });
    expect([doc.meta.title, doc.meta.keywords]).toEqual(['某大学校长办公会纪要', ['校长办公会', '纪要']]);
  });
});
