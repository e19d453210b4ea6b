// The review API through real HTTP: diffs between revisions, the review state from draft to
// approval (and stale after a new save), comment threads, share links, restore, and bad input.
import { expect, test } from "@playwright/test";
import { expectError, expectIssuePaths } from "./helpers";
import { designWithTwoRevisions, makeTeam, type Team } from "./review-helpers";

let team: Team;
test.beforeAll(async ({ baseURL }) => {
  team = await makeTeam(baseURL!);
});
test.afterAll(async () => {
  for (const person of Object.values(team ?? {})) if (typeof person === "object") await person.api.dispose();
});

test("the diff of two revisions shows the document, plan and manifest changes", async () => {
  const id = await designWithTwoRevisions(team.editor, team.teamId);
  const response = await team.viewer.api.get(`/api/designs/${id}/diff?from=1&to=2`);
  expect(response.status()).toBe(200);
  const diff = await response.json();
  // starter-500's compute group goes from 11 to 12 racks.
  expect(diff.document.changes).toEqual([
    expect.objectContaining({ key: "rack:compute", change: "changed", path: "/racks/0", fields: [{ path: "/racks/0/count", before: 11, after: 12 }] }),
  ]);
  expect(diff.highlights).toEqual({ "rack:compute": "changed" });
  // Leaves: (11 + 3) x 2 = 28, then 30. Demand: 500 nodes x 1 Gbps x peak 2 = 1000 Gbps, then 540 x 2 = 1080.
  const metric = (name: string) => diff.plan.metrics.find((m: { name: string }) => m.name === name);
  expect(metric("fabric.leafCount")).toMatchObject({ before: 28, after: 30 });
  expect(metric("fabric.aggregateDemandGbps")).toMatchObject({ before: 1000, after: 1080 });
  // 540 nodes no longer match the 500-node target.
  expect(diff.plan.appeared.map((f: { code: string }) => f.code)).toContain("design.target-nodes-mismatch");
  expect(diff.manifests.files.length).toBeGreaterThan(0);
  for (const file of diff.manifests.files) expect(file.patch).toMatch(/^--- (a\/|\/dev\/null)/);

  const same = await (await team.viewer.api.get(`/api/designs/${id}/diff?from=2&to=2`)).json();
  expect(same.document.changes).toEqual([]);
  expect(same.manifests.files).toEqual([]);
});

test("diff query errors: missing or bad revisions are 400 with the parameter, unknown revisions 404", async () => {
  const id = await designWithTwoRevisions(team.editor, team.teamId);
  expect(await expectIssuePaths(await team.viewer.api.get(`/api/designs/${id}/diff?from=0`))).toEqual(["/from", "/to"]);
  await expectError(await team.viewer.api.get(`/api/designs/${id}/diff?from=1&to=9`), 404, "not_found");
  await expectError(await team.viewer.api.get(`/api/designs/nope/diff?from=1&to=2`), 404, "not_found");
});

test("a design goes from draft to in review, changes requested, approved, and shows a stale approval after a save", async () => {
  const id = await designWithTwoRevisions(team.editor, team.teamId);
  const state = async () => (await (await team.viewer.api.get(`/api/designs/${id}/reviews`)).json()) as { state: { state: string; revision?: number; outdated?: boolean }; label: string };
  expect((await state()).state).toEqual({ state: "draft" });

  expect((await team.editor.api.post(`/api/designs/${id}/reviews`, { data: { revision: 2, reviewerIds: [team.reviewer.id] } })).status()).toBe(201);
  expect(await state()).toMatchObject({ state: { state: "in_review", revision: 2 }, label: "In review: revision 2" });

  expect((await team.reviewer.api.post(`/api/designs/${id}/verdicts`, { data: { revision: 2, verdict: "request_changes", note: "too many racks" } })).status()).toBe(201);
  expect(await state()).toMatchObject({ state: { state: "changes_requested", revision: 2 } });

  const head = await (await team.editor.api.get(`/api/designs/${id}`)).json();
  head.document.racks[0].count -= 1;
  expect((await team.editor.api.put(`/api/designs/${id}`, { data: { baseRevision: 2, document: head.document } })).status()).toBe(200);
  await team.editor.api.post(`/api/designs/${id}/reviews`, { data: { revision: 3, reviewerIds: [team.reviewer.id] } });
  await team.reviewer.api.post(`/api/designs/${id}/verdicts`, { data: { revision: 3, verdict: "approve" } });
  expect(await state()).toMatchObject({ state: { state: "approved", revision: 3, outdated: false }, label: "Approved for revision 3" });

  const again = await (await team.editor.api.get(`/api/designs/${id}`)).json();
  again.document.cluster.maxPodsPerNode = 100;
  await team.editor.api.put(`/api/designs/${id}`, { data: { baseRevision: 3, document: again.document } });
  expect(await state()).toMatchObject({ state: { state: "approved", revision: 3, outdated: true } });
});

