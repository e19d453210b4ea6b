// The sign-in route on a real embedded database: same answer for unknown emails and wrong
// passwords (and about the same time), a cookie on success, 429 with Retry-After when limited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db";
import { signUp } from "@/lib/auth/accounts";
import { testDatabaseTargets } from "@/lib/db/testing";
import { POST as signIn } from "./route";

const holder = globalThis as typeof globalThis & { __blueprintDatabase?: Promise<Database> };
let db: Database;

beforeAll(async () => {
  db = await testDatabaseTargets()[0]!.open();
  holder.__blueprintDatabase = Promise.resolve(db);
  await signUp(db.prisma, { email: "ana@example.com", password: "correct horse battery", name: "Ana" });
});
afterAll(async () => {
  holder.__blueprintDatabase = undefined;
  await db.close();
});

// Each case its own client address, so that the rate limit of one does not leak into another.
const attempt = (body: unknown, ip: string) =>
  signIn(
    new Request("http://127.0.0.1:3000/api/auth/signin", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", "x-forwarded-for": ip },
    }),
    undefined,
  );

async function timed(body: unknown, ip: string): Promise<{ ms: number; status: number; body: unknown }> {
  const start = performance.now();
  const response = await attempt(body, ip);
  return { ms: performance.now() - start, status: response.status, body: await response.json() };
}

describe("POST /api/auth/signin", () => {
  it("signs in with the right password (email in any case) and sets the session cookie", async () => {
    const response = await attempt({ email: "Ana@Example.com", password: "correct horse battery" }, "10.0.0.1");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ user: { email: "ana@example.com", name: "Ana" } });
    expect(response.headers.get("set-cookie")).toMatch(/^blueprint_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/);
  });

  it("answers an unknown email and a wrong password with the same 401, in comparable time", async () => {
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      const a = await timed({ email: "ana@example.com", password: "wrong password" }, "10.0.1.1");
      const b = await timed({ email: "nobody@example.com", password: "wrong password" }, "10.0.1.2");
      expect([a.status, b.status]).toEqual([401, 401]);
      expect(a.body).toEqual(b.body);
      expect(a.body).toEqual({ error: { code: "unauthenticated", message: "Wrong email or password." } });
      wrong.push(a.ms);
      unknown.push(b.ms);
    }
    // Both spend one argon2 verification (tens of ms); without the dummy hash an unknown email
    // would answer in about a millisecond. Generous bound: this machine is shared.
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[1]!;
    expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.3);
  });

  it("refuses the 6th attempt after 5 failures with 429 and Retry-After, even with the right password", async () => {
    for (let i = 0; i < 5; i++) {
      expect((await attempt({ email: "ana@example.com", password: `guess ${i}` }, "10.0.2.1")).status).toBe(401);
    }
    const limited = await attempt({ email: "ana@example.com", password: "correct horse battery" }, "10.0.2.1");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe("too_many_requests");
    // Another address is not limited.
    expect((await attempt({ email: "ana@example.com", password: "correct horse battery" }, "10.0.2.2")).status).toBe(200);
  });

  it("limits an account to 20 failures however often the client changes its X-Forwarded-For", async () => {
    await signUp(db.prisma, { email: "bo@example.com", password: "correct horse battery", name: "Bo" });
    // 20 guesses, each from a "new" address: every one under the per-address limit of 5.
    for (let i = 0; i < 20; i++) {
      expect((await attempt({ email: "bo@example.com", password: `guess ${i}` }, `10.1.${i}.1`)).status).toBe(401);
    }
    const limited = await attempt({ email: "bo@example.com", password: "correct horse battery" }, "10.1.99.1");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
  });

  it("validates the body with the standard error shape", async () => {
    const response = await attempt({ email: "not an email" }, "10.0.3.1");
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.issues.map((i) => i.path).sort()).toEqual(["/email", "/password"]);
  });
});
