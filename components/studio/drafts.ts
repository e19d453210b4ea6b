import { parseDesign, type Design } from "@/lib/design";

/**
 * Work in progress kept in the browser's localStorage, so that a reload, a crash or a closed tab
 * loses nothing: one entry per design and base revision, written while there are unsaved changes
 * and removed once they are saved.
 */
export type Draft = { baseRevision: number; document: Design; savedAt: string };

const prefix = (designId: string) => `blueprint:draft:${designId}:`;
export const draftKey = (designId: string, baseRevision: number) => `${prefix(designId)}${baseRevision}`;

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    // Storage can be switched off (privacy settings); the studio then works without drafts.
    return null;
  }
}

export function writeDraft(designId: string, baseRevision: number, document: Design, now: Date): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(draftKey(designId, baseRevision), JSON.stringify({ document, savedAt: now.toISOString() }));
    return true;
  } catch {
    return false;
  }
}

/** Every draft of the design, newest first; entries that no longer parse are dropped. */
export function readDrafts(designId: string): Draft[] {
  const store = storage();
  if (!store) return [];
  const drafts: Draft[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(prefix(designId))) continue;
    try {
      const entry = JSON.parse(store.getItem(key) ?? "") as { document: unknown; savedAt: string };
      const parsed = parseDesign(entry.document);
      if (parsed.ok) drafts.push({ baseRevision: Number(key.slice(prefix(designId).length)), document: parsed.design, savedAt: entry.savedAt });
    } catch {
      continue;
    }
  }
  return drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export function clearDrafts(designId: string): void {
  const store = storage();
  if (!store) return;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(prefix(designId))) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
}

/**
 * The draft to offer when the studio opens: the newest one that differs from the head and was
 * written after the head was saved (an older one was saved, or replaced by a newer save).
 */
export function draftToOffer(designId: string, head: { revision: number; document: Design; createdAt: string }): Draft | null {
  const draft = readDrafts(designId)[0];
  if (!draft) return null;
  const newer = draft.baseRevision >= head.revision || draft.savedAt > head.createdAt;
  if (!newer || JSON.stringify(draft.document) === JSON.stringify(head.document)) return null;
  return draft;
}
