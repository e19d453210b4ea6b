// Accounts in Chromium with BLUEPRINT_AUTH=required: a visitor is sent to sign-in, signs up, lands
// on their (empty) design list, invites a colleague from the team page, the colleague accepts the
// link; signing out ends the session on the server, so the old cookie no longer works.
import { expect, test } from "@playwright/test";
import { PASSWORD, uniqueEmail } from "./fixtures";

test("sign up, invite through the team page, accept the link, sign out for real", async ({ browser, baseURL }) => {
  const owner = await browser.newContext();
  const page = await owner.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin\?next=%2F$/);

  await page.getByRole("link", { name: "Sign up" }).click();
  const ownerEmail = uniqueEmail("owner");
  await page.getByLabel("Name").fill("Olga Owner");
  await page.getByLabel("Email").fill(ownerEmail);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("form-error")).toContainText("/password: must be at least 10 characters");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(`${baseURL}/`);

  const cookie = (await owner.cookies()).find((c) => c.name === "blueprint_session")!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/", secure: false });

  // The personal team's page, through the user menu.
  await page.getByTestId("user-menu").locator("summary").click();
  await page.getByTestId("user-menu").getByRole("link", { name: "Olga Owner" }).click();
  await expect(page.getByRole("heading", { name: "Olga Owner" })).toBeVisible();
  const inviteeEmail = uniqueEmail("colleague");
  const form = page.getByRole("form", { name: "Invite a member" });
  await form.getByLabel("Invite by email").fill(inviteeEmail);
  await form.getByLabel("Role").selectOption("reviewer");
  await form.getByRole("button", { name: "Create invite link" }).click();
  const link = (await page.getByTestId("invite-link").textContent())!;
  expect(link).toMatch(new RegExp(`^${baseURL}/invites/[A-Za-z0-9_-]{43}$`));
  await expect(page.getByTestId("audit-log")).toContainText("invite.create");

  // The colleague opens the link, signs up from it and comes back to join.
  const colleague = await browser.newContext();
  const other = await colleague.newPage();
  await other.goto(link);
  await expect(other.getByText(`This invitation is for ${inviteeEmail} as reviewer.`)).toBeVisible();
  await other.getByRole("link", { name: "sign up" }).click();
  await other.getByLabel("Name").fill("Rui Reviewer");
  await other.getByLabel("Email").fill(inviteeEmail);
  await other.getByLabel("Password").fill(PASSWORD);
  await other.getByRole("button", { name: "Create account" }).click();
  await expect(other).toHaveURL(link);
  await other.getByRole("button", { name: "Join the team" }).click();
  await expect(other.getByRole("heading", { name: "Olga Owner" })).toBeVisible();
  await expect(other.getByTestId(`member-${inviteeEmail}`)).toContainText("reviewer");
  // Not an owner: no invite form, no audit log.
  await expect(other.getByRole("form", { name: "Invite a member" })).toHaveCount(0);
  await expect(other.getByTestId("audit-log")).toHaveCount(0);

  // The owner sees the new member; the last owner cannot demote themself.
  await page.reload();
  await expect(page.getByTestId(`member-${inviteeEmail}`)).toBeVisible();
  await page.getByLabel("Role of Olga Owner").selectOption("viewer");
  await expect(page.getByTestId("form-error")).toContainText("at least one owner");

  // Sign out: the browser is sent to sign-in, and the old cookie is dead on the server too.
  await page.goto("/");
  await page.getByTestId("user-menu").locator("summary").click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/signin/);
  const replay = await owner.request.get("/api/auth/me", { headers: { cookie: `blueprint_session=${cookie.value}` } });
  expect(replay.status()).toBe(401);

  // Signing in again with a wrong password says only that the pair is wrong.
  await page.getByLabel("Email").fill(ownerEmail);
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Wrong email or password.");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${baseURL}/`);
  await owner.close();
  await colleague.close();
});
