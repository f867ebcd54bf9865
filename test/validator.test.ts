import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALIDATOR_FILE, validatorSource } from '../scripts/generate-validator.js';
import { DocumentSchema, parse } from '../src/index.js';
import type { MinutesDocument } from '../src/schema.js';
import { schemaProblems } from '../src/validate.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const INPUTS = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt') && !f.endsWith('.messages.txt'));
const seed = (): MinutesDocument =>
  parse(readFileSync(resolve(FIXTURES, 'standing-meeting-seed.txt')), { path: 'standing-meeting-seed.txt' });

describe('the generated output validator', () => {
  it('is what scripts/generate-validator.ts writes for the current schema (run `npm run generate`)', () => {
    expect(readFileSync(VALIDATOR_FILE, 'utf8')).toBe(validatorSource());
  });

  it.each(INPUTS)('accepts the document parsed from %s, as zod does', (file) => {
    const doc = parse(readFileSync(resolve(FIXTURES, file)), { path: file });
    expect(schemaProblems(doc)).toEqual([]);
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.diagnostics.filter((d) => d.rule === 'schema-invalid')).toEqual([]);
  });

  // One fault each, at a real place in the seed's document: both validators reject it, at the same path.
  const faults: [string, (doc: MinutesDocument) => void, string][] = [
    ['a level below 1', (d) => void ((d.items[0] as { level: number }).level = 0), 'items.0.level'],
    ['a nested item without its heading', (d) => void delete (d.items[0]?.children[3] as { heading?: string }).heading, 'items.0.children.3.heading'],
    ['a number for the title', (d) => void ((d.meta as { title: unknown }).title = 36), 'meta.title'],
    ['a float for an amount', (d) => void ((d.amounts[0] as { value: unknown }).value = 22.5), 'amounts.0.value'],
    ['a decimal with two points', (d) => void ((d.amounts[0] as { value: string }).value = '1.2.3'), 'amounts.0.value'],
    ['an ISO date with a slash', (d) => void ((d.meta as { meetingDate: string }).meetingDate = '2021/11/09'), 'meta.meetingDate'],
    ['column 0', (d) => void ((d.resolutions[2]?.position.start as { column: number }).column = 0), 'resolutions.2.position.start.column'],
    ['an unknown attendance role', (d) => void ((d.attendance[0] as { role: string }).role = 'guest'), 'attendance.0.role'],
    ['a short sha256', (d) => void ((d.source as { sha256: string }).sha256 = 'abc'), 'source.sha256'],
    ['schemaVersion 2', (d) => void ((d as { schemaVersion: number }).schemaVersion = 2), 'schemaVersion'],
    // Nullable fields, which the generator turns from anyOf into a type list.
    ['a bound outside its enum', (d) => void ((d.amounts[0] as { bound: unknown }).bound = 'about'), 'amounts.0.bound'],
    ['a string for an item number', (d) => void ((d.resolutions[0] as { item: unknown }).item = '1'), 'resolutions.0.item'],
    ['a fraction for a range id', (d) => void ((d.amounts[0] as { rangeId: unknown }).rangeId = 1.5), 'amounts.0.rangeId'],
    // Sections checked in functions of their own (scripts/generate-validator.ts, sectionsAsDefs).
    ['a number among a person\'s titles', (d) => void ((d.attendance[0]?.people[0] as { titles: unknown[] }).titles[1] = 2), 'attendance.0.people.0.titles.1'],
    ['an unknown diagnostic severity', (d) => void ((d.diagnostics[3] as { severity: string }).severity = 'fatal'), 'diagnostics.3.severity'],
    ['a date that is not ISO', (d) => void ((d.dates[0] as { value: string }).value = '2021-11-9'), 'dates.0.value'],
    ['a number for a quantity\'s unit', (d) => void ((d.quantities[0] as { unit: unknown }).unit = 5), 'quantities.0.unit'],
  ];

  it.each(faults)('rejects %s', (_name, breakIt, path) => {
    const doc = seed();
    breakIt(doc);
    const zod = DocumentSchema.safeParse(doc);
    expect(zod.success).toBe(false);
    expect(zod.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
    const problems = schemaProblems(doc);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe(path);
    expect(problems[0]?.message).not.toBe('');
  });

  it('rejects a field the published JSON Schema does not have (zod would strip it from its copy)', () => {
    const doc = seed();
    (doc.resolutions[0] as Record<string, unknown>).extra = 1;
    expect(schemaProblems(doc)).toEqual([{ path: 'resolutions.0.extra', message: 'must NOT have additional properties' }]);
  });
});
