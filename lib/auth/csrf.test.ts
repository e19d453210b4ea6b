import { describe, expect, it } from "vitest";
import { csrfRejection } from "./csrf";

const request = (method: string, headers: Record<string, string>) =>
  new Request("http://127.0.0.1:3107/api/designs", { method, headers: { host: "127.0.0.1:3107", ...headers } });
const cookie = { cookie: "blueprint_session=abc" };

describe("Origin check for state-changing requests", () => {
  it("lets reads through whatever their Origin", () => {
    expect(csrfRejection(request("GET", { ...cookie, origin: "https://evil.example" }))).toBeNull();
    expect(csrfRejection(request("HEAD", cookie))).toBeNull();
  });

  it("refuses a cross-origin write, with or without cookie", () => {
    for (const headers of [{ ...cookie, origin: "https://evil.example" }, { origin: "http://127.0.0.1:3000" }, { origin: "null" }]) {
      const rejection = csrfRejection(request("POST", headers));
      expect([rejection?.status, rejection?.code]).toEqual([403, "forbidden"]);
    }
  });

  it("refuses a cookie-authenticated write without Origin", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect(csrfRejection(request(method, cookie))?.status).toBe(403);
    }
  });

  it("accepts a same-origin write, and a cookieless one without Origin (scripts)", () => {
    expect(csrfRejection(request("PUT", { ...cookie, origin: "http://127.0.0.1:3107" }))).toBeNull();
    expect(csrfRejection(request("POST", {}))).toBeNull();
  });

  it("compares with the origin the client used behind a TLS proxy", () => {
    const proxied = { ...cookie, "x-forwarded-proto": "https", "x-forwarded-host": "blueprint.example.com" };
    expect(csrfRejection(request("POST", { ...proxied, origin: "https://blueprint.example.com" }))).toBeNull();
    expect(csrfRejection(request("POST", { ...proxied, origin: "http://blueprint.example.com" }))?.status).toBe(403);
  });
});
