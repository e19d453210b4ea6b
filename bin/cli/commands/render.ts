import { chmod, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { renderBundle, type BundlePlan } from "../../../lib/manifests";
import { plan } from "../../../lib/planner";
import type { Command } from "../command";
import { exitCodes } from "../exit-codes";
import { readDesign } from "../read-design";

/** A design with errors still renders (its README lists them first); the user hears about them. */
export function errorNotice(planned: BundlePlan): string | undefined {
  const errors = planned.findings.filter((finding) => finding.severity === "error").length;
  return errors === 0 ? undefined : `warning: the design has ${errors} error finding${errors === 1 ? "" : "s"}, listed at the top of README.md`;
}

export const renderCommand: Command = {
  name: "render",
  summary: "write the design's Kubernetes manifests, README, design and plan into a directory",
  usage: "blueprint render <file|-> --out <dir>",
  options: { out: { type: "string" } },
  async run({ values, positionals }, io) {
    const [file] = positionals;
    const out = values.out;
    if (positionals.length !== 1 || file === undefined || typeof out !== "string" || out === "") {
      io.err(`usage: ${this.usage}`);
      return exitCodes.invalid;
    }
    const read = await readDesign(file, io);
    if (!read.ok) {
      io.err(read.messages.join("\n"));
      return exitCodes.invalid;
    }
    const planned = plan(read.design);
    const files = renderBundle(read.design, planned);
    for (const bundleFile of files) {
      const target = path.join(out, bundleFile.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, bundleFile.content);
      if (bundleFile.path.endsWith(".sh")) await chmod(target, 0o755);
    }
    io.out(`wrote ${files.length} files to ${out}`);
    const notice = errorNotice(planned);
    if (notice) io.err(notice);
    return exitCodes.ok;
  },
};
