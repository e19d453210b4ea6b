"use client";

import { useId, useMemo } from "react";
import type { Design } from "@/lib/design";
import { renderBundle, type BundleFile, type BundlePlan } from "@/lib/manifests";
import { BundleBrowser } from "./BundleBrowser";
import { DownloadBundleButton } from "./DownloadBundleButton";

type Props = {
  design: Design;
  plan: BundlePlan;
  designId: string;
  /** The saved revision the download is of; null before the first save. */
  revision: number | null;
  /** Whether the drawing has changes that are not saved yet. */
  dirty: boolean;
};

type Rendering = { ok: true; files: BundleFile[] } | { ok: false; message: string };

function render(design: Design, plan: BundlePlan): Rendering {
  try {
    return { ok: true, files: renderBundle(design, plan) };
  } catch (error) {
    // A renderer bug must not take the studio down with it: the rest of the studio keeps working.
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The bundle of the current draft, rendered in the browser by the same renderBundle the server
 * uses, so that unsaved edits show at once; the zip download is of the saved revision.
 */
export function ManifestsView({ design, plan, designId, revision, dirty }: Props) {
  const rendering = useMemo(() => render(design, plan), [design, plan]);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="flex h-full min-h-0 min-w-0 flex-col gap-3 p-3">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={headingId} className="text-base font-semibold text-slate-900 dark:text-slate-100">
            Manifests
          </h2>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {rendering.ok ? `${rendering.files.length} files` : "No files"} rendered from the {dirty ? "current, unsaved draft" : "saved design"}.
          </p>
        </div>
        <DownloadBundleButton designId={designId} revision={revision} dirty={dirty} />
      </header>
      {rendering.ok ? (
        <BundleBrowser files={rendering.files} />
      ) : (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          The bundle could not be rendered: {rendering.message}
        </p>
      )}
    </section>
  );
}
