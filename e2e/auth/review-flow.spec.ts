// The review flow in Chromium with BLUEPRINT_AUTH=required, one browser context per person: an
// editor saves a revision in the studio and asks for a review; the reviewer sees the diff,
// comments on a rack and requests changes; the editor fixes it, the reviewer approves; a viewer
// cannot edit; a share link opens read-only without a session and stops working when revoked.
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { node, openStudio, saveState } from "../studio-helpers";

const password = "correct horse battery staple";

type Person = { context: BrowserContext; page: Page; id: string; email: string };

async function signUp(context: BrowserContext, baseURL: string, name: string): Promise<Person> {
  const email = `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`;
  // The context's request shares the browser's cookie jar: the session cookie signs the page in.
  const response = await context.request.post("/api/auth/signup", { data: { email, password, name }, headers: { Origin: baseURL } });
  expect(response.status(), await response.text()).toBe(201);
  const { user } = await response.json();
  return { context, page: await context.newPage(), id: user.id, email };
}

async function invite(owner: Person, teamId: string, person: Person, role: string, baseURL: string) {
  const created = await owner.context.request.post(`/api/teams/${teamId}/invites`, { data: { email: person.email, role }, headers: { Origin: baseURL } });
  expect(created.status(), await created.text()).toBe(201);
  const { path } = await created.json();
  const accepted = await person.context.request.post(`/api${path}/accept`, { headers: { Origin: baseURL } });
  expect(accepted.status(), await accepted.text()).toBe(200);
}

/** Sets the compute rack group's rack count in the studio and waits for the autosave. */
async function setComputeRacks(page: Page, designId: string, racks: number, revision: number) {
  await openStudio(page, designId);
  await node(page, "rack:compute").click();
  await page.getByLabel("Racks", { exact: true }).fill(String(racks));
  await expect(saveState(page)).toHaveAttribute("data-status", "saved", { timeout: 15_000 });
  await expect(saveState(page)).toContainText(`r${revision}`);
}

const badge = (page: Page) => page.getByTestId("review-state");

