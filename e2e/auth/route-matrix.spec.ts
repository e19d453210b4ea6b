// Every API route against every kind of caller, through real HTTP on the BLUEPRINT_AUTH=required
// server: each role the route refuses gets 403, a user outside the design's (or team's) team gets
// 404 as if it did not exist, callers without a valid session (none, unknown, revoked) get 401,
// cookie-authenticated writes without our Origin get 403, and each allowed role succeeds. The
// table is checked against the route files on disk, so a new route without a row fails here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import {
  PASSWORD,
  ROLES,
  createDesign,
  createTeam,
  expectStatus,
  join,
  newContext,
  origin,
  signUp,
  uniqueEmail,
  type Person,
  type Role,
} from "./fixtures";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Ids a request is about: the shared ones, or fresh ones for requests that consume them. */
interface Ids {
  designId: string;
  commentId: string;
  linkId: string;
  memberId: string;
  inviteToken: string;
  shareToken: string;
}

interface World {
  baseURL: string;
  people: Record<Role | "outsider", Person>;
  teamId: string;
  ids: Ids;
  document: unknown;
  /** A design of another team (the outsider's), for cross-team id checks. */
  foreignDesignId: string;
}

interface RouteCase {
  method: Method;
  /** The route's folder under app, e.g. /api/designs/[id]/comments. */
  route: string;
  /** design/team: only members with an allowed role; user: anyone signed in; public: anyone. */
  scope: "design" | "team" | "user" | "public";
  allowed?: readonly Role[];
  url: (ids: Ids) => string;
  body?: (w: World, ids: Ids) => unknown;
  /** Fresh ids for a successful call that uses them up (delete, restore, accept...). */
  fresh?: (w: World) => Promise<Partial<Ids>>;
}

const ALL = ROLES;
const EDITORS = ["owner", "editor"] as const;
const OWNERS = ["owner"] as const;

const freshDesign = async (w: World) => ({ designId: (await createDesign(w.baseURL, w.people.owner, w.teamId)).id });
const freshLink = async (w: World) => {
  const response = await w.people.owner.api.post(`/api/designs/${w.ids.designId}/share-links`, { data: { revision: 1 }, headers: origin(w.baseURL) });
  await expectStatus(response, 201);
  const link = await response.json();
  return { linkId: link.id as string, shareToken: String(link.url).split("/").at(-1)! };
};

