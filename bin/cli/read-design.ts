import { parseDesign, type Design } from "../../lib/design";
import type { Io } from "./io";

export type ReadResult = { ok: true; design: Design } | { ok: false; messages: string[] };

/** Reads a design document from a file or standard input and validates it, with every zod path. */
export async function readDesign(file: string, io: Io): Promise<ReadResult> {
  const source = file === "-" ? "standard input" : file;
  let text: string;
  try {
    text = await io.read(file);
  } catch (error) {
    return { ok: false, messages: [`cannot read ${source}: ${(error as Error).message}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, messages: [`${source} is not JSON: ${(error as Error).message}`] };
  }
  const parsed = parseDesign(json);
  if (parsed.ok) return parsed;
  return { ok: false, messages: [`${source} is not a valid design:`, ...parsed.issues.map((issue) => `  ${issue.path || "/"}: ${issue.message}`)] };
}
