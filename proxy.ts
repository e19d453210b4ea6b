// BLUEPRINT_AUTH=required: a page request without a session cookie goes to /signin and comes back
// afterwards. Only the cookie's presence is checked here (cheap, no database); pages validate
// the session themselves (lib/auth/pages.ts) and API routes answer 401 from their guards, so this
// is a convenience in front of the real checks, not one of them.
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/cookies";
import { authMode } from "@/lib/auth/mode";

// Pages anyone may open: signing in and up, invite links (they explain what to do), share links.
const PUBLIC_PAGES = [/^\/signin$/, /^\/signup$/, /^\/invites\//, /^\/share\//];

export function proxy(request: NextRequest) {
  if (authMode() !== "required" || request.cookies.has(SESSION_COOKIE)) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PAGES.some((page) => page.test(pathname))) return NextResponse.next();
  const signin = new URL("/signin", request.url);
  signin.searchParams.set("next", pathname + search);
  return NextResponse.redirect(signin);
}

export const config = {
  // Pages only: API routes answer 401 themselves; Next's assets and the icon need no session.
  matcher: ["/((?!api/|_next/|icon\\.svg|favicon\\.ico).*)"],
};
