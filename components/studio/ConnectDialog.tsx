"use client";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { elementId, kindTitles, type ElementRef } from "./elements";

/**
 * Connecting from the keyboard ("C"): the elements the selected one can be linked to, as buttons
 * (Tab or the arrow keys move, Enter connects). The same pairs as dragging a link on the canvas.
 */
export function ConnectDialog({
  source,
  targets,
  onConnect,
  onClose,
}: {
  source: ElementRef | null;
  targets: ElementRef[];
  onConnect: (target: ElementRef) => void;
  onClose: () => void;
}) {
  const name = source && "name" in source ? source.name : "";
  const title = source ? `Connect ${kindTitles[source.kind].toLowerCase()} ${name} to…` : "Connect";
  const moveFocus = (event: React.KeyboardEvent<HTMLUListElement>) => {
    const step = event.key === "ArrowDown" ? 1 : event.key === "ArrowUp" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const buttons = [...event.currentTarget.querySelectorAll("button")];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    buttons[(index + step + buttons.length) % buttons.length]?.focus();
  };
  return (
    <Dialog open={source !== null} title={title} onClose={onClose}>
      {targets.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">Nothing here can be connected to it.</p>
      ) : (
        <ul className="flex flex-col gap-1" onKeyDown={moveFocus}>
          {targets.map((target) => (
            <li key={elementId(target)}>
              <button
                type="button"
                className="w-full rounded px-2 py-1 text-left text-sm hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-sky-500 dark:hover:bg-slate-800"
                onClick={() => onConnect(target)}
              >
                {kindTitles[target.kind]} <span className="font-medium">{"name" in target ? target.name : ""}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-3 flex justify-end">
        <Button onClick={onClose}>Cancel</Button>
      </div>
    </Dialog>
  );
}
