"use client";

import { useEffect, useId, useRef, useState } from "react";
import { saveBlobAs } from "@/components/export/download";
import { BundleDownloadError, fetchBundle, type DownloadProgress } from "./fetchBundle";

type Props = { designId: string; revision: number | null; dirty: boolean };

type State =
  | { kind: "idle" }
  | { kind: "downloading"; progress: DownloadProgress }
  | { kind: "done"; fileName: string }
  | { kind: "failed"; message: string };

const kilobyte = 1024;

function formatBytes(bytes: number): string {
  if (bytes < kilobyte) return `${bytes} B`;
  if (bytes < kilobyte * kilobyte) return `${(bytes / kilobyte).toFixed(1)} kB`;
  return `${(bytes / kilobyte / kilobyte).toFixed(1)} MB`;
}

function progressText({ receivedBytes, totalBytes }: DownloadProgress): string {
  return totalBytes === null ? formatBytes(receivedBytes) : `${formatBytes(receivedBytes)} of ${formatBytes(totalBytes)}`;
}

/**
 * "Download bundle (.zip)" of the saved revision: the server renders the bundle from what was saved
 * (it never trusts the client's plan), so unsaved edits are not in it, and the button says so.
 */
export function DownloadBundleButton({ designId, revision, dirty }: Props) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const abort = useRef<AbortController | null>(null);
  const noteId = useId();

  // A download still running when the view goes away is abandoned rather than saved later.
  useEffect(() => () => abort.current?.abort(), []);

  async function download() {
    if (revision === null) return;
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: "downloading", progress: { receivedBytes: 0, totalBytes: null } });
    try {
      const result = await fetchBundle(designId, revision, (progress) => setState({ kind: "downloading", progress }), fetch, controller.signal);
      saveBlobAs(result.blob, result.fileName, "zip");
      setState({ kind: "done", fileName: result.fileName });
    } catch (error) {
      if (controller.signal.aborted) return;
      const message = error instanceof BundleDownloadError ? error.message : "The bundle could not be downloaded.";
      setState({ kind: "failed", message });
    }
  }

  const busy = state.kind === "downloading";
  const percent =
    state.kind === "downloading" && state.progress.totalBytes ? Math.round((100 * state.progress.receivedBytes) / state.progress.totalBytes) : null;

  return (
    <div className="flex flex-col gap-1.5 text-sm">
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={download}
          disabled={busy || revision === null}
          aria-describedby={noteId}
          className="rounded-md bg-sky-700 px-3 py-1.5 font-medium text-white shadow-sm hover:bg-sky-800 disabled:cursor-not-allowed disabled:opacity-60"
        >
          Download bundle (.zip)
        </button>
        <span id={noteId} className="text-xs text-slate-600 dark:text-slate-400">
          {revision === null
            ? "Save the design to download its bundle."
            : dirty
              ? `Downloads saved revision ${revision}; your unsaved changes are shown here but are not in the zip.`
              : `Revision ${revision}.`}
        </span>
      </div>
      {state.kind === "downloading" && (
        <div className="flex items-center gap-2">
          <progress
            aria-label="Bundle download"
            value={percent ?? undefined}
            max={100}
            className="h-2 w-48 overflow-hidden rounded bg-slate-200 accent-sky-600 dark:bg-slate-700"
          />
          <span className="text-xs text-slate-600 tabular-nums dark:text-slate-400">{progressText(state.progress)}</span>
        </div>
      )}
      <div role="status" className="text-xs">
        {state.kind === "done" && <span className="text-emerald-700 dark:text-emerald-400">Downloaded {state.fileName}.</span>}
      </div>
      {state.kind === "failed" && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          Download failed: {state.message}
        </p>
      )}
    </div>
  );
}
