/**
 * Where numbered lists of decisions and requirements end: agenda headings after a lead-in, sibling
 * items, sub-points, short titled points.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import type { Item, MinutesDocument } from '../src/schema.js';

const HEAD = '县政府常务会议纪要\n\n2024年5月16日，县长王建国主持召开县政府第12次常务会议，研究近期工作。\n';
const read = (body: string): MinutesDocument => parse(HEAD + body, { path: 'x.txt' });
const outline = (items: Item[]): unknown[] => items.map((i) => [i.number, i.heading, outline(i.children)]);
const resolutions = (doc: MinutesDocument) => doc.resolutions.map((r) => [r.item, r.number, r.verb, r.text]);

describe('a lead-in before agenda headings', () => {
  it('leaves 一、关于… a heading', () => {
    const doc = read('会议议定如下：\n一、关于冬季供暖保障工作\n会议听取了县住建局的汇报。会议同意预拨供热补贴500万元。\n二、关于重点项目计划\n会议原则同意该计划。\n');
    expect(outline(doc.items)).toEqual([
      ['一、', '关于冬季供暖保障工作', []],
      ['二、', '关于重点项目计划', []],
    ]);
    expect(resolutions(doc)).toEqual([
      [1, null, '同意', '会议同意预拨供热补贴500万元。'],
      [2, null, '原则同意', '会议原则同意该计划。'],
    ]);
  });
  it('leaves a titled sub-point (（三）关于党支部换届) a heading, and a sibling item with a lead-in opens its own list', () => {
    const doc = read(
      '\n一、关于党建工作\n会议听取了汇报。\n二、研究党建工作要点\n研究决定：\n（一）原则同意《2024年度党建工作要点》。\n（二）由机关党委负责印发实施。\n（三）关于党支部换届\n会议同意3个党支部按期换届。\n三、会议明确如下：\n1.理论学习中心组每月集中学习一次。\n2.党组成员每季度到联系点调研不少于一次。\n',
    );
    expect(outline(doc.items)).toEqual([
      ['一、', '关于党建工作', []],
      ['二、', '研究党建工作要点', [['（三）', '关于党支部换届', []]]],
      ['三、', '会议明确如下', []],
    ]);
    expect(resolutions(doc).map((r) => [r[0], r[1], r[2]])).toEqual([
      [2, '（一）', '原则同意'],
      [2, '（二）', null],
      [2, null, '同意'],
      [3, '1.', null],
      [3, '2.', null],
    ]);
  });
});

describe('a numbered sentence among sibling items', () => {
  it('is an item of its own (三、会议要求，… between 二、 and 四、)', () => {
    const doc = read('\n一、关于供暖工作\n会议同意预拨补贴。\n二、关于项目计划\n会议原则同意该计划。\n三、会议要求，各镇要做好政策宣传解释工作。\n四、关于防汛工作\n会议听取了汇报。\n');
    expect(doc.items.map((i) => i.number)).toEqual(['一、', '二、', '三、', '四、']);
  });
});

describe('经研究，会议同意…', () => {
  it('is one resolution', () => {
    const doc = read('\n一、研究防汛工作\n经研究，会议同意续签合同，金额不超过380万元。\n');
    expect(resolutions(doc)).toEqual([[1, null, '同意', '经研究，会议同意续签合同，金额不超过380万元。']]);
  });
});

describe('会议通过 in ordinary prose', () => {
  it.each([['会议通过此次专题学习，进一步统一了思想认识。'], ['会议通过了解各镇汛前准备情况，部署了下一步工作。']])('%s', (sentence) => {
    expect(read(`\n一、关于学习\n${sentence}\n`).resolutions).toEqual([]);
  });
});

describe('a list of requirements', () => {
  it('keeps its sub-points ((1) under 1.) in the list', () => {
    const doc = read('\n一、安全生产\n会议要求：\n1.安全管理部要在4月底前完成责任书签订。\n（1）对重大隐患要挂牌督办。\n2.各子公司要于6月30日前完成隐患排查。\n（1）对一般隐患要立行立改。\n3.综合管理部要建立台账跟踪落实。\n');
    expect(outline(doc.items)).toEqual([['一、', '安全生产', []]]);
    expect(doc.items[0]?.paragraphs.map((p) => p.lead)).toEqual(['要求', '要求', '要求', '要求', '要求', '要求']);
  });
});

describe('lines of a distribution list', () => {
  it('go on before the printing line', () => {
    const doc = read('\n一、研究防汛工作\n会议要求，各镇要压实责任。\n\n抄送：县委办公室，县人大常委会办公室\n县纪委监委，县法院\n\n临泽县人民政府办公室                  2024年5月20日印发\n');
    expect(doc.distribution.cc).toEqual(['县委办公室', '县人大常委会办公室', '县纪委监委', '县法院']);
    expect(doc.meta.printedBy).toBe('临泽县人民政府办公室');
  });
});

describe('a topic line under a label that stood alone', () => {
  it('stays in the group when a name in it cannot be read', () => {
    const doc = read('\n一、研究防汛工作\n会议要求，各镇要压实责任。\n\n列席：\n议题一：县住建局局长周某某某某某某\n议题二：县水务局局长马次平、县应急局副局长郭议明\n');
    expect(doc.items.map((i) => i.children.length)).toEqual([0]);
    const attending = doc.attendance.find((g) => g.role === 'attending');
    expect(attending?.people.map((p) => [p.name, p.topics])).toEqual([
      ['马次平', [2]],
      ['郭议明', [2]],
    ]);
  });
});

// The probe documents above are built from real layouts; keep the seed's reading as it was.
describe('the seed', () => {
  it('keeps its items and resolutions', () => {
    const seed = readFileSync(new URL('../fixtures/standing-meeting-seed.txt', import.meta.url), 'utf8');
    const doc = parse(seed, { path: 'seed.txt' });
    expect([doc.items.length, doc.resolutions.length]).toEqual([12, 14]);
  });
});
