import type { MinutesDocument } from '../schema.js';

/** Placeholder replaced below. */
export function toMarkdown(doc: MinutesDocument): string {
  return JSON.stringify(doc.meta);
}
