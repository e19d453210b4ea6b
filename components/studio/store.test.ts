import { describe, expect, it } from "vitest";
import { getTemplate, type Design } from "@/lib/design";
import { createHistory, historyReducer, HISTORY_LIMIT, type History } from "./store";

const rename = (name: string) => (d: Design): Design => ({ ...d, cluster: { ...d.cluster, name } });

describe("document history", () => {
  const start = createHistory(getTemplate("starter-500"));

  it("undoes and redoes edits in order", () => {
    let h: History = historyReducer(start, { type: "edit", update: rename("a") });
    h = historyReducer(h, { type: "edit", update: rename("b") });
    expect(h.present.cluster.name).toBe("b");
    h = historyReducer(h, { type: "undo" });
    expect(h.present.cluster.name).toBe("a");
    h = historyReducer(h, { type: "undo" });
    expect(h.present).toBe(start.present);
    h = historyReducer(h, { type: "redo" });
    expect(h.present.cluster.name).toBe("a");
  });

  it("merges edits with the same coalesce key into one undo step (a drag, typing in one field)", () => {
    let h = start;
    for (const name of ["x", "xy", "xyz"]) h = historyReducer(h, { type: "edit", update: rename(name), coalesceKey: "form:cluster:name" });
    expect(h.past).toHaveLength(1);
    h = historyReducer(h, { type: "undo" });
    expect(h.present).toBe(start.present);
  });

  it("a new edit drops the redo list; an edit that changes nothing is no step", () => {
    let h = historyReducer(start, { type: "edit", update: rename("a") });
    h = historyReducer(h, { type: "undo" });
    h = historyReducer(h, { type: "edit", update: rename("c") });
    expect(h.future).toEqual([]);
    expect(historyReducer(h, { type: "edit", update: (d) => d })).toBe(h);
  });

  it(`keeps at most ${HISTORY_LIMIT} steps`, () => {
    let h = start;
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) h = historyReducer(h, { type: "edit", update: rename(`n${i}`) });
    expect(h.past).toHaveLength(HISTORY_LIMIT);
  });
});
