// The API under load (shared/design.md, performance targets): 50 clients at once, each saving its
// own design (the 5,000-node reference document) and reading it back, against the built app on
// the embedded database (or the Postgres at DATABASE_URL when that is set). Reports latency of one save + read-back, throughput, and every failure:
// a save that is lost, answered with an error, or read back with another revision fails the target.
// Run alone with `npx tsx bin/bench-api.ts`, or as part of `npm run bench`.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDesign, startBuiltApp } from "./built-app";

const CLIENTS = 50;
const ROUNDS = 10;

type Head = { headRevision: number; revision: number; document: Record<string, unknown> };

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}
const round = (ms: number) => Math.round(ms * 10) / 10;

/** One client: ROUNDS saves on top of its own head, each read back and checked. */
async function client(url: string, index: number, latencies: number[], failures: string[]): Promise<void> {
  const { id } = await createDesign(url, `bench api ${index}`, "reference-5000");
  const head = (await (await fetch(`${url}/api/designs/${id}`)).json()) as Head;
  let base = head.headRevision;
  for (let round = 0; round < ROUNDS; round++) {
    const document = { ...head.document, cluster: { ...(head.document.cluster as object), targetNodes: 5000 + round } };
    const started = performance.now();
    const saved = await fetch(`${url}/api/designs/${id}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ baseRevision: base, document, message: `bench ${round}` }),
    });
    if (!saved.ok) {
      failures.push(`client ${index} round ${round}: save answered ${saved.status}`);
      return;
    }
    base = ((await saved.json()) as { headRevision: number }).headRevision;
    const read = (await (await fetch(`${url}/api/designs/${id}`)).json()) as Head;
    latencies.push(performance.now() - started);
    const readTarget = (read.document.cluster as { targetNodes?: number }).targetNodes;
    if (read.revision !== base || readTarget !== 5000 + round) failures.push(`client ${index} round ${round}: read back revision ${read.revision}, expected ${base}`);
  }
}

export async function benchApi() {
  const app = await startBuiltApp();
  try {
    const latencies: number[] = [];
    const failures: string[] = [];
    const started = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(app.url, index, latencies, failures)));
    const elapsedS = (performance.now() - started) / 1000;
    const { database } = (await (await fetch(`${app.url}/api/health`)).json()) as { database: string };
    latencies.sort((a, b) => a - b);
    const result = {
      name: "api save and read back",
      database,
      clients: CLIENTS,
      roundsPerClient: ROUNDS,
      saveAndReadMs: { median: round(quantile(latencies, 0.5)), p95: round(quantile(latencies, 0.95)), max: round(latencies.at(-1) ?? NaN) },
      savesPerSecond: round(latencies.length / elapsedS),
      failures,
      met: failures.length === 0 && latencies.length === CLIENTS * ROUNDS,
    };
    if (!result.met) process.exitCode = 1;
    return result;
  } finally {
    app.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchApi().then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
