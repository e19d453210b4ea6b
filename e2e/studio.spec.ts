// The studio against the built app: draw, see the plan follow, fix what it finds, undo, autosave,
// conflicts between two browsers, the zones view and the manifests it produces.
import { expect, test } from "@playwright/test";
import { createFromTemplate, getDesign } from "./api/helpers";
import { connectHandles, fitView, handle, metric, node, openStudio, saveState } from "./studio-helpers";

test("draw a rack group, see the plan follow, fix a finding, undo and redo, autosave and reload", async ({ page, request }) => {
  const design = await createFromTemplate(request, "starter-500");
  await openStudio(page, design.id);
  // starter-500: 11 compute racks x 40 workers + 3 infra racks x (1 + 6 + 13) = 440 + 60 = 500 nodes.
  await expect(await metric(page, "scale.counts.0.count")).toHaveText("500");

  await page.getByRole("button", { name: "Rack group", exact: true }).click();
  await expect(node(page, "rack:rack-group")).toBeVisible();
  await fitView(page);
  await connectHandles(page, handle(page, "pool:worker", "racks"), handle(page, "rack:rack-group", "nodes"));
  await expect(page.getByLabel("Node pool 1", { exact: true })).toHaveValue("worker");
  // The new rack's two 48-port leaves take 96 / 2 NICs = 48 workers: 548 nodes.
  await expect(page.getByLabel("Nodes per rack 1", { exact: true })).toHaveValue("48");
  await expect(await metric(page, "scale.counts.0.count")).toHaveText("548");

  // 30 such racks: 479 + 30 x 48 = 1,919 workers at 110 pods need 2 blocks of /26 each, 3,838
  // blocks, but the workers pool 10.16.0.0/15 has 2^(26-15) = 2,048: the pool is exhausted.
  await page.getByLabel("Racks", { exact: true }).fill("30");
  await expect(await metric(page, "scale.counts.0.count")).toHaveText("1,940");
  await page.getByRole("tab", { name: /Findings/ }).click();
  const exhaustion = page.locator('[data-testid="finding"][data-code="ip.pool.block-exhaustion"]');
  await expect(exhaustion).toHaveCount(1);
  await expect(node(page, "podpool:workers").getByTestId("finding-badge")).toHaveAttribute("data-severity", "error");

  await exhaustion.getByRole("button").first().click();
  await expect(node(page, "podpool:workers").locator('[data-highlighted="true"]')).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Inspector" })).toContainText("Pod pool: workers");
  // The finding points at /ipPlan/podPools/0/cidr: the inspector shows that field.
  await expect(page.getByLabel("CIDR", { exact: true })).toHaveAttribute("data-flash", "true");

  await exhaustion.getByRole("button", { name: /Apply fix/ }).click();
  await expect(exhaustion).toHaveCount(0);
  await expect(page.getByLabel("CIDR", { exact: true })).not.toHaveValue("10.16.0.0/15");

  await page.getByRole("button", { name: "Undo (Ctrl+Z)", exact: true }).click();
  await expect(exhaustion).toHaveCount(1);
  await page.locator("body").press("Control+Shift+Z");
  await expect(exhaustion).toHaveCount(0);
  const fixedCidr = await page.getByLabel("CIDR", { exact: true }).inputValue();

  await expect(saveState(page)).toHaveAttribute("data-status", "unsaved");
  await expect(saveState(page)).toHaveAttribute("data-status", "saved", { timeout: 15_000 });
  await page.reload();
  await expect(node(page, "rack:rack-group")).toBeVisible();
  await expect(node(page, "podpool:workers")).toContainText(fixedCidr);
  await expect(page.getByRole("alert").filter({ hasText: "were kept in this browser" })).toHaveCount(0);
  const saved = await getDesign(request, design.id);
  expect(saved.document.racks.find((r: { name: string }) => r.name === "rack-group")).toMatchObject({ count: 30, placements: [{ pool: "worker", nodesPerRack: 48 }] });
});

test("unsaved work survives a reload as a draft", async ({ page, request }) => {
  const design = await createFromTemplate(request, "starter-500");
  await openStudio(page, design.id);
  await page.getByRole("button", { name: "Node pool", exact: true }).click();
  await expect(node(page, "pool:pool")).toBeVisible();
  // Reload before the autosave: the draft in localStorage is offered back.
  page.on("dialog", (dialog) => void dialog.accept());
  await page.reload();
  await expect(node(page, "pool:pool")).toHaveCount(0);
  await page.getByRole("button", { name: "Restore them", exact: true }).click();
  await expect(node(page, "pool:pool")).toBeVisible();
  await expect(saveState(page)).toHaveAttribute("data-status", "saved", { timeout: 15_000 });
});

