// Review of designs: pure diffs between revisions and the review state. No I/O.
export * from "./document-diff";
export * from "./plan-diff";
export * from "./manifest-diff";
export * from "./highlights";
export * from "./review-state";
export * from "./contract";
export * from "./anchors";
export { diffRevisions, type RevisionDiff } from "./revision-diff";
