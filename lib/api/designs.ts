// The design API's contract: request schemas and response shapes for app/api/designs/**.
// Kept apart from the handlers so that the handlers stay thin and the shapes have one definition.
import { z } from "zod";
import { fromPointer, getTemplate, parseDesign, templateNames, type Design } from "../design";
import type { DesignAtRevision, DesignSummary, NewDesign } from "../db/designs";
import { parseWith } from "./parse";

/** The display name of a design (not the cluster's name inside the document). */
export const designNameSchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(100, "must be at most 100 characters");

const descriptionSchema = z.string().max(2000, "must be at most 2000 characters");

/**
 * A design document: migrated forward and validated by lib/design, defaults filled in. Its
 * issues are reported where they are in the body (e.g. /document/cluster/name).
 */
export const designDocumentSchema = z.unknown().transform((input, ctx): Design => {
  const parsed = parseDesign(input);
  if (parsed.ok) return parsed.design;
  for (const issue of parsed.issues) {
    ctx.addIssue({ code: "custom", message: issue.message, path: fromPointer(issue.path), input });
  }
  return z.NEVER;
});

export const createDesignBodySchema = z
  .object({
    name: designNameSchema,
    description: descriptionSchema.optional(),
    template: z.enum(templateNames).optional(),
    document: designDocumentSchema.optional(),
    /** The team to create it in; the creator's personal team when absent. */
    teamId: z.string().min(1).optional(),
  })
  .superRefine((body, ctx) => {
    if ((body.template === undefined) === (body.document === undefined)) {
      ctx.addIssue({ code: "custom", path: [], message: 'give either "template" or "document"' });
    }
  });

/** What POST /api/designs stores, from its parsed body. */
export function newDesignFromBody(body: z.output<typeof createDesignBodySchema>): NewDesign {
  const { name, description, template, document } = body;
  if (template !== undefined) {
    return { name, description, document: getTemplate(template), message: `Created from the ${template} template` };
  }
  // The schema's refinement guarantees a document when there is no template.
  return { name, description, document: document!, message: "Created" };
}

export const saveDesignBodySchema = z.object({
  baseRevision: z.number().int().min(1),
  document: designDocumentSchema,
  message: z.string().max(500, "must be at most 500 characters").optional(),
});

export const updateDesignBodySchema = z
  .strictObject({
    name: designNameSchema.optional(),
    description: descriptionSchema.optional(),
    archived: z.boolean().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'give at least one of "name", "description", "archived"');

export const listQuerySchema = z.object({ archived: z.enum(["0", "1"]).optional() });
export const importQuerySchema = z.object({ teamId: z.string().min(1).optional() });

export const revisionQuerySchema = z.object({
  revision: z.coerce.number().int().min(1).optional(),
});

export const EXPORT_FORMAT = "blueprint-design";

/** The body of an exported design file: what POST /api/designs/import takes back. */
export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  name: designNameSchema,
  description: descriptionSchema.optional(),
  document: designDocumentSchema,
});

export type ExportFile = z.input<typeof exportFileSchema>;

/** An import body: an exported file, or a bare design document named after its cluster. */
export function newDesignFromImport(body: unknown): NewDesign {
  const isFile = typeof body === "object" && body !== null && !Array.isArray(body) && "format" in body;
  if (isFile) {
    const file = parseWith(exportFileSchema, body);
    return { name: file.name, description: file.description, document: file.document, message: "Imported" };
  }
  const document = parseWith(designDocumentSchema, body);
  return { name: document.cluster.name, document, message: "Imported" };
}

export function designSummaryJson(design: DesignSummary) {
  const { id, name, description, headRevision, archived, teamId, createdAt, updatedAt } = design;
  return { id, name, description, headRevision, archived, teamId, createdAt, updatedAt };
}

/**
 * A stored document as clients get it: migrated to the current format. A document the current
 * schema no longer accepts is returned as stored, with its issues, so that it can still be
 * opened and fixed instead of being lost.
 */
export function loadDocument(stored: unknown): { document: unknown; documentIssues?: { path: string; message: string }[] } {
  const parsed = parseDesign(stored);
  return parsed.ok ? { document: parsed.design } : { document: stored, documentIssues: parsed.issues };
}

export function designJson(design: DesignAtRevision) {
  return {
    ...designSummaryJson(design),
    revision: design.revision,
    ...loadDocument(design.document),
    message: design.message,
    authorName: design.authorName,
    authorId: design.authorId,
    revisionCreatedAt: design.revisionCreatedAt,
  };
}

export function exportFile(design: DesignAtRevision): ExportFile {
  return {
    format: EXPORT_FORMAT,
    name: design.name,
    description: design.description,
    document: loadDocument(design.document).document,
  };
}

/** `<name>-r<N>.blueprint.json`, with the name reduced to characters safe in any file system. */
export function exportFilename(name: string, revision: number): string {
  const safe =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9._-]+/g, "-")
      .replace(/^[-.]+|[-.]+$/g, "")
      .slice(0, 80) || "design";
  return `${safe}-r${revision}.blueprint.json`;
}
