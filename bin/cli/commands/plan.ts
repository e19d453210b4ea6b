import type { Command } from "../command";
import { exitCodes } from "../exit-codes";
import { readPlannedDesign } from "../read-design";
import { formatPlan } from "../summary";

export const planCommand: Command = {
  name: "plan",
  summary: "plan a design: findings by severity and key metrics, or the plan as JSON",
  usage: "blueprint plan <file|-> [--json]",
  options: { json: { type: "boolean", default: false } },
  async run({ values, positionals }, io) {
    const input = await readPlannedDesign(positionals, this.usage, io);
    if (!input.ok) return input.exitCode;
    io.out(values.json ? JSON.stringify(input.plan, null, 2) : formatPlan(input.design, input.plan));
    return exitCodes.ok;
  },
};
