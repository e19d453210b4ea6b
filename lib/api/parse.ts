// Reading request input through zod schemas: the body (with a size limit) and the query string.
// Every failure is an HttpError with the standard shape (errors.ts); nothing reaches the handler
// unparsed.
import type { z } from "zod";
import { toPointer } from "../design";
import { invalidJson, payloadTooLarge, validationFailed, type ApiIssue } from "./errors";

/** Design documents of the largest clusters are a few hundred kB; 2 MB leaves room and stops abuse. */
export const DEFAULT_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/** Every zod issue, each with a JSON pointer to the offending field. */
export function zodIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.map((issue) => ({ path: toPointer(issue.path), message: issue.message }));
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationFailed(zodIssues(result.error));
  return result.data;
}

/**
 * The JSON body parsed by `schema`. 413 over the limit (announced by Content-Length, or counted
 * while reading, since the header can be absent or wrong), 400 invalid_json for anything that is
 * not a JSON text, 400 validation_failed with all of the schema's issues.
 */
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
  { limitBytes = DEFAULT_BODY_LIMIT_BYTES }: { limitBytes?: number } = {},
): Promise<z.output<S>> {
  const text = await readText(request, limitBytes);
  if (text.trim() === "") throw invalidJson("The request body is empty; it must be JSON.");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw invalidJson(`The request body is not valid JSON: ${(error as Error).message}`);
  }
  return parseWith(schema, body);
}

async function readText(request: Request, limitBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limitBytes) throw payloadTooLarge(limitBytes);
  if (!request.body) return "";

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel();
      throw payloadTooLarge(limitBytes);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw invalidJson("The request body is not UTF-8 text.");
  }
}

/** The query string parsed by `schema` (single values; a repeated parameter keeps the last). */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  return parseWith(schema, params);
}
