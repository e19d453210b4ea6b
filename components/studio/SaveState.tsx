import type { SaveStatus } from "./useAutosave";

const looks: Record<SaveStatus, { text: string; className: string }> = {
  saved: { text: "Saved", className: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900 dark:text-emerald-200" },
  unsaved: { text: "Unsaved", className: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100" },
  saving: { text: "Saving…", className: "bg-sky-100 text-sky-800 dark:bg-sky-900 dark:text-sky-100" },
  conflict: { text: "Conflict", className: "bg-red-100 text-red-800 dark:bg-red-900 dark:text-red-100" },
  error: { text: "Not saved", className: "bg-red-100 text-red-800 dark:bg-red-900 dark:text-red-100" },
};

/** The save state in the toolbar, announced to screen readers as it changes. */
export function SaveState({ status, revision, error }: { status: SaveStatus; revision: number; error: string | null }) {
  const look = looks[status];
  return (
    <span
      role="status"
      data-testid="save-state"
      data-status={status}
      title={status === "error" && error ? error : `Revision ${revision}`}
      className={`rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ${look.className}`}
    >
      {look.text} · r{revision}
    </span>
  );
}
