// `npm run bench`: times plan() and the `blueprint` command line on the 5,000-node reference
// design and on generated 5,000- and 50,000-node designs, renderBundle() of the reference design,
// the API under 50 concurrent clients (bench-api.ts) and the studio (bench-studio.ts), and prints JSON: median and p95 in
// milliseconds over at least 30 runs, the targets of shared/design.md and whether they are met,
// and a linearity check (time per rack group at 5,000 vs 50,000 nodes). Measurements are a list:
// add one (e.g. a Playwright measurement of the studio) by appending to `measurements`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { designSchema, getTemplate, type Design } from "../lib/design";
import { generateDesign } from "../lib/design/templates/generate";
import { renderBundle } from "../lib/manifests";
import { plan } from "../lib/planner";
import { benchApi } from "./bench-api";
import { benchStudio } from "./bench-studio";

type Measurement = {
  name: string;
  runs: number;
  /** Untimed runs first, so that JIT compilation is not measured. */
  warmup: number;
  run: () => void;
  /** Median target in milliseconds, when the design sets one. */
  targetMedianMs?: number;
  rackGroups?: number;
};

const cli = fileURLToPath(new URL("./blueprint.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "blueprint-bench-"));

function designFile(name: string, design: Design): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(design));
  return path;
}

function runCli(file: string): void {
  const result = spawnSync(process.execPath, [cli, "check", file], { encoding: "utf8" });
  if (result.status !== 0 && result.status !== 1) throw new Error(`blueprint check failed (${result.status}): ${result.stderr}`);
}

const reference = getTemplate("reference-5000");
const generated5k = designSchema.parse(generateDesign({ nodes: 5000 }));
const generated50k = designSchema.parse(generateDesign({ nodes: 50_000 }));
const referencePlan = plan(reference);

const measurements: Measurement[] = [
  { name: "plan reference-5000", runs: 200, warmup: 50, run: () => plan(reference), targetMedianMs: 10, rackGroups: reference.racks.length },
  { name: "plan generated-5000", runs: 200, warmup: 50, run: () => plan(generated5k), targetMedianMs: 10, rackGroups: generated5k.racks.length },
  { name: "plan generated-50000", runs: 100, warmup: 20, run: () => plan(generated50k), targetMedianMs: 100, rackGroups: generated50k.racks.length },
  { name: "renderBundle reference-5000", runs: 100, warmup: 10, run: () => renderBundle(reference, referencePlan), targetMedianMs: 100 },
  { name: "cli check reference-5000", runs: 30, warmup: 2, run: () => runCli(designFile("reference-5000", reference)) },
  { name: "cli check generated-50000", runs: 30, warmup: 2, run: () => runCli(designFile("generated-50000", generated50k)) },
];

function quantile(sorted: readonly number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

const results = measurements.map((m) => {
  for (let i = 0; i < m.warmup; i += 1) m.run();
  const times: number[] = [];
  for (let i = 0; i < m.runs; i += 1) {
    const started = performance.now();
    m.run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const medianMs = quantile(times, 0.5);
  return {
    name: m.name,
    runs: m.runs,
    medianMs: round(medianMs),
    p95Ms: round(quantile(times, 0.95)),
    minMs: round(times[0] as number),
    ...(m.targetMedianMs !== undefined ? { targetMedianMs: m.targetMedianMs, met: medianMs < m.targetMedianMs } : {}),
    ...(m.rackGroups !== undefined ? { rackGroups: m.rackGroups, msPerRackGroup: round(medianMs / m.rackGroups) } : {}),
  };
});
rmSync(dir, { recursive: true, force: true });

// Linear cost: the time per rack group stays about the same from 5,000 to 50,000 nodes
// (a ratio near 1; above 2 would mean something grows faster than the rack groups).
const perGroup = (name: string) => results.find((r) => r.name === name)?.msPerRackGroup ?? NaN;
const ratio = perGroup("plan generated-50000") / perGroup("plan generated-5000");
const linearity = { msPerRackGroup5k: perGroup("plan generated-5000"), msPerRackGroup50k: perGroup("plan generated-50000"), ratio: round(ratio), linear: ratio < 2 };

const report = { node: process.version, measurements: results, linearity, api: await benchApi(), studio: await benchStudio() };
console.log(JSON.stringify(report, null, 2));
if (results.some((r) => r.met === false) || !linearity.linear) process.exitCode = 1;
