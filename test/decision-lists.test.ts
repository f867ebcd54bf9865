/**
 * Numbered decisions and requirements in the layouts county and city minutes use: lead-in lines,
 * duty lines under a decision, numbered sentences that are no sub-headings.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import type { Item, MinutesDocument } from '../src/schema.js';

const HEAD = '某县人民政府常务会议纪要\n\n2024年1月5日，县长主持召开县政府常务会议。现纪要如下：\n\n';
const read = (body: string): MinutesDocument => parse(HEAD + body, { path: 'x.txt' });
const resolutions = (doc: MinutesDocument) => doc.resolutions.map((r) => [r.number, r.verb, r.referral, r.text]);
const outline = (items: Item[]): unknown[] => items.map((i) => [i.number, i.heading, i.paragraphs.map((p) => [p.lead, p.text]), outline(i.children)]);

describe('a decision list', () => {
  it('stays open across duty lines (责任单位, 完成时限)', () => {
    const doc = read(
      '一、关于农村公路养护的议题\n\n会议研究决定：\n\n1.同意安排农村公路养护资金860万元。\n\n责任单位：县财政局\n\n' +
        '2.同意将农村公路养护纳入乡镇考核。\n\n责任单位：县考核办；完成时限：2024年6月底前\n',
    );
    expect(resolutions(doc)).toEqual([
      ['1.', '同意', null, '同意安排农村公路养护资金860万元。'],
      ['2.', '同意', null, '同意将农村公路养护纳入乡镇考核。'],
    ]);
    expect(doc.items.map((i) => i.children.length)).toEqual([0]);
    expect(doc.diagnostics.filter((d) => d.rule === 'heading-sequence')).toEqual([]);
  });

  it.each([
    ['议定事项：'],
    ['经研究，会议决定：'],
    ['研究决定：'],
    ['会议明确如下：'],
    ['会议听取了县发改委的汇报。经研究，会议决定：'],
  ])('opens after %s', (lead) => {
    const doc = read(`一、关于某项目的议题\n\n${lead}\n\n（一）同意实施某项目；\n\n（二）该事项提交县委常委会审议。\n`);
    expect(resolutions(doc)).toEqual([
      ['（一）', '同意', null, '同意实施某项目；'],
      ['（二）', null, '县委常委会', '该事项提交县委常委会审议。'],
    ]);
    expect(doc.items[0]?.children).toEqual([]);
  });

  it('opens at a heading that ends in a decision lead', () => {
    const doc = read('一、会议听取了区商务局的汇报，议定如下：\n\n（一）原则同意农贸市场改造提升方案；\n\n（二）区财政补助不超过总投资的30%。\n');
    expect(resolutions(doc).map((r) => r[0])).toEqual(['（一）', '（二）']);
    expect(doc.items.map((i) => [i.heading, i.children.length])).toEqual([['会议听取了区商务局的汇报，议定如下', 0]]);
  });

  it('opens at a lead after a heading on its line, which records no resolution itself', () => {
    const doc = read('一、关于A事宜。会议议定：\n\n1.同意A方案。\n\n2.同意B方案。\n');
    expect(resolutions(doc)).toEqual([
      ['1.', '同意', null, '同意A方案。'],
      ['2.', '同意', null, '同意B方案。'],
    ]);
  });
});

describe('numbered sentences that lead with 会议', () => {
  it('are paragraphs of their item, not sub-headings', () => {
    const doc = read('一、关于园区道路工程\n\n（1）会议同意园区道路工程按EPC模式实施。\n\n（2）会议要求，园区管委会要严格控制工程造价。\n');
    expect(outline(doc.items)).toEqual([
      [
        '一、',
        '关于园区道路工程',
        [
          ['同意', '（1）会议同意园区道路工程按EPC模式实施。'],
          ['要求', '（2）会议要求，园区管委会要严格控制工程造价。'],
        ],
        [],
      ],
    ]);
    expect(resolutions(doc)).toEqual([['（1）', '同意', null, '会议同意园区道路工程按EPC模式实施。']]);
  });

  it('leave headings that name a topic (会议审议了《…》, 会议听取了…汇报)', () => {
    const doc = read('一、会议审议了《某县防汛应急预案》\n\n会议原则同意该预案。\n\n二、会议听取了县财政局关于预算执行情况的汇报\n\n会议要求抓好落实。\n');
    expect(doc.items.map((i) => i.heading)).toEqual(['会议审议了《某县防汛应急预案》', '会议听取了县财政局关于预算执行情况的汇报']);
  });
});

describe('minutes made of numbered decisions', () => {
  it('records a numbered line that starts with a decision as a resolution with its number', () => {
    const doc = parse(
      '关于城市管理有关问题的会议纪要\n\n2024年3月5日，副市长刘志强主持召开专题会议，研究城市管理有关问题。现将会议议定事项纪要如下：\n\n' +
        '一、同意市城管局提出的城区占道经营整治方案。\n\n二、原则同意市城管局提出的停车收费标准调整方案，按程序报市政府审定。\n',
      { path: 'x.txt' },
    );
    expect(resolutions(doc)).toEqual([
      ['一、', '同意', null, '同意市城管局提出的城区占道经营整治方案。'],
      ['二、', '原则同意', '市政府', '原则同意市城管局提出的停车收费标准调整方案，按程序报市政府审定。'],
    ]);
  });
});

describe('a list of requirements', () => {
  const doc = read('一、关于临江大桥项目\n\n会议原则同意临江大桥项目建设方案。\n\n会议要求：\n\n1.市交通运输局要加快征地拆迁进度；\n\n2.市自然资源局要做好用地保障。\n');
  it('gives paragraphs typed by the lead, not sub-items', () => {
    expect(outline(doc.items)).toEqual([
      [
        '一、',
        '关于临江大桥项目',
        [
          ['同意', '会议原则同意临江大桥项目建设方案。'],
          ['要求', '会议要求：'],
          ['要求', '1.市交通运输局要加快征地拆迁进度；'],
          ['要求', '2.市自然资源局要做好用地保障。'],
        ],
        [],
      ],
    ]);
    expect(resolutions(doc).map((r) => r[3])).toEqual(['会议原则同意临江大桥项目建设方案。']);
  });
});

describe('会议 and a verb as ordinary words', () => {
  const doc = read('一、关于上次会议议定事项督办情况\n\n会议通过视频连线听取了各乡镇秋收秋种工作汇报。\n\n会议议定事项落实情况由县政府督查室每月通报一次。\n\n会议审议通过了《某县河长制工作方案》。\n\n会议通过了《某县防汛应急预案》。\n');
  it('records no resolution for 会议通过视频… or 会议议定事项落实情况…', () => {
    expect(resolutions(doc).map((r) => [r[1], r[3]])).toEqual([
      ['审议通过', '会议审议通过了《某县河长制工作方案》。'],
      ['通过', '会议通过了《某县防汛应急预案》。'],
    ]);
    expect(doc.items[0]?.paragraphs.map((p) => p.lead)).toEqual([null, null, '通过', '通过']);
  });
});

describe('heading forms of agenda items', () => {
  it('reads 第一项议题： and 议题二 关于… as items', () => {
    const doc = read('第一项议题：关于全县防汛准备工作\n\n会议要求，各乡镇要完成防汛物资储备。\n\n议题二 关于县城供水管网改造项目\n\n会议原则同意县城供水管网改造项目实施方案。\n');
    expect(doc.items.map((i) => [i.number, i.heading, i.paragraphs.map((p) => p.lead)])).toEqual([
      ['第一项议题：', '关于全县防汛准备工作', ['要求']],
      ['议题二', '关于县城供水管网改造项目', ['同意']],
    ]);
    expect(doc.resolutions.map((r) => r.item)).toEqual([2]);
  });
});

describe('leads with a word between 会议 and the verb', () => {
  it.each([
    ['会议再次强调，要压实责任。', '强调'],
    ['与会同志一致认为，该方案切实可行。', '认为'],
    ['会议研究认为，条件已经成熟。', '认为'],
    ['会议经认真研究，同意实施该项目。', '同意'],
    ['经会议认真研究，同意实施该项目。', '同意'],
  ])('%s → %s', (sentence, lead) => {
    const doc = read(`一、关于某项目\n\n${sentence}\n`);
    expect(doc.items[0]?.paragraphs.map((p) => p.lead)).toEqual([lead]);
  });
});

describe('a decision after 会议认为 or 会议指出 in the same sentence', () => {
  it.each([['会议认为，该项目前期论证不够充分，同意暂不实施。'], ['会议指出，方案已经成熟，同意实施。']])('%s', (sentence) => {
    const doc = read(`一、关于某项目\n\n${sentence}\n`);
    expect(resolutions(doc).map((r) => r[1])).toEqual(['同意']);
  });
});

describe('referrals', () => {
  it.each([
    ['会议原则同意该方案，按程序报县委、县政府审定。', '县委、县政府'],
    ['会议原则同意该方案，报县委同意后实施。', '县委'],
    ['会议原则同意该方案，待进一步论证后再提交县政府常务会议研究。', '县政府常务会议'],
    ['会议原则同意该方案，提请县人民代表大会审查批准。', '县人民代表大会'],
  ])('%s → %s', (sentence, body) => {
    const doc = read(`一、关于某项目\n\n${sentence}\n`);
    expect(resolutions(doc).map((r) => r[2])).toEqual([body]);
  });

  it('takes a referral on a line of its own after a decision list for the list', () => {
    const doc = read('一、关于污水处理项目\n\n会议议定：\n\n（一）同意新增城东污水处理厂建设项目；\n\n（二）同意新增城南污水处理厂提标改造项目。\n\n上述事项提交区委常委会会议研究。\n');
    expect(resolutions(doc).map((r) => [r[0], r[2]])).toEqual([
      ['（一）', '区委常委会会议'],
      ['（二）', '区委常委会会议'],
    ]);
  });
});

describe('a decision list run together on one line', () => {
  it('gives each numbered clause its resolution, and the lead-in none', () => {
    const doc = parse(
      '某县人民政府常务会议纪要\n\n2024年1月5日，县长主持召开县政府常务会议，现纪要如下：一、关于A事宜。会议议定：（一）同意甲项目立项；（二）乙项目资金由县财政安排，提交县委常委会研究。二、关于B事宜。会议强调，要抓好落实。\n',
      { path: 'x.txt' },
    );
    expect(resolutions(doc)).toEqual([
      ['（一）', '同意', null, '同意甲项目立项'],
      ['（二）', null, '县委常委会', '乙项目资金由县财政安排，提交县委常委会研究。'],
    ]);
  });
});

describe('会议明确', () => {
  it('records a decision when a clause follows it (会议明确，由…)', () => {
    const doc = read('一、关于背街小巷整治\n\n会议明确，由区城管局牵头负责背街小巷整治工作，所需经费300万元列入区财政预算。\n');
    expect(resolutions(doc)).toEqual([['', '明确', null, '会议明确，由区城管局牵头负责背街小巷整治工作，所需经费300万元列入区财政预算。']].map((r) => [null, ...r.slice(1)]));
    expect(doc.items[0]?.paragraphs.map((p) => p.lead)).toEqual(['明确']);
  });
  it('records none for what it made clear (会议明确了…)', () => {
    const doc = read('一、关于背街小巷整治\n\n会议明确了下一步工作重点。\n');
    expect(doc.resolutions).toEqual([]);
  });
});

describe('decisions counted 一是, 二是 in one paragraph', () => {
  it('gives each its resolution', () => {
    const doc = read('一、关于农贸市场改造\n\n会议研究决定，一是同意实施农贸市场改造；二是改造资金由县财政安排300万元；三是由县市场监管局牵头组织实施。\n');
    expect(resolutions(doc)).toEqual([
      ['一是', '同意', null, '同意实施农贸市场改造'],
      ['二是', null, null, '改造资金由县财政安排300万元'],
      ['三是', null, null, '由县市场监管局牵头组织实施。'],
    ]);
  });
});

describe('a deferral', () => {
  it('takes 暂缓 as its verb (会议同意暂缓实施…)', () => {
    expect(resolutions(read('一、关于供热工程\n\n会议同意暂缓实施园区供热工程。\n')).map((r) => r[1])).toEqual(['暂缓']);
  });
});
