"use client";

import { useMemo, useState } from "react";
import type { BundleFile } from "@/lib/manifests";
import { CodeView } from "./CodeView";
import { FileTree } from "./FileTree";
import { buildFileTree, folderPaths } from "./bundleTree";

/** The file a bundle opens on: its README says what the files are and in what order to apply them. */
function firstFile(files: readonly BundleFile[]): string | null {
  return (files.find((file) => file.path === "README.md") ?? files[0])?.path ?? null;
}

/** The bundle's files as a tree beside the selected file's highlighted contents. */
export function BundleBrowser({ files }: { files: readonly BundleFile[] }) {
  const tree = useMemo(() => buildFileTree(files), [files]);
  // Folders are open unless closed by the user, so that folders a new draft adds show up open.
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const expanded = useMemo(() => new Set(folderPaths(tree).filter((path) => !collapsed.has(path))), [tree, collapsed]);
  const [chosen, setChosen] = useState<string | null>(null);

  // A file the draft no longer renders falls back to the first file instead of an empty pane.
  const selected = files.find((file) => file.path === chosen) ?? files.find((file) => file.path === firstFile(files));

  function toggle(path: string, open: boolean) {
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (open) next.delete(path);
      else next.add(path);
      return next;
    });
  }

  if (files.length === 0) {
    return <p className="p-4 text-sm text-slate-600 dark:text-slate-400">The bundle has no files.</p>;
  }

  return (
    <div className="flex min-h-0 min-w-0 flex-1 overflow-hidden rounded-md border border-slate-200 dark:border-slate-700">
      <nav aria-label="Bundle files" className="w-60 shrink-0 overflow-auto border-r border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-950">
        <FileTree
          nodes={tree}
          label={`Bundle files (${files.length})`}
          selectedPath={selected?.path ?? null}
          onSelect={setChosen}
          expanded={expanded}
          onToggle={toggle}
        />
      </nav>
      {selected && <CodeView path={selected.path} content={selected.content} />}
    </div>
  );
}
