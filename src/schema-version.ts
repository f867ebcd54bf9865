/** Version of the JSON output shape (kept apart from src/schema.ts so that parsing needs no zod). */
export const SCHEMA_VERSION = 1 as const;
