import { plan } from "../../../lib/planner";
import type { Command } from "../command";
import { exitCodes } from "../exit-codes";
import { readDesign } from "../read-design";
import { countLine, formatFindings } from "../summary";

export const checkCommand: Command = {
  name: "check",
  summary: "print the findings; exit 0 without errors, 1 with errors, 2 when the design is invalid",
  usage: "blueprint check <file|->",
  options: {},
  async run({ positionals }, io) {
    const [file] = positionals;
    if (positionals.length !== 1 || file === undefined) {
      io.err(`usage: ${this.usage}`);
      return exitCodes.invalid;
    }
    const read = await readDesign(file, io);
    if (!read.ok) {
      io.err(read.messages.join("\n"));
      return exitCodes.invalid;
    }
    const { findings } = plan(read.design);
    io.out([...formatFindings(findings), countLine(findings)].join("\n"));
    return findings.some((f) => f.severity === "error") ? exitCodes.findings : exitCodes.ok;
  },
};
