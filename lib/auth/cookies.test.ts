import { describe, expect, it } from "vitest";
import { clearedSessionCookie, readSessionToken, sessionCookie } from "./cookies";

describe("session cookie", () => {
  it("is HttpOnly, SameSite=Lax, Path=/, kept 90 days, Secure only over HTTPS", () => {
    const plain = sessionCookie(new Request("http://127.0.0.1:3000/api/auth/signin"), "tok");
    // 90 days x 86,400 s = 7,776,000 s.
    expect(plain).toBe("blueprint_session=tok; Path=/; HttpOnly; SameSite=Lax; Max-Age=7776000");
    expect(sessionCookie(new Request("https://blueprint.example.com/api/auth/signin"), "tok")).toMatch(/; Secure$/);
    const proxied = new Request("http://10.0.0.5:3000/api/auth/signin", { headers: { "x-forwarded-proto": "https" } });
    expect(sessionCookie(proxied, "tok")).toMatch(/; Secure$/);
  });

  it("clears with Max-Age=0 and reads back from a Cookie header", () => {
    expect(clearedSessionCookie(new Request("http://x/"))).toContain("blueprint_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
    const request = new Request("http://x/", { headers: { cookie: "a=1; blueprint_session=abc-_DEF; b=2" } });
    expect(readSessionToken(request)).toBe("abc-_DEF");
    expect(readSessionToken(new Request("http://x/", { headers: { cookie: "blueprint_session=" } }))).toBeUndefined();
  });
});
