import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommentThreads } from "@/components/review/CommentThreads";
import { DiffView } from "@/components/review/DiffView";
import { RequestReview } from "@/components/review/RequestReview";
import { ReviewNav } from "@/components/review/ReviewNav";
import { ReviewStateBadge } from "@/components/review/ReviewStateBadge";
import { ShareLinks } from "@/components/review/ShareLinks";
import { VerdictButtons } from "@/components/review/VerdictButtons";
import { HttpError } from "@/lib/api";
import { requirePageDesign } from "@/lib/auth/pages";
import { hasRole } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { listCommentThreads } from "@/lib/db/comments";
import { getReviewSummary } from "@/lib/db/reviews";
import { listShareLinks } from "@/lib/db/share-links";
import { anchorOptions } from "@/lib/review/anchors";
import { loadStoredDesign } from "@/lib/api/stored-design";
import { loadRevisionDiff } from "@/lib/review/load";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review · Blueprint" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ revision?: string }> };

const section = "rounded border border-slate-200 p-3 dark:border-slate-700";

/**
 * The review of one revision (default: the head): its state, what changed since the revision
 * before, the comment threads, and by role the review request, verdict and share-link controls.
 */
export default async function ReviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const { user, design, role } = await requirePageDesign(id, `/designs/${id}/review`);
  const revision = query.revision === undefined ? design.headRevision : Number(query.revision);
  if (!Number.isInteger(revision) || revision < 1 || revision > design.headRevision) notFound();

  const { prisma } = await getDb();
  const [summary, threads, document, members, links] = await Promise.all([
    getReviewSummary(prisma, id),
    listCommentThreads(prisma, id, revision),
    loadStoredDesign(prisma, id, revision).then((stored) => stored.design).catch((error: unknown) => (error instanceof HttpError ? null : Promise.reject(error))),
    prisma.membership.findMany({ where: { teamId: design.teamId, userId: { not: user.id } }, select: { role: true, user: { select: { id: true, name: true } } }, orderBy: { user: { name: "asc" } } }),
    hasRole(role, "editor") ? listShareLinks(prisma, id) : Promise.resolve([]),
  ]);
  const diff = revision > 1 ? await loadRevisionDiff(prisma, id, revision - 1, revision).catch((error: unknown) => (error instanceof HttpError ? error : Promise.reject(error))) : null;
  const verdicts = summary.verdicts.filter((v) => v.revision === revision);
  const request = summary.requests.find((r) => r.revision === revision && r.closedAt === null) ?? summary.requests.find((r) => r.revision === revision);
  const canDecide = role === "reviewer" || role === "owner";

  return (
    <main className="mx-auto max-w-6xl p-6">
      <ReviewNav designId={id} name={design.name} current="review" />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">Review of revision {revision}</h1>
        <ReviewStateBadge state={summary.state} head={design.headRevision} />
        {revision !== design.headRevision && (
          <Link href={`/designs/${id}/review`} className="text-sm text-sky-700 underline dark:text-sky-300">Go to the head (revision {design.headRevision})</Link>
        )}
        <Link href={`/designs/${id}/revisions/${revision}`} className="text-sm text-sky-700 underline dark:text-sky-300">Open revision {revision} read-only</Link>
      </div>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <section aria-labelledby="comments" className={section}>
            <h2 id="comments" className="mb-2 text-lg font-semibold">Comments</h2>
            <CommentThreads designId={id} revision={revision} threads={threads} anchors={document ? anchorOptions(document) : []} canComment={hasRole(role, "reviewer")} />
          </section>
          <section aria-labelledby="changes">
            <h2 id="changes" className="mb-3 text-lg font-semibold">
              {revision > 1 ? `What changed since revision ${revision - 1}` : "Revision 1 is the first: nothing to compare"}
            </h2>
            {diff instanceof HttpError ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{diff.message}</p> : diff && <DiffView diff={diff} from={revision - 1} to={revision} />}
          </section>
        </div>

        <aside className="flex flex-col gap-4">
          <section aria-labelledby="reviewers" className={section}>
            <h2 id="reviewers" className="mb-2 font-semibold">Reviewers</h2>
            {request ? (
              <p className="text-sm">
                {request.requestedBy.name} asked {request.reviewers.map((r) => r.name).join(", ")}.
              </p>
            ) : (
              <p className="text-sm text-slate-500 dark:text-slate-400">Nobody was asked to review this revision.</p>
            )}
            <ul className="mt-2 flex flex-col gap-1 text-sm" data-testid="verdicts">
              {verdicts.map((v) => (
                <li key={v.id} data-verdict={v.verdict}>
                  <span className="font-medium">{v.reviewer.name}</span> {v.verdict === "approve" ? "approved" : "requested changes"}
                  {v.note && <span className="block whitespace-pre-wrap text-slate-600 dark:text-slate-300">{v.note}</span>}
                </li>
              ))}
            </ul>
            {hasRole(role, "editor") && (
              <div className="mt-3">
                <RequestReview designId={id} revision={revision} members={members.map((m) => ({ ...m.user, role: m.role }))} />
              </div>
            )}
          </section>
          {canDecide && (
            <section aria-labelledby="verdict" className={section}>
              <h2 id="verdict" className="mb-2 font-semibold">Your verdict</h2>
              <VerdictButtons designId={id} revision={revision} />
            </section>
          )}
          {hasRole(role, "editor") && (
            <section aria-labelledby="share" className={section}>
              <h2 id="share" className="mb-2 font-semibold">Share outside the team</h2>
              <ShareLinks designId={id} revision={revision} links={links} />
            </section>
          )}
        </aside>
      </div>
    </main>
  );
}
