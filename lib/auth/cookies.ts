// The session cookie: HttpOnly (scripts cannot read it), SameSite=Lax (not sent on cross-site
// subresource requests or POSTs), Secure when the request came over HTTPS, Path=/ (OWASP Session
// Management Cheat Sheet, "Cookies"). The Origin check (csrf.ts) covers what SameSite leaves open.
import { ABSOLUTE_MS } from "./sessions";

export const SESSION_COOKIE = "blueprint_session";

/** Whether the client reached us over HTTPS, directly or through a TLS-terminating proxy. */
export function isHttps(request: Request): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded ? forwarded === "https" : new URL(request.url).protocol === "https:";
}

function serialize(request: Request, value: string, maxAgeSeconds: number): string {
  const attributes = [`${SESSION_COOKIE}=${value}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${maxAgeSeconds}`];
  if (isHttps(request)) attributes.push("Secure");
  return attributes.join("; ");
}

/** Set-Cookie for a new session. The browser keeps it for the absolute lifetime; the server ends it sooner when idle. */
export function sessionCookie(request: Request, token: string): string {
  return serialize(request, token, Math.floor(ABSOLUTE_MS / 1000));
}

export function clearedSessionCookie(request: Request): string {
  return serialize(request, "", 0);
}

/** The session token the request carries, if any. */
export function readSessionToken(request: Request): string | undefined {
  const header = request.headers.get("cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === SESSION_COOKIE) return value.join("=") || undefined;
  }
  return undefined;
}
