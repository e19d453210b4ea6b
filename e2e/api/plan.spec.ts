// The plan API through real HTTP against the built server: a document in, the plan out; the plan
// of a stored revision computed on the server; and the error shapes.
import { expect, test } from "@playwright/test";
import { createFromTemplate, expectError, expectIssuePaths, getDesign, oversizedBody, rawJson } from "./helpers";

test.describe("POST /api/plan", () => {
  test("plans the reference design: the worker pool is exhausted", async ({ request }) => {
    const created = await createFromTemplate(request, "reference-5000");
    const { document } = await getDesign(request, created.id);
    const response = await request.post("/api/plan", { data: document });
    expect(response.status()).toBe(200);
    const plan = await response.json();
    // 10.1.0.0/16 with /26 blocks = 1,024 blocks; 4,675 workers x 2 blocks = 9,350 needed.
    expect(plan.metrics.ip.pools[1]).toMatchObject({ name: "workers", blocks: 1024, nodes: 4675, blocksNeeded: 9350, suggestedCidr: "10.16.0.0/12" });
    // 40 x 25G down and 8 x 100G up per leaf = 1.25:1; 250 leaves on 256-port spines.
    expect(plan.metrics.fabric).toMatchObject({ maxOversubscription: 1.25, spinePortsNeeded: 250, spinePortsAvailable: 256 });
    expect(plan.findings[0]).toMatchObject({
      severity: "error",
      code: "ip.pool.block-exhaustion",
      path: "/ipPlan/podPools/1/cidr",
      suggestion: { path: "/ipPlan/podPools/1/cidr", value: "10.16.0.0/12" },
    });
    expect(Object.keys(plan.series).sort()).toEqual(["bandwidth", "growth", "ip", "storage"]);
  });

  test("fills defaults: the smallest document plans", async ({ request }) => {
    const response = await request.post("/api/plan", { data: { schemaVersion: 1, cluster: { name: "tiny" } } });
    expect(response.status()).toBe(200);
    expect((await response.json()).findings).toEqual([]);
  });

  test("answers 400 with the document's paths for an invalid design", async ({ request }) => {
    const paths = await expectIssuePaths(
      await request.post("/api/plan", { data: { schemaVersion: 1, cluster: { name: "Bad Name" }, ipPlan: { serviceCidr: "10.96.0.1/12" } } }),
    );
    expect(paths.sort()).toEqual(["/cluster/name", "/ipPlan/serviceCidr"]);
  });

  test("answers 400 for a body that is not JSON and 413 over the size limit", async ({ request }) => {
    await expectError(await request.post("/api/plan", rawJson("{ nope")), 400, "invalid_json");
    await expectError(await request.post("/api/plan", rawJson(oversizedBody())), 413, "payload_too_large");
  });
});

test.describe("GET /api/designs/:id/plan", () => {
  test("plans the stored revision on the server, the same plan POST /api/plan gives", async ({ request }) => {
    const created = await createFromTemplate(request, "starter-500");
    const { document } = await getDesign(request, created.id);
    const response = await request.get(`/api/designs/${created.id}/plan?revision=1`);
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ id: created.id, revision: 1 });
    const posted = await (await request.post("/api/plan", { data: document })).json();
    expect(body.plan).toEqual(posted);
  });

  test("plans each revision as it was stored", async ({ request }) => {
    const created = await createFromTemplate(request, "reference-5000");
    const { document } = await getDesign(request, created.id);
    document.ipPlan.podPools[1].cidr = "10.16.0.0/12";
    document.ipPlan.reserved[0].cidr = "10.31.255.0/24";
    const saved = await request.put(`/api/designs/${created.id}`, { data: { baseRevision: 1, document, message: "Widen the worker pool" } });
    expect(saved.status(), await saved.text()).toBe(200);
    const codes = async (query: string) =>
      ((await (await request.get(`/api/designs/${created.id}/plan${query}`)).json()).plan.findings as { code: string }[]).map((f) => f.code);
    expect(await codes("?revision=1")).toContain("ip.pool.block-exhaustion");
    // The head (revision 2) has the suggested pool: no exhaustion left.
    expect(await codes("")).not.toContain("ip.pool.block-exhaustion");
  });

  test("answers 404 for an unknown design or revision and 400 for a bad revision", async ({ request }) => {
    await expectError(await request.get("/api/designs/no-such-design/plan"), 404, "not_found");
    const created = await createFromTemplate(request);
    await expectError(await request.get(`/api/designs/${created.id}/plan?revision=9`), 404, "not_found");
    expect(await expectIssuePaths(await request.get(`/api/designs/${created.id}/plan?revision=0`))).toEqual(["/revision"]);
  });
});
