// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { shortcutFor } from "./shortcuts";

const press = (key: string, init: KeyboardEventInit = {}, target: HTMLElement = document.body) => {
  const event = new KeyboardEvent("keydown", { key, bubbles: true, ...init });
  Object.defineProperty(event, "target", { value: target });
  return shortcutFor(event);
};

describe("studio shortcuts", () => {
  it("maps save, undo and redo, with Ctrl or Cmd", () => {
    expect(press("s", { ctrlKey: true })).toBe("save");
    expect(press("z", { metaKey: true })).toBe("undo");
    expect(press("Z", { ctrlKey: true, shiftKey: true })).toBe("redo");
    expect(press("y", { ctrlKey: true })).toBe("redo");
  });

  it("leaves letters, Delete and Ctrl+D to text fields, but not save and undo", () => {
    const input = document.createElement("input");
    expect(press("r", {}, input)).toBeNull();
    expect(press("Backspace", {}, input)).toBeNull();
    expect(press("d", { ctrlKey: true }, input)).toBeNull();
    expect(press("z", { ctrlKey: true }, input)).toBe("undo");
    expect(press("r")).toBe("add-rack");
    expect(press("Delete")).toBe("remove");
    expect(press("?")).toBe("help");
    expect(press("d", { ctrlKey: true })).toBe("duplicate");
    expect(press("c")).toBe("connect");
    expect(press("c", {}, input)).toBeNull();
    expect(press("c", { ctrlKey: true })).toBeNull();
  });
});
