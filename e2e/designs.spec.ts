import { expect, test } from "@playwright/test";
import { readFile } from "node:fs/promises";

// The design list as a user drives it: create from a template, find it again after a reload,
// export it and import the file back.
test("create a design from reference-5000; it survives a reload", async ({ page }) => {
  const name = `Frankfurt ${Date.now()}`;
  await page.goto("/");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Template").selectOption("reference-5000");
  await page.getByRole("button", { name: "Create design" }).click();
  await page.waitForURL(/\/designs\/[^/]+$/);
  const id = page.url().split("/").pop()!;

  await page.goto("/");
  await page.reload();
  const link = page.getByRole("link", { name, exact: true });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("href", `/designs/${id}`);

  const stored = await (await page.request.get(`/api/designs/${id}`)).json();
  expect(stored.headRevision).toBe(1);
  expect(stored.document.cluster.name).toBe("reference-5000");
  expect(stored.document.racks).toHaveLength(4);
});

test("an exported design imports back unchanged", async ({ page }) => {
  const created = await (
    await page.request.post("/api/designs", { data: { name: `Round trip ${Date.now()}`, template: "starter-500" } })
  ).json();
  const original = await (await page.request.get(`/api/designs/${created.id}`)).json();

  await page.goto("/");
  const download = await Promise.all([
    page.waitForEvent("download"),
    page.evaluate((id) => {
      const anchor = document.createElement("a");
      anchor.href = `/api/designs/${id}/export`;
      document.body.append(anchor);
      anchor.click();
    }, created.id),
  ]).then(([download]) => download);
  expect(download.suggestedFilename()).toMatch(/\.blueprint\.json$/);
  const file = await download.path();

  await page.getByTestId("import-file").setInputFiles(file);
  await page.waitForURL((url) => /\/designs\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(created.id));
  const importedId = page.url().split("/").pop()!;
  const imported = await (await page.request.get(`/api/designs/${importedId}`)).json();
  expect(imported.document).toEqual(original.document);
  expect(JSON.parse(await readFile(file, "utf8")).document).toEqual(original.document);
});

test("importing a file that is not a design says what is wrong and creates nothing", async ({ page }) => {
  const before = (await (await page.request.get("/api/designs")).json()).designs.length;
  await page.goto("/");
  await page.getByTestId("import-file").setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ schemaVersion: 1, cluster: { name: "Not A DNS Name" } })),
  });
  // Next.js keeps an empty route announcer with role "alert" on every page: look for ours.
  await expect(page.getByRole("alert").filter({ hasText: "/cluster/name" })).toContainText("DNS-1123");
  const after = (await (await page.request.get("/api/designs")).json()).designs.length;
  expect(after).toBe(before);
});
