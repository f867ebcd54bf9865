/**
 * The output contract, as zod schemas: the single source of truth for the TypeScript types
 * (`z.infer`) and for the published JSON Schema (`minutes schema`).
 *
 * Field names here are relied on by other tools. Add fields freely; renaming or dropping one
 * needs a `schemaVersion` bump.
 */
import { z } from 'zod';

import { SCHEMA_VERSION } from './schema-version.js';

export { SCHEMA_VERSION };

/** A place in the original input: line and column from 1, offset from 0 (UTF-16 units). */
export const PointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});

/** A span of the original input; `end` is exclusive. */
export const PositionSchema = z.object({
  start: PointSchema,
  end: PointSchema,
});

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/);

export const SourceSchema = z.object({
  path: z.string().nullable(),
  encoding: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: z.enum(['text', 'markdown', 'html']).default('text'),
});

export const SessionSchema = z.object({
  /** The meeting's ordinal: 第16次 → 16, 第四十八次 → 48. */
  number: z.number().int().nullable(),
  /** The term (届) when stated: 十六届第32次 → 16. */
  term: z.number().int().nullable(),
  /** The year the count runs in: 2021年第16次 → 2021. */
  year: z.number().int().nullable(),
  /** The text it was read from. */
  text: z.string(),
  position: PositionSchema,
});

export const MetaSchema = z.object({
  issuer: z.string().nullable(),
  /** The kind of meeting or document: 常务会议, 校长办公会, 主任会议 … */
  kind: z.string().nullable(),
  title: z.string().nullable(),
  docNumber: z.string().nullable(),
  session: SessionSchema.nullable(),
  meetingDate: isoDay.nullable(),
  /**
   * True when the text gives the meeting's month and day alone and the year was taken from the
   * issue date (or the print date): the year of that date, or the year before for a later day.
   */
  meetingDateInferred: z.boolean(),
  issueDate: isoDay.nullable(),
  printedBy: z.string().nullable(),
  printDate: isoDay.nullable(),
  /** Name of the person who chaired the meeting, when stated. */
  chair: z.string().nullable(),
  /** The subject words of a 主题词： line (经济运行, 会议, 纪要 …); empty when there is none. */
  keywords: z.array(z.string()),
  /** The disclosure note, without its brackets: （此件公开发布） → 此件公开发布; null when there is none. */
  disclosure: z.string().nullable(),
});

export const ParagraphSchema = z.object({
  /** The paragraph's lead verb (会议指出 → 指出), or null when it has none. */
  lead: z.string().nullable(),
  /** The words that carry the lead, as written (会议指出, 会议原则同意 …). */
  leadText: z.string().nullable(),
  text: z.string(),
  position: PositionSchema,
});

export type Item = {
  ordinal: number;
  number: string;
  level: number;
  heading: string;
  position: z.infer<typeof PositionSchema>;
  children: Item[];
  paragraphs: z.infer<typeof ParagraphSchema>[];
};

export const ItemSchema: z.ZodType<Item> = z.lazy(() =>
  z.object({
    /** 1-based ordinal among its siblings (一 → 1, （三） → 3). */
    ordinal: z.number().int(),
    /** The numbering marker as written: 一、 （一） 1. （1） 第一 */
    number: z.string(),
    /** 1 for top-level items, 2 for their sub-headings, and so on. */
    level: z.number().int().min(1),
    heading: z.string(),
    position: PositionSchema,
    children: z.array(ItemSchema),
    paragraphs: z.array(ParagraphSchema),
  }),
);

export const ResolutionSchema = z.object({
  /** Ordinal of the top-level item it belongs to, or null. */
  item: z.number().int().nullable(),
  /** The clause number inside a 会议议定： list, as written (（一）), or null. */
  number: z.string().nullable(),
  text: z.string(),
  /** The decision verb: 原则同意, 同意, 原则通过, 审议通过, 不同意, 暂缓 … */
  verb: z.string().nullable(),
  /** The body the matter is referred to (提交旗委常委会会议研究 → 旗委常委会会议), or null. */
  referral: z.string().nullable(),
  position: PositionSchema,
});

