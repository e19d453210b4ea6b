import { reviewStateLabel, type ReviewState } from "@/lib/review/review-state";

const colours: Record<ReviewState["state"], string> = {
  draft: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100",
  in_review: "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  approved: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  changes_requested: "bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50",
};

/** The design's review state; says so when the state is about an older revision than the head. */
export function ReviewStateBadge({ state, head }: { state: ReviewState; head: number }) {
  const outdated = state.state !== "draft" && state.outdated;
  return (
    <span
      data-testid="review-state"
      data-state={state.state}
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ${colours[state.state]}`}
    >
      {reviewStateLabel(state)}
      {outdated && " "}
      {outdated && <span className="font-normal">(head is revision {head})</span>}
    </span>
  );
}
