// The design API through real HTTP against the built server: every route's success and error
// cases, and that no failed write changes anything.
import { expect, test } from "@playwright/test";
import {
  createFromTemplate,
  expectError,
  expectIssuePaths,
  getDesign,
  oversizedBody,
  rawJson,
  uniqueName,
} from "./helpers";

const emptyDocument = (clusterName = "lab") => ({ schemaVersion: 1, cluster: { name: clusterName } });

test.describe("GET /api/designs", () => {
  test("lists summaries; archived ones only with ?archived=1", async ({ request }) => {
    const active = await createFromTemplate(request);
    const archived = await createFromTemplate(request);
    await request.patch(`/api/designs/${archived.id}`, { data: { archived: true } });

    const list = await (await request.get("/api/designs")).json();
    const ids = list.designs.map((d: { id: string }) => d.id);
    expect(ids).toContain(active.id);
    expect(ids).not.toContain(archived.id);
    expect(Object.keys(list.designs.find((d: { id: string }) => d.id === active.id)).sort()).toEqual(
      ["archived", "createdAt", "description", "headRevision", "id", "name", "teamId", "updatedAt"],
    );

    const all = await (await request.get("/api/designs?archived=1")).json();
    expect(all.designs.find((d: { id: string }) => d.id === archived.id)).toMatchObject({ archived: true });
  });

  test("rejects a bad query parameter with its path", async ({ request }) => {
    expect(await expectIssuePaths(await request.get("/api/designs?archived=yes"))).toEqual(["/archived"]);
  });
});

test.describe("POST /api/designs", () => {
  test("creates from a template at revision 1", async ({ request }) => {
    const name = uniqueName("Frankfurt");
    const response = await request.post("/api/designs", {
      data: { name, template: "starter-500", description: "dc1" },
    });
    expect(response.status()).toBe(201);
    const created = await response.json();
    expect(created).toMatchObject({ name, description: "dc1", headRevision: 1, archived: false });
    expect(response.headers()["location"]).toBe(`/api/designs/${created.id}`);
    const design = await getDesign(request, created.id);
    expect(design.document.cluster.name).toBe("starter-500");
  });

  test("creates from a document, filling the schema's defaults", async ({ request }) => {
    const response = await request.post("/api/designs", { data: { name: uniqueName("doc"), document: emptyDocument("edge-1") } });
    expect(response.status()).toBe(201);
    const design = await getDesign(request, (await response.json()).id);
    expect(design.document.cluster).toMatchObject({ name: "edge-1", maxPodsPerNode: 110 });
  });

  test("malformed JSON is 400 invalid_json", async ({ request }) => {
    await expectError(await request.post("/api/designs", rawJson('{"name": "x", ')), 400, "invalid_json");
    await expectError(await request.post("/api/designs", rawJson("")), 400, "invalid_json");
  });

  test("wrong types are reported with their paths, all at once", async ({ request }) => {
    const paths = await expectIssuePaths(
      await request.post("/api/designs", { data: { name: 42, description: false, template: "empty" } }),
    );
    expect(paths.sort()).toEqual(["/description", "/name"]);
  });

  test("the display name must be non-empty and at most 100 characters", async ({ request }) => {
    for (const name of ["", "   ", "x".repeat(101)]) {
      expect(await expectIssuePaths(await request.post("/api/designs", { data: { name, template: "empty" } }))).toEqual(["/name"]);
    }
  });

  test("an unknown template is 400 at /template", async ({ request }) => {
    const paths = await expectIssuePaths(
      await request.post("/api/designs", { data: { name: "x", template: "reference-9000" } }),
    );
    expect(paths).toEqual(["/template"]);
  });

  test("needs exactly one of template and document", async ({ request }) => {
    await expectIssuePaths(await request.post("/api/designs", { data: { name: "x" } }));
    await expectIssuePaths(
      await request.post("/api/designs", { data: { name: "x", template: "empty", document: emptyDocument() } }),
    );
  });

  test("a document whose cluster name is not DNS-1123 is rejected at its path", async ({ request }) => {
    const paths = await expectIssuePaths(
      await request.post("/api/designs", { data: { name: "x", document: emptyDocument("Prod_Cluster") } }),
    );
    expect(paths).toEqual(["/document/cluster/name"]);
  });

  test("a CIDR with host bits set is rejected at its path", async ({ request }) => {
    const document = { ...emptyDocument(), ipPlan: { serviceCidr: "10.96.0.1/12" } };
    const paths = await expectIssuePaths(await request.post("/api/designs", { data: { name: "x", document } }));
    expect(paths).toEqual(["/document/ipPlan/serviceCidr"]);
  });

  test("a body over 2 MB is 413 and creates nothing", async ({ request }) => {
    const before = (await (await request.get("/api/designs?archived=1")).json()).designs.length;
    await expectError(await request.post("/api/designs", rawJson(oversizedBody())), 413, "payload_too_large");
    const after = (await (await request.get("/api/designs?archived=1")).json()).designs.length;
    expect(after).toBe(before);
  });

  test("a body over 2 MB without Content-Length is 413 too (bytes counted while reading)", async ({ baseURL }) => {
    const text = new TextEncoder().encode(oversizedBody());
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < text.length; i += 64 * 1024) controller.enqueue(text.slice(i, i + 64 * 1024));
        controller.close();
      },
    });
    const response = await fetch(`${baseURL}/api/designs`, {
      method: "POST",
      body: stream,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("payload_too_large");
  });
});

