import type { BundleFile } from "@/lib/manifests";

/**
 * The bundle's flat file list ({ path, content }, paths with "/" separators as renderBundle makes
 * them) as a tree for the manifests view, and the rows a keyboard walks through when some folders
 * are collapsed (WAI-ARIA Authoring Practices, "Tree View" pattern).
 */

export type TreeNode =
  | { kind: "folder"; name: string; path: string; children: TreeNode[] }
  | { kind: "file"; name: string; path: string };

/** One visible row of the tree: its node, its depth (1 for top level, as aria-level) and its parent folder. */
export type TreeRow = { node: TreeNode; level: number; parent: string | null };

type MutableFolder = { folders: Map<string, MutableFolder>; files: Set<string> };

function emptyFolder(): MutableFolder {
  return { folders: new Map(), files: new Set() };
}

const byName = new Intl.Collator("en", { numeric: true }).compare;

function toNodes(folder: MutableFolder, prefix: string): TreeNode[] {
  // Folders first, then files, each in natural order ("10-x" after "9-x"), as file browsers list them.
  const folders = [...folder.folders.keys()].sort(byName).map((name): TreeNode => {
    const path = prefix + name;
    return { kind: "folder", name, path, children: toNodes(folder.folders.get(name)!, `${path}/`) };
  });
  const files = [...folder.files].sort(byName).map((name): TreeNode => ({ kind: "file", name, path: prefix + name }));
  return [...folders, ...files];
}

/** Builds the folder tree of `files`; empty path segments ("a//b", a leading "/") are ignored. */
export function buildFileTree(files: readonly BundleFile[]): TreeNode[] {
  const root = emptyFolder();
  for (const { path } of files) {
    const segments = path.split("/").filter((segment) => segment !== "");
    const fileName = segments.pop();
    if (fileName === undefined) continue;
    let folder = root;
    for (const segment of segments) {
      let next = folder.folders.get(segment);
      if (!next) {
        next = emptyFolder();
        folder.folders.set(segment, next);
      }
      folder = next;
    }
    folder.files.add(fileName);
  }
  return toNodes(root, "");
}

/** Paths of every folder in the tree: the view starts with all of them open. */
export function folderPaths(nodes: readonly TreeNode[]): string[] {
  return nodes.flatMap((node) => (node.kind === "folder" ? [node.path, ...folderPaths(node.children)] : []));
}

/** The rows shown, top to bottom, when the folders in `expanded` are open. */
export function visibleRows(nodes: readonly TreeNode[], expanded: ReadonlySet<string>, level = 1, parent: string | null = null): TreeRow[] {
  return nodes.flatMap((node) => {
    const row: TreeRow = { node, level, parent };
    if (node.kind === "folder" && expanded.has(node.path)) return [row, ...visibleRows(node.children, expanded, level + 1, node.path)];
    return [row];
  });
}

export type HighlightLanguage = "yaml" | "json" | "markdown" | "bash" | "plaintext";

/** The highlighting language of a file, from its extension. */
export function languageOf(path: string): HighlightLanguage {
  const extension = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  switch (extension) {
    case "yaml":
    case "yml":
      return "yaml";
    case "json":
      return "json";
    case "md":
      return "markdown";
    case "sh":
      return "bash";
    default:
      return "plaintext";
  }
}
