// `npm run docs`: rewrites the findings and metrics tables of README.md from their catalogues
// (lib/planner/catalogue.ts, lib/planner/metrics-catalogue.ts). Only the text between the
// markers changes; a README without one gets a "## Findings" section with the markers first.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { withCatalogueTables } from "../lib/planner/docs";

const path = fileURLToPath(new URL("../README.md", import.meta.url));
let readme = existsSync(path) ? readFileSync(path, "utf8") : "";
for (const [heading, name] of [["Findings", "findings-catalogue"], ["Metrics", "metrics-catalogue"]] as const) {
  if (!readme.includes(`<!-- ${name}:start -->`)) readme += `${readme === "" || readme.endsWith("\n") ? "" : "\n"}\n## ${heading}\n\n<!-- ${name}:start -->\n<!-- ${name}:end -->\n`;
}
const updated = withCatalogueTables(readme);
writeFileSync(path, updated);
console.log(`README.md: findings and metrics tables ${updated === readme ? "already up to date" : "updated"}`);
