"use client";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { shortcuts } from "./shortcuts";

export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={onClose}>
      <table className="w-full text-sm">
        <tbody>
          {shortcuts.map((s) => (
            <tr key={s.keys} className="border-b border-slate-100 dark:border-slate-800">
              <th scope="row" className="py-1 pr-4 text-left font-mono text-xs font-normal whitespace-nowrap">
                {s.keys}
              </th>
              <td className="py-1">{s.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
        On the canvas: Tab moves between elements, Enter selects, arrow keys move the selected element. Drag from a node pool&apos;s handle to a rack group to place it, from a zone to another to allow a flow, or press C to choose what to connect the selected element to.
      </p>
      <div className="mt-3 flex justify-end">
        <Button onClick={onClose}>Close</Button>
      </div>
    </Dialog>
  );
}
