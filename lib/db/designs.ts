// Designs and their revisions. Every save appends an immutable revision; the design row only
// points at the newest one (headRevision). Functions take the Prisma client so that tests and
// scripts can pass their own database.
import type { PrismaClient } from "./generated/prisma/client";
import { Prisma } from "./generated/prisma/client";
import { ConflictError, NotFoundError, type HeadRevision } from "./errors";

/** A design document as stored: JSON, validated by the caller (lib/design) before it gets here. */
export type StoredDocument = Prisma.InputJsonValue;

export interface DesignSummary {
  id: string;
  name: string;
  description: string;
  headRevision: number;
  archived: boolean;
  /** The team whose members may see it (lib/auth checks their role). */
  teamId: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface RevisionSummary {
  number: number;
  message: string | null;
  authorName: string | null;
  authorId: string | null;
  createdAt: Date;
}

/** A design with the document of one of its revisions (the head unless asked otherwise). */
export interface DesignAtRevision extends DesignSummary {
  revision: number;
  document: unknown;
  message: string | null;
  authorName: string | null;
  authorId: string | null;
  revisionCreatedAt: Date;
}

/** The columns of a DesignSummary, for other modules that read designs (lib/auth). */
export const summaryFields = {
  id: true,
  name: true,
  description: true,
  headRevision: true,
  archived: true,
  teamId: true,
  createdAt: true,
  updatedAt: true,
} as const;

const revisionFields = { number: true, message: true, authorName: true, authorId: true, createdAt: true } as const;

// Interactive transactions queue for a connection (pg pool) or for the single embedded
// connection; a burst of concurrent saves must wait its turn rather than fail after Prisma's
// default 2 s.
const txOptions = { maxWait: 20_000, timeout: 20_000 };

export interface ListOptions {
  /** Only designs of the teams this user is a member of: nobody lists what they may not read. */
  memberId: string;
  includeArchived?: boolean;
}

export async function listDesigns(
  db: PrismaClient,
  { memberId, includeArchived = false }: ListOptions,
): Promise<DesignSummary[]> {
  return db.design.findMany({
    where: {
      team: { memberships: { some: { userId: memberId } } },
      ...(includeArchived ? {} : { archived: false }),
    },
    select: summaryFields,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
  });
}

/** Who wrote a revision: the account, and its name at the time (kept if the account goes). */
export interface RevisionAuthor {
  authorId?: string;
  authorName?: string;
}

export interface NewDesign extends RevisionAuthor {
  name: string;
  description?: string;
  document: StoredDocument;
  message?: string;
}

/** Creates the design in team `teamId` with its revision 1. */
export async function createDesign(
  db: PrismaClient,
  teamId: string,
  input: NewDesign,
): Promise<DesignSummary> {
  return db.design.create({
    data: {
      name: input.name,
      description: input.description ?? "",
      headRevision: 1,
      teamId,
      revisions: {
        create: {
          number: 1,
          document: input.document,
          message: input.message ?? null,
          authorName: input.authorName ?? null,
          authorId: input.authorId ?? null,
        },
      },
    },
    select: summaryFields,
  });
}

/** The design with the document of `revision` (default: head). */
export async function getDesign(
  db: PrismaClient,
  id: string,
  revision?: number,
): Promise<DesignAtRevision> {
  // One read for both rows keeps design and revision consistent with each other. The head is
  // always the highest number, so "newest" needs no second lookup.
  const design = await db.design.findUnique({
    where: { id },
    select: {
      ...summaryFields,
      revisions: {
        where: revision === undefined ? {} : { number: revision },
        orderBy: { number: "desc" },
        take: 1,
      },
    },
  });
  if (!design) throw new NotFoundError("design", id);
  const { revisions, ...summary } = design;
  const row = revisions[0];
  if (!row) throw new NotFoundError("revision", `${id}@${revision}`);
  return {
    ...summary,
    revision: row.number,
    document: row.document,
    message: row.message,
    authorName: row.authorName,
    authorId: row.authorId,
    revisionCreatedAt: row.createdAt,
  };
}

export interface SaveInput extends RevisionAuthor {
  /** The revision the client edited; the save fails with ConflictError unless it is the head. */
  baseRevision: number;
  document: StoredDocument;
  message?: string;
}

/**
 * Appends revision baseRevision + 1 and returns its number. The conditional update moves the
 * head only if it is still at baseRevision: of concurrent saves on the same base exactly one
 * matches the row (Postgres re-checks the WHERE after the row lock is released), the others
 * update nothing and get ConflictError. Numbers therefore have no gaps and no duplicates; the
 * unique (design, number) index is the backstop.
 */
export async function saveDesign(db: PrismaClient, id: string, input: SaveInput): Promise<number> {
  const next = input.baseRevision + 1;
  return db.$transaction(async (tx) => {
    const moved = await tx.design.updateMany({
      where: { id, headRevision: input.baseRevision },
      data: { headRevision: next },
    });
    if (moved.count === 0) {
      const head = await readHead(tx, id);
      if (!head) throw new NotFoundError("design", id);
      throw new ConflictError(id, input.baseRevision, head);
    }
    await tx.revision.create({
      data: {
        designId: id,
        number: next,
        document: input.document,
        message: input.message ?? null,
        authorName: input.authorName ?? null,
        authorId: input.authorId ?? null,
      },
    });
    return next;
  }, txOptions);
}

async function readHead(tx: Prisma.TransactionClient, id: string): Promise<HeadRevision | null> {
  const design = await tx.design.findUnique({ where: { id }, select: { headRevision: true } });
  if (!design) return null;
  const head = await tx.revision.findUniqueOrThrow({
    where: { designId_number: { designId: id, number: design.headRevision } },
    select: { ...revisionFields, document: true },
  });
  return head;
}

export interface DesignChanges {
  name?: string;
  description?: string;
  archived?: boolean;
}

/** Renames, describes or (un)archives a design; does not create a revision. */
export async function updateDesign(
  db: PrismaClient,
  id: string,
  changes: DesignChanges,
): Promise<DesignSummary> {
  try {
    return await db.design.update({ where: { id }, data: changes, select: summaryFields });
  } catch (error) {
    throw recordNotFound(error) ? new NotFoundError("design", id) : error;
  }
}

/** Deletes a design and all its revisions. */
export async function deleteDesign(db: PrismaClient, id: string): Promise<void> {
  const { count } = await db.design.deleteMany({ where: { id } });
  if (count === 0) throw new NotFoundError("design", id);
}

/** Revisions of a design, newest first. */
export async function listRevisions(db: PrismaClient, id: string): Promise<RevisionSummary[]> {
  const design = await db.design.findUnique({
    where: { id },
    select: { revisions: { select: revisionFields, orderBy: { number: "desc" } } },
  });
  if (!design) throw new NotFoundError("design", id);
  return design.revisions;
}

// P2025: "an operation failed because it depends on one or more records that were required but
// not found" (Prisma error reference).
function recordNotFound(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";
}
