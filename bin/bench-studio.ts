// Studio performance in Chromium against the built app, on the reference design: time to the first
// drawn diagram, frame times while dragging a rack group (collapsed and with every rack expanded:
// 250 leaves x 8 spines = 2,000 links), and the studio route's first-load JavaScript, gzipped.
// Targets (issue #5): first render < 1.5 s, drag p95 < 50 ms, first-load JS < 400 kB gzipped.
// Run alone with `npx tsx bin/bench-studio.ts`, or as part of `npm run bench`. It uses the build in
// NEXT_DIST_DIR (default .next) and builds it when missing.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Page, Response } from "@playwright/test";
import { createDesign, launchChromium, startBuiltApp } from "./built-app";
const RUNS = 5;

export const targets = { firstRenderMs: 1500, dragP95Ms: 50, firstLoadJsKB: 400 };

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}
const round = (n: number) => Math.round(n * 10) / 10;

async function createReference(url: string, expandAll: boolean): Promise<string> {
  const { id, headRevision } = await createDesign(url, "bench reference", "reference-5000");
  if (expandAll) {
    const head = (await (await fetch(`${url}/api/designs/${id}`)).json()) as { document: { racks: Array<{ name: string }>; canvas: object } };
    const document = { ...head.document, canvas: { ...head.document.canvas, expanded: head.document.racks.map((r) => `rack:${r.name}`) } };
    const saved = await fetch(`${url}/api/designs/${id}`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ baseRevision: headRevision, document }) });
    if (!saved.ok) throw new Error(`could not expand the racks: ${saved.status}`);
  }
  return id;
}

/** Milliseconds from navigation start until the diagram shows its nodes and `edges` links. */
async function firstRender(page: Page, url: string, edges: number): Promise<number> {
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction((n) => document.querySelectorAll(".react-flow__edge").length >= n && document.querySelector('.react-flow__node[data-id="spine"]'), edges, { polling: "raf", timeout: 30_000 });
  return page.evaluate(() => performance.now());
}

/** Frame intervals while the mouse drags a rack group across the canvas. */
async function dragFrames(page: Page, nodeId: string): Promise<number[]> {
  const box = await page.locator(`.react-flow__node[data-id="${nodeId}"]`).boundingBox();
  if (!box) throw new Error(`${nodeId} is not drawn`);
  const x = box.x + Math.min(60, box.width / 2);
  const y = box.y + 14;
  // A string, not a function: tsx names inner functions with a helper the page does not have.
  await page.evaluate(`
    window.__frames = [];
    window.__recording = true;
    requestAnimationFrame(function tick(t) {
      window.__frames.push(t);
      if (window.__recording) requestAnimationFrame(tick);
    });
  `);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(x + i * 4, y + Math.sin(i / 6) * 40);
  await page.mouse.up();
  const stamps = (await page.evaluate("window.__recording = false, window.__frames")) as number[];
  return stamps.slice(1).map((t, i) => t - (stamps[i] as number));
}

/** The JavaScript the studio page loads before anyone clicks: every script response, gzipped. */
async function firstLoadJs(page: Page, url: string): Promise<{ files: number; gzipKB: number }> {
  const bodies: Promise<Buffer>[] = [];
  const listener = (response: Response) => {
    if (response.request().resourceType() === "script") bodies.push(response.body());
  };
  page.on("response", listener);
  await page.goto(url, { waitUntil: "networkidle" });
  page.off("response", listener);
  const sizes = (await Promise.all(bodies)).map((body) => gzipSync(body).length);
  return { files: sizes.length, gzipKB: round(sizes.reduce((a, b) => a + b, 0) / 1024) };
}

export async function benchStudio() {
  const app = await startBuiltApp();
  const browser = await launchChromium();
  try {
    const collapsedId = await createReference(app.url, false);
    const expandedId = await createReference(app.url, true);
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    // Warm the server (first compile of the route's data, database connection) before measuring.
    await page.goto(`${app.url}/designs/${collapsedId}`);

    const measure = async (id: string, edges: number) => {
      const renders: number[] = [];
      for (let i = 0; i < RUNS; i++) renders.push(await firstRender(page, `${app.url}/designs/${id}`, edges));
      const frames = (await dragFrames(page, "rack:compute")).sort((a, b) => a - b);
      renders.sort((a, b) => a - b);
      return {
        firstRenderMs: { median: round(quantile(renders, 0.5)), max: round(renders.at(-1) ?? NaN) },
        dragFrameMs: { p50: round(quantile(frames, 0.5)), p95: round(quantile(frames, 0.95)), frames: frames.length, slowest: frames.slice(-8).map(round) },
      };
    };
    // Collapsed: 4 rack groups, one uplink bundle each, 4 placement and 4 pod-pool links.
    const collapsed = await measure(collapsedId, 4);
    // Expanded: 125 racks drawn one by one, 250 leaves x 8 spines = 2,000 links.
    const expanded = await measure(expandedId, 2000);
    const js = await firstLoadJs(await browser.newPage(), `${app.url}/designs/${collapsedId}`);
    const result = {
      name: "studio",
      design: "reference-5000",
      collapsed,
      expanded,
      firstLoadJs: js,
      targets,
      meetsTargets:
        Math.max(collapsed.firstRenderMs.median, expanded.firstRenderMs.median) < targets.firstRenderMs &&
        Math.max(collapsed.dragFrameMs.p95, expanded.dragFrameMs.p95) < targets.dragP95Ms &&
        js.gzipKB < targets.firstLoadJsKB,
    };
    // A missed target fails `npm run bench`, as the planner's measurements do.
    if (!result.meetsTargets) process.exitCode = 1;
    return result;
  } finally {
    await browser.close();
    app.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchStudio().then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
