import type { Command } from "../command";
import { bundleCommand } from "./bundle";
import { checkCommand } from "./check";
import { planCommand } from "./plan";
import { renderCommand } from "./render";
import { templateCommand } from "./template";

/** Every `blueprint` subcommand, in the order `--help` lists them. Add new commands here. */
export const commands: readonly Command[] = [templateCommand, planCommand, checkCommand, renderCommand, bundleCommand];
