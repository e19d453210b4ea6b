import { describe, expect, it } from "vitest";
import { reviewState, reviewStateLabel, type VerdictFacts } from "./review-state";

const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 12, minute));
const verdict = (revision: number, reviewerId: string, kind: VerdictFacts["verdict"], minute: number): VerdictFacts => ({
  revision,
  reviewerId,
  verdict: kind,
  createdAt: at(minute),
});

describe("reviewState", () => {
  it("is a draft until someone asks for a review or decides", () => {
    const state = reviewState(3, [], []);
    expect(state).toEqual({ state: "draft" });
    expect(reviewStateLabel(state)).toBe("Draft");
  });

  it("is in review once asked, with the reviewers who have not decided", () => {
    const state = reviewState(2, [{ revision: 2, reviewerIds: ["bea", "al"] }], []);
    expect(state).toEqual({ state: "in_review", revision: 2, outdated: false, verdicts: {}, pendingReviewerIds: ["al", "bea"] });
    expect(reviewStateLabel(state)).toBe("In review: revision 2");
  });

  it("requests changes while any reviewer's latest verdict asks for them", () => {
    const state = reviewState(
      2,
      [{ revision: 2, reviewerIds: ["al", "bea"] }],
      [verdict(2, "al", "approve", 1), verdict(2, "bea", "request_changes", 2)],
    );
    expect(state).toMatchObject({ state: "changes_requested", revision: 2, verdicts: { al: "approve", bea: "request_changes" }, pendingReviewerIds: [] });
    expect(reviewStateLabel(state)).toBe("Changes requested on revision 2");
  });

  it("counts a reviewer's latest verdict only, whatever order the verdicts arrive in", () => {
    const verdicts = [verdict(2, "bea", "approve", 9), verdict(2, "bea", "request_changes", 3)];
    expect(reviewState(2, [], verdicts)).toMatchObject({ state: "approved", verdicts: { bea: "approve" } });
  });

  it("moves to the newest revision asked about: changes requested on 2, then 3 is in review, then approved", () => {
    const requests = [
      { revision: 2, reviewerIds: ["bea"] },
      { revision: 3, reviewerIds: ["bea"] },
    ];
    const onTwo = [verdict(2, "bea", "request_changes", 1)];
    expect(reviewState(3, requests, onTwo)).toMatchObject({ state: "in_review", revision: 3, pendingReviewerIds: ["bea"] });
    const approved = reviewState(3, requests, [...onTwo, verdict(3, "bea", "approve", 5)]);
    expect(approved).toEqual({ state: "approved", revision: 3, outdated: false, verdicts: { bea: "approve" }, pendingReviewerIds: [] });
    expect(reviewStateLabel(approved)).toBe("Approved for revision 3");
  });

  it("shows that an approval was for an older revision once a new one is saved", () => {
    const state = reviewState(4, [{ revision: 3, reviewerIds: ["bea"] }], [verdict(3, "bea", "approve", 5)]);
    expect(state).toMatchObject({ state: "approved", revision: 3, outdated: true });
  });

  it("counts one approval as approved while other reviewers are still pending", () => {
    const state = reviewState(1, [{ revision: 1, reviewerIds: ["al", "bea"] }], [verdict(1, "al", "approve", 1)]);
    expect(state).toMatchObject({ state: "approved", pendingReviewerIds: ["bea"] });
  });
});