test("a save based on a stale revision opens the conflict dialog", async ({ browser, request }) => {
  const design = await createFromTemplate(request, "starter-500");
  const mine = await (await browser.newContext()).newPage();
  const theirs = await (await browser.newContext()).newPage();
  await openStudio(mine, design.id);
  await openStudio(theirs, design.id);

  await theirs.getByRole("button", { name: "Zone", exact: true }).click();
  await theirs.locator("body").press("Control+s");
  await expect(saveState(theirs)).toHaveAttribute("data-status", "saved");
  await expect(saveState(theirs)).toContainText("r2");

  await mine.getByRole("button", { name: "Rack group", exact: true }).click();
  await mine.locator("body").press("Control+s");
  const dialog = mine.getByRole("dialog", { name: "Someone saved this design in the meantime" });
  await expect(dialog).toBeVisible();
  await expect(saveState(mine)).toHaveAttribute("data-status", "conflict");
  await expect(dialog.getByTestId("conflict-changes")).toContainText('racks: "rack-group" only in mine');
  await expect(dialog.getByTestId("conflict-changes")).toContainText('zones: "zone" only in the head');

  await dialog.getByRole("button", { name: "Save mine on top", exact: true }).click();
  await expect(saveState(mine)).toHaveAttribute("data-status", "saved");
  const head = await getDesign(request, design.id);
  expect(head.headRevision).toBe(3);
  expect(head.document.racks.map((r: { name: string }) => r.name)).toContain("rack-group");
});

test("a flow drawn in the zones view reaches the NetworkPolicy, and the bundle downloads", async ({ page, request }) => {
  const design = await createFromTemplate(request, "starter-500");
  await openStudio(page, design.id);
  await page.getByRole("radio", { name: "Zones" }).click();
  await page.getByRole("button", { name: "Zone", exact: true }).click();
  await expect(node(page, "zone:zone")).toBeVisible();
  await fitView(page);
  await connectHandles(page, handle(page, "zone:backend", "right"), handle(page, "zone:zone", "left"));
  await expect(page.getByRole("complementary", { name: "Inspector" })).toContainText("Allowed flow");
  await page.getByLabel("Port 1", { exact: true }).fill("5432");
  await expect(page.locator('.react-flow__edge[data-id="flow:1"]')).toContainText("TCP 5432");
  await expect(page.getByTestId("matrix-backend-zone")).toHaveText("5432");

  const png = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export ▾" }).click();
  await page.getByRole("menuitem", { name: "Diagram as PNG" }).click();
  expect((await png).suggestedFilename()).toMatch(/\.png$/);

  await page.getByRole("radio", { name: "Manifests" }).click();
  await page.getByRole("treeitem", { name: "zone.yaml" }).click();
  const yaml = page.getByLabel("Contents of network-policies/zone.yaml", { exact: true });
  await expect(yaml).toContainText("kind: NetworkPolicy");
  await expect(yaml).toContainText("port: 5432");

  await expect(saveState(page)).toHaveAttribute("data-status", "saved", { timeout: 15_000 });
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: /Download bundle/ }).click();
  expect((await download).suggestedFilename()).toMatch(/\.zip$/);
});

test("the keyboard adds, duplicates, removes and undoes; ? shows the shortcuts", async ({ page, request }) => {
  const design = await createFromTemplate(request, "starter-500");
  await openStudio(page, design.id);
  await page.locator("body").press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeHidden();

  await page.locator("body").press("r");
  await expect(node(page, "rack:rack-group")).toBeVisible();
  // Connecting without the mouse: C lists the node pools the new rack group can hold.
  await page.locator("body").press("c");
  const connectDialog = page.getByRole("dialog", { name: "Connect rack group rack-group to…" });
  await expect(connectDialog.getByRole("button")).toHaveText(["Node pool control-plane", "Node pool worker", "Node pool storage", "Cancel"]);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(connectDialog).toBeHidden();
  await expect(node(page, "rack:rack-group")).toContainText("worker");
  await page.locator("body").press("Control+d");
  await expect(page.getByRole("complementary", { name: "Inspector" })).toContainText("Rack group: rack-group-copy");
  await page.locator("body").press("Delete");
  await expect(node(page, "rack:rack-group-copy")).toHaveCount(0);
  await page.locator("body").press("Control+z");
  await expect(node(page, "rack:rack-group-copy")).toHaveCount(1);

  // Every element of the canvas is reachable with Tab, and Enter selects it.
  await node(page, "pool:worker").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("complementary", { name: "Inspector" })).toContainText("Node pool: worker");
});
