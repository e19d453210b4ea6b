"use client";
import { useEffect, useMemo, useState } from "react";
import { elementForPointer, elementId } from "@/components/studio/elements";
import type { Design } from "@/lib/design";
import type { CommentThread } from "@/lib/db/comments";
import type { DiffHighlights } from "@/lib/review/highlights";
import { canvasReviewCss } from "./canvasReviewCss";

type Props = {
  designId: string;
  /** The saved revision the studio shows (its head). */
  revision: number;
  /** The document on the canvas: comment anchors (JSON pointers) are resolved against it. */
  design: Design;
};

/**
 * Review marks on the studio canvas: elements changed since the previous revision (a toggle), and
 * the number of open comment threads on each element. Mounted inside the canvas container; it
 * draws only a small control and a style sheet keyed on React Flow's data-id attributes.
 */
export function CanvasReviewLayer({ designId, revision, design }: Props) {
  const [showChanges, setShowChanges] = useState(false);
  const [highlights, setHighlights] = useState<DiffHighlights>({});
  const [threads, setThreads] = useState<CommentThread[]>([]);

  useEffect(() => {
    if (!showChanges || revision < 2) return;
    const controller = new AbortController();
    fetch(`/api/designs/${designId}/diff?from=${revision - 1}&to=${revision}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { highlights: {} }))
      .then((diff: { highlights: DiffHighlights }) => setHighlights(diff.highlights))
      .catch(() => undefined);
    return () => controller.abort();
  }, [designId, revision, showChanges]);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/designs/${designId}/comments?revision=${revision}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { threads: [] }))
      .then((body: { threads: CommentThread[] }) => setThreads(body.threads))
      .catch(() => undefined);
    return () => controller.abort();
  }, [designId, revision]);

  const openThreads = useMemo(() => {
    const counts: Record<string, number> = {};
    for (const thread of threads) {
      if (thread.resolvedAt || !thread.anchor) continue;
      const id = elementId(elementForPointer(design, thread.anchor));
      counts[id] = (counts[id] ?? 0) + 1;
    }
    return counts;
  }, [threads, design]);
  const css = canvasReviewCss(showChanges && revision > 1 ? highlights : {}, openThreads);

  return (
    <>
      <style data-testid="canvas-review-style">{css}</style>
      {revision > 1 && (
        <label className="absolute top-2 left-2 z-10 flex items-center gap-1 rounded border border-slate-300 bg-white/90 px-2 py-1 text-xs shadow-sm dark:border-slate-600 dark:bg-slate-900/90">
          <input type="checkbox" checked={showChanges} onChange={(event) => setShowChanges(event.target.checked)} />
          Changes since revision {revision - 1}
          {showChanges && (
            <span className="ml-1 flex gap-1" aria-hidden>
              <span className="rounded px-1 outline-2 outline-emerald-500">added</span>
              <span className="rounded px-1 outline-2 outline-amber-500">changed</span>
            </span>
          )}
        </label>
      )}
    </>
  );
}
