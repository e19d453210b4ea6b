import type { Metadata } from "next";
import Link from "next/link";
import { TeamMembers } from "@/components/auth/TeamMembers";
import { listAuditEvents } from "@/lib/auth/audit";
import { requirePageTeam } from "@/lib/auth/pages";
import { listMembers } from "@/lib/auth/teams";
import { getDb } from "@/lib/db/bootstrap";
import { LocalTime } from "@/components/ui/LocalTime";

export const metadata: Metadata = { title: "Team · Blueprint" };
export const dynamic = "force-dynamic";


/** A team's members (owners manage them and invite) and, for owners, its audit log. */
export default async function TeamPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, role } = await requirePageTeam(id, `/teams/${id}`);
  const { prisma } = await getDb();
  const [team, members] = await Promise.all([
    prisma.team.findUniqueOrThrow({ where: { id }, select: { name: true, personal: true } }),
    listMembers(prisma, id),
  ]);
  const isOwner = role === "owner";
  const events = isOwner ? await listAuditEvents(prisma, id, 100) : [];
  return (
    <main className="mx-auto max-w-4xl space-y-8 p-8">
      <header className="space-y-1">
        <Link className="text-sm text-sky-700 underline dark:text-sky-300" href="/">All designs</Link>
        <h1 className="text-2xl font-semibold">{team.name}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {team.personal ? "Personal team. " : ""}You are {role}.
        </p>
      </header>
      <TeamMembers
        teamId={id}
        selfId={user.id}
        isOwner={isOwner}
        members={members.map(({ userId, name, email, role: memberRole }) => ({ userId, name, email, role: memberRole }))}
      />
      {isOwner && (
        <section className="space-y-2" aria-labelledby="audit-heading">
          <h2 id="audit-heading" className="text-lg font-semibold">Audit log</h2>
          <ol className="space-y-1 text-sm" data-testid="audit-log">
            {events.map((event) => {
              const details = (event.details ?? {}) as Record<string, unknown>;
              const { actorName, ...rest } = details;
              return (
                <li key={event.id} className="flex flex-wrap gap-x-2">
                  <LocalTime className="text-slate-500 dark:text-slate-400" iso={event.createdAt.toISOString()} />
                  <span>{typeof actorName === "string" ? actorName : "someone"}</span>
                  <code>{event.action}</code>
                  {event.designId && <Link className="text-sky-700 underline dark:text-sky-300" href={`/designs/${event.designId}`}>design</Link>}
                  <span className="text-slate-500 dark:text-slate-400">{JSON.stringify(rest)}</span>
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </main>
  );
}
