import type { RootContent } from 'mdast';
import type { Item } from '../../schema.js';
import { paragraph } from './paragraph.js';
import { heading } from './shared.js';

/**
 * One item and its sub-items: the heading keeps the marker as written (## 一、关于…, ### （一）…),
 * depth = level + 1, then its paragraphs, then its children in order.
 */
export function item(value: Item): RootContent[] {
  return [
    heading(value.level + 1, `${value.number.trim()}${value.heading.trim()}`),
    ...value.paragraphs.filter((p) => p.text.trim()).map(paragraph),
    ...value.children.flatMap(item),
  ];
}
