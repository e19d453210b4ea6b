// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { getTemplate } from "@/lib/design";
import { clearDrafts, draftKey, draftToOffer, readDrafts, writeDraft } from "./drafts";
import { addRackGroup } from "./edits";

afterEach(() => window.localStorage.clear());

describe("local drafts", () => {
  const head = { revision: 3, document: getTemplate("starter-500"), createdAt: "2026-01-01T10:00:00.000Z" };
  const changed = addRackGroup(head.document).design;

  it("keeps a draft per design and base revision, newest first", () => {
    writeDraft("d1", 3, changed, new Date("2026-01-01T10:05:00Z"));
    writeDraft("d1", 2, head.document, new Date("2026-01-01T09:00:00Z"));
    writeDraft("d2", 3, head.document, new Date("2026-01-01T11:00:00Z"));
    expect(window.localStorage.getItem(draftKey("d1", 3))).toContain('"savedAt":"2026-01-01T10:05:00.000Z"');
    expect(readDrafts("d1").map((d) => d.baseRevision)).toEqual([3, 2]);
    clearDrafts("d1");
    expect(readDrafts("d1")).toEqual([]);
    expect(readDrafts("d2")).toHaveLength(1);
  });

  it("offers a draft that differs from the head and was written after it", () => {
    writeDraft("d1", 3, changed, new Date("2026-01-01T10:05:00Z"));
    expect(draftToOffer("d1", head)?.document.racks.at(-1)?.name).toBe("rack-group");
  });

  it("does not offer a draft equal to the head, nor one older than a newer head", () => {
    writeDraft("d1", 3, head.document, new Date("2026-01-01T10:05:00Z"));
    expect(draftToOffer("d1", head)).toBeNull();
    clearDrafts("d1");
    writeDraft("d1", 2, changed, new Date("2026-01-01T09:00:00Z"));
    expect(draftToOffer("d1", head)).toBeNull();
  });

  it("offers a draft based on an older revision when it was written after the head (its save will conflict)", () => {
    writeDraft("d1", 2, changed, new Date("2026-01-01T10:30:00Z"));
    expect(draftToOffer("d1", head)?.baseRevision).toBe(2);
  });

  it("drops entries that are no longer valid documents", () => {
    window.localStorage.setItem(draftKey("d1", 3), JSON.stringify({ document: { schemaVersion: 1 }, savedAt: "2026-01-02T00:00:00Z" }));
    expect(readDrafts("d1")).toEqual([]);
  });
});
