/**
 * Aggregate document scores into precision, recall and F1 per field and a micro-averaged total,
 * and print them as a plain-text report.
 */
import { FIELDS, sumCounts } from './compare.js';
import type { Counts, Discrepancy, DocScore, Field } from './compare.js';

/** Counts with their precision, recall and F1 (each from 0 to 1). */
export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** One document's micro-averaged score over all fields. */
export interface DocSummary extends Scores {
  doc: string;
  error: string | null;
}

export interface Report {
  /** Whether the scores used soft matching. */
  soft: boolean;
  documents: number;
  fields: Record<Field, Scores>;
  /** Micro average: counts summed over every field and document. */
  total: Scores;
  /** Per-document totals, in input order. */
  docs: DocSummary[];
  /** Every miss and false positive, document by document. */
  discrepancies: Discrepancy[];
}

export interface FormatOptions {
  /** List every miss and false positive. */
  verbose: boolean;
  /** How many of the lowest-scoring documents to list (0 for none). */
  worst: number;
}

/**
 * Precision, recall and F1 for some counts. With nothing expected and nothing found, all three
 * are 1; a ratio whose denominator is 0 is 1 (nothing was claimed, or nothing was there to find).
 *
 * @param counts true positives, misses and false positives
 */
export function toScores(counts: Counts): Scores {
  const { tp, fn, fp } = counts;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fn, fp, precision, recall, f1 };
}

/**
 * Sum document scores per field and in total (micro average).
 *
 * @param scores one score per document, all strict or all soft; the first one sets `soft`
 */
export function aggregate(scores: DocScore[]): Report {
  const fields = {} as Record<Field, Scores>;
  for (const field of FIELDS) {
    fields[field] = toScores(sumCounts(scores.map((score) => score.fields[field])));
  }
  return {
    soft: scores[0]?.soft ?? false,
    documents: scores.length,
    fields,
    total: toScores(sumCounts(scores.map((score) => score.total))),
    docs: scores.map((score) => ({ doc: score.doc, error: score.error, ...toScores(score.total) })),
    discrepancies: scores.flatMap((score) => score.discrepancies),
  };
}

function percent(value: number): string {
  return `${(value * 100).toFixed(2)}%`;
}

function scoreCells(scores: Scores): string[] {
  const empty = scores.tp + scores.fn + scores.fp === 0;
  return [
    String(scores.tp),
    String(scores.fn),
    String(scores.fp),
    empty ? '-' : percent(scores.precision),
    empty ? '-' : percent(scores.recall),
    empty ? '-' : percent(scores.f1),
  ];
}

/** Lay out rows as columns: the first left-aligned, the rest right-aligned. */
function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, cell.length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

function quote(value: string | null): string {
  return value === null ? '(none)' : `"${value}"`;
}

/**
 * Print a report: the per-field table with the micro-averaged total, the worst documents by F1,
 * and (verbose) every miss and false positive.
 *
 * @param report from `aggregate`
 * @param opts `verbose` lists misses and false positives; `worst` is how many documents to list
 */
export function formatReport(report: Report, opts: FormatOptions): string {
  const mode = report.soft ? 'Soft' : 'Strict';
  const lines: string[] = [];
  lines.push(`${mode} matching, ${report.documents} document${report.documents === 1 ? '' : 's'}`);
  lines.push('');

  const header = ['field', 'TP', 'FN', 'FP', 'precision', 'recall', 'F1'];
  const body = FIELDS.map((field) => [field, ...scoreCells(report.fields[field])]);
  const footer = ['total (micro)', ...scoreCells(report.total)];
  const rendered = table([header, ...body, footer]);
  const rule = '-'.repeat(Math.max(...rendered.map((line) => line.length)));
  lines.push(rendered[0] ?? '', rule, ...rendered.slice(1, -1), rule, rendered[rendered.length - 1] ?? '');

  if (opts.worst > 0 && report.docs.length > 0) {
    const worst = [...report.docs]
      .sort((a, b) => a.f1 - b.f1 || a.doc.localeCompare(b.doc))
      .slice(0, opts.worst);
    lines.push('', `Worst ${worst.length} document${worst.length === 1 ? '' : 's'} by F1 (${mode.toLowerCase()})`);
    const rows = worst.map((doc) => [
      doc.doc,
      `F1 ${percent(doc.f1)}`,
      `TP ${doc.tp}`,
      `FN ${doc.fn}`,
      `FP ${doc.fp}`,
      doc.error === null ? '' : `parse failed: ${doc.error}`,
    ]);
    lines.push(...table(rows).map((line) => `  ${line}`));
  }

  if (opts.verbose) {
    lines.push('', `Misses and false positives (${mode.toLowerCase()}): ${report.discrepancies.length}`);
    for (const item of report.discrepancies) {
      const kind =
        item.expected !== null && item.got !== null ? 'mismatch' : item.expected !== null ? 'miss' : 'false positive';
      lines.push(`  ${item.doc}  ${item.field}  ${kind}: expected ${quote(item.expected)}, got ${quote(item.got)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
