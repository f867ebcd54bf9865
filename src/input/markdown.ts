/**
 * Markdown → the text of its blocks, each offset mapped back into the Markdown source.
 *
 * One block per line group, a blank line between blocks:
 *
 * - headings and paragraphs: their inline text (`## 一、总体要求` → `一、总体要求`; emphasis,
 *   links and code spans keep their text, images and raw HTML are dropped, `<br>` and hard
 *   breaks become line breaks); soft line breaks inside a paragraph stay line breaks
 * - list items: ordered items keep their marker as written (`1. 会议同意…`, since minutes number
 *   their clauses), bullets (`-`, `*`, `+`) are dropped; each block inside an item is a block
 * - tables (GFM): one line per row, cells joined by a tab (U+0009) mapped to the start of the
 *   next cell; a tab, unlike U+3000, never occurs inside minutes text and survives normalisation
 * - block quotes and footnote definitions: their blocks; fenced and indented code: the code text
 * - HTML blocks: their rendered text (see `fromHtml`); thematic breaks and definitions: dropped
 */
import type { Nodes, Parent, PhrasingContent, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Extracted } from '../input-types.js';
import { fromHtml } from './html.js';
import { TextBuilder } from './text-map.js';

const processor = unified().use(remarkParse).use(remarkGfm);

/**
 * Extract the text of a Markdown document with a map back to the source; never throws.
 *
 * @param source the Markdown source
 * @returns the block text and `toSource(offset)` into `source`
 */
export function fromMarkdown(source: string): Extracted {
  try {
    const tree = processor.parse(source);
    const out = new TextBuilder(source);
    // Summaries that `minutes parse --format markdown` derived from the text (metadata, 议定事项,
    // 金额 …) sit between markers; the minutes' own text is what is read back.
    let skipping = false;
    for (const child of tree.children) {
      if (child.type === 'html' && /^<!--\s*minutes:summary\s*-->$/.test(child.value.trim())) skipping = true;
      else if (child.type === 'html' && /^<!--\s*\/minutes:summary\s*-->$/.test(child.value.trim())) skipping = false;
      else if (!skipping) appendBlock(child, out);
    }
    return out.build();
  } catch {
    // A parser bug must not stop a batch: fall back to the source as plain text.
    return { text: source, toSource: (offset) => Math.min(Math.max(0, Math.trunc(offset) || 0), source.length) };
  }
}

function appendBlock(node: RootContent, out: TextBuilder): void {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
      out.requestBreaks(2);
      appendInline(node.children, out);
      out.requestBreaks(2);
      return;
    case 'list':
      for (const item of node.children) {
        out.requestBreaks(2);
        if (node.ordered) appendMarker(item, out);
        item.children.forEach((child, index) => {
          // The first paragraph continues the marker's line: `1. 会议同意…`.
          if (index === 0 && child.type === 'paragraph') {
            appendInline(child.children, out);
            out.requestBreaks(2);
          } else appendBlock(child, out);
        });
      }
      out.requestBreaks(2);
      return;
    case 'table':
      out.requestBreaks(2);
      for (const row of node.children) {
        out.requestBreaks(1);
        row.children.forEach((cell, index) => {
          const start = cell.position?.start.offset;
          if (index > 0) out.appendGenerated('\t', start ?? 0);
          appendInline(cell.children, out);
        });
      }
      out.requestBreaks(2);
      return;
    case 'blockquote':
    case 'footnoteDefinition':
      for (const child of node.children) appendBlock(child, out);
      return;
    case 'code':
      out.requestBreaks(2);
      appendLiteral(node, node.value, out);
      out.requestBreaks(2);
      return;
    case 'html':
      appendHtmlBlock(node.value, node.position?.start.offset, out);
      return;
    default:
      // thematicBreak, definition, yaml …: no text.
      return;
  }
}

/**
 * An HTML block (`<div align="center">会议纪要</div>`, left by Word converters): its rendered
 * text, offsets through the HTML adapter's map. Inside a block quote the node's value lost the
 * `> ` prefixes, so offsets there are close but not exact.
 */
function appendHtmlBlock(value: string, start: number | undefined, out: TextBuilder): void {
  if (start === undefined) return;
  const inner = fromHtml(value);
  if (inner.text.trim() === '') return;
  const end = out.source.length;
  out.requestBreaks(2);
  out.appendMapped(inner.text, (i) => Math.min(start + inner.toSource(i), end));
  out.requestBreaks(2);
}

/** `1. ` / `2) ` as written, from the item's start up to its first child. */
function appendMarker(item: Parent, out: TextBuilder): void {
  const start = item.position?.start.offset;
  const first = item.children[0]?.position?.start.offset;
  if (start === undefined) return;
  const end = first ?? start;
  const marker = /^\d{1,9}[.)]/.exec(out.source.slice(start, end));
  if (!marker) return;
  out.appendFromSource(`${marker[0]} `, start, end);
}

function appendInline(nodes: PhrasingContent[], out: TextBuilder): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        appendLiteral(node, node.value, out);
        break;
      case 'break':
        out.appendGenerated('\n', node.position?.start.offset ?? 0);
        break;
      case 'html':
        if (/^<br\s*\/?>$/i.test(node.value)) out.appendGenerated('\n', node.position?.start.offset ?? 0);
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        appendInline(node.children, out);
        break;
      default:
        // image, imageReference, footnoteReference: no text.
        break;
    }
  }
}

function appendLiteral(node: Nodes, value: string, out: TextBuilder): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) {
    out.appendGenerated(value, start ?? 0);
    return;
  }
  out.appendFromSource(value, start, end);
}