const CASES: RouteCase[] = [
  { method: "GET", route: "/api/health", scope: "public", url: () => "/api/health" },
  {
    method: "POST",
    route: "/api/auth/signup",
    scope: "public",
    url: () => "/api/auth/signup",
    body: () => ({ email: uniqueEmail("signup"), password: PASSWORD, name: "New" }),
  },
  {
    method: "POST",
    route: "/api/auth/signin",
    scope: "public",
    url: () => "/api/auth/signin",
    body: (w) => ({ email: w.people.viewer.email, password: PASSWORD }),
  },
  { method: "POST", route: "/api/auth/signout", scope: "public", url: () => "/api/auth/signout" },
  { method: "GET", route: "/api/auth/me", scope: "user", url: () => "/api/auth/me" },
  { method: "GET", route: "/api/teams", scope: "user", url: () => "/api/teams" },
  { method: "POST", route: "/api/teams", scope: "user", url: () => "/api/teams", body: () => ({ name: "another team" }) },
  { method: "GET", route: "/api/designs", scope: "user", url: () => "/api/designs" },
  { method: "POST", route: "/api/designs", scope: "user", url: () => "/api/designs", body: () => ({ name: "mine", template: "empty" }) },
  {
    method: "POST",
    route: "/api/designs",
    scope: "team",
    allowed: EDITORS,
    url: () => "/api/designs",
    body: (w) => ({ name: "team design", template: "empty", teamId: w.teamId }),
  },
  { method: "POST", route: "/api/designs/import", scope: "user", url: () => "/api/designs/import", body: (w) => w.document },
  {
    method: "POST",
    route: "/api/designs/import",
    scope: "team",
    allowed: EDITORS,
    url: () => "/api/designs/import?teamId=TEAM",
    body: (w) => w.document,
  },
  { method: "POST", route: "/api/plan", scope: "user", url: () => "/api/plan", body: (w) => w.document },
  {
    method: "POST",
    route: "/api/invites/[token]/accept",
    scope: "user",
    url: (ids) => `/api/invites/${ids.inviteToken}/accept`,
    fresh: async (w) => {
      // A throwaway team inviting the outsider (the caller of "user" routes' success call).
      const teamId = await createTeam(w.baseURL, w.people.owner, "invite target");
      const response = await w.people.owner.api.post(`/api/teams/${teamId}/invites`, {
        data: { email: w.people.outsider.email, role: "viewer" },
        headers: origin(w.baseURL),
      });
      await expectStatus(response, 201);
      return { inviteToken: String((await response.json()).path).split("/").at(-1)! };
    },
  },
  { method: "GET", route: "/api/designs/[id]", scope: "design", allowed: ALL, url: (i) => `/api/designs/${i.designId}` },
  {
    method: "PUT",
    route: "/api/designs/[id]",
    scope: "design",
    allowed: EDITORS,
    url: (i) => `/api/designs/${i.designId}`,
    body: (w) => ({ baseRevision: 1, document: w.document, message: "matrix" }),
    fresh: freshDesign,
  },
  {
    method: "PATCH",
    route: "/api/designs/[id]",
    scope: "design",
    allowed: EDITORS,
    url: (i) => `/api/designs/${i.designId}`,
    body: () => ({ description: "checked by the route matrix" }),
  },
  { method: "DELETE", route: "/api/designs/[id]", scope: "design", allowed: EDITORS, url: (i) => `/api/designs/${i.designId}`, fresh: freshDesign },
  { method: "GET", route: "/api/designs/[id]/revisions", scope: "design", allowed: ALL, url: (i) => `/api/designs/${i.designId}/revisions` },
  {
    method: "POST",
    route: "/api/designs/[id]/revisions/[n]/restore",
    scope: "design",
    allowed: EDITORS,
    url: (i) => `/api/designs/${i.designId}/revisions/1/restore`,
    fresh: freshDesign,
  },
  { method: "GET", route: "/api/designs/[id]/export", scope: "design", allowed: ALL, url: (i) => `/api/designs/${i.designId}/export` },
  { method: "GET", route: "/api/designs/[id]/bundle", scope: "design", allowed: ALL, url: (i) => `/api/designs/${i.designId}/bundle` },
  { method: "GET", route: "/api/designs/[id]/manifests", scope: "design", allowed: ALL, url: (i) => `/api/designs/${i.designId}/manifests` },
  { method: "GET", route: "/api/designs/[id]/plan", scope: "design", allowed: ALL, url: (i) => `/api/designs/${i.designId}/plan` },
  { method: "GET", route: "/api/designs/[id]/diff", scope: "design", allowed: ALL, url: (i) => `/api/designs/${i.designId}/diff?from=1&to=1` },
  { method: "GET", route: "/api/designs/[id]/comments", scope: "design", allowed: ALL, url: (i) => `/api/designs/${i.designId}/comments` },
  {
    method: "POST",
    route: "/api/designs/[id]/comments",
    scope: "design",
    allowed: ["owner", "editor", "reviewer"],
    url: (i) => `/api/designs/${i.designId}/comments`,
    body: () => ({ revision: 1, body: "<b>not bold</b>", anchor: "/cluster" }),
  },
  {
    method: "PATCH",
    route: "/api/designs/[id]/comments/[commentId]",
    scope: "design",
    allowed: ["owner", "editor", "reviewer"],
    url: (i) => `/api/designs/${i.designId}/comments/${i.commentId}`,
    body: () => ({ resolved: true }),
  },
  { method: "GET", route: "/api/designs/[id]/reviews", scope: "design", allowed: ALL, url: (i) => `/api/designs/${i.designId}/reviews` },
  {
    method: "POST",
    route: "/api/designs/[id]/reviews",
    scope: "design",
    allowed: EDITORS,
    url: (i) => `/api/designs/${i.designId}/reviews`,
    body: (w) => ({ revision: 1, reviewerIds: [w.people.reviewer.id] }),
  },
  { method: "GET", route: "/api/designs/[id]/verdicts", scope: "design", allowed: ALL, url: (i) => `/api/designs/${i.designId}/verdicts` },
  {
    method: "POST",
    route: "/api/designs/[id]/verdicts",
    scope: "design",
    // Editors write the designs under review and do not approve them (review engineer's rule).
    allowed: ["owner", "reviewer"],
    url: (i) => `/api/designs/${i.designId}/verdicts`,
    body: () => ({ revision: 1, verdict: "approve" }),
  },
  { method: "GET", route: "/api/designs/[id]/share-links", scope: "design", allowed: EDITORS, url: (i) => `/api/designs/${i.designId}/share-links` },
  {
    method: "POST",
    route: "/api/designs/[id]/share-links",
    scope: "design",
    allowed: EDITORS,
    url: (i) => `/api/designs/${i.designId}/share-links`,
    body: () => ({ revision: 1 }),
  },
  {
    method: "DELETE",
    route: "/api/designs/[id]/share-links/[linkId]",
    scope: "design",
    allowed: EDITORS,
    url: (i) => `/api/designs/${i.designId}/share-links/${i.linkId}`,
    fresh: freshLink,
  },
  { method: "GET", route: "/api/share/[token]", scope: "public", url: (i) => `/api/share/${i.shareToken}` },
  { method: "GET", route: "/api/teams/[id]/members", scope: "team", allowed: ALL, url: () => "/api/teams/TEAM/members" },
  {
    method: "PATCH",
    route: "/api/teams/[id]/members/[userId]",
    scope: "team",
    allowed: OWNERS,
    url: (i) => `/api/teams/TEAM/members/${i.memberId}`,
    body: () => ({ role: "viewer" }),
  },
  {
    method: "DELETE",
    route: "/api/teams/[id]/members/[userId]",
    scope: "team",
    allowed: OWNERS,
    url: (i) => `/api/teams/TEAM/members/${i.memberId}`,
    fresh: async (w) => {
      const spare = await signUp(w.baseURL, "spare");
      await join(w.baseURL, w.people.owner, w.teamId, spare, "viewer");
      await spare.api.dispose();
      return { memberId: spare.id };
    },
  },
  { method: "GET", route: "/api/teams/[id]/invites", scope: "team", allowed: OWNERS, url: () => "/api/teams/TEAM/invites" },
  {
    method: "POST",
    route: "/api/teams/[id]/invites",
    scope: "team",
    allowed: OWNERS,
    url: () => "/api/teams/TEAM/invites",
    body: () => ({ email: uniqueEmail("invitee"), role: "viewer" }),
  },
  { method: "GET", route: "/api/teams/[id]/audit", scope: "team", allowed: OWNERS, url: () => "/api/teams/TEAM/audit" },
];

