// Accounts and a team for the review specs: each person is their own request context with their
// own session cookie, sending our Origin like a browser (the API refuses cookie writes without it).
import { expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";

export type Role = "owner" | "editor" | "reviewer" | "viewer";
export type Person = { name: string; id: string; email: string; api: APIRequestContext };

const password = "correct horse battery staple";

export async function signUp(baseURL: string, label: string): Promise<Person> {
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } });
  const email = `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`;
  const response = await api.post("/api/auth/signup", { data: { email, password, name: label } });
  expect(response.status(), await response.text()).toBe(201);
  const { user } = await response.json();
  return { name: label, id: user.id, email, api };
}

/** The owner's personal team gains `person` with `role`, through an invite link as in the UI. */
export async function addMember(owner: Person, teamId: string, person: Person, role: Role): Promise<void> {
  const invite = await owner.api.post(`/api/teams/${teamId}/invites`, { data: { email: person.email, role } });
  expect(invite.status(), await invite.text()).toBe(201);
  const { path } = await invite.json();
  const accepted = await person.api.post(`/api${path}/accept`);
  expect(accepted.status(), await accepted.text()).toBe(200);
}

export type Team = { teamId: string; owner: Person; editor: Person; reviewer: Person; viewer: Person; outsider: Person };

/** An owner with an editor, a reviewer and a viewer in the owner's personal team, and someone outside it. */
export async function makeTeam(baseURL: string): Promise<Team> {
  const [owner, editor, reviewer, viewer, outsider] = await Promise.all(
    ["owner", "editor", "reviewer", "viewer", "outsider"].map((label) => signUp(baseURL, label)),
  ) as [Person, Person, Person, Person, Person];
  const me = await (await owner.api.get("/api/auth/me")).json();
  const teamId: string = me.teams.find((t: { personal: boolean }) => t.personal).id;
  await addMember(owner, teamId, editor, "editor");
  await addMember(owner, teamId, reviewer, "reviewer");
  await addMember(owner, teamId, viewer, "viewer");
  return { teamId, owner, editor, reviewer, viewer, outsider };
}

/** A starter-500 design of the team at revision 2, where revision 2 has one more compute rack. */
export async function designWithTwoRevisions(editor: Person, teamId: string): Promise<string> {
  const created = await editor.api.post("/api/designs", { data: { name: `review ${Date.now()}`, template: "starter-500", teamId } });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = await created.json();
  const head = await (await editor.api.get(`/api/designs/${id}`)).json();
  const document = structuredClone(head.document);
  document.racks[0].count += 1;
  const saved = await editor.api.put(`/api/designs/${id}`, { data: { baseRevision: 1, document, message: "one more compute rack" } });
  expect(saved.status(), await saved.text()).toBe(200);
  return id;
}
