// Where to go after signing in: only a path of this site, so that a crafted ?next= cannot send
// the user to another site after they typed their password (OWASP Unvalidated Redirects).
export function safeNext(next: string | undefined | null): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}
