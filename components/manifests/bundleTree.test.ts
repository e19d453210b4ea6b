import { describe, expect, it } from "vitest";
import { buildFileTree, folderPaths, languageOf, visibleRows, type TreeNode } from "./bundleTree";

const files = [
  { path: "README.md", content: "" },
  { path: "calico/ippools.yaml", content: "" },
  { path: "calico/bgp/peers.yaml", content: "" },
  { path: "kustomization.yaml", content: "" },
  { path: "velero/install.sh", content: "" },
  { path: "calico/bgp/configuration.yaml", content: "" },
];

function names(nodes: TreeNode[]): unknown[] {
  return nodes.map((node) => (node.kind === "folder" ? { [node.name]: names(node.children) } : node.name));
}

describe("buildFileTree", () => {
  it("nests files in their folders, folders before files, each sorted by name", () => {
    expect(names(buildFileTree(files))).toEqual([
      { calico: [{ bgp: ["configuration.yaml", "peers.yaml"] }, "ippools.yaml"] },
      { velero: ["install.sh"] },
      "kustomization.yaml",
      "README.md",
    ]);
  });

  it("keeps each node's full path, so that a click selects the right file", () => {
    const [calico] = buildFileTree(files);
    expect(calico).toMatchObject({ kind: "folder", path: "calico" });
    const bgp = calico?.kind === "folder" ? calico.children[0] : undefined;
    expect(bgp).toMatchObject({ path: "calico/bgp", children: [{ path: "calico/bgp/configuration.yaml" }, { path: "calico/bgp/peers.yaml" }] });
  });

  it("sorts numbered files in natural order", () => {
    const tree = buildFileTree([{ path: "10-b.yaml", content: "" }, { path: "9-a.yaml", content: "" }]);
    expect(tree.map((node) => node.name)).toEqual(["9-a.yaml", "10-b.yaml"]);
  });
});

describe("visibleRows", () => {
  const tree = buildFileTree(files);

  it("shows every file, with its depth and parent, when all folders are open", () => {
    const rows = visibleRows(tree, new Set(folderPaths(tree)));
    expect(rows.map((row) => [row.node.path, row.level, row.parent])).toEqual([
      ["calico", 1, null],
      ["calico/bgp", 2, "calico"],
      ["calico/bgp/configuration.yaml", 3, "calico/bgp"],
      ["calico/bgp/peers.yaml", 3, "calico/bgp"],
      ["calico/ippools.yaml", 2, "calico"],
      ["velero", 1, null],
      ["velero/install.sh", 2, "velero"],
      ["kustomization.yaml", 1, null],
      ["README.md", 1, null],
    ]);
  });

  it("hides the contents of a collapsed folder, including its open subfolders", () => {
    const rows = visibleRows(tree, new Set(["calico/bgp", "velero"]));
    expect(rows.map((row) => row.node.path)).toEqual(["calico", "velero", "velero/install.sh", "kustomization.yaml", "README.md"]);
  });
});

describe("languageOf", () => {
  it("highlights manifests as YAML, design and plan as JSON, the README as Markdown and scripts as shell", () => {
    expect(["a/b.yaml", "x.yml", "plan.json", "README.md", "velero/install.sh", "LICENSE"].map(languageOf)).toEqual([
      "yaml",
      "yaml",
      "json",
      "markdown",
      "bash",
      "plaintext",
    ]);
  });
});
