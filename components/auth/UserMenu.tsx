import Link from "next/link";
import type { AuthUser } from "@/lib/auth/guards";
import { listTeamsOf } from "@/lib/auth/teams";
import { getDb } from "@/lib/db/bootstrap";
import { SignOutButton } from "./SignOutButton";

/** Who is signed in, their teams (each links to its members page) and sign-out. */
export async function UserMenu({ user }: { user: AuthUser }) {
  const { prisma } = await getDb();
  const teams = await listTeamsOf(prisma, user.id);
  return (
    <details className="relative float-right text-sm" data-testid="user-menu">
      <summary className="cursor-pointer rounded-md px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800">
        {user.name}
        {user.isLocal && <span className="ml-1 text-xs text-slate-500 dark:text-slate-400">(local)</span>}
      </summary>
      <div className="absolute right-0 z-10 mt-1 w-64 space-y-2 rounded-md border border-slate-200 bg-white p-3 shadow-lg dark:border-slate-700 dark:bg-slate-900">
        {!user.isLocal && <p className="truncate text-xs text-slate-500 dark:text-slate-400">{user.email}</p>}
        <p className="text-xs font-medium text-slate-600 dark:text-slate-300">Teams</p>
        <ul className="space-y-1">
          {teams.map((team) => (
            <li key={team.id}>
              <Link className="text-sky-700 underline dark:text-sky-300" href={`/teams/${team.id}`}>
                {team.name}
              </Link>{" "}
              <span className="text-xs text-slate-500 dark:text-slate-400">
                {team.personal ? "personal, " : ""}
                {team.role}
              </span>
            </li>
          ))}
        </ul>
        {user.sessionId ? (
          <div className="flex flex-wrap gap-1 border-t border-slate-200 pt-2 dark:border-slate-700">
            <SignOutButton />
            <SignOutButton everywhere />
          </div>
        ) : (
          <p className="border-t border-slate-200 pt-2 text-xs text-slate-500 dark:border-slate-700 dark:text-slate-400">
            Signed in automatically (BLUEPRINT_AUTH=local). <Link className="underline" href="/signin">Sign in</Link> with an account instead.
          </p>
        )}
      </div>
    </details>
  );
}
