import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import type { Diagnostic } from '../../schema.js';
import { heading, rawText } from './shared.js';

/** One entry: `115:1` warning `page-break-repeat` '理' is repeated …; unplaced ones have no place. */
function entry(value: Diagnostic): ListItem {
  const children: PhrasingContent[] = [];
  if (value.position) {
    const { line, column } = value.position.start;
    children.push({ type: 'inlineCode', value: `${line}:${column}` }, rawText(' '));
  }
  children.push(
    rawText(`${value.severity} `),
    { type: 'inlineCode', value: value.rule },
    rawText(` ${value.message.trim()}`),
  );
  return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] };
}

/** The 诊断 section: warnings and errors in document order (info messages are left out). */
export function diagnostics(values: readonly Diagnostic[]): RootContent[] {
  const shown = values.filter((d) => d.severity !== 'info');
  if (shown.length === 0) return [];
  return [heading(2, '诊断'), { type: 'list', ordered: false, spread: false, children: shown.map(entry) }];
}
