/**
 * The only place the stages are chained, in order:
 * decode → extract text (Markdown/HTML) → normalise → lines → unwrap → build → extract values →
 * validate. Each stage is a pure function of plain data plus the diagnostics collector.
 */
import { createHash } from 'node:crypto';
import { Collector } from './diagnostics.js';
import { extractValues } from './stages/extract.js';
import { LineCounter } from './line-counter.js';
import type { Extracted } from './input-types.js';
import type { MinutesDocument } from './schema.js';
import { SCHEMA_VERSION } from './schema-version.js';
import { build } from './stages/build.js';
import { decode } from './stages/decode.js';
import { splitLines } from './stages/lines.js';
import { normalise } from './stages/normalise.js';
import { unwrap } from './stages/unwrap.js';
import { schemaProblems } from './validate.js';


/** Options for {@link runPipeline}. */
export interface PipelineOptions {
  /** Path shown in `source.path` (null for standard input). */
  path: string | null;
  /** Force an encoding instead of detecting it. */
  encoding: string | null;
  format: 'text' | 'markdown' | 'html';
  /** Turns a decoded source into the text to parse (Markdown and HTML adapters). */
  extract: ((source: string) => Extracted) | null;
  /** SHA-256 (lowercase hex) of the input bytes when the caller has it already (a batch hashes each file for its manifest); unused for text input. */
  sha256?: string | null;
}

/** Parse one input, bytes or text, into a validated document. */
export function runPipeline(input: string | Uint8Array, opts: PipelineOptions): MinutesDocument {
  const file = new Collector();
  let source: string;
  let encoding = 'utf-8';
  let sha: string;
  if (typeof input === 'string') {
    // A BOM stays in the text (normalised to a space) so offsets match the string given.
    source = input;
    sha = createHash('sha256').update(input, 'utf8').digest('hex');
    if (!/\S/.test(source)) file.add('empty-input', 'the input is empty', null, null);
  } else {
    sha = opts.sha256 ?? createHash('sha256').update(input).digest('hex');
    const decoded = decode(input, { encoding: opts.encoding });
    source = decoded.text;
    encoding = decoded.encoding;
    for (const p of decoded.problems) {
      file.add(p.rule, p.message, p.rule === 'decode-invalid' ? p.offset : null, null, p.severity);
    }
    if (!/\S/.test(source) && !decoded.problems.some((p) => p.rule === 'empty-input' || p.rule === 'binary-input')) {
      file.add('empty-input', 'the input is empty', null, null);
    }
  }

  const extracted: Extracted = opts.extract ? opts.extract(source) : { text: source, toSource: (i) => i };
  const text = extracted.text;
  const counter = new LineCounter(source);
  const normalised = normalise(text);
  const lines = splitLines(text);
  const blocks = unwrap(lines, text, normalised, file);
  const ctx = { original: text, normalised, counter, toSource: extracted.toSource, file };
  const built = build(blocks, ctx);
  const values = extractValues(built, ctx);

  const doc: MinutesDocument = {
    schemaVersion: SCHEMA_VERSION,
    source: { path: opts.path, encoding, sha256: sha, format: opts.format },
    meta: built.meta,
    opening: built.opening,
    items: built.items,
    paragraphs: built.paragraphs,
    resolutions: built.resolutions,
    amounts: values.amounts,
    quantities: values.quantities,
    dates: values.dates,
    attendance: built.attendance,
    distribution: built.distribution,
    attachments: built.attachments,
    diagnostics: [],
  };
  doc.diagnostics = file.place(counter, extracted.toSource);
  return validate(doc);
}

/** Check the document against the schema; a failure is an internal error, reported not thrown. */
function validate(doc: MinutesDocument): MinutesDocument {
  for (const problem of schemaProblems(doc)) {
    doc.diagnostics.push({
      severity: 'error',
      rule: 'schema-invalid',
      message: `${problem.path}: ${problem.message}`,
      position: null,
    });
  }
  return doc;
}
