// The client address for rate limiting and the audit log. `next start` fills X-Forwarded-For with
// the socket's peer only when the request has none (next/dist/server/base-server.js: `??=`), so
// the header, and this address, may be whatever the client wrote; behind a reverse proxy that
// appends, the last entry is the proxy's view of the client. Limits keyed by it are therefore
// backed by a per-account limit that does not depend on it (lib/auth/rate-limit.ts).
export function clientIp(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || request.headers.get("x-real-ip") || "unknown";
}
