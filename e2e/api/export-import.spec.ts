// Export as a file download and import back: the document must survive unchanged.
import { expect, test } from "@playwright/test";
import { createFromTemplate, expectError, expectIssuePaths, getDesign, rawJson, uniqueName } from "./helpers";

test("export downloads the head as a named file that imports back unchanged", async ({ request }) => {
  const created = await createFromTemplate(request, "reference-5000", uniqueName("Zürich / DC 1"));
  const original = await getDesign(request, created.id);

  const response = await request.get(`/api/designs/${created.id}/export`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="Zurich-DC-1-[A-Za-z0-9-]+-r1\.blueprint\.json"$/);
  const file = await response.json();
  expect(file).toEqual({ format: "blueprint-design", name: created.name, description: "", document: original.document });

  const imported = await request.post("/api/designs/import", { data: file });
  expect(imported.status()).toBe(201);
  const summary = await imported.json();
  expect(summary).toMatchObject({ name: created.name, headRevision: 1 });
  expect(summary.id).not.toBe(created.id);
  expect((await getDesign(request, summary.id)).document).toEqual(original.document);
});

test("export of an older revision names it in the file", async ({ request }) => {
  const created = await createFromTemplate(request, "empty", uniqueName("rev"));
  await request.put(`/api/designs/${created.id}`, {
    data: { baseRevision: 1, document: { schemaVersion: 1, cluster: { name: "second" } } },
  });
  const response = await request.get(`/api/designs/${created.id}/export?revision=1`);
  expect(response.headers()["content-disposition"]).toContain("-r1.blueprint.json");
  expect((await response.json()).document.cluster.name).toBe("new-cluster");
});

test("export of an unknown design or revision is 404", async ({ request }) => {
  await expectError(await request.get("/api/designs/no-such-design/export"), 404, "not_found");
  const created = await createFromTemplate(request);
  await expectError(await request.get(`/api/designs/${created.id}/export?revision=5`), 404, "not_found");
});

test("import takes a bare document, named after its cluster", async ({ request }) => {
  const response = await request.post("/api/designs/import", {
    data: { schemaVersion: 1, cluster: { name: "bare-import" } },
  });
  expect(response.status()).toBe(201);
  expect(await response.json()).toMatchObject({ name: "bare-import", headRevision: 1 });
});

test("import rejects what is not a design, with paths, and creates nothing", async ({ request }) => {
  const count = async () => (await (await request.get("/api/designs?archived=1")).json()).designs.length;
  const before = await count();
  const document = { schemaVersion: 1, cluster: { name: "ok" } };
  expect(
    await expectIssuePaths(await request.post("/api/designs/import", { data: { format: "other", name: "x", document } })),
  ).toEqual(["/format"]);
  expect(
    await expectIssuePaths(
      await request.post("/api/designs/import", {
        data: { format: "blueprint-design", name: "x", document: { ...document, cluster: { name: "Bad Name" } } },
      }),
    ),
  ).toEqual(["/document/cluster/name"]);
  expect(
    await expectIssuePaths(await request.post("/api/designs/import", { data: { schemaVersion: 1, cluster: { name: "UPPER" } } })),
  ).toEqual(["/cluster/name"]);
  expect(await expectIssuePaths(await request.post("/api/designs/import", { data: [1, 2] }))).toEqual([""]);
  await expectError(await request.post("/api/designs/import", rawJson("{")), 400, "invalid_json");
  expect(await count()).toBe(before);
});
