// The manifest bundle through real HTTP against the built server: the zip download of a created
// design, the file list for the studio, and the error cases.
import { expect, test } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { parse, parseAllDocuments } from "yaml";
import { createFromTemplate, expectError, expectIssuePaths, uniqueName } from "./helpers";

test.describe("GET /api/designs/:id/bundle", () => {
  test("downloads the revision's bundle as a zip named after the design and revision", async ({ request }) => {
    const name = uniqueName("Bundle");
    const created = await createFromTemplate(request, "reference-5000", name);
    const response = await request.get(`/api/designs/${created.id}/bundle?revision=1`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/zip");
    expect(response.headers()["content-disposition"]).toBe(`attachment; filename="${name.replace(/ /g, "-")}-r1.zip"`);

    const entries = unzipSync(new Uint8Array(await response.body()));
    const text = (path: string) => strFromU8(entries[path]!);
    const resources = (parse(text("kustomization.yaml")) as { resources: string[] }).resources;
    const documents = ["README.md", "kustomization.yaml", "design.json", "plan.json", "backup/install-velero.sh", "backup/restore-test-checklist.md"];
    expect(Object.keys(entries).sort()).toEqual([...resources, ...documents].sort());

    const workers = parseAllDocuments(text("calico/ippools.yaml"))
      .map((document) => document.toJS())
      .find((pool) => pool.metadata.name === "workers");
    expect(workers.spec).toMatchObject({ cidr: "10.1.0.0/16", blockSize: 26, ipipMode: "Never", vxlanMode: "Never", natOutgoing: true });
    // The server plans the design itself: the reference design's block exhaustion heads the README.
    const plan = JSON.parse(text("plan.json")) as { findings: { severity: string; code: string }[] };
    const errors = plan.findings.filter((finding) => finding.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    expect(text("README.md").split("## Before you apply")[0]).toContain(errors[0]!.code);
    expect(JSON.parse(text("design.json")).cluster.name).toBe("reference-5000");
  });

  test("gives the same bytes on every download", async ({ request }) => {
    const created = await createFromTemplate(request, "starter-500");
    const first = await (await request.get(`/api/designs/${created.id}/bundle`)).body();
    const second = await (await request.get(`/api/designs/${created.id}/bundle?revision=1`)).body();
    expect(first.equals(second)).toBe(true);
  });

  test("answers 404 for an unknown design or revision, and 400 for a bad revision", async ({ request }) => {
    await expectError(await request.get("/api/designs/no-such-design/bundle"), 404, "not_found");
    const created = await createFromTemplate(request);
    await expectError(await request.get(`/api/designs/${created.id}/bundle?revision=7`), 404, "not_found");
    expect(await expectIssuePaths(await request.get(`/api/designs/${created.id}/bundle?revision=zero`))).toEqual(["/revision"]);
  });
});

test.describe("GET /api/designs/:id/manifests", () => {
  test("lists the bundle's files with their content, the same files the zip holds", async ({ request }) => {
    const created = await createFromTemplate(request, "starter-500");
    const response = await request.get(`/api/designs/${created.id}/manifests?revision=1`);
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { revision: number; files: { path: string; content: string }[] };
    expect(body.revision).toBe(1);
    expect(body.files[0]?.path).toBe("README.md");
    const zip = unzipSync(new Uint8Array(await (await request.get(`/api/designs/${created.id}/bundle?revision=1`)).body()));
    expect(body.files.map((file) => file.path).sort()).toEqual(Object.keys(zip).sort());
    for (const file of body.files) expect(strFromU8(zip[file.path]!)).toBe(file.content);
  });

  test("answers 404 for an unknown design", async ({ request }) => {
    await expectError(await request.get("/api/designs/no-such-design/manifests"), 404, "not_found");
  });
});
