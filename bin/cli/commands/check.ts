import type { Command } from "../command";
import { exitCodes } from "../exit-codes";
import { readPlannedDesign } from "../read-design";
import { countLine, formatFindings } from "../summary";

export const checkCommand: Command = {
  name: "check",
  summary: "print the findings; exit 0 without errors, 1 with errors, 2 when the design is invalid",
  usage: "blueprint check <file|->",
  options: {},
  async run({ positionals }, io) {
    const input = await readPlannedDesign(positionals, this.usage, io);
    if (!input.ok) return input.exitCode;
    const { findings } = input.plan;
    io.out([...formatFindings(findings), countLine(findings)].join("\n"));
    return findings.some((f) => f.severity === "error") ? exitCodes.findings : exitCodes.ok;
  },
};
