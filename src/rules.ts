/**
 * Every diagnostic rule the parser can report: its default severity and what it means.
 * The README's rule table is generated from this list.
 */
import type { Severity } from './schema.js';

export const RULES = {
  'empty-input': { severity: 'error', description: 'The input is empty or only whitespace.' },
  'binary-input': { severity: 'error', description: 'The input looks like a binary file, not text.' },
  'decode-invalid': { severity: 'error', description: 'The bytes are not valid in any supported encoding; undecodable bytes were replaced.' },
  'decode-fallback': { severity: 'info', description: 'The input is not UTF-8; it was decoded with the detected encoding.' },
  'page-break-join': { severity: 'info', description: 'A paragraph or heading broken across a page or blank line was joined.' },
  'page-break-repeat': { severity: 'warning', description: 'The same character stands on both sides of a page-break join (管理\\n\\n理不规范); the text is kept as written.' },
  'running-header': { severity: 'info', description: 'A running header (the issuing body or the title repeated at a page top) between the halves of a broken paragraph was left out.' },
  'hard-wrap-joined': { severity: 'info', description: 'The text is hard-wrapped (PDF extraction); wrapped lines were rejoined into paragraphs.' },
  'pinyin-noise': { severity: 'info', description: 'Pinyin glosses inserted after characters (會(huì)議, from some mirror sites) were left out of the text.' },
  'heading-lead-split': { severity: 'info', description: 'A heading and a 会议议定： lead run together on one line were split.' },
  'no-title': { severity: 'warning', description: 'No title line was found.' },
  'no-items': { severity: 'info', description: 'The minutes have no numbered agenda items.' },
  'unplaced-text': { severity: 'warning', description: 'A line after the agenda items could not be placed (not an attendance, distribution or signature line).' },
  'person-unparsed': { severity: 'warning', description: 'An entry in an attendance list has no recognisable personal name.' },
  'topic-unknown': { severity: 'warning', description: 'An attendance group names an agenda item the minutes do not have.' },
  'heading-sequence': { severity: 'warning', description: 'A heading number does not follow the previous one (一、 then 三、).' },
  'amount-capital-mismatch': { severity: 'warning', description: 'An amount in capital numerals (大写) disagrees with the figure beside it.' },
  'amount-parts-exceed-total': { severity: 'warning', description: 'The parts listed after 其中 add up to more than the stated total.' },
  'date-order': { severity: 'warning', description: 'The meeting date is after the issue date.' },
  'schema-invalid': { severity: 'error', description: 'The output failed schema validation (an internal error; please report it).' },
} as const satisfies Record<string, { severity: Severity; description: string }>;

/** A rule id. */
export type RuleId = keyof typeof RULES;
