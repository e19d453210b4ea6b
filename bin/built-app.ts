// The built app and Chromium for the scripts that measure or photograph the studio (bench-api,
// bench-studio, screenshots): a production build of the working tree (made once per process: a
// build left over from older code would measure the wrong thing; BLUEPRINT_REUSE_BUILD=1 skips it
// when you know the build is current) on a free port, with an empty embedded database of its own
// so that nothing depends on what a developer has stored.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "@playwright/test";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const distDir = process.env.NEXT_DIST_DIR ?? ".next";

/** Debian's Chromium with the flags it needs as root and without network (shared/notes/services.md). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

let built = process.env.BLUEPRINT_REUSE_BUILD === "1";

/** The built app on a free port with an empty embedded database of its own. */
export async function startBuiltApp(): Promise<{ url: string; stop: () => void }> {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir };
  if (!built) {
    // The build's own output goes to stderr, so that a bench's JSON on stdout stays parseable.
    const build = spawnSync("npx", ["next", "build"], { cwd: root, env, stdio: ["ignore", 2, 2] });
    if (build.status !== 0) throw new Error("next build failed");
    built = true;
  }
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), "blueprint-bench-"));
  const server: ChildProcess = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    env: { ...env, BLUEPRINT_DATA_DIR: dataDir, PORT: String(port) },
    stdio: "ignore",
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    rmSync(dataDir, { recursive: true, force: true });
  };
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return { url, stop };
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error("the app did not start");
}


export async function createDesign(url: string, name: string, template: string): Promise<{ id: string; headRevision: number }> {
  const response = await fetch(`${url}/api/designs`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name, template }) });
  if (!response.ok) throw new Error(`creating a design failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string; headRevision: number };
}
