"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Design } from "@/lib/design";
import { clearDrafts, writeDraft } from "./drafts";
import { saveRevision, type Head } from "./saveRevision";

export type SaveStatus = "saved" | "unsaved" | "saving" | "conflict" | "error";

/** Quiet time after the last change before it is saved: long enough not to save every keystroke. */
export const AUTOSAVE_DELAY_MS = 3000;
/** After a failed save, try again this long after (or at the next change, or on Ctrl+S). */
const RETRY_DELAY_MS = 15_000;
/** The local draft trails the document by this much, and is written at once when the page goes. */
const DRAFT_DELAY_MS = 300;

type Base = { revision: number; document: Design };

/**
 * Saving of the studio's document: autosave a few seconds after the last change, save now
 * (Ctrl+S), a local draft while anything is unsaved, and the conflict with a newer head that a
 * stale save runs into. `base` is the revision the document is based on and the document as it was
 * saved there: the document differs from it exactly when something is unsaved.
 */
export function useAutosave({
  designId,
  initial,
  present,
  message,
  onSaved,
  onLoadHead,
  enabled,
}: {
  designId: string;
  initial: Base;
  present: Design;
  message: string;
  onSaved: (revision: number) => void;
  onLoadHead: (design: Design) => void;
  /** False for those who may not save: no autosave, no drafts, no warning on leaving. */
  enabled: boolean;
}) {
  const [base, setBaseState] = useState<Base>(initial);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<Head | null>(null);
  const [error, setError] = useState<string | null>(null);
  const baseRef = useRef(base);
  const presentRef = useRef(present);
  const messageRef = useRef(message);
  const inFlight = useRef(false);
  useEffect(() => {
    presentRef.current = present;
    messageRef.current = message;
  });
  const setBase = useCallback((next: Base) => {
    baseRef.current = next;
    setBaseState(next);
  }, []);

  const dirty = present !== base.document;
  const status: SaveStatus = conflict ? "conflict" : saving ? "saving" : error ? "error" : dirty ? "unsaved" : "saved";

  const save = useCallback(async () => {
    const document = presentRef.current;
    const { revision } = baseRef.current;
    if (!enabled || inFlight.current || document === baseRef.current.document) return;
    inFlight.current = true;
    setSaving(true);
    const result = await saveRevision(designId, { baseRevision: revision, document, message: messageRef.current.trim() || undefined });
    inFlight.current = false;
    setSaving(false);
    if (result.kind === "saved") {
      setBase({ revision: result.revision, document });
      setError(null);
      clearDrafts(designId);
      // Edits made while the request was out are still unsaved: keep them as a draft too.
      if (presentRef.current !== document) writeDraft(designId, result.revision, presentRef.current, new Date());
      onSaved(result.revision);
    } else if (result.kind === "conflict") {
      setConflict(result.head);
    } else {
      setError(result.message);
    }
  }, [designId, enabled, onSaved, setBase]);

  useEffect(() => {
    if (!enabled || !dirty || conflict || saving) return;
    const timer = setTimeout(save, error ? RETRY_DELAY_MS : AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [enabled, present, dirty, conflict, saving, error, save]);

  useEffect(() => {
    if (!enabled || !dirty) return;
    const timer = setTimeout(() => writeDraft(designId, base.revision, present, new Date()), DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [enabled, designId, present, dirty, base.revision]);

  useEffect(() => {
    if (!enabled || (!dirty && !conflict)) return;
    const warn = (event: BeforeUnloadEvent) => {
      writeDraft(designId, baseRef.current.revision, presentRef.current, new Date());
      event.preventDefault();
      // Older browsers only ask when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [enabled, designId, dirty, conflict]);

  /** Conflict: drop my changes and continue from the head. */
  const reloadHead = useCallback(() => {
    if (!conflict) return;
    setBase({ revision: conflict.revision, document: conflict.document });
    clearDrafts(designId);
    setConflict(null);
    setError(null);
    onLoadHead(conflict.document);
  }, [conflict, designId, onLoadHead, setBase]);

  /** Conflict: save my document as the revision after the head. */
  const saveMineOnTop = useCallback(() => {
    if (!conflict) return;
    setBase({ revision: conflict.revision, document: conflict.document });
    setConflict(null);
    setError(null);
    void save();
  }, [conflict, save, setBase]);

  return { status, base, error, conflict, save, reloadHead, saveMineOnTop, rebase: setBase };
}
