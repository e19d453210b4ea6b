"use client";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/Button";

export type ExportAction = { label: string; run: () => Promise<void> | void; disabled?: boolean };

/** A menu button: opens a list of export actions, closes on Escape, a click outside, or a choice. */
export function ExportMenu({ actions }: { actions: ExportAction[] }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, [open]);
  return (
    <div ref={root} className="relative" onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
      <Button size="sm" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        Export ▾
      </Button>
      {open && (
        <ul role="menu" aria-label="Export" className="absolute right-0 z-20 mt-1 w-56 rounded-md border border-slate-200 bg-white py-1 shadow-lg dark:border-slate-700 dark:bg-slate-800">
          {actions.map((action) => (
            <li key={action.label} role="none">
              <button
                role="menuitem"
                type="button"
                disabled={action.disabled}
                className="w-full px-3 py-1.5 text-left text-sm hover:bg-slate-100 focus-visible:bg-slate-100 focus-visible:outline-none disabled:opacity-50 dark:hover:bg-slate-700 dark:focus-visible:bg-slate-700"
                onClick={async () => {
                  setOpen(false);
                  setError(null);
                  try {
                    await action.run();
                  } catch (e) {
                    setError(`${action.label} failed: ${(e as Error).message}`);
                  }
                }}
              >
                {action.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="absolute right-0 z-20 mt-1 w-64 rounded bg-red-100 p-2 text-xs text-red-800 dark:bg-red-900 dark:text-red-100">
          {error}
        </p>
      )}
    </div>
  );
}
