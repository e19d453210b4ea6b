import { UserMenu } from "@/components/auth/UserMenu";
import { DesignList } from "@/components/designs/DesignList";
import { requirePageUser } from "@/lib/auth/pages";
import { hasRole } from "@/lib/auth/roles";
import { listTeamsOf } from "@/lib/auth/teams";
import { getDb } from "@/lib/db/bootstrap";
import { listDesigns } from "@/lib/db/designs";

// The list reads the database on every request: designs change under it.
export const dynamic = "force-dynamic";

export default async function HomePage({ searchParams }: { searchParams: Promise<{ archived?: string }> }) {
  const showArchived = (await searchParams).archived === "1";
  const user = await requirePageUser("/");
  const { prisma } = await getDb();
  const designs = (await listDesigns(prisma, { memberId: user.id, includeArchived: showArchived })).filter((design) => design.archived === showArchived);
  return (
    <main className="mx-auto max-w-5xl space-y-6 p-8">
      <header>
        <UserMenu user={user} />
        <h1 className="text-2xl font-semibold">Blueprint</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Plan the fabric, address space, storage and backups of Kubernetes clusters of thousands of nodes, and export the manifests.
        </p>
      </header>
      <DesignList
        showArchived={showArchived}
        teams={(await listTeamsOf(prisma, user.id)).filter((team) => hasRole(team.role, "editor")).map(({ id, name }) => ({ id, name }))}
        designs={designs.map((design) => ({
          id: design.id,
          name: design.name,
          description: design.description,
          headRevision: design.headRevision,
          archived: design.archived,
          updatedAt: design.updatedAt.toISOString(),
        }))}
      />
    </main>
  );
}
