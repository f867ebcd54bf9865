/**
 * Word lists shared by the amount and quantity extractors: the units a price is quoted per,
 * the units a count or measure is given in, and the words that make a clause about money.
 */

/** Escape a literal for use inside a regex. */
function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Alternation source for a word list, longest first so `平方米` wins over `米`. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
}

/** Units a price is quoted per: 元/吨, 万元/亩, 元/人·月, 元每平方米. */
export const PER_UNITS = [
  '平方米', '平方公里', '立方米', '千瓦时', '标准箱', '公里', '公斤', '千克', '人次', '平米', '公顷', '延米',
  '学时', '课时', '小时', '千瓦', '吨', '亩', '人', '户', '月', '年', '天', '日', '次', '件', '台', '套',
  '个', '间', '座', '所', '张', '辆', '场', '度', '米', '头', '只', '株', '棵', '生', '床', '家', '项',
  '名', '份', '本', '册', '斤', '升', '方', '批', '周', '车', '班', '村', '单位', '企业', '学校',
  '㎡', 'm²', 'm2', 'm³', 'kWh', 'kg', 'km', 't',
] as const;

/** Units of counts and measures: 136 人, 992 间, 500 路, 1.6 万吨, 4000 大卡, 197.5%. */
export const QUANTITY_UNITS = [
  '个百分点', '百分点', '%', '％', '‰',
  '人次', '件次', '场次', '批次', '班次', '架次', '车次', '票', '名', '人', '位', '户', '家', '个', '项', '件', '间', '套', '所', '座', '栋', '幢', '层', '处',
  '条', '批', '场', '路', '张', '份', '篇', '册', '本', '台', '辆', '艘', '架', '部', '支', '只', '头',
  '株', '棵', '宗', '笔', '例', '起', '次', '个月', '天', '小时', '分钟', '周', '周岁', '岁', '倍', '标段', '床',
  '平方公里', '平方米', '平米', '㎡', '立方米', '公顷', '亩', '公里', '千米', '米', '延米',
  '吨', '公斤', '千克', '克', '斤', '升', '毫升', '方',
  '千瓦时', '千瓦', '兆瓦', '千伏', '度', '大卡', '千卡',
] as const;

/** Words that make a clause about money, so a bare `124万` in it is an amount. */
export const MONEY_WORDS = [
  '经费', '资金', '投资', '预算', '费用', '补助', '奖励', '补贴', '奖补', '拨款', '拨付', '价款', '金额',
  '款项', '资本', '收入', '支出', '成本', '造价', '总额', '营收', '利润', '税收', '税款', '债务', '债券',
  '贷款', '融资', '工资', '薪酬', '罚款', '租金', '价格', '售价', '报价', '中标价', '合同价', '产值',
  '销售额', '营业额', '财政', '资产', '费', '經費', '資金', '投資', '預算', '費用', '補助', '獎勵', '補貼',
] as const;

/** Regex source: one price unit, optionally compounded (`人·月`, `人/月`). */
export const PER_SOURCE = `(?:${alternation(PER_UNITS)})(?:[·・/](?:${alternation(PER_UNITS)}))?`;

/** Regex source: one quantity unit. */
export const QUANTITY_UNIT_SOURCE = `(?:${alternation(QUANTITY_UNITS)})`;

/** Regex matching a clause that talks about money. */
export const MONEY_CLAUSE = new RegExp(alternation(MONEY_WORDS));
