/**
 * The cheap tests that let the header skip its patterns, at their edges: each case is one the
 * pattern matches although the cheap test looks at the least of it (text after the 文号's 号,
 * spaces around a date line, white space before a metadata row).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const BODY = '2021 年 11 月 9 日，旗委副书记、政府代旗长杨颖新主持召开 2021 年第 16 次政府常务会议，现纪要如下：\n\n一、传达学习习近平总书记重要讲话\n';

describe('header: a 文号 needs a bracket and 号, wherever the line ends', () => {
  it('reads a 文号 with the title after it on the same line', () => {
    const doc = parse(`院办发〔2022〕5号(2021-2022学年度第十次校长办公会纪要)\n\n${BODY}`);
    expect(doc.meta.docNumber).toBe('院办发〔2022〕5号');
    expect(doc.meta.title).toBe('2021-2022学年度第十次校长办公会纪要');
  });
  it('takes a line that is only a 文号 for no title', () => {
    const doc = parse(`〔2021〕36号\n\n鄂托克前旗人民政府\n\n${BODY}`);
    expect(doc.meta.docNumber).toBe('〔2021〕36号');
    expect(doc.meta.title).toBe('鄂托克前旗人民政府');
  });
});

describe('header: a date line ends in 日 once trimmed', () => {
  it('reads a date line with spaces inside and after it', () => {
    const doc = parse(`鄂托克前旗人民政府会议纪要\n\n2021 年 11 月 10 日  \n\n${BODY}`);
    expect(doc.meta.issueDate).toBe('2021-11-10');
  });
  it('reads a date line in Chinese numerals', () => {
    const doc = parse(`鄂托克前旗人民政府会议纪要\n\n二〇二一年十一月十日\n\n${BODY}`);
    expect(doc.meta.issueDate).toBe('2021-11-10');
  });
});

describe('header: labels and metadata rows', () => {
  it('reads the issuer after 发布部门 in a metadata row', () => {
    const doc = parse(`| 发布部门: | 学校办公室 |\n\n院办发〔2022〕5号(2021-2022学年度第十次校长办公会纪要)\n\n${BODY}`);
    expect(doc.meta.issuer).toBe('学校办公室');
  });
  it('reads a 文号 from a metadata row below the first paragraph', () => {
    const doc = parse(`武昌首义学院校长办公会纪要\n\n${BODY}\n  | 文 号: | 院办发〔2022〕5号 | 文件名称: | 校长办公会纪要 |\n`);
    expect(doc.meta.docNumber).toBe('院办发〔2022〕5号');
  });
  it('takes a line that ends in the name of a body for the issuer, spaces and all', () => {
    expect(parse(`鄂托克前旗人民政府 \n\n二〇二一年十一月十日\n\n2021年第16次常务会议纪要\n\n${BODY}`).meta.issuer).toBe('鄂托克前旗人民政府');
    expect(parse(`武昌首义学院 学校办公室\n\n二〇二一年十一月十日\n\n校长办公会纪要\n\n${BODY}`).meta.issuer).toBe('武昌首义学院学校办公室');
  });
});

// The masthead of minutes in the official layout: the body and 纪要 over two lines, the 文号 under
// them, then the issuing office and the date on one line, set apart by spaces.
describe('header: the official masthead', () => {
  const MASTHEAD = '鄂托克前旗人民政府\n常务会议纪要\n〔2021〕36号\n\n鄂托克前旗人民政府办公室                   2021年11月10日\n\n';
  const doc = parse(`${MASTHEAD}${BODY}`);
  it('keeps the 文号 out of the title', () => {
    expect(doc.meta.title).toBe('鄂托克前旗人民政府常务会议纪要');
    expect(doc.meta.docNumber).toBe('〔2021〕36号');
  });
  it('reads the date after the office as the issue date', () => {
    expect(doc.meta.issueDate).toBe('2021-11-10');
    expect(doc.meta.issuer).toBe('鄂托克前旗人民政府');
  });
  it('takes no office and date from a sentence', () => {
    const prose = parse(`鄂托克前旗人民政府会议纪要\n\n会议定于 2021年11月10日\n\n${BODY}`);
    expect(prose.meta.issueDate).toBeNull();
  });
});

// Under a header that carries the year, the opening often gives the month and day alone.
describe('meeting date: the month and day of the opening, the year of the issue date', () => {
  const MASTHEAD = '鄂托克前旗人民政府\n常务会议纪要\n〔2021〕36号\n\n鄂托克前旗人民政府办公室                   2021年11月10日\n\n';
  const opening = (day: string) => `${day}上午，旗委副书记、政府代旗长杨颖新主持召开政府常务会议。现纪要如下：\n\n一、传达学习习近平总书记重要讲话\n`;
  it('takes the year of the issue date', () => {
    const doc = parse(`${MASTHEAD}${opening('11月9日')}`);
    expect(doc.meta.meetingDate).toBe('2021-11-09');
    expect(doc.meta.meetingDateInferred).toBe(true);
  });
  it('takes the year before for a day after the issue date (a December meeting issued in January)', () => {
    const doc = parse(`${MASTHEAD.replace('2021年11月10日', '2022年1月5日')}${opening('12月28日')}`);
    expect(doc.meta.meetingDate).toBe('2021-12-28');
  });
  it('infers nothing without an issue or print date', () => {
    const doc = parse(`鄂托克前旗人民政府常务会议纪要\n\n${opening('11月9日')}`);
    expect(doc.meta.meetingDate).toBeNull();
    expect(doc.meta.meetingDateInferred).toBe(false);
  });
  it('marks a date written in full as not inferred', () => {
    const doc = parse(`${MASTHEAD}${opening('2021年11月9日')}`);
    expect(doc.meta.meetingDate).toBe('2021-11-09');
    expect(doc.meta.meetingDateInferred).toBe(false);
  });
  it('reads a 时间 line with the month and day alone', () => {
    const doc = parse(`${MASTHEAD}时间：11月9日上午\n\n一、传达学习习近平总书记重要讲话\n`);
    expect(doc.meta.meetingDate).toBe('2021-11-09');
    expect(doc.meta.meetingDateInferred).toBe(true);
  });
  it('takes no impossible day', () => {
    const doc = parse(`${MASTHEAD}${opening('2月30日')}`);
    expect(doc.meta.meetingDate).toBeNull();
  });
});

// The body at the head of a title, before the kind of meeting.
describe('header: the issuer at the head of the title', () => {
  it.each([
    ['某县人民政府县长办公会议纪要', '某县人民政府'],
    ['某市人民政府市长办公会纪要', '某市人民政府'],
    ['某区人民政府专题会议纪要', '某区人民政府'],
    ['某县人民政府全体会议纪要', '某县人民政府'],
  ])('%s', (title, issuer) => {
    expect(parse(`${title}\n\n${BODY}`).meta.issuer).toBe(issuer);
  });
});

describe('header: the kind of meeting', () => {
  it.each([
    ['区委常委会2023年第15次会议纪要', '常委会会议'],
    ['县人大常委会第二次主任会议纪要', '主任会议'],
    ['鄂托克前旗人民政府2021年第16次常务会议纪要', '常务会议'],
  ])('%s', (title, kind) => {
    expect(parse(`${title}\n\n${BODY}`).meta.kind).toBe(kind);
  });
});

// Minutes numbered by issue (期) rather than by 号, as many bodies number them.
describe('header: a number of the issue (期)', () => {
  it.each([
    ['某大学校长办公会纪要\n〔2023〕第18期', '某大学校长办公会纪要', '〔2023〕第18期'],
    ['某大学校长办公会纪要\n\n第8期', '某大学校长办公会纪要', '第8期'],
    ['某大学校长办公会纪要\n2023年第5期', '某大学校长办公会纪要', '2023年第5期'],
    ['某大学校长办公会纪要〔2023〕第18期', '某大学校长办公会纪要', '〔2023〕第18期'],
    ['某大学校长办公会纪要\n（第12期）', '某大学校长办公会纪要', '第12期'],
  ])('%s', (head, title, docNumber) => {
    const doc = parse(`${head}\n\n${BODY}`);
    expect([doc.meta.title, doc.meta.docNumber]).toEqual([title, docNumber]);
  });
  it('keeps a 文号 in 号 first', () => {
    expect(parse(`某大学校长办公会纪要\n〔2021〕36号\n\n${BODY}`).meta.docNumber).toBe('〔2021〕36号');
  });
});

describe('header: the issuer when no line names one but the office-and-date line', () => {
  it('takes the office that issues the minutes', () => {
    const doc = parse(`县长办公会议纪要\n\n第8期\n\n和静县人民政府办公室　　　　　　　　二〇二三年五月十日\n\n${BODY}`);
    expect([doc.meta.issuer, doc.meta.issueDate, doc.meta.docNumber]).toEqual(['和静县人民政府办公室', '2023-05-10', '第8期']);
  });
  it('reads a university before 校长办公会 in the title', () => {
    expect(parse(`西北民族大学校长办公会纪要\n\n${BODY}`).meta.issuer).toBe('西北民族大学');
  });
});
