/**
 * Column width of table cell text, for lining up Markdown table pipes in a terminal (CJK
 * characters take two columns). string-width gets every case right but segments each string into
 * grapheme clusters, which was a fifth of the Markdown writer's time; text made only of characters
 * that are each one visible cluster (ASCII, Latin-1, CJK, kana, CJK and general punctuation,
 * full-width forms) is measured here per character with the same East Asian Width table, and
 * anything else is left to string-width.
 */
import { eastAsianWidth } from 'get-east-asian-width';
import stringWidth from 'string-width';

/** Only characters that are a grapheme cluster of their own, not emoji, not zero-width. */
const ONE_CLUSTER_EACH =
  /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u00ff\u2010-\u2027\u2030-\u203b\u203d-\u2048\u204a-\u205e\u3000-\u3029\u3031-\u303c\u303e\u3041-\u3096\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60]*$/;

/**
 * Columns `text` takes in a terminal: the same as string-width (ambiguous characters narrow).
 *
 * @param text a table cell's text
 */
export function cellWidth(text: string): number {
  if (!ONE_CLUSTER_EACH.test(text)) return stringWidth(text);
  let width = 0;
  for (let i = 0; i < text.length; i++) width += eastAsianWidth(text.charCodeAt(i));
  return width;
}
