/** Smaller misreadings of realistic minutes: lead-in headings, offices, referrals, amounts, kinds. */
import { describe, expect, it } from 'vitest';
import { extractAmounts } from '../src/extractors/amount.js';
import { extractQuantities } from '../src/extractors/quantity.js';
import { parse } from '../src/index.js';

const doc = (text: string) => parse(text, { path: 'x.txt' });

describe('a heading 二、议定事项', () => {
  it('records no resolution', () => {
    const d = doc('某市专题会议纪要\n\n2024年5月6日，召开专题会议。\n\n一、基本情况\n\n会议听取了汇报。\n\n二、议定事项\n\n（一）关于项目用地保障\n\n会议同意一期项目用地580亩采取“标准地”方式出让。\n');
    expect(d.resolutions.map((r) => r.text)).toEqual(['会议同意一期项目用地580亩采取“标准地”方式出让。']);
  });
});

describe('an office line ending in 编', () => {
  it('gives the issue date', () => {
    const d = doc('某医院院长办公会纪要\n\n第9期\n\n院办公室编          2024年9月6日\n\n2024年9月3日，院长主持召开院长办公会。\n\n一、关于某事项\n\n会议同意。\n');
    expect(d.meta.issueDate).toBe('2024-09-06');
  });
});

describe('a referral after a review by others', () => {
  it('names the body the matter goes to last', () => {
    const d = doc('某县教育局局务会议纪要\n\n2024年5月6日，召开局务会议。\n\n一、关于招聘计划\n\n会议同意该计划，该计划报县人社局、县编办审核后提交县政府常务会议研究。\n');
    expect(d.resolutions.map((r) => r.referral)).toEqual(['县政府常务会议']);
  });
});

describe('amounts', () => {
  it('takes 学期 as the period of a per-student rate', () => {
    expect(extractAmounts('按每生每学期500元标准补助。').map((a) => a.per)).toEqual(['生·学期']);
  });
  it('counts an amount and its written-out form in brackets once', () => {
    expect(extractAmounts('合同金额为人民币8.3万元（大写：捌万叁仟元整）。').map((a) => a.value)).toEqual(['83000']);
  });
});

describe('counts in 场次', () => {
  it('keeps the whole unit', () => {
    expect(extractQuantities('全年开展宣讲不少于20场次。').map((q) => [q.text, q.unit])).toEqual([['20场次', '场次']]);
  });
});

describe('a street office’s party working committee', () => {
  it('reads the kind 党工委会议 and the unit 各社区党组织书记', () => {
    const d = doc('南湖街道党工委会议纪要\n\n2024年5月6日，街道党工委书记李明主持召开党工委（扩大）会议。\n\n一、关于某事项\n\n会议同意。\n\n列席：街道办副主任王芳；各社区党组织书记（议题二）\n');
    expect(d.meta.kind).toBe('党工委会议');
    expect(d.attendance.find((g) => g.role === 'attending')?.units).toEqual(['各社区党组织书记（议题二）']);
  });
});

describe('numbered lines after a paragraph that ends in a colon', () => {
  const items = (d: ReturnType<typeof doc>) => d.items.map((i) => [i.heading, i.children.length, i.paragraphs.map((p) => p.lead)]);
  it('are points of its lead (会议强调，…各学校要：（1）…), not sub-items', () => {
    const d = doc('某县教育局局务会议纪要\n\n2024年5月6日，召开局务会议。\n\n一、关于课后服务\n\n会议强调，课后服务要坚持自愿原则，各学校要：\n\n（1）每周至少开展一次体育活动；\n\n（2）严禁借课后服务补课。\n');
    expect(items(d)).toEqual([['关于课后服务', 0, ['强调', '强调', '强调']]]);
  });
  it('are numbered decisions of a decision that ends in a colon, with its verb and the referral after them', () => {
    const d = doc('某医院院长办公会纪要\n\n2024年9月3日，院长主持召开院长办公会。\n\n一、关于绩效方案\n\n会议原则同意院绩效办提出的调整方案：\n\n（一）临床科室绩效系数上调5%；\n\n（二）医技科室系数不变。\n\n该方案须提交职工代表大会审议通过后实施。\n');
    expect(d.resolutions.map((r) => [r.number, r.verb, r.referral])).toEqual([
      ['（一）', '原则同意', '职工代表大会'],
      ['（二）', '原则同意', '职工代表大会'],
    ]);
    expect(d.items[0]?.children).toEqual([]);
  });
});
