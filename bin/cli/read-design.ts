import { parseDesign, type Design } from "../../lib/design";
import { plan, type Plan } from "../../lib/planner";
import { exitCodes } from "./exit-codes";
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

export type PlannedInput = { ok: true; design: Design; plan: Plan; option: string } | { ok: false; exitCode: number };

/**
 * The step every design command starts with: exactly one file argument (and the string option
 * the command requires, when it names one), read, validated and planned; or the usage or
 * validation message and exit code 2.
 */
export async function readPlannedDesign(
  positionals: string[],
  usage: string,
  io: Io,
  required?: { option: unknown },
): Promise<PlannedInput> {
  const [file] = positionals;
  const option = typeof required?.option === "string" ? required.option : "";
  if (positionals.length !== 1 || file === undefined || (required && option === "")) {
    io.err(`usage: ${usage}`);
    return { ok: false, exitCode: exitCodes.invalid };
  }
  const read = await readDesign(file, io);
  if (!read.ok) {
    io.err(read.messages.join("\n"));
    return { ok: false, exitCode: exitCodes.invalid };
  }
  return { ok: true, design: read.design, plan: plan(read.design), option };
}