test("from draft through changes requested to approval, with a viewer and a share link", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const origin = baseURL!;
  const newContext = () => browser.newContext({ baseURL: origin });
  const erin = await signUp(await newContext(), origin, "Erin");
  const rui = await signUp(await newContext(), origin, "Rui");
  const vic = await signUp(await newContext(), origin, "Vic");
  const me = await (await erin.context.request.get("/api/auth/me")).json();
  const teamId: string = me.teams.find((t: { personal: boolean }) => t.personal).id;
  await invite(erin, teamId, rui, "reviewer", origin);
  await invite(erin, teamId, vic, "viewer", origin);
  const created = await erin.context.request.post("/api/designs", { data: { name: "Review flow", template: "starter-500" }, headers: { Origin: origin } });
  expect(created.status()).toBe(201);
  const { id } = await created.json();

  // The editor saves revision 2 (starter-500 has 11 compute racks) and asks Rui for a review.
  await setComputeRacks(erin.page, id, 12, 2);
  await erin.page.goto(`/designs/${id}/review`);
  await expect(badge(erin.page)).toHaveText("Draft");
  const requestForm = erin.page.getByRole("form", { name: "Request a review" });
  await requestForm.getByLabel(/Rui/).check();
  await requestForm.getByRole("button", { name: "Request review" }).click();
  await expect(badge(erin.page)).toHaveText("In review: revision 2");

  // The reviewer sees the diff, comments on the rack and requests changes.
  await rui.page.goto(`/designs/${id}/review`);
  await expect(badge(rui.page)).toHaveText("In review: revision 2");
  const change = rui.page.locator('[data-testid="document-change"][data-key="rack:compute"]');
  await expect(change).toContainText("/racks/0/count");
  await expect(change.locator("tbody tr").first()).toContainText("11");
  await expect(change.locator("tbody tr").first()).toContainText("12");
  const newComment = rui.page.getByRole("form", { name: "New comment" });
  await newComment.getByLabel("On").selectOption({ label: "rack group compute" });
  const text = "<b>12 racks</b> overload the leaves; keep 11";
  await newComment.getByLabel("Comment").fill(text);
  await newComment.getByRole("button", { name: "Comment" }).click();
  const thread = rui.page.getByTestId("comment-thread");
  await expect(thread).toHaveAttribute("data-anchor", "/racks/0");
  await expect(thread).toContainText("on rack group compute");
  // Shown as the text typed, not as markup.
  await expect(thread.getByTestId("comment-body")).toHaveText(text);
  await expect(thread.getByTestId("comment-body").locator("b")).toHaveCount(0);
  await rui.page.getByRole("button", { name: "Request changes" }).click();
  await expect(badge(rui.page)).toHaveText("Changes requested on revision 2");

  // The editor sees the comment, fixes the rack in revision 3 and asks again.
  await erin.page.goto(`/designs/${id}/review?revision=2`);
  await expect(badge(erin.page)).toHaveText("Changes requested on revision 2");
  await expect(erin.page.getByTestId("comment-body")).toHaveText(text);
  // The studio marks the commented rack, and colours what revision 2 changed when asked to.
  await openStudio(erin.page, id);
  const computeNode = node(erin.page, "rack:compute");
  await expect.poll(() => computeNode.evaluate((el) => getComputedStyle(el, "::before").content)).toBe('"1 comment"');
  await erin.page.getByLabel("Changes since revision 1").check();
  await expect.poll(() => computeNode.evaluate((el) => getComputedStyle(el.firstElementChild!).outlineStyle)).toBe("solid");
  await expect.poll(() => node(erin.page, "rack:infra").evaluate((el) => getComputedStyle(el.firstElementChild!).outlineStyle)).toBe("none");
  await setComputeRacks(erin.page, id, 11, 3);
  await erin.page.goto(`/designs/${id}/review`);
  await erin.page.getByRole("form", { name: "Request a review" }).getByLabel(/Rui/).check();
  await erin.page.getByRole("button", { name: "Request review" }).click();
  await expect(badge(erin.page)).toHaveText("In review: revision 3");

  // The reviewer reads the fix (12 -> 11) and approves.
  await rui.page.goto(`/designs/${id}/review`);
  await expect(rui.page.locator('[data-testid="document-change"][data-key="rack:compute"] tbody tr').first()).toContainText("12");
  await rui.page.getByRole("button", { name: "Approve revision 3" }).click();
  await expect(badge(rui.page)).toHaveText("Approved for revision 3");

  // The viewer reads but cannot edit: the studio says so, the API refuses, no review controls.
  await openStudio(vic.page, id);
  await expect(vic.page.getByRole("status").filter({ hasText: "You are a viewer" })).toBeVisible();
  const head = await (await vic.context.request.get(`/api/designs/${id}`)).json();
  const put = await vic.context.request.put(`/api/designs/${id}`, { data: { baseRevision: 3, document: head.document }, headers: { Origin: origin } });
  expect(put.status()).toBe(403);
  await vic.page.goto(`/designs/${id}/review`);
  await expect(badge(vic.page)).toHaveText("Approved for revision 3");
  await expect(vic.page.getByRole("form", { name: "New comment" })).toHaveCount(0);
  await expect(vic.page.getByRole("button", { name: /Approve/ })).toHaveCount(0);

  // A share link opens revision 3 read-only for someone with no account, until it is revoked.
  await erin.page.getByRole("button", { name: "Create a share link to revision 3" }).click();
  const url = await erin.page.getByTestId("share-url").getAttribute("href");
  expect(url).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/);
  const stranger = await newContext();
  const shared = await stranger.newPage();
  await shared.goto(url!);
  await expect(shared.getByRole("heading", { name: "Review flow · revision 3" })).toBeVisible();
  await expect(shared.getByTestId("revision-summary")).toContainText("compute × 11");
  await expect(shared.getByRole("button", { name: /Save|Approve|Request/ })).toHaveCount(0);
  await erin.page.getByTestId("share-link").getByRole("button", { name: "Revoke" }).click();
  await expect(erin.page.getByTestId("share-link")).toHaveAttribute("data-revoked", "true");
  const gone = await shared.goto(url!);
  expect(gone?.status()).toBe(404);

  // A save after the approval: the badge says the approval was for the older revision.
  await setComputeRacks(erin.page, id, 10, 4);
  await erin.page.goto(`/designs/${id}/history`);
  await expect(badge(erin.page)).toHaveText("Approved for revision 3 (head is revision 4)");

  for (const context of [erin.context, rui.context, vic.context, stranger]) await context.close();
});
