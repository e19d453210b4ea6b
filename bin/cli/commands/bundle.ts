import { writeFile } from "node:fs/promises";
import { renderBundle, zipBundle } from "../../../lib/manifests";
import type { Command } from "../command";
import { exitCodes } from "../exit-codes";
import { readPlannedDesign } from "../read-design";
import { errorNotice } from "./render";

export const bundleCommand: Command = {
  name: "bundle",
  summary: "write the design's Kubernetes manifests, README, design and plan as a zip",
  usage: "blueprint bundle <file|-> -o <out.zip>",
  options: { output: { type: "string", short: "o" } },
  async run({ values, positionals }, io) {
    const input = await readPlannedDesign(positionals, this.usage, io, { option: values.output });
    if (!input.ok) return input.exitCode;
    const output = input.option;
    const planned = input.plan;
    const files = renderBundle(input.design, planned);
    const zip = zipBundle(files);
    await writeFile(output, zip);
    io.out(`wrote ${output}: ${files.length} files, ${zip.byteLength} bytes`);
    const notice = errorNotice(planned);
    if (notice) io.err(notice);
    return exitCodes.ok;
  },
};