test("review requests, verdicts and comments refuse bad input without writing", async () => {
  const id = await designWithTwoRevisions(team.editor, team.teamId);
  // A reviewer outside the team is named by its place in the list.
  expect(await expectIssuePaths(await team.editor.api.post(`/api/designs/${id}/reviews`, { data: { revision: 2, reviewerIds: [team.reviewer.id, team.outsider.id] } }))).toEqual(["/reviewerIds/1"]);
  expect(await expectIssuePaths(await team.editor.api.post(`/api/designs/${id}/reviews`, { data: { revision: 2, reviewerIds: [] } }))).toEqual(["/reviewerIds"]);
  await expectError(await team.editor.api.post(`/api/designs/${id}/reviews`, { data: { revision: 7, reviewerIds: [team.reviewer.id] } }), 404, "not_found");
  expect(await expectIssuePaths(await team.reviewer.api.post(`/api/designs/${id}/verdicts`, { data: { revision: 2, verdict: "maybe" } }))).toEqual(["/verdict"]);
  expect(await expectIssuePaths(await team.reviewer.api.post(`/api/designs/${id}/comments`, { data: { revision: 2, body: "   ", anchor: "racks/0" } }))).toEqual(["/body", "/anchor"]);
  expect(await expectIssuePaths(await team.reviewer.api.patch(`/api/designs/${id}/comments/x`, { data: { resolved: "yes" } }))).toEqual(["/resolved"]);
  const reviews = await (await team.viewer.api.get(`/api/designs/${id}/reviews`)).json();
  expect(reviews.requests).toEqual([]);
  expect((await (await team.viewer.api.get(`/api/designs/${id}/comments`)).json()).threads).toEqual([]);
});

test("comments form threads anchored to elements, keep their text verbatim, and resolve as a thread", async () => {
  const id = await designWithTwoRevisions(team.editor, team.teamId);
  const body = '<img src=x onerror="alert(1)"> rack is <b>too</b> big';
  const root = await team.reviewer.api.post(`/api/designs/${id}/comments`, { data: { revision: 2, body, anchor: "/racks/0" } });
  expect(root.status()).toBe(201);
  const rootComment = await root.json();
  expect(rootComment).toMatchObject({ body, anchor: "/racks/0", parentId: null, author: { id: team.reviewer.id, name: "reviewer" } });
  const reply = await (await team.editor.api.post(`/api/designs/${id}/comments`, { data: { revision: 2, body: "fixed in r3", parentId: rootComment.id } })).json();
  expect(reply).toMatchObject({ parentId: rootComment.id, anchor: "/racks/0" });
  await expectIssuePaths(await team.reviewer.api.patch(`/api/designs/${id}/comments/${reply.id}`, { data: { resolved: true } }));

  const resolved = await team.reviewer.api.patch(`/api/designs/${id}/comments/${rootComment.id}`, { data: { resolved: true } });
  expect(await resolved.json()).toMatchObject({ resolvedBy: { id: team.reviewer.id }, resolvedAt: expect.any(String) });
  const { threads } = await (await team.viewer.api.get(`/api/designs/${id}/comments?revision=2`)).json();
  expect(threads).toHaveLength(1);
  expect(threads[0]).toMatchObject({ id: rootComment.id, body, resolvedAt: expect.any(String), replies: [expect.objectContaining({ body: "fixed in r3" })] });
  expect((await (await team.viewer.api.get(`/api/designs/${id}/comments?revision=1`)).json()).threads).toEqual([]);
});

