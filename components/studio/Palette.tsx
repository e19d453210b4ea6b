"use client";
import { Icon, type IconName } from "@/components/ui/Icon";

export type PaletteItem = { id: string; label: string; shortcut: string; icon: IconName; onAdd: () => void };

/** The element palette on the canvas's left edge; each entry also has a one-key shortcut. */
export function Palette({ items }: { items: PaletteItem[] }) {
  return (
    <nav aria-label="Add elements" className="flex w-24 flex-col gap-1 border-r border-slate-200 bg-slate-50 p-1.5 dark:border-slate-700 dark:bg-slate-900">
      <span className="px-1 text-[11px] font-semibold tracking-wide text-slate-500 uppercase">Add</span>
      {items.map((item) => (
        <button
          key={item.id}
          type="button"
          onClick={item.onAdd}
          title={`Add a ${item.label.toLowerCase()} (${item.shortcut})`}
          aria-keyshortcuts={item.shortcut}
          className="flex flex-col items-center rounded-md border border-slate-200 bg-white px-1 py-1.5 text-xs hover:border-sky-400 focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-slate-700 dark:bg-slate-800"
        >
          <Icon name={item.icon} className="h-5 w-5 text-slate-600 dark:text-slate-300" />
          {item.label}
        </button>
      ))}
    </nav>
  );
}
