// The review state a design shows (issue #6): draft, in review, approved for revision N, or
// changes requested, computed from its review requests and verdicts. Pure.

export type VerdictKind = "approve" | "request_changes";

export type ReviewRequestFacts = { revision: number; reviewerIds: string[] };
export type VerdictFacts = { revision: number; reviewerId: string; verdict: VerdictKind; createdAt: Date };

export type ReviewState =
  | { state: "draft" }
  | {
      state: "in_review" | "approved" | "changes_requested";
      /** The revision the state is about: the newest revision anyone asked about or decided on. */
      revision: number;
      /** True when newer revisions were saved since: the approval (or request) was for an older one. */
      outdated: boolean;
      /** Each reviewer's latest verdict on that revision, by reviewer id. */
      verdicts: Record<string, VerdictKind>;
      /** Reviewers asked for that revision who have not decided on it yet. */
      pendingReviewerIds: string[];
    };

/**
 * The newest revision with a review request or a verdict is the one under review; what was said
 * about older revisions no longer describes the design. On that revision each reviewer's latest
 * verdict counts (a reviewer who requested changes and then approved has approved). Like a pull
 * request: any outstanding "request changes" wins, otherwise one approval approves, otherwise the
 * revision is in review. A design nobody asked or decided about is a draft. Saving a new revision
 * keeps the state of the older one with `outdated`, so "approved" never silently moves to
 * content nobody approved.
 */
export function reviewState(head: number, requests: ReviewRequestFacts[], verdicts: VerdictFacts[]): ReviewState {
  const revisions = [...requests.map((r) => r.revision), ...verdicts.map((v) => v.revision)];
  if (revisions.length === 0) return { state: "draft" };
  const revision = Math.max(...revisions);

  const latest: Record<string, VerdictKind> = {};
  const onRevision = verdicts
    .filter((v) => v.revision === revision)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  for (const v of onRevision) latest[v.reviewerId] = v.verdict;

  const asked = new Set(requests.filter((r) => r.revision === revision).flatMap((r) => r.reviewerIds));
  const pendingReviewerIds = [...asked].filter((id) => !(id in latest)).sort();
  const decisions = Object.values(latest);
  const state = decisions.includes("request_changes") ? "changes_requested" : decisions.includes("approve") ? "approved" : "in_review";
  return { state, revision, outdated: head > revision, verdicts: latest, pendingReviewerIds };
}

/** The badge text: "Draft", "In review (r3)", "Approved for revision 3", "Changes requested (r3)". */
export function reviewStateLabel(state: ReviewState): string {
  switch (state.state) {
    case "draft":
      return "Draft";
    case "in_review":
      return `In review: revision ${state.revision}`;
    case "approved":
      return `Approved for revision ${state.revision}`;
    case "changes_requested":
      return `Changes requested on revision ${state.revision}`;
  }
}
