"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { requestJson } from "@/components/designs/api-client";

/** Ends the session on the server, then shows the sign-in page (or, in local mode, the local owner again). */
export function SignOutButton({ everywhere = false }: { everywhere?: boolean }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      size="sm"
      variant="ghost"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await requestJson(`/api/auth/signout${everywhere ? "?everywhere=1" : ""}`, { method: "POST" });
          router.push("/signin");
          router.refresh();
        } finally {
          setBusy(false);
        }
      }}
    >
      {everywhere ? "Sign out everywhere" : "Sign out"}
    </Button>
  );
}