test.describe("GET /api/designs/:id", () => {
  test("returns the head, or the revision asked for", async ({ request }) => {
    const created = await createFromTemplate(request);
    await request.put(`/api/designs/${created.id}`, {
      data: { baseRevision: 1, document: emptyDocument("second"), message: "rename cluster" },
    });
    const head = await getDesign(request, created.id);
    expect(head).toMatchObject({
      id: created.id,
      name: created.name,
      description: "",
      headRevision: 2,
      revision: 2,
      message: "rename cluster",
      archived: false,
    });
    for (const key of ["createdAt", "updatedAt", "document"]) expect(head).toHaveProperty(key);
    expect(head.document.cluster.name).toBe("second");

    const first = await getDesign(request, created.id, "?revision=1");
    expect(first).toMatchObject({ headRevision: 2, revision: 1 });
    expect(first.document.cluster.name).toBe("new-cluster");
  });

  test("unknown ids and revisions are 404; a bad revision is 400", async ({ request }) => {
    await expectError(await request.get("/api/designs/no-such-design"), 404, "not_found");
    const created = await createFromTemplate(request);
    await expectError(await request.get(`/api/designs/${created.id}?revision=9`), 404, "not_found");
    expect(await expectIssuePaths(await request.get(`/api/designs/${created.id}?revision=abc`))).toEqual(["/revision"]);
  });
});

test.describe("PUT /api/designs/:id", () => {
  test("saves a revision on the head", async ({ request }) => {
    const created = await createFromTemplate(request);
    const response = await request.put(`/api/designs/${created.id}`, {
      data: { baseRevision: 1, document: emptyDocument("v2") },
    });
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ id: created.id, headRevision: 2, revision: 2 });
  });

  test("a stale save is 409 with the head, and every failed write leaves the head intact", async ({ request }) => {
    const created = await createFromTemplate(request);
    const url = `/api/designs/${created.id}`;
    await request.put(url, { data: { baseRevision: 1, document: emptyDocument("theirs"), message: "their save" } });
    const headBefore = await getDesign(request, created.id);

    const stale = await request.put(url, { data: { baseRevision: 1, document: emptyDocument("mine") } });
    const conflict = await expectError(stale, 409, "conflict");
    expect(conflict.head).toMatchObject({ revision: 2, message: "their save", createdAt: expect.any(String) });
    expect(conflict.head).toMatchObject({ document: headBefore.document });

    const failedWrites = [
      stale,
      await request.put(url, rawJson("{not json")),
      await request.put(url, { data: { baseRevision: "2", document: emptyDocument() } }),
      await request.put(url, { data: { baseRevision: 2, document: emptyDocument("Bad Name") } }),
      await request.put(url, { data: { baseRevision: 2, document: { ...emptyDocument(), ipPlan: { serviceCidr: "10.0.0.1/8" } } } }),
      await request.put(url, rawJson(oversizedBody())),
    ];
    expect(failedWrites.map((r) => r.status())).toEqual([409, 400, 400, 400, 400, 413]);
    expect(await getDesign(request, created.id)).toEqual(headBefore);
    const revisions = (await (await request.get(`${url}/revisions`)).json()).revisions;
    expect(revisions.map((r: { number: number }) => r.number)).toEqual([2, 1]);
  });

  test("wrong types are reported with their paths", async ({ request }) => {
    const created = await createFromTemplate(request);
    const paths = await expectIssuePaths(
      await request.put(`/api/designs/${created.id}`, {
        data: { baseRevision: "1", document: emptyDocument("Not_Valid"), message: 7 },
      }),
    );
    expect(paths.sort()).toEqual(["/baseRevision", "/document/cluster/name", "/message"]);
  });

  test("of 20 concurrent saves on the same base exactly one wins", async ({ request }) => {
    const created = await createFromTemplate(request);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        request.put(`/api/designs/${created.id}`, { data: { baseRevision: 1, document: emptyDocument(`w${i}`) } }),
      ),
    );
    const statuses = responses.map((r) => r.status()).sort();
    expect(statuses).toEqual([200, ...Array<number>(19).fill(409)]);
    expect((await getDesign(request, created.id)).headRevision).toBe(2);
  });

  test("an unknown id is 404", async ({ request }) => {
    await expectError(
      await request.put("/api/designs/no-such-design", { data: { baseRevision: 1, document: emptyDocument() } }),
      404,
      "not_found",
    );
  });
});

