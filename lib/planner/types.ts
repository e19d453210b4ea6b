import { z } from "zod";

/**
 * The shapes every concern shares. Findings are a public contract (the studio, the CLI, the review
 * diff and the manifest renderer read them), so their schema lives here and is validated in tests.
 */
export const severities = ["error", "warning", "info"] as const;
export type Severity = (typeof severities)[number];

/** A one-click change the studio can apply: set `value` at the JSON pointer `path` of the document. */
export const suggestionSchema = z.object({
  path: z.string().startsWith("/"),
  value: z.unknown(),
  label: z.string().min(1),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export const findingSchema = z.object({
  severity: z.enum(severities),
  code: z.string().regex(/^[a-z]+(\.[a-z0-9-]+)+$/),
  message: z.string().min(1),
  /** JSON pointer (RFC 6901) into the design document; "" is the whole document. */
  path: z.string().regex(/^(\/.*)?$/),
  fix: z.string().optional(),
  suggestion: suggestionSchema.optional(),
});
export type Finding = z.infer<typeof findingSchema>;

/** What every concern returns: its numbers and what it found. */
export type ConcernResult<M> = { metrics: M; findings: Finding[] };
