// The review API's contract: request schemas for app/api/designs/[id]/{reviews,verdicts,comments,
// diff,share-links} and revisions/[n]/restore. Kept apart from the handlers so that the shapes have
// one definition and the handlers stay thin.
import { z } from "zod";

const revision = z.number().int().min(1);

export const reviewRequestBodySchema = z.object({
  revision,
  reviewerIds: z.array(z.string().min(1).max(100)).min(1, "ask at least one reviewer").max(50),
});

export const verdictBodySchema = z.object({
  revision,
  verdict: z.enum(["approve", "request_changes"]),
  note: z.string().trim().max(5000, "must be at most 5000 characters").optional(),
});

/** An RFC 6901 JSON pointer into the revision's document ("/racks/0"); "" would be the whole document. */
const anchorSchema = z
  .string()
  .max(500)
  .regex(/^(\/([^~]|~[01])*)+$/, 'must be a JSON pointer into the document, such as "/racks/0"');

export const commentBodySchema = z.object({
  revision,
  body: z.string().trim().min(1, "must not be empty").max(10_000, "must be at most 10000 characters"),
  anchor: anchorSchema.optional(),
  parentId: z.string().min(1).max(100).optional(),
});

export const commentsQuerySchema = z.object({ revision: z.coerce.number().int().min(1).optional() });

export const resolveBodySchema = z.strictObject({ resolved: z.boolean() });

export const diffQuerySchema = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

export const shareLinkBodySchema = z.object({ revision });

export const revisionParamSchema = z.object({ n: z.coerce.number().int().min(1) });

/** The page a share token opens; the token is only ever in this URL, never stored. */
export const shareUrl = (token: string) => `/share/${token}`;
