// People and things for the required-mode specs: signed-up users (each with its own cookie jar),
// a team where each holds one role, a design of that team, and a second team's design.
import { expect, request as playwrightRequest, type APIRequestContext, type APIResponse } from "@playwright/test";

export const ROLES = ["owner", "editor", "reviewer", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const PASSWORD = "correct horse battery";

export const uniqueEmail = (label: string) => `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`;

export interface Person {
  id: string;
  email: string;
  name: string;
  personalTeamId: string;
  api: APIRequestContext;
}

/** Same-origin Origin header, which the browser would send on a write from our pages. */
export const origin = (baseURL: string) => ({ origin: new URL(baseURL).origin });

export async function newContext(baseURL: string, extraHTTPHeaders?: Record<string, string>): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders });
}

/**
 * A new account with its own cookie jar. `sendOrigin` makes every request carry our Origin, as a
 * browser does on writes from our pages; without it, specs send (or omit) the header themselves.
 */
export async function signUp(baseURL: string, label: string, { sendOrigin = false } = {}): Promise<Person> {
  const api = await newContext(baseURL, sendOrigin ? origin(baseURL) : undefined);
  const email = uniqueEmail(label);
  const response = await api.post("/api/auth/signup", { data: { email, password: PASSWORD, name: label }, headers: origin(baseURL) });
  expect(response.status(), await response.text()).toBe(201);
  const { user, personalTeamId } = await response.json();
  return { id: user.id, email, name: label, personalTeamId, api };
}

export async function expectStatus(response: APIResponse, status: number): Promise<void> {
  expect(response.status(), `${response.url()}: ${await response.text()}`).toBe(status);
}

/** Owner invites `person` into the team with `role`; the person accepts. */
export async function join(baseURL: string, owner: Person, teamId: string, person: Person, role: Role): Promise<void> {
  const invite = await owner.api.post(`/api/teams/${teamId}/invites`, { data: { email: person.email, role }, headers: origin(baseURL) });
  await expectStatus(invite, 201);
  const { path } = await invite.json();
  await expectStatus(await person.api.post(`/api/invites/${path.split("/").at(-1)}/accept`, { headers: origin(baseURL) }), 200);
}

export async function createTeam(baseURL: string, owner: Person, name: string): Promise<string> {
  const response = await owner.api.post("/api/teams", { data: { name }, headers: origin(baseURL) });
  await expectStatus(response, 201);
  return (await response.json()).id;
}

export async function createDesign(baseURL: string, person: Person, teamId: string): Promise<{ id: string }> {
  const response = await person.api.post("/api/designs", {
    data: { name: `matrix ${Date.now()}`, template: "empty", teamId },
    headers: origin(baseURL),
  });
  await expectStatus(response, 201);
  return response.json();
}
