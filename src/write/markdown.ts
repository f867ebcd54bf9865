/**
 * The document as Markdown: the mdast tree from to-mdast.ts serialised by remark-stringify, with
 * remark-gfm for tables. This is the only module that loads unified and remark.
 */
import remarkGfm from 'remark-gfm';
import type { Text } from 'mdast';
import remarkStringify, { type Options } from 'remark-stringify';
import { unified } from 'unified';
import type { MinutesDocument } from '../schema.js';
import { toMdast } from './to-mdast.js';
import { cellWidth } from './width.js';

type Handle = NonNullable<NonNullable<Options['handlers']>['text']>;
type State = Parameters<Handle>[2];

/** Per serialiser state: a test for any character an escape rule of that state starts from. */
const escapable = new WeakMap<State['unsafe'], RegExp>();

function escapableIn(state: State): RegExp {
  let test = escapable.get(state.unsafe);
  if (test === undefined) {
    const characters = new Set(['\\\\']);
    for (const pattern of state.unsafe) {
      // A rule without one character to look for (none today): every text is checked in full.
      if (typeof pattern.character !== 'string' || pattern.character.length !== 1) characters.add('\u0000-\uffff');
      else characters.add(pattern.character.replace(/[\\\]^-]/g, '\\$&'));
    }
    test = new RegExp(`[${[...characters].join('')}]`);
    escapable.set(state.unsafe, test);
  }
  return test;
}

/**
 * Text: as mdast-util-to-markdown writes it, except that text holding none of the characters its
 * escape rules look for (most Chinese prose) is written as it is, without running each rule's
 * pattern over it: `state.safe` would return it unchanged.
 */
const text: Handle = (node: Text, parent, state, info) => {
  if (!escapableIn(state).test(node.value)) return node.value;
  const siblings = parent ? parent.children : [];
  const index = state.indexStack[state.indexStack.length - 1] ?? -1;
  return state.safe(node.value, { ...info, afterNode: siblings[index + 1], beforeNode: siblings[index - 1] });
};

/** Fixed serialiser settings, so the same document always gives the same bytes. */
export const SETTINGS: Options = {
  handlers: { text },
  bullet: '-',
  bulletOrdered: '.',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  setext: false,
  closeAtx: false,
  listItemIndent: 'one',
  incrementListMarker: true,
};

// CJK characters count as two columns (cellWidth), so table pipes line up in a terminal.
const processor = unified()
  .use(remarkGfm, { stringLength: cellWidth })
  .use(remarkStringify, SETTINGS)
  .freeze();

/**
 * The document as Markdown (ends with one newline); deterministic.
 * @param doc A parsed document.
 */
export function toMarkdown(doc: MinutesDocument): string {
  return processor.stringify(toMdast(doc));
}
