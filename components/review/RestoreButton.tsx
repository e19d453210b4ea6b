"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { errorMessage, sendJson } from "./api";

/** Saves an old revision's document as the new head, then opens the studio on it. */
export function RestoreButton({ designId, revision }: { designId: string; revision: number }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function restore() {
    setBusy(true);
    setError(null);
    try {
      await sendJson("POST", `/api/designs/${designId}/revisions/${revision}/restore`);
      router.push(`/designs/${designId}`);
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button size="sm" onClick={restore} disabled={busy}>
        Restore as new revision
      </Button>
      {error && <span role="alert" className="text-xs text-red-700 dark:text-red-400">{error}</span>}
    </span>
  );
}
