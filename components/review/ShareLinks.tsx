"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import type { ShareLinkRecord } from "@/lib/db/share-links";
import { errorMessage, sendJson } from "./api";
import { LocalTime } from "@/components/ui/LocalTime";

/**
 * Read-only links to a revision for people outside the team. A new link's URL is shown once: only
 * its hash is stored, so the list below cannot show it again.
 */
export function ShareLinks({ designId, revision, links }: { designId: string; revision: number; links: ShareLinkRecord[] }) {
  const router = useRouter();
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function run(action: () => Promise<void>) {
    setError(null);
    try {
      await action();
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  const create = () =>
    run(async () => {
      const link = await sendJson<{ url: string }>("POST", `/api/designs/${designId}/share-links`, { revision });
      setCreated(new URL(link.url, window.location.origin).toString());
    });
  const revoke = (linkId: string) => run(() => sendJson("DELETE", `/api/designs/${designId}/share-links/${linkId}`).then(() => undefined));
  return (
    <div className="flex flex-col gap-2 text-sm">
      <div className="flex items-center gap-2">
        <Button size="sm" onClick={create}>Create a share link to revision {revision}</Button>
        {error && <span role="alert" className="text-xs text-red-700 dark:text-red-400">{error}</span>}
      </div>
      {created && (
        <p>
          New link (copy it now, it is not shown again):{" "}
          <a data-testid="share-url" href={created} className="break-all text-sky-700 underline dark:text-sky-300">{created}</a>
        </p>
      )}
      {links.length > 0 && (
        <ul className="flex flex-col gap-1" aria-label="Share links">
          {links.map((link) => (
            <li key={link.id} data-testid="share-link" data-revoked={link.revokedAt ? "true" : "false"} className="flex items-center gap-2">
              <span>
                Revision {link.revision}, by {link.createdBy.name}, <LocalTime iso={new Date(link.createdAt).toISOString()} />
              </span>
              {link.revokedAt ? (
                <span className="text-xs text-slate-500 dark:text-slate-400">revoked</span>
              ) : (
                <Button size="sm" variant="ghost" onClick={() => revoke(link.id)}>Revoke</Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
