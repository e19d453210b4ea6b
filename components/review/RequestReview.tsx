"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import type { Person } from "@/lib/db/reviews";
import { errorMessage, sendJson } from "./api";

/** Editors ask team members to review one revision. */
export function RequestReview({ designId, revision, members }: { designId: string; revision: number; members: (Person & { role: string })[] }) {
  const router = useRouter();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  const [status, setStatus] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  if (members.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">Invite team members to ask them for a review.</p>;
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setStatus({ busy: true, error: null });
    try {
      await sendJson("POST", `/api/designs/${designId}/reviews`, { revision, reviewerIds: [...chosen] });
      setChosen(new Set());
      setStatus({ busy: false, error: null });
      router.refresh();
    } catch (e) {
      setStatus({ busy: false, error: errorMessage(e) });
    }
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-2" aria-label="Request a review">
      <fieldset className="flex flex-wrap gap-3">
        <legend className="mb-1 text-sm font-medium">Ask for a review of revision {revision}</legend>
        {members.map((member) => (
          <label key={member.id} className="flex items-center gap-1 text-sm">
            <input
              type="checkbox"
              checked={chosen.has(member.id)}
              onChange={(event) => {
                const next = new Set(chosen);
                if (event.target.checked) next.add(member.id);
                else next.delete(member.id);
                setChosen(next);
              }}
            />
            {member.name} <span className="text-xs text-slate-500 dark:text-slate-400">({member.role})</span>
          </label>
        ))}
      </fieldset>
      <div className="flex items-center gap-2">
        <Button type="submit" variant="primary" size="sm" disabled={status.busy || chosen.size === 0}>
          Request review
        </Button>
        {status.error && <span role="alert" className="text-xs text-red-700 dark:text-red-400">{status.error}</span>}
      </div>
    </form>
  );
}
