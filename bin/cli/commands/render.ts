import { chmod, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { renderBundle, type BundlePlan } from "../../../lib/manifests";
import type { Command } from "../command";
import { exitCodes } from "../exit-codes";
import { readPlannedDesign } from "../read-design";

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
    const input = await readPlannedDesign(positionals, this.usage, io, { option: values.out });
    if (!input.ok) return input.exitCode;
    const out = input.option;
    const planned = input.plan;
    const files = renderBundle(input.design, planned);
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
