// Per-file unified diffs of two manifest bundles (renderBundle output), for reviewers who read
// what a cluster operator would apply. Uses jsdiff (the `diff` package) for the patches.
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from "diff";
import type { BundleFile } from "../manifests";

export type FileDiff = {
  path: string;
  change: "added" | "removed" | "changed";
  /** Unified diff ("--- a/<path>", "+++ b/<path>", hunks with 3 lines of context, as `diff -u`). */
  patch: string;
  additions: number;
  deletions: number;
};

export type ManifestsDiff = { files: FileDiff[]; unchanged: number };

// `diff -u` and git show 3 lines of context around each change.
const CONTEXT_LINES = 3;

/** Changed, added and removed files sorted by path; unchanged files are only counted. */
export function diffManifests(beforeFiles: BundleFile[], afterFiles: BundleFile[]): ManifestsDiff {
  const before = new Map(beforeFiles.map((file) => [file.path, file.content]));
  const after = new Map(afterFiles.map((file) => [file.path, file.content]));
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const files: FileDiff[] = [];
  let unchanged = 0;
  for (const path of paths) {
    const old = before.get(path);
    const now = after.get(path);
    if (old === now) {
      unchanged += 1;
      continue;
    }
    const change = old === undefined ? "added" : now === undefined ? "removed" : "changed";
    const patch = createTwoFilesPatch(
      old === undefined ? "/dev/null" : `a/${path}`,
      now === undefined ? "/dev/null" : `b/${path}`,
      old ?? "",
      now ?? "",
      undefined,
      undefined,
      { context: CONTEXT_LINES, headerOptions: FILE_HEADERS_ONLY },
    );
    files.push({ path, change, patch, ...countLines(patch) });
  }
  return { files, unchanged };
}

function countLines(patch: string): { additions: number; deletions: number } {
  let additions = 0;
  let deletions = 0;
  // The two file header lines start with "---" / "+++"; hunk lines start with one sign.
  for (const line of patch.split("\n").slice(2)) {
    if (line.startsWith("+")) additions += 1;
    else if (line.startsWith("-")) deletions += 1;
  }
  return { additions, deletions };
}
