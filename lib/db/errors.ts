// Typed failures of the repositories. The API layer maps them to HTTP statuses (lib/api), so they
// carry what the response needs and nothing about Prisma.

export class NotFoundError extends Error {
  readonly code = "not_found";
  constructor(
    readonly entity: "design" | "revision",
    readonly id: string,
  ) {
    super(`${entity} ${id} not found`);
    this.name = "NotFoundError";
  }
}

/** The head a stale save ran into: what the client needs to merge or reload. */
export interface HeadRevision {
  number: number;
  document: unknown;
  message: string | null;
  authorName: string | null;
  authorId: string | null;
  createdAt: Date;
}

export class ConflictError extends Error {
  readonly code = "conflict";
  constructor(
    readonly designId: string,
    readonly baseRevision: number,
    readonly head: HeadRevision,
  ) {
    super(
      `design ${designId} is at revision ${head.number}; the save was based on revision ${baseRevision}`,
    );
    this.name = "ConflictError";
  }
}
