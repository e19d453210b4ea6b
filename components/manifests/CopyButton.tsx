"use client";

import { useEffect, useState } from "react";

type CopyState = "idle" | "copied" | "failed";

/** How long "Copied" stays before the button reads "Copy" again. */
const feedbackMs = 2000;

/** Copies `text` to the clipboard and says so for two seconds; says when the browser refused. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<CopyState>("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), feedbackMs);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      // Clipboard access needs a secure context (https or localhost) and may be refused by the user.
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  const caption = state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : "Copy";
  return (
    <>
      <button
        type="button"
        onClick={copy}
        aria-label={label}
        title={label}
        className="inline-flex min-w-16 items-center justify-center rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 shadow-sm hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
      >
        {caption}
      </button>
      {/* The button's name stays the same; the outcome is announced separately to screen readers. */}
      <span role="status" className="sr-only">
        {state === "idle" ? "" : caption}
      </span>
    </>
  );
}