test.describe("PATCH and DELETE /api/designs/:id", () => {
  test("renames, describes and archives without a new revision", async ({ request }) => {
    const created = await createFromTemplate(request);
    const name = uniqueName("renamed");
    const response = await request.patch(`/api/designs/${created.id}`, {
      data: { name, description: "moved to dc2", archived: true },
    });
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ id: created.id, name, description: "moved to dc2", archived: true, headRevision: 1 });
    await request.patch(`/api/designs/${created.id}`, { data: { archived: false } });
    expect(await getDesign(request, created.id)).toMatchObject({ name, archived: false, headRevision: 1 });
  });

  test("rejects empty, unknown and mistyped changes", async ({ request }) => {
    const created = await createFromTemplate(request);
    const url = `/api/designs/${created.id}`;
    expect(await expectIssuePaths(await request.patch(url, { data: {} }))).toEqual([""]);
    await expectIssuePaths(await request.patch(url, { data: { headRevision: 5 } }));
    expect(await expectIssuePaths(await request.patch(url, { data: { name: "", archived: "yes" } }))).toEqual(["/name", "/archived"]);
    await expectError(await request.patch(url, rawJson("{")), 400, "invalid_json");
    expect(await getDesign(request, created.id)).toMatchObject({ name: created.name, archived: false });
    await expectError(await request.patch("/api/designs/no-such-design", { data: { name: "x" } }), 404, "not_found");
  });

  test("deletes a design and its revisions", async ({ request }) => {
    const created = await createFromTemplate(request);
    const response = await request.delete(`/api/designs/${created.id}`);
    expect(response.status()).toBe(204);
    expect(await response.text()).toBe("");
    await expectError(await request.get(`/api/designs/${created.id}`), 404, "not_found");
    await expectError(await request.get(`/api/designs/${created.id}/revisions`), 404, "not_found");
    await expectError(await request.delete(`/api/designs/${created.id}`), 404, "not_found");
  });
});

test.describe("GET /api/designs/:id/revisions", () => {
  test("lists revisions newest first", async ({ request }) => {
    const created = await createFromTemplate(request);
    await request.put(`/api/designs/${created.id}`, { data: { baseRevision: 1, document: emptyDocument("two"), message: "second" } });
    const body = await (await request.get(`/api/designs/${created.id}/revisions`)).json();
    // BLUEPRINT_AUTH=local: requests without a session are the local owner's, and say so.
    const author = { authorId: "local-owner", authorName: "Local owner" };
    expect(body.revisions).toEqual([
      { number: 2, message: "second", ...author, createdAt: expect.any(String) },
      { number: 1, message: "Created from the empty template", ...author, createdAt: expect.any(String) },
    ]);
  });

  test("an unknown id is 404", async ({ request }) => {
    await expectError(await request.get("/api/designs/no-such-design/revisions"), 404, "not_found");
  });
});
