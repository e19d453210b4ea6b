// Password hashing with argon2id (@node-rs/argon2), the algorithm and parameters OWASP's Password
// Storage Cheat Sheet recommends first: m = 19 MiB, t = 2, p = 1 (also the library's defaults,
// spelled out so that a library upgrade cannot silently weaken them).
import { hash, verify, type Algorithm } from "@node-rs/argon2";

// Algorithm.Argon2id; the enum is a `const enum`, which isolatedModules cannot read.
const ARGON2ID = 2 as Algorithm;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Shortest password accepted at sign-up (NIST SP 800-63B asks for at least 8; we ask 10). */
export const MIN_PASSWORD_LENGTH = 10;
/** argon2 takes any length, but an unbounded one lets a client make the server hash megabytes. */
export const MAX_PASSWORD_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed sign-in, not a 500 that tells the client something.
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * Spends the time of one verification when the email is unknown, so that the response time does
 * not tell whether an account exists (OWASP Authentication Cheat Sheet, "Authentication Responses").
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummy ??= hashPassword("blueprint-dummy-password-for-timing");
  await verifyPassword(await dummy, password);
  return false;
}
