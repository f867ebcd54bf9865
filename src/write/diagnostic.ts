import type { Diagnostic } from '../schema.js';

/** One diagnostic as `path:line:col severity rule message` (line and column 0 when unplaced). */
export function formatDiagnostic(path: string, d: Diagnostic): string {
  const line = d.position?.start.line ?? 0;
  const col = d.position?.start.column ?? 0;
  return `${path}:${line}:${col} ${d.severity} ${d.rule} ${d.message}`;
}
