// Driving the studio in specs: opening a design, dragging between React Flow handles, reading metrics.
import { expect, type Locator, type Page } from "@playwright/test";

export const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

export async function openStudio(page: Page, id: string) {
  await page.goto(`/designs/${id}`);
  await expect(node(page, "spine").or(page.locator(".react-flow__node").first())).toBeVisible();
}

/** Frames every node, so that a node just added is on screen before it is dragged to. */
export async function fitView(page: Page) {
  await page.locator(".react-flow__controls-fitview").click();
  await page.waitForTimeout(150);
}

async function centre(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error("element has no box");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags a new connection from one handle to another, as a user does with the mouse. */
export async function connectHandles(page: Page, from: Locator, to: Locator) {
  const a = await centre(from);
  const b = await centre(to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x, b.y, { steps: 5 });
  await page.mouse.up();
}

export const handle = (page: Page, nodeId: string, handleId: string) => node(page, nodeId).locator(`.react-flow__handle[data-handleid="${handleId}"]`);

/** A metric as the Metrics tab shows it; `name` is its path, e.g. "scale.counts.0.count". */
export async function metric(page: Page, name: string): Promise<Locator> {
  await page.getByRole("tab", { name: "Metrics" }).click();
  return page.getByTestId(`metric-${name}`);
}

export const saveState = (page: Page) => page.getByTestId("save-state");
