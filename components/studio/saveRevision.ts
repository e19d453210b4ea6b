import { parseDesign, type Design } from "@/lib/design";

/** The head a stale save ran into (the 409 body's `head`), with its document parsed. */
export type Head = { revision: number; document: Design; message: string | null; createdAt: string };

export type SaveResult = { kind: "saved"; revision: number } | { kind: "conflict"; head: Head } | { kind: "failed"; message: string };

/** PUT /api/designs/:id: a new revision on top of `baseRevision`, or the head it conflicts with. */
export async function saveRevision(designId: string, body: { baseRevision: number; document: Design; message?: string }): Promise<SaveResult> {
  let response: Response;
  try {
    response = await fetch(`/api/designs/${encodeURIComponent(designId)}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return { kind: "failed", message: "The server could not be reached; your changes are kept in this browser." };
  }
  const json = (await response.json().catch(() => null)) as {
    revision?: number;
    error?: { message?: string; issues?: Array<{ path: string; message: string }> };
    head?: { revision: number; document: unknown; message: string | null; createdAt: string };
  } | null;
  if (response.ok && typeof json?.revision === "number") return { kind: "saved", revision: json.revision };
  if (response.status === 409 && json?.head) {
    const parsed = parseDesign(json.head.document);
    if (parsed.ok) return { kind: "conflict", head: { ...json.head, document: parsed.design } };
  }
  const issues = json?.error?.issues?.map((i) => `${i.path}: ${i.message}`).join("; ");
  return { kind: "failed", message: [json?.error?.message ?? `The server answered ${response.status}.`, issues].filter(Boolean).join(" ") };
}
