/**
 * Small builders for mdast nodes shared by the handlers, and the context they read from.
 * Every node built here is generated, so none carries a position.
 */
import type {
  Heading,
  RootContent,
  Paragraph as MdParagraph,
  PhrasingContent,
  Strong,
  Table,
  TableCell,
  TableRow,
  Text,
} from 'mdast';
import type { MinutesDocument } from '../../schema.js';

/** What every handler can read besides its own node. */
export interface Context {
  /** The whole document, for cross-references. */
  doc: MinutesDocument;
  /**
   * The short label of a top-level item by ordinal (5 → 议题五), or null when the ordinal is null.
   * @param ordinal The item's 1-based ordinal, as stored on resolutions and amounts.
   */
  itemLabel: (ordinal: number | null) => string | null;
}

/** A text node; the value is trimmed so no leading space needs a character reference. */
export function text(value: string): Text {
  return { type: 'text', value: value.trim() };
}

/** A text node kept exactly as given (for text between other inline nodes). */
export function rawText(value: string): Text {
  return { type: 'text', value };
}

/** Bold phrasing; the caller keeps punctuation outside it. */
export function strong(value: string): Strong {
  return { type: 'strong', children: [rawText(value)] };
}

/** A paragraph of phrasing nodes (a bare string becomes one text node). */
export function paragraph(children: string | PhrasingContent[]): MdParagraph {
  return { type: 'paragraph', children: typeof children === 'string' ? [text(children)] : children };
}

/**
 * An ATX heading; depths past 6 are written as 6.
 * @param depth 1 for the title, 2 for top-level items and sections …
 * @param value The heading text as written.
 */
export function heading(depth: number, value: string): Heading {
  const clamped = Math.min(6, Math.max(1, depth)) as Heading['depth'];
  return { type: 'heading', depth: clamped, children: [text(value)] };
}

/**
 * A GFM table with a header row; every cell is plain text, an empty string for no value.
 * @param header The column titles.
 * @param rows One array of cell strings per row, as long as the header.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  const row = (cells: readonly string[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((value): TableCell => ({ type: 'tableCell', children: value ? [text(value)] : [] })),
  });
  return { type: 'table', align: header.map(() => null), children: [row(header), ...rows.map(row)] };
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/**
 * A small positive integer in Chinese numerals as used for numbering (12 → 十二, 20 → 二十);
 * values from 100 up are written in ASCII digits.
 */
export function chineseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return head + (ones === 0 ? '' : DIGITS[ones]);
}

/** The bare numeral of an item's marker as written: 五、 → 五, （三） → 三, 2. → 2, 第一 → 一. */
export function bareNumber(marker: string): string {
  return marker
    .trim()
    .replace(/^第/, '')
    .replace(/^[（(]/, '')
    .replace(/[、，,.．)）:：\s]+$/, '');
}

/** Build the context for one document: item labels come from the top-level markers as written. */
export function createContext(doc: MinutesDocument): Context {
  const labels = new Map<number, string>();
  for (const item of doc.items) {
    if (!labels.has(item.ordinal)) labels.set(item.ordinal, bareNumber(item.number));
  }
  return {
    doc,
    itemLabel: (ordinal) => {
      if (ordinal === null) return null;
      return `议题${labels.get(ordinal) || chineseOrdinal(ordinal)}`;
    },
  };
}

/** Opens a summary derived from the text (metadata, 议定事项, 金额 …): readers skip it. */
export const SUMMARY_START = '<!-- minutes:summary -->';
/** Closes a summary. */
export const SUMMARY_END = '<!-- /minutes:summary -->';

/**
 * Wrap derived nodes in summary markers, so that reading the Markdown back as minutes sees only
 * the minutes' own text (and the attendance tables, which read back as attendance).
 */
export function summary(nodes: RootContent[]): RootContent[] {
  if (nodes.length === 0) return nodes;
  return [{ type: 'html', value: SUMMARY_START }, ...nodes, { type: 'html', value: SUMMARY_END }];
}
