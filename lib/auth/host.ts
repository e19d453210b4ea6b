// DNS rebinding guard for local mode. There, a request without a session is the local owner, so a
// web page that points its own host name at 127.0.0.1 could read and change every design from the
// victim's browser (its requests are same-origin to itself, so the Origin check lets them through).
// Browsers always send the name they resolved in `Host`; answering only to loopback names and the
// ones the owner configured closes that door (the defence the Chromium and Node.js inspector teams
// chose for the same problem: an allow-list of Host names).
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The host name of a Host header, lower-cased and without the port ("[::1]:3000" -> "[::1]"). */
export function hostName(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith("[")) return host.slice(0, host.indexOf("]") + 1);
  return host.split(":")[0] ?? "";
}

export function hostAllowed(hostHeader: string | null, allowed: readonly string[]): boolean {
  if (hostHeader === null) return false;
  const name = hostName(hostHeader);
  return LOOPBACK.has(name) || name.endsWith(".localhost") || allowed.includes(name);
}
