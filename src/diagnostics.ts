/**
 * Diagnostics are collected, never thrown: each stage adds what it could not place, with a rule
 * id and a place in the input.
 */
import type { LineCounter } from './line-counter.js';
import { RULES, type RuleId } from './rules.js';
import type { Diagnostic, Severity } from './schema.js';

interface Pending {
  rule: RuleId;
  severity: Severity;
  message: string;
  start: number | null;
  end: number | null;
}

/** Collects diagnostics with offsets into the parsed text; placed once the line counter exists. */
export class Collector {
  private readonly items: Pending[] = [];

  /**
   * Add a diagnostic.
   * @param rule The rule id (its default severity applies unless `severity` is given).
   * @param message One sentence for the user.
   * @param start Offset in the parsed text, or null when it concerns the whole input.
   * @param end Exclusive end offset, or null.
   */
  add(rule: RuleId, message: string, start: number | null, end: number | null, severity?: Severity): void {
    this.items.push({ rule, severity: severity ?? RULES[rule].severity, message, start, end: end ?? start });
  }

  /** True when an error has been collected. */
  hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }

  /** The diagnostics, placed in the input, in input order (whole-input ones first). */
  place(counter: LineCounter, toSource: (offset: number) => number): Diagnostic[] {
    // Most documents have none; sorting an empty array (another elements kind than a filled one)
    // would also make the optimised code of this function bail out and be compiled again.
    if (this.items.length === 0) return [];
    const order = { error: 0, warning: 1, info: 2 } as const;
    return this.items
      .map((d, i) => ({ d, i }))
      .sort((a, b) => (a.d.start ?? -1) - (b.d.start ?? -1) || order[a.d.severity] - order[b.d.severity] || a.i - b.i)
      .map(({ d }) => ({
        severity: d.severity,
        rule: d.rule,
        message: d.message,
        position:
          d.start === null ? null : counter.position(toSource(d.start), toSource(Math.max(d.start, d.end ?? d.start))),
      }));
  }
}
