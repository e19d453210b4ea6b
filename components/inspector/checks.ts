import type { FormIssue } from "./useSchemaForm";

/**
 * Names key references and manifests, so they must be unique in their list (the document schema
 * checks that too, but only for the whole document: the form says it on the field).
 */
export function uniqueNameCheck(kind: string, otherNames: ReadonlyArray<string>) {
  const taken = new Set(otherNames);
  return (candidate: { name: string }): FormIssue[] =>
    taken.has(candidate.name) ? [{ path: ["name"], message: `"${candidate.name}" is already the name of another ${kind}` }] : [];
}
