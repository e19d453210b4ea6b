// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getTemplate } from "@/lib/design";
import { renderBundle } from "@/lib/manifests";
import { plan } from "@/lib/planner";
import { ManifestsView } from "./ManifestsView";

const design = getTemplate("starter-500");
const starterPlan = plan(design);

/** The browser's side of saving a Blob: jsdom has no object URLs and does not follow links. */
function captureSaves() {
  const saved: { name: string; href: string }[] = [];
  URL.createObjectURL = vi.fn(() => "blob:bundle");
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, href: this.href });
  });
  return saved;
}

beforeEach(() => {
  vi.useRealTimers();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("ManifestsView", () => {
  it("shows every file renderBundle makes for the draft, opening on the README", () => {
    render(<ManifestsView design={design} plan={starterPlan} designId="d1" revision={2} dirty={false} />);
    const files = renderBundle(design, starterPlan);
    const tree = screen.getByRole("tree");
    const fileNames = within(tree)
      .getAllByRole("treeitem")
      .filter((item) => item.getAttribute("aria-expanded") === null)
      .map((item) => item.getAttribute("title"));
    expect(fileNames.sort()).toEqual(files.map((file) => file.path).sort());
    expect(screen.getByText(`${files.length} files rendered from the saved design.`)).toBeTruthy();
    expect(screen.getByRole("region", { name: "File README.md" })).toBeTruthy();
  });

  it("shows a file's YAML when it is clicked, and copies it", async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    render(<ManifestsView design={design} plan={starterPlan} designId="d1" revision={2} dirty={false} />);
    const yamlFile = renderBundle(design, starterPlan).find((file) => file.path.endsWith(".yaml") && file.content.includes("IPPool"))!;
    fireEvent.click(screen.getByRole("treeitem", { name: yamlFile.path.split("/").at(-1) }));
    const shown = screen.getByRole("region", { name: `File ${yamlFile.path}` });
    expect(within(shown).getByLabelText(`Contents of ${yamlFile.path}`).textContent).toBe(yamlFile.content);
    await act(async () => fireEvent.click(within(shown).getByRole("button", { name: `Copy ${yamlFile.path}` })));
    expect(writeText).toHaveBeenCalledWith(yamlFile.content);
  });

  it("re-renders the files when the draft changes, before it is saved", () => {
    const { rerender } = render(<ManifestsView design={design} plan={starterPlan} designId="d1" revision={2} dirty={false} />);
    const renamed = { ...design, zones: design.zones.map((zone) => (zone.name === "backend" ? { ...zone, name: "payments" } : zone)) };
    rerender(<ManifestsView design={renamed} plan={plan(renamed)} designId="d1" revision={2} dirty />);
    const bundle = renderBundle(renamed, plan(renamed)).map((file) => file.content).join("\n");
    expect(bundle).toContain("payments");
    expect(screen.getByText(/rendered from the current, unsaved draft\./)).toBeTruthy();
    expect(screen.getByText(/Downloads saved revision 2; your unsaved changes are shown here but are not in the zip\./)).toBeTruthy();
  });

  it("downloads the saved revision's zip with progress and names the file from the server", async () => {
    const saved = captureSaves();
    let deliver: (() => void) | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([80, 75, 3, 4]));
        deliver = () => {
          controller.enqueue(new Uint8Array([1, 2, 3, 4]));
          controller.close();
        };
      },
    });
    const fetchBundle = vi.fn(async () => new Response(body, { headers: { "content-length": "8", "content-disposition": 'attachment; filename="starter-500-r2.zip"' } }));
    vi.stubGlobal("fetch", fetchBundle);
    render(<ManifestsView design={design} plan={starterPlan} designId="d1" revision={2} dirty={false} />);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Download bundle (.zip)" })));
    expect(fetchBundle).toHaveBeenCalledWith("/api/designs/d1/bundle?revision=2", expect.anything());
    // 4 of 8 bytes so far: the bar is at 50%.
    const bar = screen.getByRole("progressbar", { name: "Bundle download" });
    expect(bar.getAttribute("value")).toBe("50");
    expect(screen.getByText("4 B of 8 B")).toBeTruthy();
    await act(async () => deliver?.());
    expect(await screen.findByText("Downloaded starter-500-r2.zip.")).toBeTruthy();
    expect(saved).toEqual([{ name: "starter-500-r2.zip", href: "blob:bundle" }]);
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("shows the API's error message when the download fails", async () => {
    captureSaves();
    const body = { error: { code: "not_found", message: "Design d1 has no revision 2." } };
    vi.stubGlobal("fetch", vi.fn(async () => Response.json(body, { status: 404 })));
    render(<ManifestsView design={design} plan={starterPlan} designId="d1" revision={2} dirty={false} />);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Download bundle (.zip)" })));
    expect((await screen.findByRole("alert")).textContent).toBe("Download failed: Design d1 has no revision 2.");
    expect(screen.getByRole("button", { name: "Download bundle (.zip)" })).toHaveProperty("disabled", false);
  });

  it("offers no download before the first save", () => {
    render(<ManifestsView design={design} plan={starterPlan} designId="d1" revision={null} dirty />);
    expect(screen.getByRole("button", { name: "Download bundle (.zip)" })).toHaveProperty("disabled", true);
    expect(screen.getByText("Save the design to download its bundle.")).toBeTruthy();
  });
});
