import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReviewNav } from "@/components/review/ReviewNav";
import { RestoreButton } from "@/components/review/RestoreButton";
import { RevisionSummary } from "@/components/review/RevisionSummary";
import { requirePageDesign } from "@/lib/auth/pages";
import { hasRole } from "@/lib/auth/roles";
import { getDb, getDesign, NotFoundError } from "@/lib/db";
import { parseDesign } from "@/lib/design";
import { plannedAndRendered } from "@/lib/review/load";
import { LocalTime } from "@/components/ui/LocalTime";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Revision · Blueprint" };

type Props = { params: Promise<{ id: string; n: string }> };

/** One revision, read-only: summary, findings and manifests, with restore for editors. */
export default async function RevisionPage({ params }: Props) {
  const { id, n } = await params;
  const number = Number(n);
  if (!Number.isInteger(number) || number < 1) notFound();
  const { design, role } = await requirePageDesign(id, `/designs/${id}/revisions/${n}`);
  const { prisma } = await getDb();
  const stored = await getDesign(prisma, id, number).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const parsed = parseDesign(stored.document);
  return (
    <main className="mx-auto max-w-6xl p-6">
      <ReviewNav designId={id} name={design.name} current="revision" />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">Revision {number}</h1>
        <span className="rounded bg-slate-200 px-2 py-0.5 text-xs dark:bg-slate-700">read-only</span>
        <span className="text-sm text-slate-600 dark:text-slate-300">
          {stored.authorName ?? "unknown author"} · {stored.message ?? "no message"} · <LocalTime iso={stored.revisionCreatedAt.toISOString()} />
        </span>
        {hasRole(role, "editor") && number !== design.headRevision && <RestoreButton designId={id} revision={number} />}
      </div>
      {parsed.ok ? (
        <RevisionSummary design={parsed.design} {...plannedAndRendered(parsed.design)} />
      ) : (
        <ul className="list-disc pl-6 text-sm">
          {parsed.issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}><code>{issue.path || "/"}</code>: {issue.message}</li>
          ))}
        </ul>
      )}
    </main>
  );
}
