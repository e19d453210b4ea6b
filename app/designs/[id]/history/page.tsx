import type { Metadata } from "next";
import Link from "next/link";
import { ReviewNav } from "@/components/review/ReviewNav";
import { ReviewStateBadge } from "@/components/review/ReviewStateBadge";
import { RestoreButton } from "@/components/review/RestoreButton";
import { requirePageDesign } from "@/lib/auth/pages";
import { hasRole } from "@/lib/auth/roles";
import { getDb, listRevisions } from "@/lib/db";
import { getReviewSummary } from "@/lib/db/reviews";
import { LocalTime } from "@/components/ui/LocalTime";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "History · Blueprint" };

type Props = { params: Promise<{ id: string }> };

/** Every revision of the design: who saved it, when and why; open, compare or restore any of them. */
export default async function HistoryPage({ params }: Props) {
  const { id } = await params;
  const { design, role } = await requirePageDesign(id, `/designs/${id}/history`);
  const { prisma } = await getDb();
  const [revisions, review] = await Promise.all([listRevisions(prisma, id), getReviewSummary(prisma, id)]);
  const canRestore = hasRole(role, "editor");
  return (
    <main className="mx-auto max-w-5xl p-6">
      <ReviewNav designId={id} name={design.name} current="history" />
      <div className="mb-4 flex items-center gap-3">
        <h1 className="text-xl font-semibold">History</h1>
        <ReviewStateBadge state={review.state} head={design.headRevision} />
      </div>
      <table className="w-full text-left text-sm">
        <thead className="text-xs text-slate-500 dark:text-slate-400">
          <tr>
            <th className="py-1 pr-3 font-medium">Revision</th>
            <th className="py-1 pr-3 font-medium">Author</th>
            <th className="py-1 pr-3 font-medium">Message</th>
            <th className="py-1 pr-3 font-medium">Saved</th>
            <th className="py-1 font-medium"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((revision) => (
            <tr key={revision.number} data-testid="revision-row" data-revision={revision.number} className="border-t border-slate-200 align-top dark:border-slate-700">
              <td className="py-2 pr-3 font-medium tabular-nums">
                {revision.number}
                {revision.number === design.headRevision && <span className="ml-1 text-xs font-normal text-slate-500">(head)</span>}
              </td>
              <td className="py-2 pr-3">{revision.authorName ?? "—"}</td>
              <td className="py-2 pr-3">{revision.message ?? ""}</td>
              <td className="py-2 pr-3 whitespace-nowrap">
                <LocalTime iso={revision.createdAt.toISOString()} />
              </td>
              <td className="flex flex-wrap gap-2 py-2">
                <Link className="text-sky-700 underline dark:text-sky-300" href={`/designs/${id}/revisions/${revision.number}`}>Open</Link>
                {revision.number > 1 && (
                  <Link className="text-sky-700 underline dark:text-sky-300" href={`/designs/${id}/diff?from=${revision.number - 1}&to=${revision.number}`}>
                    Changes
                  </Link>
                )}
                <Link className="text-sky-700 underline dark:text-sky-300" href={`/designs/${id}/review?revision=${revision.number}`}>Review</Link>
                {canRestore && revision.number !== design.headRevision && <RestoreButton designId={id} revision={revision.number} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
