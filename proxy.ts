// In front of every page and API route:
// - local mode answers only to loopback names and BLUEPRINT_ALLOWED_HOSTS (lib/auth/host.ts: a
//   page that rebinds its own name to this machine must not act as the signed-in local owner);
// - BLUEPRINT_AUTH=required: a page request without a session cookie goes to /signin and comes
//   back afterwards. Only the cookie's presence is checked here (cheap, no database); pages
//   validate the session themselves (lib/auth/pages.ts) and API routes answer 401 from their
//   guards, so this is a convenience in front of the real checks, not one of them.
import { NextResponse, type NextRequest } from "next/server";
import { errorResponse } from "@/lib/api/errors";
import { SESSION_COOKIE } from "@/lib/auth/cookies";
import { hostAllowed } from "@/lib/auth/host";
import { authMode } from "@/lib/auth/mode";
import { config as settings } from "@/lib/config";

// Pages anyone may open: signing in and up, invite links (they explain what to do), share links.
const PUBLIC_PAGES = [/^\/signin$/, /^\/signup$/, /^\/invites\//, /^\/share\//];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isApi = pathname.startsWith("/api/");
  if (authMode() === "local") {
    // Health checks come from load balancers and monitors under any name; they reveal nothing.
    if (pathname === "/api/health" || hostAllowed(request.headers.get("host"), settings.BLUEPRINT_ALLOWED_HOSTS)) return NextResponse.next();
    const message = "This studio runs in local mode and answers only to localhost; add this host name to BLUEPRINT_ALLOWED_HOSTS to reach it by this name.";
    return isApi ? errorResponse(403, "forbidden", message) : new NextResponse(message, { status: 403 });
  }
  if (isApi || request.cookies.has(SESSION_COOKIE)) return NextResponse.next();
  if (PUBLIC_PAGES.some((page) => page.test(pathname))) return NextResponse.next();
  const signin = new URL("/signin", request.url);
  signin.searchParams.set("next", pathname + search);
  return NextResponse.redirect(signin);
}

export const config = {
  // Everything but Next's own assets and the icon, which need neither a session nor a host check.
  matcher: ["/((?!_next/|icon\\.svg|favicon\\.ico).*)"],
};
