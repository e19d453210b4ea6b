import type { z } from "zod";
import { migrateDesign } from "./migrate";
import { toPointer } from "./pointer";
import { designSchema, type Design } from "./schema";

export type ValidationIssue = { path: string; message: string };
export type ParseResult = { ok: true; design: Design } | { ok: false; issues: ValidationIssue[] };

/** Every zod issue at once, each with a JSON pointer into the document (Kubernetes field errors). */
export function toIssues(error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: toPointer([...prefix, ...issue.path]), message: issue.message }));
}

/** Migrates a document forward to the current format, then validates it and fills defaults. */
export function parseDesign(input: unknown): ParseResult {
  const migrated = migrateDesign(input);
  if (!migrated.ok) return { ok: false, issues: [{ path: migrated.path, message: migrated.message }] };
  const result = designSchema.safeParse(migrated.document);
  if (!result.success) return { ok: false, issues: toIssues(result.error) };
  return { ok: true, design: result.data };
}