/** `METHOD /api/...` of every handler exported by a route file under app/api. */
function routesOnDisk(): string[] {
  const appDir = path.resolve("app");
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const route = "/" + path.relative(appDir, dir).split(path.sep).join("/");
        const source = readFileSync(full, "utf8");
        for (const [, method] of source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)) {
          found.push(`${method} ${route}`);
        }
      }
    }
  };
  walk(path.join(appDir, "api"));
  return found.sort();
}

const world = {} as World;

async function send(api: APIRequestContext, c: RouteCase, ids: Ids, headers: Record<string, string>) {
  const url = c.url(ids).replace("TEAM", world.teamId);
  const body = c.body?.(world, ids);
  return api.fetch(url, { method: c.method, headers, ...(body === undefined ? {} : { data: body }) });
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ baseURL }) => {
  world.baseURL = baseURL!;
  const [owner, editor, reviewer, viewer, outsider] = await Promise.all(
    ["owner", "editor", "reviewer", "viewer", "outsider"].map((label) => signUp(baseURL!, label)),
  );
  world.people = { owner: owner!, editor: editor!, reviewer: reviewer!, viewer: viewer!, outsider: outsider! };
  world.teamId = await createTeam(baseURL!, owner!, `matrix ${Date.now()}`);
  for (const role of ["editor", "reviewer", "viewer"] as const) await join(baseURL!, owner!, world.teamId, world.people[role], role);
  const design = await createDesign(baseURL!, owner!, world.teamId);
  const read = await owner!.api.get(`/api/designs/${design.id}`);
  world.document = (await read.json()).document;
  const comment = await reviewer!.api.post(`/api/designs/${design.id}/comments`, {
    data: { revision: 1, body: "first thread" },
    headers: origin(baseURL!),
  });
  await expectStatus(comment, 201);
  world.ids = { designId: design.id, commentId: (await comment.json()).id, linkId: "", memberId: viewer!.id, inviteToken: "", shareToken: "" };
  Object.assign(world.ids, await freshLink(world));
  world.ids.inviteToken = "not-a-token";
  world.foreignDesignId = (await createDesign(baseURL!, outsider!, outsider!.personalTeamId)).id;
});

test.afterAll(async () => {
  await Promise.all(Object.values(world.people ?? {}).map((person) => person.api.dispose()));
});

test("every route file's handlers are in the matrix, and the matrix names no missing route", () => {
  const onDisk = routesOnDisk();
  const inTable = [...new Set(CASES.map((c) => `${c.method} ${c.route}`))].sort();
  expect(onDisk.filter((route) => !inTable.includes(route)), "routes without a row in CASES").toEqual([]);
  expect(inTable.filter((route) => !onDisk.includes(route)), "rows for routes that do not exist").toEqual([]);
});

