import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Studio } from "@/components/studio/Studio";
import { parseDesign } from "@/lib/design";
import { requirePageDesign } from "@/lib/auth/pages";
import { hasRole } from "@/lib/auth/roles";
import { getDb, getDesign, NotFoundError } from "@/lib/db";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** The head revision; call after requirePageDesign, which checks that the user may see it. */
async function load(id: string) {
  const { prisma } = await getDb();
  try {
    return await getDesign(prisma, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { design } = await requirePageDesign(id, `/designs/${id}`);
  return { title: `${design.name} · Blueprint` };
}

/**
 * The studio of one design, opened on its head revision (read here, on the server). Members of the
 * design's team open it; editors and owners save, the other roles look (lib/auth/roles.ts).
 */
export default async function DesignPage({ params }: Props) {
  const { id } = await params;
  const { role } = await requirePageDesign(id, `/designs/${id}`);
  const design = await load(id);
  const parsed = parseDesign(design.document);
  if (!parsed.ok) {
    // A stored document the current schema rejects is shown, not lost: the issues say what to fix.
    return (
      <main className="mx-auto max-w-3xl p-8">
        <h1 className="text-xl font-semibold">{design.name}: revision {design.revision} cannot be opened in the studio</h1>
        <ul className="mt-4 list-disc pl-6 text-sm">
          {parsed.issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <code>{issue.path || "/"}</code>: {issue.message}
            </li>
          ))}
        </ul>
        <p className="mt-4 text-sm">
          Export it from the <Link className="text-sky-700 underline dark:text-sky-300" href="/">design list</Link>, correct it and import it again.
        </p>
      </main>
    );
  }
  return (
    <Studio
      designId={design.id}
      name={design.name}
      revision={design.revision}
      document={parsed.design}
      revisionCreatedAt={design.revisionCreatedAt.toISOString()}
      canSave={hasRole(role, "editor")}
      role={role}
    />
  );
}
