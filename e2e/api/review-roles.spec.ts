// Who may use each review route: every route against every role of the design's team, and
// against someone outside it (404, as if the design did not exist). Expected statuses follow the
// rules: any member reads; reviewers, editors and owners comment; reviewers and owners decide;
// editors and owners request reviews, restore and manage share links.
import { expect, test, type APIResponse } from "@playwright/test";
import { expectError } from "./helpers";
import { designWithTwoRevisions, makeTeam, type Person, type Role, type Team } from "./review-helpers";

type Who = Role | "outsider";
type Call = { name: string; allowed: Who[]; success: number; run: (person: Person, ctx: { id: string; commentId: string; linkId: string }) => Promise<APIResponse> };

const everyone: Who[] = ["owner", "editor", "reviewer", "viewer"];

const calls: Call[] = [
  { name: "GET reviews", allowed: everyone, success: 200, run: (p, { id }) => p.api.get(`/api/designs/${id}/reviews`) },
  { name: "POST reviews", allowed: ["owner", "editor"], success: 201, run: (p, { id }) => p.api.post(`/api/designs/${id}/reviews`, { data: { revision: 2, reviewerIds: [p.id] } }) },
  { name: "GET verdicts", allowed: everyone, success: 200, run: (p, { id }) => p.api.get(`/api/designs/${id}/verdicts`) },
  { name: "POST verdicts", allowed: ["owner", "reviewer"], success: 201, run: (p, { id }) => p.api.post(`/api/designs/${id}/verdicts`, { data: { revision: 2, verdict: "approve" } }) },
  { name: "GET comments", allowed: everyone, success: 200, run: (p, { id }) => p.api.get(`/api/designs/${id}/comments?revision=2`) },
  { name: "POST comments", allowed: ["owner", "editor", "reviewer"], success: 201, run: (p, { id }) => p.api.post(`/api/designs/${id}/comments`, { data: { revision: 2, body: "looks fine" } }) },
  { name: "PATCH comment", allowed: ["owner", "editor", "reviewer"], success: 200, run: (p, { id, commentId }) => p.api.patch(`/api/designs/${id}/comments/${commentId}`, { data: { resolved: true } }) },
  { name: "GET diff", allowed: everyone, success: 200, run: (p, { id }) => p.api.get(`/api/designs/${id}/diff?from=1&to=2`) },
  { name: "GET share-links", allowed: ["owner", "editor"], success: 200, run: (p, { id }) => p.api.get(`/api/designs/${id}/share-links`) },
  { name: "POST share-links", allowed: ["owner", "editor"], success: 201, run: (p, { id }) => p.api.post(`/api/designs/${id}/share-links`, { data: { revision: 1 } }) },
  { name: "DELETE share-link", allowed: ["owner", "editor"], success: 200, run: (p, { id, linkId }) => p.api.delete(`/api/designs/${id}/share-links/${linkId}`) },
  { name: "POST restore", allowed: ["owner", "editor"], success: 201, run: (p, { id }) => p.api.post(`/api/designs/${id}/revisions/1/restore`) },
];

let team: Team;
let id: string;
let commentId: string;
let linkId: string;

test.beforeAll(async ({ baseURL }) => {
  team = await makeTeam(baseURL!);
  id = await designWithTwoRevisions(team.editor, team.teamId);
  const comment = await team.reviewer.api.post(`/api/designs/${id}/comments`, { data: { revision: 2, body: "first" } });
  commentId = (await comment.json()).id;
  const link = await team.editor.api.post(`/api/designs/${id}/share-links`, { data: { revision: 1 } });
  linkId = (await link.json()).id;
});

test.afterAll(async () => {
  for (const person of Object.values(team ?? {})) if (typeof person === "object") await person.api.dispose();
});

for (const call of calls) {
  test(`${call.name}: ${call.allowed.join(", ")} may; the others get 403, outsiders 404`, async () => {
    for (const who of [...everyone, "outsider"] as Who[]) {
      const person = team[who];
      const response = await call.run(person, { id, commentId, linkId });
      if (call.allowed.includes(who)) expect(response.status(), `${who}: ${await response.text()}`).toBe(call.success);
      else if (who === "outsider") await expectError(response, 404, "not_found");
      else await expectError(response, 403, "forbidden");
    }
  });
}

test("a comment or share link of one design cannot be reached through another design", async () => {
  const other = await designWithTwoRevisions(team.editor, team.teamId);
  await expectError(await team.reviewer.api.patch(`/api/designs/${other}/comments/${commentId}`, { data: { resolved: true } }), 404, "not_found");
  await expectError(await team.editor.api.delete(`/api/designs/${other}/share-links/${linkId}`), 404, "not_found");
  const reply = await team.reviewer.api.post(`/api/designs/${other}/comments`, { data: { revision: 2, body: "x", parentId: commentId } });
  expect((await expectError(reply, 400, "validation_failed")).error.issues?.[0]?.path).toBe("/parentId");
});

test("a cookie-signed write from another origin is refused before anything is written", async () => {
  const before = await (await team.reviewer.api.get(`/api/designs/${id}/comments?revision=2`)).json();
  const response = await team.reviewer.api.post(`/api/designs/${id}/comments`, {
    data: { revision: 2, body: "forged" },
    headers: { Origin: "http://evil.example" },
  });
  await expectError(response, 403, "forbidden");
  const after = await (await team.reviewer.api.get(`/api/designs/${id}/comments?revision=2`)).json();
  expect(after).toEqual(before);
});
