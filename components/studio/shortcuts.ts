/** The studio's keyboard shortcuts: one list for the handler and the help dialog. */
export const shortcuts = [
  { keys: "Ctrl+S", does: "Save now (a new revision)" },
  { keys: "Ctrl+Z", does: "Undo" },
  { keys: "Ctrl+Shift+Z / Ctrl+Y", does: "Redo" },
  { keys: "Delete / Backspace", does: "Remove the selected element" },
  { keys: "Ctrl+D", does: "Duplicate the selected element" },
  { keys: "E", does: "Expand or collapse the selected rack group" },
  { keys: "C", does: "Connect the selected element (place a node pool, link a pod pool, allow a flow)" },
  { keys: "R", does: "Add a rack group" },
  { keys: "N", does: "Add a node pool" },
  { keys: "P", does: "Add a pod pool" },
  { keys: "Z", does: "Add a security zone" },
  { keys: "1 / 2 / 3", does: "Fabric, Zones or Manifests view" },
  { keys: "Escape", does: "Clear the selection" },
  { keys: "?", does: "Show this help" },
] as const;

export type ShortcutAction =
  | "save"
  | "undo"
  | "redo"
  | "remove"
  | "duplicate"
  | "expand"
  | "connect"
  | "add-rack"
  | "add-pool"
  | "add-podpool"
  | "add-zone"
  | "view-fabric"
  | "view-zones"
  | "view-manifests"
  | "deselect"
  | "help";

/** Whether the key goes to a text field rather than to the studio. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * The action a key press asks for, or null. Save, undo and redo work everywhere (the studio's undo
 * replaces the text field's own, which would not know about the document); single letters only
 * when no text field has the focus.
 */
export function shortcutFor(event: KeyboardEvent): ShortcutAction | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && key === "s") return "save";
  if (mod && key === "z") return event.shiftKey ? "redo" : "undo";
  if (mod && key === "y") return "redo";
  if (typing(event.target)) return null;
  if (mod && key === "d") return "duplicate";
  if (mod || event.altKey) return null;
  switch (event.key) {
    case "Delete":
    case "Backspace":
      return "remove";
    case "Escape":
      return "deselect";
    case "?":
      return "help";
    case "1":
      return "view-fabric";
    case "2":
      return "view-zones";
    case "3":
      return "view-manifests";
  }
  switch (key) {
    case "e":
      return "expand";
    case "c":
      return "connect";
    case "r":
      return "add-rack";
    case "n":
      return "add-pool";
    case "p":
      return "add-podpool";
    case "z":
      return "add-zone";
  }
  return null;
}
