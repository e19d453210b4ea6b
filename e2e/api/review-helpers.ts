// Accounts and a team for the review specs: each person is their own request context with their
// own session cookie, sending our Origin like a browser (the API refuses cookie writes without it).
import { expect } from "@playwright/test";
import { join, signUp, type Person } from "../auth/fixtures";

export type { Person, Role } from "../auth/fixtures";

export type Team = { teamId: string; owner: Person; editor: Person; reviewer: Person; viewer: Person; outsider: Person };

/** An owner with an editor, a reviewer and a viewer in the owner's personal team, and someone outside it. */
export async function makeTeam(baseURL: string): Promise<Team> {
  const [owner, editor, reviewer, viewer, outsider] = (await Promise.all(
    ["owner", "editor", "reviewer", "viewer", "outsider"].map((label) => signUp(baseURL, label, { sendOrigin: true })),
  )) as [Person, Person, Person, Person, Person];
  const teamId = owner.personalTeamId;
  await join(baseURL, owner, teamId, editor, "editor");
  await join(baseURL, owner, teamId, reviewer, "reviewer");
  await join(baseURL, owner, teamId, viewer, "viewer");
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