for (const c of CASES) {
  const name = `${c.method} ${c.route}${c.scope === "team" && c.route.startsWith("/api/designs") ? " (into a team)" : ""}`;
  test(name, async ({ baseURL }) => {
    const same = origin(baseURL!);
    const ids = { ...world.ids };
    const isWrite = c.method !== "GET";

    if (c.scope !== "public") {
      // No session, an unknown token, a revoked session: 401 (with our Origin, so that the
      // Origin check is not what answers).
      const anonymous = await newContext(baseURL!);
      const unknown = await newContext(baseURL!, { cookie: "blueprint_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" });
      const revoked = await revokedSession(baseURL!);
      for (const api of [anonymous, unknown, revoked]) {
        const response = await send(api, c, ids, same);
        await expectStatus(response, 401);
        expect((await response.json()).error.code).toBe("unauthenticated");
        await api.dispose();
      }
    }

    if (c.scope === "design" || c.scope === "team") {
      // Outside the team: as if it did not exist.
      const response = await send(world.people.outsider.api, c, ids, same);
      await expectStatus(response, 404);
      for (const role of ROLES.filter((r) => !c.allowed!.includes(r))) {
        const refused = await send(world.people[role].api, c, ids, same);
        await expectStatus(refused, 403);
        expect((await refused.json()).error.code).toBe("forbidden");
      }
    }

    const callers: Person[] =
      c.scope === "design" || c.scope === "team" ? c.allowed!.map((role) => world.people[role]) : [world.people.outsider];
    if (isWrite) {
      // Cookie-authenticated writes need our Origin: a foreign one or none is 403, before anything happens.
      const foreignOrNone: Record<string, string>[] = [{ origin: "https://evil.example" }, {}];
      for (const headers of foreignOrNone) {
        const response = await send(callers[0]!.api, c, ids, headers);
        await expectStatus(response, 403);
      }
    }

    for (const caller of c.scope === "public" ? [await newContext(baseURL!)] : callers.map((p) => p.api)) {
      const target = { ...ids, ...(await c.fresh?.(world)) };
      const response = await send(caller, c, target, same);
      expect(response.status(), `${c.method} ${response.url()}: ${await response.text()}`).toBeLessThan(300);
      expect(response.status()).toBeGreaterThanOrEqual(200);
    }
  });
}

/** A context whose cookie belonged to a session that has been signed out. */
async function revokedSession(baseURL: string): Promise<APIRequestContext> {
  const person = await signUp(baseURL, "revoked");
  const state = await person.api.storageState();
  const cookie = state.cookies.find((c) => c.name === "blueprint_session")!;
  await expectStatus(await person.api.post("/api/auth/signout", { headers: origin(baseURL) }), 204);
  await person.api.dispose();
  return newContext(baseURL, { cookie: `blueprint_session=${cookie.value}` });
}

test.describe("isolation between teams", () => {
  test("lists never show another team's designs", async () => {
    const outsiderList = await (await world.people.outsider.api.get("/api/designs?archived=1")).json();
    expect(outsiderList.designs.map((d: { id: string }) => d.id)).not.toContain(world.ids.designId);
    const ownerList = await (await world.people.owner.api.get("/api/designs?archived=1")).json();
    expect(ownerList.designs.map((d: { id: string }) => d.id)).not.toContain(world.foreignDesignId);
    const viewerList = await (await world.people.viewer.api.get("/api/designs")).json();
    expect(viewerList.designs.map((d: { id: string }) => d.id)).toContain(world.ids.designId);
  });

  test("a comment or share link of one team cannot be reached through another team's design", async ({ baseURL }) => {
    const { api } = world.people.outsider;
    const foreign = world.foreignDesignId;
    const headers = origin(baseURL!);
    await expectStatus(await api.patch(`/api/designs/${foreign}/comments/${world.ids.commentId}`, { data: { resolved: true }, headers }), 404);
    await expectStatus(await api.delete(`/api/designs/${foreign}/share-links/${world.ids.linkId}`, { headers }), 404);
    const comments = await (await api.get(`/api/designs/${foreign}/comments`)).json();
    expect(JSON.stringify(comments)).not.toContain(world.ids.commentId);
  });

  test("pages redirect to sign-in without a session, and another team's design page is not found", async ({ baseURL }) => {
    const anonymous = await newContext(baseURL!);
    const home = await anonymous.get("/", { maxRedirects: 0 });
    expect(home.status()).toBe(307);
    expect(home.headers()["location"]).toBe("/signin?next=%2F");
    const design = await anonymous.get(`/designs/${world.ids.designId}`, { maxRedirects: 0 });
    expect(design.headers()["location"]).toBe(`/signin?next=${encodeURIComponent(`/designs/${world.ids.designId}`)}`);
    await anonymous.dispose();
    expect((await world.people.outsider.api.get(`/designs/${world.ids.designId}`)).status()).toBe(404);
    expect((await world.people.viewer.api.get(`/designs/${world.ids.designId}`)).status()).toBe(200);
  });
});
