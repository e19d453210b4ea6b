import { writeFile } from "node:fs/promises";
import { renderBundle, zipBundle } from "../../../lib/manifests";
import { plan } from "../../../lib/planner";
import type { Command } from "../command";
import { exitCodes } from "../exit-codes";
import { readDesign } from "../read-design";
import { errorNotice } from "./render";

export const bundleCommand: Command = {
  name: "bundle",
  summary: "write the design's Kubernetes manifests, README, design and plan as a zip",
  usage: "blueprint bundle <file|-> -o <out.zip>",
  options: { output: { type: "string", short: "o" } },
  async run({ values, positionals }, io) {
    const [file] = positionals;
    const output = values.output;
    if (positionals.length !== 1 || file === undefined || typeof output !== "string" || output === "") {
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
    const zip = zipBundle(files);
    await writeFile(output, zip);
    io.out(`wrote ${output}: ${files.length} files, ${zip.byteLength} bytes`);
    const notice = errorNotice(planned);
    if (notice) io.err(notice);
    return exitCodes.ok;
  },
};
