// Failed sign-ins per key (email + client IP) in a sliding window: after `max` failures within
// `windowMs` the key is refused until the oldest failure leaves the window (OWASP Authentication
// Cheat Sheet, "Protect against automated attacks"). Kept in this process's memory: Blueprint runs
// as one server process (embedded database or one Postgres), so there is no second instance whose
// counts would need sharing; a restart forgets the counts, which only gives an attacker one more
// window, not a bypass. Scaling out to several instances would need a shared store.

export interface LimitDecision {
  allowed: boolean;
  /** Seconds until another attempt is allowed (0 when allowed). */
  retryAfterSeconds: number;
}

export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    // Bounds memory under a spray of distinct keys: the stalest keys are dropped first.
    private readonly maxKeys = 10_000,
  ) {}

  check(key: string, now = Date.now()): LimitDecision {
    const recent = this.recent(key, now);
    if (recent.length < this.max) return { allowed: true, retryAfterSeconds: 0 };
    const oldest = recent[recent.length - this.max]!;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000)) };
  }

  fail(key: string, now = Date.now()): void {
    const recent = this.recent(key, now);
    recent.push(now);
    this.failures.delete(key);
    this.failures.set(key, recent);
    if (this.failures.size > this.maxKeys) {
      const stalest = this.failures.keys().next().value;
      if (stalest !== undefined) this.failures.delete(stalest);
    }
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => at > now - this.windowMs);
  }
}

/** 5 failures per email and IP per 15 minutes. */
export const signInLimiter = new FailureLimiter(5, 15 * 60 * 1000);

/**
 * 20 failures per email per 15 minutes, whatever the address. The client address comes from
 * X-Forwarded-For, which a client may write itself (lib/auth/client-ip.ts), so a guesser who
 * changes it with every try would escape the per-address limit; this one it cannot. Its price is
 * that someone who floods an account with bad passwords locks its owner out for 15 minutes.
 */
export const accountSignInLimiter = new FailureLimiter(20, 15 * 60 * 1000);
