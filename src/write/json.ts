import type { MinutesDocument } from '../schema.js';

/** The document as pretty JSON (two-space indent, trailing newline); deterministic. */
export function toJson(doc: MinutesDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
