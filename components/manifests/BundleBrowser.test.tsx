// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BundleBrowser } from "./BundleBrowser";

const files = [
  { path: "README.md", content: "# Bundle\n\nApply in order.\n" },
  { path: "calico/ippools.yaml", content: "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\n" },
  { path: "calico/bgp/peers.yaml", content: "kind: BGPPeer\n" },
  { path: "velero/install.sh", content: "#!/bin/sh\nset -eu\n" },
];

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function tree() {
  return screen.getByRole("tree", { name: "Bundle files (4)" });
}

function shownFile() {
  return screen.getByRole("region", { name: /^File / });
}

describe("BundleBrowser", () => {
  it("lists every file and folder of the bundle in the tree, folders open", () => {
    render(<BundleBrowser files={files} />);
    const items = within(tree()).getAllByRole("treeitem").map((item) => item.textContent?.replace(/^[▾▸]/, ""));
    expect(items).toEqual(["calico/", "bgp/", "peers.yaml", "ippools.yaml", "velero/", "install.sh", "README.md"]);
  });

  it("opens on the README and shows the clicked file's contents, highlighted", () => {
    render(<BundleBrowser files={files} />);
    expect(shownFile()).toHaveProperty("ariaLabel", "File README.md");
    fireEvent.click(screen.getByRole("treeitem", { name: "ippools.yaml" }));
    expect(shownFile()).toHaveProperty("ariaLabel", "File calico/ippools.yaml");
    const code = within(shownFile()).getByLabelText("Contents of calico/ippools.yaml");
    expect(code.textContent).toBe(files[1]!.content);
    expect(code.querySelector(".hljs-attr")?.textContent).toBe("apiVersion:");
    expect(screen.getByRole("treeitem", { name: "ippools.yaml" }).getAttribute("aria-selected")).toBe("true");
  });

  it("collapses and reopens a folder on click", () => {
    render(<BundleBrowser files={files} />);
    const calico = screen.getByRole("treeitem", { name: "calico/" });
    fireEvent.click(calico);
    expect(calico.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("treeitem", { name: "ippools.yaml" })).toBeNull();
    fireEvent.click(calico);
    expect(screen.getByRole("treeitem", { name: "ippools.yaml" })).toBeTruthy();
  });

  it("walks the tree with the keyboard: arrows move, Left closes, Enter opens a file", () => {
    render(<BundleBrowser files={files} />);
    const readme = screen.getByRole("treeitem", { name: "README.md" });
    // One tab stop: the selected file.
    expect(within(tree()).getAllByRole("treeitem").filter((item) => item.tabIndex === 0)).toEqual([readme]);
    readme.focus();
    fireEvent.keyDown(readme, { key: "Home" });
    const calico = screen.getByRole("treeitem", { name: "calico/" });
    expect(document.activeElement).toBe(calico);
    fireEvent.keyDown(calico, { key: "ArrowLeft" });
    expect(calico.getAttribute("aria-expanded")).toBe("false");
    fireEvent.keyDown(calico, { key: "ArrowDown" });
    const velero = screen.getByRole("treeitem", { name: "velero/" });
    expect(document.activeElement).toBe(velero);
    // velero/ is open: Right enters it.
    fireEvent.keyDown(velero, { key: "ArrowRight" });
    expect(document.activeElement).toBe(screen.getByRole("treeitem", { name: "install.sh" }));
    fireEvent.keyDown(document.activeElement!, { key: "Enter" });
    expect(shownFile()).toHaveProperty("ariaLabel", "File velero/install.sh");
    fireEvent.keyDown(document.activeElement!, { key: "ArrowLeft" });
    expect(document.activeElement).toBe(velero);
  });

  it("copies the shown file to the clipboard and says Copied, then Copy again", async () => {
    vi.useFakeTimers();
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    render(<BundleBrowser files={files} />);
    fireEvent.click(screen.getByRole("treeitem", { name: "peers.yaml" }));
    const button = screen.getByRole("button", { name: "Copy calico/bgp/peers.yaml" });
    await act(async () => fireEvent.click(button));
    expect(writeText).toHaveBeenCalledWith("kind: BGPPeer\n");
    expect(button.textContent).toBe("Copied");
    expect(screen.getByRole("status").textContent).toBe("Copied");
    await act(async () => vi.advanceTimersByTime(2000));
    expect(button.textContent).toBe("Copy");
  });

  it("says when the browser refuses the clipboard", async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockRejectedValue(new DOMException("denied", "NotAllowedError"));
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    render(<BundleBrowser files={files} />);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Copy README.md" })));
    expect(screen.getByRole("button", { name: "Copy README.md" }).textContent).toBe("Copy failed");
  });
});
