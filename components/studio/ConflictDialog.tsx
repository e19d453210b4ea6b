"use client";
import { useMemo } from "react";
import type { Design } from "@/lib/design";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { describeChanges } from "./changes";
import type { Head } from "./saveRevision";

/** A save ran into a newer head: show what differs, then reload it or save mine on top of it. */
export function ConflictDialog({ head, mine, onReload, onSaveMine }: { head: Head | null; mine: Design; onReload: () => void; onSaveMine: () => void }) {
  const changes = useMemo(() => (head ? describeChanges(mine, head.document) : []), [head, mine]);
  return (
    <Dialog open={head !== null} title="Someone saved this design in the meantime" onClose={() => undefined}>
      {head && (
        <>
          <p className="text-sm">
            Revision {head.revision} was saved {new Date(head.createdAt).toLocaleString()}
            {head.message ? ` ("${head.message}")` : ""}, after the revision your changes are based on.
          </p>
          <h3 className="mt-3 text-sm font-semibold">What differs between your version and revision {head.revision}</h3>
          <ul className="mt-1 max-h-60 list-disc overflow-auto pl-5 text-sm" data-testid="conflict-changes">
            {changes.length === 0 ? <li>Only the layout differs.</li> : changes.map((line) => <li key={line}>{line}</li>)}
          </ul>
          <div className="mt-4 flex flex-wrap justify-end gap-2">
            <Button onClick={onReload}>Reload the head (discard mine)</Button>
            <Button variant="primary" onClick={onSaveMine}>
              Save mine on top
            </Button>
          </div>
        </>
      )}
    </Dialog>
  );
}
