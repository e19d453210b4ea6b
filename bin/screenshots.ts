// Screenshots of the studio on the reference design for the README: the fabric view and the zones
// view, taken in Chromium against the built app (`npx tsx bin/screenshots.ts`).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDesign, launchChromium, startBuiltApp } from "./built-app";

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../docs/screenshots");

async function main() {
  const app = await startBuiltApp();
  const browser = await launchChromium();
  try {
    const { id } = await createDesign(app.url, "reference-5000", "reference-5000");
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, colorScheme: "light" });
    await page.goto(`${app.url}/designs/${id}`);
    await page.locator('.react-flow__node[data-id="spine"]').waitFor();
    // The rack group the worker pool's exhaustion is about is selected, so the inspector shows a form.
    await page.locator('.react-flow__node[data-id="rack:compute"]').click();
    await page.waitForTimeout(500);
    mkdirSync(out, { recursive: true });
    await page.screenshot({ path: path.join(out, "fabric.png") });

    await page.getByRole("radio", { name: "Zones" }).click();
    await page.locator('.react-flow__node[data-id="zone:backend"]').click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(out, "zones.png") });
    console.log(`wrote ${path.join(out, "fabric.png")} and ${path.join(out, "zones.png")}`);
  } finally {
    await browser.close();
    app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
