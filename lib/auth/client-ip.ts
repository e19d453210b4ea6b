// The client address for rate limiting. `next start` appends the socket's peer to
// X-Forwarded-For, so the last entry is the one a client cannot forge (earlier entries are
// whatever the client or proxies in front sent). Behind a reverse proxy it is the proxy's
// address, which still limits per email.
export function clientIp(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || request.headers.get("x-real-ip") || "unknown";
}
