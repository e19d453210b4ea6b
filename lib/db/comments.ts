// Comments on a revision: threads of a first comment and its replies, optionally anchored to an
// element of the revision's document by a JSON pointer, and resolved as a whole thread.
import type { PrismaClient } from "./generated/prisma/client";
import { assertRevisionExists, type Person } from "./reviews";

export interface CommentRecord {
  id: string;
  revision: number;
  author: Person;
  /** Plain text: shown as text, never as HTML. */
  body: string;
  anchor: string | null;
  parentId: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedBy: Person | null;
}

export interface CommentThread extends CommentRecord {
  replies: CommentRecord[];
}

const commentFields = {
  id: true,
  revision: true,
  body: true,
  anchor: true,
  parentId: true,
  createdAt: true,
  resolvedAt: true,
  author: { select: { id: true, name: true } },
  resolvedBy: { select: { id: true, name: true } },
} as const;

export interface NewComment {
  designId: string;
  revision: number;
  authorId: string;
  body: string;
  anchor?: string;
  parentId?: string;
}

export type CommentResult<T> = { ok: true; value: T } | { ok: false; reason: "parent_not_found" | "not_found" | "not_a_thread" };

/**
 * Adds a comment, or a reply when `parentId` is given. A reply to a reply joins the thread of
 * its first comment (threads are one level deep, as in GitHub review threads), and takes the
 * revision and anchor of that thread.
 */
export async function createComment(db: PrismaClient, input: NewComment): Promise<CommentResult<CommentRecord>> {
  await assertRevisionExists(db, input.designId, input.revision);
  let parentId: string | null = null;
  let anchor = input.anchor ?? null;
  if (input.parentId !== undefined) {
    const parent = await db.comment.findFirst({
      where: { id: input.parentId, designId: input.designId, revision: input.revision },
      select: { id: true, parentId: true, anchor: true },
    });
    if (!parent) return { ok: false, reason: "parent_not_found" };
    parentId = parent.parentId ?? parent.id;
    const root = parent.parentId ? await db.comment.findUniqueOrThrow({ where: { id: parentId }, select: { anchor: true } }) : parent;
    anchor = root.anchor;
  }
  const created = await db.comment.create({
    data: { designId: input.designId, revision: input.revision, authorId: input.authorId, body: input.body, anchor, parentId },
    select: commentFields,
  });
  return { ok: true, value: created };
}

/** The threads on a revision (or on every revision), oldest first, replies oldest first. */
export async function listCommentThreads(db: PrismaClient, designId: string, revision?: number): Promise<CommentThread[]> {
  const rows = await db.comment.findMany({
    where: { designId, ...(revision === undefined ? {} : { revision }) },
    select: commentFields,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const threads = new Map<string, CommentThread>();
  for (const row of rows) if (row.parentId === null) threads.set(row.id, { ...row, replies: [] });
  for (const row of rows) if (row.parentId !== null) threads.get(row.parentId)?.replies.push(row);
  return [...threads.values()];
}

/** Resolves (or reopens) a thread: only its first comment carries the state. */
export async function setThreadResolved(
  db: PrismaClient,
  designId: string,
  commentId: string,
  userId: string,
  resolved: boolean,
): Promise<CommentResult<CommentRecord>> {
  const comment = await db.comment.findFirst({ where: { id: commentId, designId }, select: { parentId: true } });
  if (!comment) return { ok: false, reason: "not_found" };
  if (comment.parentId !== null) return { ok: false, reason: "not_a_thread" };
  const updated = await db.comment.update({
    where: { id: commentId },
    data: resolved ? { resolvedAt: new Date(), resolvedById: userId } : { resolvedAt: null, resolvedById: null },
    select: commentFields,
  });
  return { ok: true, value: updated };
}
