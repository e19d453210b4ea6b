"use client";
import Link from "next/link";
import type { ReactNode } from "react";
import { IconButton } from "@/components/ui/Button";
import { Icon } from "@/components/ui/Icon";
import { SaveState } from "./SaveState";
import type { SaveStatus } from "./useAutosave";

export type View = "fabric" | "zones" | "manifests";
const views: Array<{ id: View; label: string; key: string }> = [
  { id: "fabric", label: "Fabric", key: "1" },
  { id: "zones", label: "Zones", key: "2" },
  { id: "manifests", label: "Manifests", key: "3" },
];

export function Toolbar({
  name,
  status,
  revision,
  error,
  message,
  onMessage,
  onSave,
  canUndo,
  canRedo,
  onUndo,
  onRedo,
  view,
  onView,
  exportMenu,
  reviewLinks,
  onHelp,
}: {
  name: string;
  status: SaveStatus;
  revision: number;
  error: string | null;
  message: string;
  onMessage: (message: string) => void;
  onSave: () => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  view: View;
  onView: (view: View) => void;
  exportMenu: ReactNode;
  /** The design's review state with its history, review and diff links. */
  reviewLinks: ReactNode;
  onHelp: () => void;
}) {
  return (
    <header className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-white px-3 py-1.5 dark:border-slate-700 dark:bg-slate-900">
      <Link href="/" className="rounded text-sm font-semibold text-sky-700 focus-visible:outline-2 focus-visible:outline-sky-500 dark:text-sky-300" title="All designs">
        Blueprint
      </Link>
      <span aria-hidden className="text-slate-400">/</span>
      <h1 className="max-w-[16rem] truncate text-sm font-semibold" title={name}>
        {name}
      </h1>
      <SaveState status={status} revision={revision} error={error} />
      <label className="sr-only" htmlFor="revision-message">
        Revision message
      </label>
      <input
        id="revision-message"
        value={message}
        onChange={(e) => onMessage(e.target.value)}
        maxLength={500}
        placeholder="Revision message (optional)"
        className="w-52 rounded border border-slate-300 bg-white px-2 py-1 text-xs focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-slate-600 dark:bg-slate-800"
      />
      <IconButton size="sm" label="Save now (Ctrl+S)" onClick={onSave}>
        <Icon name="save" />
      </IconButton>
      <span aria-hidden className="mx-1 h-5 w-px bg-slate-300 dark:bg-slate-600" />
      <IconButton size="sm" label="Undo (Ctrl+Z)" onClick={onUndo} disabled={!canUndo}>
        <Icon name="undo" />
      </IconButton>
      <IconButton size="sm" label="Redo (Ctrl+Shift+Z)" onClick={onRedo} disabled={!canRedo}>
        <Icon name="redo" />
      </IconButton>
      <div role="radiogroup" aria-label="View" className="ml-2 flex rounded-md border border-slate-300 dark:border-slate-600">
        {views.map((v) => (
          <button
            key={v.id}
            type="button"
            role="radio"
            aria-checked={view === v.id}
            title={`${v.label} view (${v.key})`}
            onClick={() => onView(v.id)}
            className={`px-3 py-1 text-sm first:rounded-l-md last:rounded-r-md focus-visible:outline-2 focus-visible:outline-sky-500 ${view === v.id ? "bg-sky-600 text-white" : "hover:bg-slate-100 dark:hover:bg-slate-800"}`}
          >
            {v.label}
          </button>
        ))}
      </div>
      <div className="ml-auto flex items-center gap-1">
        {reviewLinks}
        {exportMenu}
        <IconButton size="sm" label="Keyboard shortcuts (?)" onClick={onHelp}>
          <Icon name="help" />
        </IconButton>
      </div>
    </header>
  );
}
