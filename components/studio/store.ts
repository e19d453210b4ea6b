import type { Design } from "@/lib/design";

/**
 * The studio's document history: an immutable list of past documents, the present one and the
 * undone ones. Every edit replaces the document with a new object that shares the sections it did
 * not touch, so keeping a few hundred of them costs little and "is this section changed?" is a
 * reference comparison.
 */
export type History = {
  past: Design[];
  present: Design;
  future: Design[];
  /** Edits with the same key in a row (a drag, typing in one field) merge into one undo step. */
  coalesceKey: string | null;
};

export type HistoryAction =
  | { type: "edit"; update: (design: Design) => Design; coalesceKey?: string }
  | { type: "undo" }
  | { type: "redo" }
  /** Replaces everything, history included (loading the head, restoring a draft). */
  | { type: "reset"; design: Design };

/** Enough for a day's careful work without keeping every document forever. */
export const HISTORY_LIMIT = 200;

export function createHistory(design: Design): History {
  return { past: [], present: design, future: [], coalesceKey: null };
}

export function historyReducer(state: History, action: HistoryAction): History {
  switch (action.type) {
    case "edit": {
      const next = action.update(state.present);
      if (next === state.present) return state;
      const key = action.coalesceKey ?? null;
      if (key !== null && key === state.coalesceKey) {
        return { ...state, present: next, future: [] };
      }
      return { past: [...state.past, state.present].slice(-HISTORY_LIMIT), present: next, future: [], coalesceKey: key };
    }
    case "undo": {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return { past: state.past.slice(0, -1), present: previous, future: [state.present, ...state.future], coalesceKey: null };
    }
    case "redo": {
      const [next, ...rest] = state.future;
      if (!next) return state;
      return { past: [...state.past, state.present], present: next, future: rest, coalesceKey: null };
    }
    case "reset":
      return createHistory(action.design);
  }
}