export const AmountSchema = z.object({
  item: z.number().int().nullable(),
  text: z.string(),
  /** Exact value in the currency's main unit, as a decimal string (never a float). */
  value: decimal,
  currency: z.string(),
  /** The unit it is priced per (430 元/吨 → 吨), else null. */
  per: z.string().nullable(),
  bound: z.enum(['max', 'min']).nullable(),
  approx: z.boolean(),
  range: z.enum(['low', 'high']).nullable(),
  rangeId: z.number().int().nullable(),
  position: PositionSchema,
});

export const QuantitySchema = z.object({
  item: z.number().int().nullable(),
  text: z.string(),
  value: decimal,
  unit: z.string(),
  /** The low or high end of a range (20-30人: 20 low, 30人 high), else null. */
  range: z.enum(['low', 'high']).nullable(),
  /** Shared by the two ends of one range, numbered from 1 in the document; else null. */
  rangeId: z.number().int().nullable(),
  position: PositionSchema,
});

export const DateSchema = z.object({
  item: z.number().int().nullable(),
  text: z.string(),
  value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  inferred: z.boolean(),
  position: PositionSchema,
});

export const ROLES = ['chair', 'present', 'invited', 'attending', 'absent', 'reporting', 'other'] as const;

export const PersonSchema = z.object({
  name: z.string(),
  titles: z.array(z.string()),
  /** A bracketed reason or remark (（出差）), kept apart from the name. */
  note: z.string().nullable(),
  /**
   * Agenda items this person attended, when their remark names them (（议题二）, （列席第一、二项议题）);
   * null when it does not (the group's topics then apply).
   */
  topics: z.array(z.number().int()).nullable(),
  position: PositionSchema,
});

export const AttendanceSchema = z.object({
  role: z.enum(ROLES),
  /** The label as written: 主持, 出席, 议题一、二列席, 列席会议的有 … */
  label: z.string(),
  /** Agenda items the group attended, when stated; null means the whole meeting. */
  topics: z.array(z.number().int()).nullable(),
  people: z.array(PersonSchema),
  /** Bodies the list names without a person (县发改局, 县住建局主要负责同志), as written. */
  units: z.array(z.string()),
  position: PositionSchema,
});

/** An attachment the minutes list (附件：1．…), by its title. */
export const AttachmentSchema = z.object({
  title: z.string(),
  position: PositionSchema,
});

export const DistributionSchema = z.object({
  to: z.array(z.string()),
  cc: z.array(z.string()),
});

export const SEVERITIES = ['error', 'warning', 'info'] as const;

export const DiagnosticSchema = z.object({
  severity: z.enum(SEVERITIES),
  rule: z.string(),
  message: z.string(),
  position: PositionSchema.nullable(),
});

export const DocumentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: SourceSchema,
  meta: MetaSchema,
  /** The opening paragraph (时间、主持、议题概述 … 现纪要如下), or null. */
  opening: z
    .object({ text: z.string(), position: PositionSchema })
    .nullable(),
  items: z.array(ItemSchema),
  /** Paragraphs that sit under no numbered item (prose reports without headings). */
  paragraphs: z.array(ParagraphSchema),
  resolutions: z.array(ResolutionSchema),
  amounts: z.array(AmountSchema),
  quantities: z.array(QuantitySchema),
  dates: z.array(DateSchema),
  attendance: z.array(AttendanceSchema),
  distribution: DistributionSchema,
  attachments: z.array(AttachmentSchema),
  diagnostics: z.array(DiagnosticSchema),
});

export type Point = z.infer<typeof PointSchema>;
export type Position = z.infer<typeof PositionSchema>;
export type Meta = z.infer<typeof MetaSchema>;
export type Session = z.infer<typeof SessionSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Resolution = z.infer<typeof ResolutionSchema>;
export type Amount = z.infer<typeof AmountSchema>;
export type Quantity = z.infer<typeof QuantitySchema>;
export type DateMention = z.infer<typeof DateSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Attachment = z.infer<typeof AttachmentSchema>;
export type Attendance = z.infer<typeof AttendanceSchema>;
export type Role = (typeof ROLES)[number];
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Severity = (typeof SEVERITIES)[number];
export type MinutesDocument = z.infer<typeof DocumentSchema>;
