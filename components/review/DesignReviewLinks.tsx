"use client";
import Link from "next/link";
import { useEffect, useState } from "react";
import type { ReviewState } from "@/lib/review/review-state";
import { ReviewStateBadge } from "./ReviewStateBadge";

type Summary = { headRevision: number; state: ReviewState };

/**
 * For the studio toolbar: the design's review state and links to its history, review and diff
 * pages. `revision` is the studio's saved head; the state is read again whenever it changes, so a
 * save after an approval shows at once that the approval was for an older revision.
 */
export function DesignReviewLinks({ designId, revision }: { designId: string; revision: number }) {
  const [summary, setSummary] = useState<Summary | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/designs/${designId}/reviews`, { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<Summary>) : null))
      .then(setSummary)
      // A failed read leaves the links without a badge: the pages themselves still work.
      .catch(() => undefined);
    return () => controller.abort();
  }, [designId, revision]);
  const link = "rounded px-1.5 py-0.5 text-xs text-sky-700 hover:bg-sky-50 dark:text-sky-300 dark:hover:bg-slate-800";
  return (
    <nav aria-label="Review" className="flex items-center gap-1">
      {summary && <ReviewStateBadge state={summary.state} head={summary.headRevision} />}
      <Link className={link} href={`/designs/${designId}/history`}>History</Link>
      <Link className={link} href={`/designs/${designId}/review`}>Review</Link>
      <Link className={link} href={`/designs/${designId}/diff`}>Diff</Link>
    </nav>
  );
}
