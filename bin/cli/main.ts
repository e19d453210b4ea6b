import { parseArgs } from "node:util";
import { commands } from "./commands";
import { exitCodes } from "./exit-codes";
import { processIo, type Io } from "./io";

export function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "blueprint: plan and check Kubernetes cluster designs",
    "",
    "Usage:",
    ...commands.map((c) => `  ${c.usage}`),
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    'A file of "-" reads the design from standard input.',
    "Exit codes: 0 ok, 1 error findings (check), 2 invalid design, unreadable input or bad usage.",
  ].join("\n");
}

/** Runs `blueprint <command> [args]` and returns the exit code. */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(help());
    return name === undefined ? exitCodes.invalid : exitCodes.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`unknown command "${name}"\n\n${help()}`);
    return exitCodes.invalid;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: { ...command.options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`${(error as Error).message}\nusage: ${command.usage}`);
    return exitCodes.invalid;
  }
  if (parsed.values.help) {
    io.out(`usage: ${command.usage}\n\n${command.summary}`);
    return exitCodes.ok;
  }
  return command.run({ values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals }, io);
}
