"use client";

import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { visibleRows, type TreeNode, type TreeRow } from "./bundleTree";

type Props = {
  nodes: TreeNode[];
  selectedPath: string | null;
  onSelect: (path: string) => void;
  expanded: ReadonlySet<string>;
  onToggle: (folderPath: string, open: boolean) => void;
  label: string;
};

/**
 * The bundle's files as an ARIA tree (WAI-ARIA Authoring Practices, "Tree View"): one tab stop,
 * Up/Down move, Right opens a folder or enters it, Left closes it or goes to its parent,
 * Home/End jump, Enter/Space open a file or toggle a folder.
 */
export function FileTree({ nodes, selectedPath, onSelect, expanded, onToggle, label }: Props) {
  const rows = useMemo(() => visibleRows(nodes, expanded), [nodes, expanded]);
  const [focusedPath, setFocusedPath] = useState<string | null>(null);
  const items = useRef(new Map<string, HTMLLIElement>());

  // The focused row, or the selected file, or the first row: always one row takes the tab stop.
  const tabStop = rows.find((row) => row.node.path === focusedPath) ?? rows.find((row) => row.node.path === selectedPath) ?? rows[0];

  function focus(row: TreeRow | undefined) {
    if (!row) return;
    setFocusedPath(row.node.path);
    items.current.get(row.node.path)?.focus();
  }

  function activate(row: TreeRow) {
    if (row.node.kind === "folder") onToggle(row.node.path, !expanded.has(row.node.path));
    else onSelect(row.node.path);
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const index = rows.findIndex((row) => row.node.path === tabStop?.node.path);
    const row = rows[index];
    if (!row) return;
    const isOpenFolder = row.node.kind === "folder" && expanded.has(row.node.path);
    const handled: Record<string, () => void> = {
      ArrowDown: () => focus(rows[index + 1]),
      ArrowUp: () => focus(rows[index - 1]),
      Home: () => focus(rows[0]),
      End: () => focus(rows[rows.length - 1]),
      ArrowRight: () => {
        if (row.node.kind !== "folder") return;
        if (isOpenFolder) focus(rows[index + 1]);
        else onToggle(row.node.path, true);
      },
      ArrowLeft: () => {
        if (isOpenFolder) onToggle(row.node.path, false);
        else focus(rows.find((candidate) => candidate.node.path === row.parent));
      },
      Enter: () => activate(row),
      " ": () => activate(row),
    };
    const action = handled[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  return (
    <ul role="tree" aria-label={label} onKeyDown={onKeyDown} className="py-1 text-sm">
      {rows.map((row) => {
        const { node } = row;
        const isFolder = node.kind === "folder";
        const isOpen = isFolder && expanded.has(node.path);
        const isSelected = node.path === selectedPath;
        return (
          <li
            key={node.path}
            ref={(element) => {
              if (element) items.current.set(node.path, element);
              else items.current.delete(node.path);
            }}
            role="treeitem"
            aria-level={row.level}
            aria-expanded={isFolder ? isOpen : undefined}
            aria-selected={isFolder ? undefined : isSelected}
            tabIndex={node.path === tabStop?.node.path ? 0 : -1}
            onClick={() => {
              setFocusedPath(node.path);
              activate(row);
            }}
            onFocus={() => setFocusedPath(node.path)}
            title={node.path}
            style={{ paddingLeft: `${0.5 + (row.level - 1) * 1}rem` }}
            className={`flex cursor-pointer items-center gap-1.5 truncate rounded py-0.5 pr-2 outline-offset-[-2px] ${
              isSelected
                ? "bg-sky-100 font-medium text-sky-900 dark:bg-sky-900/50 dark:text-sky-100"
                : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
            }`}
          >
            <span aria-hidden="true" className="w-3 shrink-0 text-center text-xs text-slate-500 dark:text-slate-400">
              {isFolder ? (isOpen ? "▾" : "▸") : ""}
            </span>
            <span className={`truncate ${isFolder ? "font-medium" : ""}`}>{isFolder ? `${node.name}/` : node.name}</span>
          </li>
        );
      })}
    </ul>
  );
}
