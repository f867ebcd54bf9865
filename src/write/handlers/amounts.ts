import type { RootContent } from 'mdast';
import type { Amount } from '../../schema.js';
import { type Context, heading, table } from './shared.js';

/** The unit cell: what the amount is priced per (吨), with the currency when it is not yuan (USD/吨). */
function unitOf(value: Amount): string {
  const per = value.per?.trim() ?? '';
  if (value.currency === 'CNY') return per;
  return per ? `${value.currency}/${per}` : value.currency;
}

/**
 * The 金额 section: one row per amount (项 | 原文 | 金额（元） | 单位) with the exact decimal value
 * as stored, so 1173.3 万元 reads 11733000.
 */
export function amounts(values: readonly Amount[], ctx: Context): RootContent[] {
  if (values.length === 0) return [];
  const rows = values.map((a) => [ctx.itemLabel(a.item) ?? '', a.text, a.value, unitOf(a)]);
  return [heading(2, '金额'), table(['项', '原文', '金额（元）', '单位'], rows)];
}
