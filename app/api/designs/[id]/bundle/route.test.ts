import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { createDesign, ensureLocalOwner, type Database } from "@/lib/db";
import { testDatabaseTargets } from "@/lib/db/testing";
import { getTemplate } from "@/lib/design";
import { GET as getBundle } from "./route";
import { GET as getManifests } from "../manifests/route";

// The routes against a real (temporary, embedded) database, installed as the process database
// the way lib/db/bootstrap keeps it, to reach what HTTP cannot: a stored document that is no longer valid.
const holder = globalThis as typeof globalThis & { __blueprintDatabase?: Promise<Database> };
let db: Database;
let teamId: string;

beforeAll(async () => {
  db = await testDatabaseTargets()[0]!.open();
  holder.__blueprintDatabase = Promise.resolve(db);
  // The routes run as the local owner (BLUEPRINT_AUTH=local, no cookie), so the designs are theirs.
  teamId = (await ensureLocalOwner(db.prisma)).teamId;
});
afterAll(async () => {
  holder.__blueprintDatabase = undefined;
  await db.close();
});

const context = (id: string) => ({ params: Promise.resolve({ id }) });

describe("bundle and manifests routes", () => {
  it("answer 400 with the document's issues when the stored revision is not a valid design", async () => {
    const stored = await createDesign(db.prisma, teamId, { name: "Broken", document: { schemaVersion: 1, cluster: { name: "Not A Label" } } });
    for (const [route, path] of [
      [getBundle, "bundle"],
      [getManifests, "manifests"],
    ] as const) {
      const response = await route(new Request(`http://localhost/api/designs/${stored.id}/${path}`), context(stored.id));
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { code: string; issues: { path: string }[] } };
      expect(body.error.code).toBe("validation_failed");
      expect(body.error.issues.map((issue) => issue.path)).toEqual(["/cluster/name"]);
    }
  });

  it("zip a valid design under its name and revision", async () => {
    const stored = await createDesign(db.prisma, teamId, { name: "Frankfurt DC", document: getTemplate("starter-500") });
    const response = await getBundle(new Request(`http://localhost/api/designs/${stored.id}/bundle?revision=1`), context(stored.id));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="Frankfurt-DC-r1.zip"');
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(strFromU8(entries["calico/ippools.yaml"]!)).toContain("cidr: 10.16.0.0/15");
  });
});
