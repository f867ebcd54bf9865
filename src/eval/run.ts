/**
 * `minutes eval`: parse every input named by a gold file, score it, and print the report.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentSchema, SCHEMA_VERSION } from '../schema.js';
import type { MinutesDocument } from '../schema.js';
import { compareDocument } from './compare.js';
import type { DocScore } from './compare.js';
import { GoldError, loadGold } from './gold.js';
import type { Gold } from './gold.js';
import { aggregate, formatReport } from './report.js';
import type { Report } from './report.js';

export interface EvalOptions {
  /** Directory of gold files (`*.json`). */
  goldDir: string;
  /** Directory holding the inputs the gold files name in `doc`. */
  inputsDir: string;
  /** Also score with soft matching and print both reports. */
  soft: boolean;
  /** Print the reports as JSON instead of text. */
  json: boolean;
  /** List every miss and false positive. */
  verbose: boolean;
}

/** Parses one input file into the output document. */
export type ParseFile = (path: string) => MinutesDocument | Promise<MinutesDocument>;

/** Where the report is written. */
export interface Output {
  write(s: string): void;
}

/** The JSON printed by `--json`: the strict report, and the soft one when asked for. */
export interface EvalJson {
  strict: Report;
  soft: Report | null;
}

/** How many of the lowest-scoring documents the text report lists. */
const WORST = 5;

/** SHA-256 of the empty string, for the stand-in document of a failed parse. */
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/**
 * A document with nothing found, scored in place of an input the parser failed on.
 *
 * @param path the input's path
 */
export function emptyDocument(path: string | null): MinutesDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { path, encoding: 'utf-8', sha256: EMPTY_SHA256, format: 'text' },
    meta: {
      issuer: null,
      kind: null,
      title: null,
      docNumber: null,
      session: null,
      meetingDate: null,
      meetingDateInferred: false,
      issueDate: null,
      printedBy: null,
      printDate: null,
      chair: null,
      keywords: [],
      disclosure: null,
    },
    opening: null,
    items: [],
    paragraphs: [],
    resolutions: [],
    amounts: [],
    quantities: [],
    dates: [],
    attendance: [],
    distribution: { to: [], cc: [] },
    attachments: [],
    diagnostics: [],
  };
}

/** Load every gold file in the directory, collecting all malformed ones before failing. */
function loadAll(goldDir: string, inputsDir: string): { golds: Gold[]; errors: GoldError[] } {
  const files = readdirSync(goldDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const golds: Gold[] = [];
  const errors: GoldError[] = [];
  for (const name of files) {
    const file = join(goldDir, name);
    try {
      const gold = loadGold(file);
      const input = join(inputsDir, gold.doc);
      if (!existsSync(input)) {
        throw new GoldError(file, [{ path: 'doc', message: `input not found: ${input}` }]);
      }
      golds.push(gold);
    } catch (error) {
      if (error instanceof GoldError) errors.push(error);
      else throw error;
    }
  }
  return { golds, errors };
}

/** Parse one input; a thrown error or an output that breaks the schema becomes a message. */
async function parseOne(
  parseFile: ParseFile,
  path: string,
): Promise<{ doc: MinutesDocument; error: string | null }> {
  let output: unknown;
  try {
    output = await parseFile(path);
  } catch (error) {
    return { doc: emptyDocument(path), error: error instanceof Error ? error.message : String(error) };
  }
  const result = DocumentSchema.safeParse(output);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first === undefined ? '' : `${first.path.map(String).join('.') || '(root)'}: ${first.message}`;
    return { doc: emptyDocument(path), error: `output does not match the schema: ${where}` };
  }
  return { doc: result.data, error: null };
}

/**
 * Score the parser on every gold file in `goldDir` and write the report.
 *
 * @param opts directories and output switches
 * @param parseFile the parser, called once per input path
 * @param out where the report (or the error about a malformed gold file) is written
 * @returns 0 when the evaluation ran, whatever the scores; 2 when the gold directory cannot be
 *   read, holds no gold files, or a gold file is malformed or names a missing input
 */
export async function runEval(
  opts: EvalOptions,
  parseFile: ParseFile,
  out: Output,
): Promise<number> {
  let loaded: { golds: Gold[]; errors: GoldError[] };
  try {
    loaded = loadAll(opts.goldDir, opts.inputsDir);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    out.write(`minutes eval: cannot read gold directory ${opts.goldDir}: ${reason}\n`);
    return 2;
  }
  if (loaded.errors.length > 0) {
    for (const error of loaded.errors) out.write(`${error.message}\n`);
    return 2;
  }
  if (loaded.golds.length === 0) {
    out.write(`minutes eval: no gold files (*.json) in ${opts.goldDir}\n`);
    return 2;
  }

  const strict: DocScore[] = [];
  const soft: DocScore[] = [];
  for (const gold of loaded.golds) {
    const { doc, error } = await parseOne(parseFile, join(opts.inputsDir, gold.doc));
    strict.push({ ...compareDocument(doc, gold, { soft: false }), error });
    if (opts.soft) soft.push({ ...compareDocument(doc, gold, { soft: true }), error });
  }

  const strictReport = aggregate(strict);
  const softReport = opts.soft ? aggregate(soft) : null;
  if (opts.json) {
    const json: EvalJson = { strict: strictReport, soft: softReport };
    out.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const format = { verbose: opts.verbose, worst: WORST };
    out.write(formatReport(strictReport, format));
    if (softReport !== null) out.write(`\n${formatReport(softReport, format)}`);
  }
  return 0;
}
