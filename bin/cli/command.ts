import type { ParseArgsConfig } from "node:util";
import type { Io } from "./io";

/**
 * One `blueprint` subcommand. Its options are a node:util parseArgs configuration; `run` gets
 * the parsed values and positionals and returns the exit code.
 */
export type Command = {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  run: (args: { values: Record<string, string | boolean | undefined>; positionals: string[] }, io: Io) => Promise<number>;
};
