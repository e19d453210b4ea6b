// Cross-site request forgery: a state-changing request must come from our own pages. Browsers
// send `Origin` on every POST, PUT, PATCH and DELETE (Fetch standard), so the rule is (OWASP CSRF
// Prevention Cheat Sheet, "Verifying Origin With Standard Headers"):
// - an Origin that is not ours is refused, whoever the request authenticates as;
// - a request that authenticates with the session cookie must carry our Origin;
// - a request without cookie and without Origin (curl, scripts; in local mode, the local owner)
//   passes: no browser sends a cross-site write without Origin.
import { forbidden, type HttpError } from "../api/errors";
import { readSessionToken } from "./cookies";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Our own origin as the client sees it (behind a proxy: the forwarded host and scheme). */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() ?? request.headers.get("host") ?? url.host;
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? url.protocol.replace(/:$/, "");
  return `${proto}://${host}`;
}

/** The 403 to answer instead of running the handler, or null when the request may proceed. */
export function csrfRejection(request: Request): HttpError | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  const origin = request.headers.get("origin");
  if (origin !== null) {
    return origin === requestOrigin(request) ? null : forbidden("Cross-origin requests may not change anything.");
  }
  if (readSessionToken(request) !== undefined) {
    return forbidden("A request signed in by cookie must carry an Origin header of this site.");
  }
  return null;
}
