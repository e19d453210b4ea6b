"use client";
import { useMemo, useState } from "react";
import type { z } from "zod";

export type FieldPath = ReadonlyArray<string | number>;
export type FormIssue = { path: FieldPath; message: string };

export const pathKey = (path: ReadonlyArray<PropertyKey>) => path.map(String).join(".");

export function getIn(value: unknown, path: FieldPath): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

export function setIn<T>(value: T, path: FieldPath, next: unknown): T {
  if (path.length === 0) return next as T;
  const [key, ...rest] = path as [string | number, ...Array<string | number>];
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[Number(key)] = setIn(copy[Number(key)], rest, next);
    return copy as T;
  }
  const record = (value ?? {}) as Record<string, unknown>;
  const child = setIn(record[key], rest, next);
  if (child === undefined) {
    const { [key]: _removed, ...others } = record;
    void _removed;
    return others as T;
  }
  return { ...record, [key]: child } as T;
}

/** "1.5" -> 1.5; anything that is not a plain number stays text, for the schema to reject. */
export function toNumber(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : text;
}

/** zod's words for a wrong type are written for developers; a form says it plainly. */
function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && issue.expected === "number") return "must be a number";
  if (issue.code === "invalid_type" && issue.input === undefined) return "is required";
  return issue.message;
}

export type SchemaForm = {
  /** What an input shows at `path`: the text typed so far, or the value. */
  text: (path: FieldPath) => string;
  value: (path: FieldPath) => unknown;
  /** The text typed at `path` that has not been replaced since, if any. */
  typed: (path: FieldPath) => string | undefined;
  error: (path: FieldPath) => string | undefined;
  /** Sets a value typed as text; `parse` turns the text into what the schema expects. */
  setText: (path: FieldPath, text: string, parse?: (text: string) => unknown) => void;
  setValue: (path: FieldPath, value: unknown) => void;
};

/**
 * A form over one element of the document, checked by the element's zod schema on every keystroke.
 * The draft may hold what the schema rejects (a count of "0", a half-typed CIDR); each field shows
 * its own error inline, and only a draft that passes reaches the document, so the document (and so
 * the live plan) never holds an invalid element. `check` adds rules the element's schema cannot
 * know, such as names that must be unique in the whole document.
 */
export function useSchemaForm<S extends z.ZodType>({
  schema,
  value,
  onCommit,
  check,
}: {
  schema: S;
  value: z.output<S>;
  onCommit: (next: z.output<S>, field: string) => void;
  check?: (candidate: z.output<S>) => FormIssue[];
}): SchemaForm {
  type State = { source: unknown; committed: unknown; draft: unknown; texts: Record<string, string> };
  const [state, setState] = useState<State>({ source: value, committed: value, draft: value, texts: {} });
  let current = state;
  // An outside change (undo, another element selected, a fix applied) replaces the draft; the
  // document catching up with this form's own commit does not.
  if (state.source !== value) {
    current = value === state.committed ? { ...state, source: value } : { source: value, committed: value, draft: value, texts: {} };
    setState(current);
  }

  const errors = useMemo(() => {
    const found = new Map<string, string>();
    const result = schema.safeParse(current.draft);
    const issues: Array<{ path: ReadonlyArray<PropertyKey>; message: string }> = result.success
      ? (check?.(result.data) ?? [])
      : result.error.issues.map((issue) => ({ path: issue.path, message: describe(issue) }));
    for (const issue of issues) {
      const key = pathKey(issue.path);
      if (!found.has(key)) found.set(key, issue.message);
    }
    return found;
  }, [schema, check, current.draft]);

  const update = (path: FieldPath, next: unknown, texts: Record<string, string>) => {
    const draft = setIn(current.draft, path, next);
    const result = schema.safeParse(draft);
    const valid = result.success && (check?.(result.data) ?? []).length === 0;
    setState({ ...current, draft, texts, committed: valid ? result.data : current.committed });
    if (valid) onCommit(result.data, pathKey(path));
  };

  return {
    text: (path) => current.texts[pathKey(path)] ?? String(getIn(current.draft, path) ?? ""),
    value: (path) => getIn(current.draft, path),
    typed: (path) => current.texts[pathKey(path)],
    error: (path) => errors.get(pathKey(path)),
    setText: (path, text, parse = (t) => t) => update(path, parse(text), { ...current.texts, [pathKey(path)]: text }),
    setValue: (path, next) => {
      // Rows of a list move when one is removed: texts typed into them no longer line up.
      const prefix = pathKey(path);
      const texts = Object.fromEntries(Object.entries(current.texts).filter(([key]) => key !== prefix && !key.startsWith(`${prefix}.`)));
      update(path, next, texts);
    },
  };
}
