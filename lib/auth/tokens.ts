// Random bearer tokens (session cookies, invite and share links) and the hash that is stored in
// their place: a database leak then hands out nothing that can be replayed. SHA-256 without salt
// is enough here because the tokens have 256 bits of entropy (unlike passwords).
import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes, base64url: 43 URL-safe characters. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
