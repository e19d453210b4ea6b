"use client";
import { useDeferredValue, useMemo } from "react";
import type { Design } from "@/lib/design";
import { plan as planDesign, type Plan } from "@/lib/planner";

export type LivePlan = { plan: Plan; ms: number; model: Design; stale: boolean };

/**
 * The document without its layout: the same object for as long as only `canvas` changes, so that
 * dragging an element never re-plans (the plan does not depend on where things are drawn).
 */
export function useModel(design: Design): Design {
  const { schemaVersion, cluster, fabric, racks, nodePools, network, ipPlan, zones, flows, storage, backup } = design;
  // Sections are compared by reference: edits copy only what they change (components/studio/edits.ts).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => design, [schemaVersion, cluster, fabric, racks, nodePools, network, ipPlan, zones, flows, storage, backup]);
}

/** The plan and how long it took, shown in the plan panel so that a slow plan is seen, not guessed. */
function timedPlan(model: Design): { plan: Plan; ms: number } {
  const started = performance.now();
  const plan = planDesign(model);
  return { plan, ms: performance.now() - started };
}

/**
 * The plan of the document as it is being drawn, from the same lib/planner the server and the
 * command line use. It runs in a deferred render: typing and dragging are drawn first, the plan
 * follows, and moving things (canvas only) does not re-plan at all. plan() of the 5,000-node
 * reference design takes under a millisecond in Node (`npm run bench`) and a few milliseconds in
 * Chromium (the plan panel shows each run's time), well inside a 16 ms frame, so it runs on the
 * main thread: a Web Worker would spend as long copying the document and the plan across.
 */
export function useLivePlan(design: Design): LivePlan {
  const model = useModel(design);
  const deferred = useDeferredValue(model);
  const result = useMemo(() => timedPlan(deferred), [deferred]);
  return { ...result, model: deferred, stale: deferred !== model };
}