test("a share link opens its revision without a session until it is revoked", async ({ playwright, baseURL }) => {
  const id = await designWithTwoRevisions(team.editor, team.teamId);
  const created = await team.editor.api.post(`/api/designs/${id}/share-links`, { data: { revision: 1 } });
  expect(created.status()).toBe(201);
  const link = await created.json();
  // 32 random bytes in base64url are 43 characters.
  expect(link.url).toMatch(/^\/share\/[A-Za-z0-9_-]{43}$/);
  const token = link.url.split("/").pop();

  const anonymous = await playwright.request.newContext({ baseURL });
  const shared = await anonymous.get(`/api/share/${token}`);
  expect(shared.status()).toBe(200);
  expect(await shared.json()).toMatchObject({ revision: 1, document: { racks: [expect.objectContaining({ name: "compute", count: 11 }), expect.objectContaining({ name: "infra" })] } });
  const listed = await (await team.editor.api.get(`/api/designs/${id}/share-links`)).json();
  expect(listed.links).toEqual([expect.objectContaining({ id: link.id, revision: 1, revokedAt: null })]);
  expect(JSON.stringify(listed)).not.toContain(token);

  expect((await team.editor.api.delete(`/api/designs/${id}/share-links/${link.id}`)).status()).toBe(200);
  await expectError(await anonymous.get(`/api/share/${token}`), 404, "not_found");
  await expectError(await anonymous.get(`/api/share/${"A".repeat(43)}`), 404, "not_found");
  expect((await anonymous.get(link.url)).status()).toBe(404);
  await anonymous.dispose();
});

test("restore saves an old revision as a new head on top of the current one", async () => {
  const id = await designWithTwoRevisions(team.editor, team.teamId);
  const restored = await team.editor.api.post(`/api/designs/${id}/revisions/1/restore`);
  expect(restored.status()).toBe(201);
  expect(await restored.json()).toMatchObject({ revision: 3, restoredFrom: 1 });
  const head = await (await team.editor.api.get(`/api/designs/${id}`)).json();
  expect(head).toMatchObject({ revision: 3, message: "Restored revision 1", authorName: "editor" });
  expect(head.document.racks[0].count).toBe(11);
  const { revisions } = await (await team.viewer.api.get(`/api/designs/${id}/revisions`)).json();
  expect(revisions.map((r: { number: number }) => r.number)).toEqual([3, 2, 1]);
  await expectError(await team.editor.api.post(`/api/designs/${id}/revisions/9/restore`), 404, "not_found");
  await expectIssuePaths(await team.editor.api.post(`/api/designs/${id}/revisions/zero/restore`));
});

test("review actions are in the team's audit log", async () => {
  const id = await designWithTwoRevisions(team.editor, team.teamId);
  await team.editor.api.post(`/api/designs/${id}/reviews`, { data: { revision: 2, reviewerIds: [team.reviewer.id] } });
  await team.reviewer.api.post(`/api/designs/${id}/verdicts`, { data: { revision: 2, verdict: "approve" } });
  const response = await team.owner.api.get(`/api/teams/${team.teamId}/audit`);
  expect(response.status()).toBe(200);
  const { events } = await response.json();
  const mine = events.filter((e: { designId: string | null }) => e.designId === id).map((e: { action: string }) => e.action);
  expect(mine).toEqual(expect.arrayContaining(["review.request", "review.verdict"]));
});
