import { plan } from "../../../lib/planner";
import type { Command } from "../command";
import { exitCodes } from "../exit-codes";
import { readDesign } from "../read-design";
import { formatPlan } from "../summary";

export const planCommand: Command = {
  name: "plan",
  summary: "plan a design: findings by severity and key metrics, or the plan as JSON",
  usage: "blueprint plan <file|-> [--json]",
  options: { json: { type: "boolean", default: false } },
  async run({ values, positionals }, io) {
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
    const result = plan(read.design);
    io.out(values.json ? JSON.stringify(result, null, 2) : formatPlan(read.design, result));
    return exitCodes.ok;
  },
};
