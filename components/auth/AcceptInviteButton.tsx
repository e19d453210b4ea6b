"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { ApiError, requestJson } from "@/components/designs/api-client";

export function AcceptInviteButton({ token }: { token: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="space-y-2">
      <Button
        variant="primary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            const { teamId } = await requestJson<{ teamId: string }>(`/api/invites/${encodeURIComponent(token)}/accept`, { method: "POST" });
            router.push(`/teams/${teamId}`);
          } catch (e) {
            setError(e instanceof ApiError ? e.message : "Something went wrong; try again.");
            setBusy(false);
          }
        }}
      >
        Join the team
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
