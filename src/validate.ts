/**
 * Checks a document against the output contract with the validator generated from src/schema.ts
 * (scripts/generate-validator.ts), so that parsing does not load zod.
 */
import { validate } from './generated/validate-document.js';

/** One way a document breaks the contract. */
export interface SchemaProblem {
  /** Dotted path of the offending value (`items.0.level`); empty for the document itself. */
  path: string;
  message: string;
}

interface GeneratedError {
  instancePath: string;
  keyword: string;
  params: { missingProperty?: string; additionalProperty?: string };
  message?: string;
}

/** The generated function: true when valid, else its `errors` say why (the first problem found). */
type GeneratedValidator = ((data: unknown) => boolean) & { errors?: GeneratedError[] | null };

/**
 * Problems of a document against the contract.
 *
 * @param doc the document to check
 * @returns an empty list when it is valid
 */
export function schemaProblems(doc: unknown): SchemaProblem[] {
  const check = validate as GeneratedValidator;
  if (check(doc)) return [];
  // One problem per path: a nullable value that fails both of its shapes gives several errors.
  const byPath = new Map<string, string[]>();
  for (const error of check.errors ?? []) {
    const segments = error.instancePath === '' ? [] : error.instancePath.slice(1).split('/');
    // A missing or unexpected field is named in the path, as zod does.
    const field = error.params.missingProperty ?? error.params.additionalProperty;
    if (field !== undefined) segments.push(field);
    const path = segments.map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~')).join('.');
    const messages = byPath.get(path) ?? [];
    messages.push(error.message ?? `fails ${error.keyword}`);
    byPath.set(path, messages);
  }
  return [...byPath].map(([path, messages]) => ({ path, message: messages.join('; ') }));
}
