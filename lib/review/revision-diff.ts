// The whole diff between two revisions: document, plan and manifests, each planned and rendered
// from the documents alone (no handler trusts a client's plan). Pure.
import type { Design } from "../design";
import { renderBundle } from "../manifests";
import { plan } from "../planner";
import { diffDocuments, type DocumentDiff } from "./document-diff";
import { diffManifests, type ManifestsDiff } from "./manifest-diff";
import { diffPlans, type PlanDiff } from "./plan-diff";

export type RevisionDiff = { document: DocumentDiff; plan: PlanDiff; manifests: ManifestsDiff };

export function diffRevisions(before: Design, after: Design): RevisionDiff {
  const beforePlan = plan(before);
  const afterPlan = plan(after);
  return {
    document: diffDocuments(before, after),
    plan: diffPlans(beforePlan, afterPlan),
    manifests: diffManifests(renderBundle(before, beforePlan), renderBundle(after, afterPlan)),
  };
}
