/**
 * Gold annotation files for `minutes eval`: their zod schema, a loader, and the typed error the
 * loader throws on a malformed file (naming the file and the field path, e.g.
 * `eval/gold/005.json: attendance[1].names[0]: expected string, received number`).
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { z } from 'zod';

/** Attendance roles a gold file may use (the output's `other` has no gold counterpart). */
export const GOLD_ROLES = ['chair', 'present', 'invited', 'attending', 'absent', 'reporting'] as const;

const text = z.string().trim().min(1, 'must be a non-empty string');
const count = z.number().int().min(0);
/** An ISO calendar day that exists: 2021-11-09. */
const isoDay = z.iso.date();

export const GoldMetaSchema = z.strictObject({
  issuer: text.nullable().optional(),
  docNumber: text.nullable().optional(),
  title: text.nullable().optional(),
  session: z.number().int().min(1).nullable().optional(),
  meetingDate: isoDay.nullable().optional(),
  issueDate: isoDay.nullable().optional(),
  printedBy: text.nullable().optional(),
  printDate: isoDay.nullable().optional(),
  chair: text.nullable().optional(),
});

export const GoldItemSchema = z.strictObject({
  /** Position among the top-level items, from 1. */
  n: z.number().int().min(1),
  heading: text,
  children: count,
  resolutions: count,
});

export const GoldAmountSchema = z.strictObject({
  /** The amount as written (reported, not matched). */
  text,
  /** Exact value in yuan as a decimal string: 22.5亿元 → "2250000000". */
  yuan: z.string().regex(/^\d+(\.\d+)?$/, 'must be a decimal string such as "1444000"'),
  per: text.nullable().optional(),
  item: z.number().int().min(1).nullable(),
});

export const GoldAttendanceSchema = z.strictObject({
  role: z.enum(GOLD_ROLES),
  topics: z.array(z.number().int().min(1)).min(1).nullable(),
  names: z.array(text).min(1, 'a group without names is omitted from gold'),
});

export const GoldSchema = z
  .strictObject({
    /** Input file name inside the inputs directory: 005.txt. */
    doc: text,
    meta: GoldMetaSchema,
    items: z.array(GoldItemSchema),
    resolutions_outside_items: count,
    amounts: z.array(GoldAmountSchema),
    attendance: z.array(GoldAttendanceSchema),
    distribution: z
      .strictObject({ to: z.array(text), cc: z.array(text) })
      .default({ to: [], cc: [] }),
    notes: z.string().optional(),
  })
  .superRefine((gold, ctx) => {
    // Items are listed in order: n runs 1, 2, 3 …
    gold.items.forEach((item, index) => {
      if (item.n !== index + 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'n'],
          message: `expected ${index + 1} (items are numbered by position), got ${item.n}`,
        });
      }
    });
    gold.amounts.forEach((amount, index) => {
      if (amount.item !== null && amount.item > gold.items.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['amounts', index, 'item'],
          message: `refers to item ${amount.item}, but the file has ${gold.items.length} items`,
        });
      }
    });
  });

/** A validated gold file. */
export type Gold = z.output<typeof GoldSchema>;
export type GoldMeta = Gold['meta'];
export type GoldRole = (typeof GOLD_ROLES)[number];

/** One problem in a gold file: the field path (`attendance[1].names[0]`, `(file)` for the whole file) and what is wrong. */
export interface GoldIssue {
  path: string;
  message: string;
}

/** Thrown by `loadGold` when a gold file cannot be read, is not JSON, or does not match the schema. */
export class GoldError extends Error {
  override readonly name = 'GoldError';
  /** The gold file, as given to `loadGold`. */
  readonly file: string;
  /** The field path of the first issue. */
  readonly path: string;
  /** Every issue found, in schema order. */
  readonly issues: GoldIssue[];

  /**
   * @param file the gold file the issues are in
   * @param issues at least one issue; the first one names `path`
   */
  constructor(file: string, issues: GoldIssue[]) {
    const lines = issues.map((issue) => `${file}: ${issue.path}: ${issue.message}`);
    super(lines.join('\n'));
    this.file = file;
    this.issues = issues;
    this.path = issues[0]?.path ?? '(file)';
  }
}

/**
 * Format a zod issue path as a field path: ['attendance', 1, 'names', 0] → attendance[1].names[0].
 *
 * @param path the issue's path segments
 */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out === '' ? '(root)' : out;
}

/** Turn zod issues into gold issues; unknown keys are reported at their own path. */
function toGoldIssues(issues: readonly z.core.$ZodIssue[]): GoldIssue[] {
  const out: GoldIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ path: formatFieldPath([...issue.path, key]), message: 'unknown key' });
      }
    } else {
      out.push({ path: formatFieldPath(issue.path), message: issue.message });
    }
  }
  return out;
}

/**
 * Validate already-parsed JSON as a gold file.
 *
 * @param data the parsed JSON value
 * @param file the file name used in error messages
 * @throws GoldError when `data` does not match the gold schema
 */
export function parseGold(data: unknown, file: string): Gold {
  const result = GoldSchema.safeParse(data);
  if (!result.success) throw new GoldError(file, toGoldIssues(result.error.issues));
  return result.data;
}

/**
 * Read and validate one gold file; its `doc` must be named after the file (005.json ↔ 005.txt).
 *
 * @param path path of the gold JSON file
 * @throws GoldError naming the file and the field when the file is unreadable, not JSON or malformed
 */
export function loadGold(path: string): Gold {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    throw new GoldError(path, [{ path: '(file)', message: `cannot read: ${describe(error)}` }]);
  }
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new GoldError(path, [{ path: '(file)', message: `not valid JSON: ${describe(error)}` }]);
  }
  const gold = parseGold(data, path);
  const stem = basename(path, extname(path));
  const docStem = basename(gold.doc, extname(gold.doc));
  if (docStem !== stem) {
    throw new GoldError(path, [
      { path: 'doc', message: `"${gold.doc}" does not match the gold file name (expected ${stem}.*)` },
    ]);
  }
  return gold;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
