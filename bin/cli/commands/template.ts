import { getTemplate, isTemplateName, templateNames } from "../../../lib/design";
import type { Command } from "../command";
import { exitCodes } from "../exit-codes";

export const templateCommand: Command = {
  name: "template",
  summary: "print a template design document as JSON",
  usage: `blueprint template <${templateNames.join("|")}>`,
  options: {},
  async run({ positionals }, io) {
    const [name] = positionals;
    if (positionals.length !== 1 || name === undefined || !isTemplateName(name)) {
      io.err(`usage: ${this.usage}`);
      return exitCodes.invalid;
    }
    io.out(JSON.stringify(getTemplate(name), null, 2));
    return exitCodes.ok;
  },
};
