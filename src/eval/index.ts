/**
 * Evaluation against hand-written gold files: schema and loader, per-document comparison,
 * aggregate report, and the `minutes eval` runner.
 */
export { GOLD_ROLES, GoldError, GoldSchema, formatFieldPath, loadGold, parseGold } from './gold.js';
export type { Gold, GoldIssue, GoldMeta, GoldRole } from './gold.js';
export { FIELDS, SOFT_THRESHOLD, canonicalDecimal, compareDocument, stripSpace, sumCounts } from './compare.js';
export type { CompareOptions, Counts, Discrepancy, DocScore, Field } from './compare.js';
export { aggregate, formatReport, toScores } from './report.js';
export type { DocSummary, FormatOptions, Report, Scores } from './report.js';
export { levenshtein, levenshteinRatio } from './levenshtein.js';
export { emptyDocument, runEval } from './run.js';
export type { EvalJson, EvalOptions, Output, ParseFile } from './run.js';
