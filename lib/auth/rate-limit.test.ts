import { describe, expect, it } from "vitest";
import { FailureLimiter } from "./rate-limit";

const MINUTE = 60_000;

describe("FailureLimiter", () => {
  it("refuses the 6th attempt after 5 failures in 15 minutes, until the oldest leaves the window", () => {
    const limiter = new FailureLimiter(5, 15 * MINUTE);
    const t0 = 1_000_000;
    // Failures at t0, t0+1 min, ..., t0+4 min.
    for (let i = 0; i < 5; i++) {
      expect(limiter.check("a@x|1.2.3.4", t0 + i * MINUTE).allowed).toBe(true);
      limiter.fail("a@x|1.2.3.4", t0 + i * MINUTE);
    }
    // At t0+5 min the oldest failure (t0) leaves the window at t0+15 min: 10 minutes = 600 s.
    expect(limiter.check("a@x|1.2.3.4", t0 + 5 * MINUTE)).toEqual({ allowed: false, retryAfterSeconds: 600 });
    // Another key (other IP, other email) is not affected.
    expect(limiter.check("a@x|5.6.7.8", t0 + 5 * MINUTE).allowed).toBe(true);
    // 1 ms after t0+15 min only 4 failures remain in the window.
    expect(limiter.check("a@x|1.2.3.4", t0 + 15 * MINUTE + 1).allowed).toBe(true);
  });

  it("a success resets the count", () => {
    const limiter = new FailureLimiter(2, MINUTE);
    limiter.fail("k", 0);
    limiter.fail("k", 1);
    expect(limiter.check("k", 2).allowed).toBe(false);
    limiter.reset("k");
    expect(limiter.check("k", 3).allowed).toBe(true);
  });

  it("keeps at most maxKeys keys, dropping the stalest", () => {
    const limiter = new FailureLimiter(1, MINUTE, 2);
    limiter.fail("old", 0);
    limiter.fail("mid", 1);
    limiter.fail("new", 2);
    expect(limiter.check("old", 3).allowed).toBe(true);
    expect(limiter.check("mid", 3).allowed).toBe(false);
    expect(limiter.check("new", 3).allowed).toBe(false);
  });
});
