"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import type { VerdictKind } from "@/lib/review/review-state";
import { errorMessage, sendJson } from "./api";

/** Reviewers and owners approve a revision or request changes, with an optional note. */
export function VerdictButtons({ designId, revision }: { designId: string; revision: number }) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const [status, setStatus] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  async function decide(verdict: VerdictKind) {
    setStatus({ busy: true, error: null });
    try {
      await sendJson("POST", `/api/designs/${designId}/verdicts`, { revision, verdict, ...(note.trim() ? { note } : {}) });
      setNote("");
      setStatus({ busy: false, error: null });
      router.refresh();
    } catch (e) {
      setStatus({ busy: false, error: errorMessage(e) });
    }
  }
  return (
    <div className="flex flex-col gap-2">
      <label className="flex flex-col gap-1 text-sm">
        Note (optional)
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={5000} className="rounded border border-slate-300 bg-white p-1 dark:border-slate-600 dark:bg-slate-800" />
      </label>
      <div className="flex items-center gap-2">
        <Button variant="primary" size="sm" disabled={status.busy} onClick={() => decide("approve")}>
          Approve revision {revision}
        </Button>
        <Button variant="danger" size="sm" disabled={status.busy} onClick={() => decide("request_changes")}>
          Request changes
        </Button>
        {status.error && <span role="alert" className="text-xs text-red-700 dark:text-red-400">{status.error}</span>}
      </div>
    </div>
  );
}
