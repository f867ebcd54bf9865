/**
 * HTML → its rendered text (innerText semantics, as in hast-util-to-text), each offset mapped back
 * into the HTML source.
 *
 * - dropped: `<head>`, script, style, noscript, template, nav, aside, forms controls, embedded
 *   media, elements with `hidden` or `aria-hidden="true"` or a navigation/banner/contentinfo
 *   role, and — outside an article, main or section — `<header>`/`<footer>` and elements whose
 *   class or id names chrome (footer, nav, menu, breadcrumb, position …; see CHROME_WORDS); an
 *   article's own header keeps its title, and a page that would lose all its text keeps the
 *   class-named parts
 * - `<p>` and `<h1>`–`<h6>` are separated by a blank line, other block elements (div, li, tr,
 *   table, section …) start a new line, `<br>` is a line break, table cells are joined by a tab
 * - white space collapses to one space outside `<pre>`/`<textarea>`; U+00A0 (`&nbsp;`) and U+3000
 *   are text, not white space, and stay
 * - character references decode (`&amp;` → `&`); the decoded character maps to the `&`
 */
import type { Element, Nodes, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Extracted } from '../input-types.js';
import { TextBuilder } from './text-map.js';

const processor = unified().use(rehypeParse);

const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'aside',
  'button',
  'select',
  'datalist',
  'input',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'map',
  'dialog',
]);

const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar']);

/**
 * Class or id words that mark page chrome on sites that do not use `<nav>`/`<header>`/`<footer>`
 * (`<div class="footer">`, `<div id="nav_bar">`, `<div class="position">当前位置：首页 >> …`).
 * A word matches whole or as the first part of a compound (`footer-wrap`, `nav_bar`).
 */
const CHROME_WORDS = /^(?:header|footer|foot|nav|navbar|navigation|menu|breadcrumbs?|crumbs?|position|location|copyright|share|sidebar)(?:$|[-_])/i;

/** Elements inside which `<header>`/`<footer>` belong to the content, not the page. */
const SECTIONING = new Set(['article', 'main', 'section']);

/** Elements followed and preceded by a blank line. */
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Elements that start and end a line. */
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'ol',
  'plaintext',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'xmp',
]);

const PREFORMATTED = new Set(['pre', 'textarea', 'listing', 'plaintext', 'xmp']);

interface Context {
  out: TextBuilder;
  /** Drop elements whose class or id names page chrome. */
  byClass: boolean;
  /** Inside <pre> and the like: keep white space. */
  pre: boolean;
  /** Inside article/main/section. */
  sectioned: boolean;
}

/**
 * Extract the rendered text of an HTML page with a map back to the source; never throws.
 *
 * @param source the HTML source (a whole page or a fragment)
 * @returns the text and `toSource(offset)` into `source`
 */
export function fromHtml(source: string): Extracted {
  try {
    const tree: Root = processor.parse(source);
    const extract = (byClass: boolean): Extracted => {
      const out = new TextBuilder(source);
      for (const child of tree.children) appendNode(child, { out, byClass, pre: false, sectioned: false });
      return out.build();
    };
    const extracted = extract(true);
    // Chrome by class is a guess: if it took everything, the page is read without it.
    return extracted.text.trim() === '' ? extract(false) : extracted;
  } catch {
    // A parser bug must not stop a batch: fall back to the source as plain text.
    return { text: source, toSource: (offset) => Math.min(Math.max(0, Math.trunc(offset) || 0), source.length) };
  }
}

function appendNode(node: Nodes, context: Context): void {
  if (node.type === 'text') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) context.out.appendGenerated(node.value, context.out.source.length);
    else context.out.appendFromSource(node.value, start, end, !context.pre);
    return;
  }
  if (node.type === 'root') {
    for (const child of node.children) appendNode(child, context);
    return;
  }
  if (node.type !== 'element' || isHidden(node, context)) return;

  const { out } = context;
  const name = node.tagName;
  const at = node.position?.start.offset ?? 0;
  if (name === 'br') {
    out.appendGenerated('\n', at);
    return;
  }
  if (name === 'td' || name === 'th') {
    if (!out.atLineStart()) out.appendGenerated('\t', at);
  }
  const breaks = PARAGRAPHS.has(name) ? 2 : BLOCKS.has(name) ? 1 : 0;
  if (breaks > 0) out.requestBreaks(breaks);
  const inner: Context = {
    out,
    byClass: context.byClass,
    pre: context.pre || PREFORMATTED.has(name),
    sectioned: context.sectioned || SECTIONING.has(name),
  };
  // <template> content lives in `content`, not `children`; it is skipped anyway.
  for (const child of node.children) appendNode(child, inner);
  if (breaks > 0) out.requestBreaks(breaks);
}

function isHidden(node: Element, context: Context): boolean {
  const name = node.tagName;
  if (SKIPPED.has(name)) return true;
  if ((name === 'header' || name === 'footer') && !context.sectioned) return true;
  const props = node.properties;
  if (props.hidden === true || props.hidden === '') return true;
  if (String(props.ariaHidden) === 'true') return true;
  const role = typeof props.role === 'string' ? props.role.toLowerCase() : '';
  if (CHROME_ROLES.has(role)) return true;
  if (!context.byClass || context.sectioned) return false;
  const words = [...(Array.isArray(props.className) ? props.className : []), props.id];
  return words.some((word) => typeof word === 'string' && CHROME_WORDS.test(word));
}
