// Review requests and verdicts on revisions, and the review state they add up to. Functions take
// the Prisma client so that tests and scripts can pass their own database.
import { reviewState, type ReviewState, type VerdictKind } from "../review/review-state";
import type { PrismaClient } from "./generated/prisma/client";
import { NotFoundError } from "./errors";

export type Person = { id: string; name: string };

export interface ReviewRequestRecord {
  id: string;
  revision: number;
  requestedBy: Person;
  reviewers: Person[];
  createdAt: Date;
  /** Set when a newer request for the design replaced this one. */
  closedAt: Date | null;
}

export interface VerdictRecord {
  id: string;
  revision: number;
  reviewer: Person;
  verdict: VerdictKind;
  note: string | null;
  createdAt: Date;
}

const person = { select: { id: true, name: true } } as const;

/** Throws NotFoundError unless the design has revision `revision`. */
export async function assertRevisionExists(db: PrismaClient, designId: string, revision: number): Promise<void> {
  const found = await db.revision.findUnique({ where: { designId_number: { designId, number: revision } }, select: { id: true } });
  if (!found) throw new NotFoundError("revision", `${designId}@${revision}`);
}

/** Those of `userIds` who are not members of team `teamId` (a review can only be asked of the team). */
export async function nonMembers(db: PrismaClient, teamId: string, userIds: string[]): Promise<string[]> {
  const members = await db.membership.findMany({ where: { teamId, userId: { in: userIds } }, select: { userId: true } });
  const found = new Set(members.map((m) => m.userId));
  return userIds.filter((id) => !found.has(id));
}

export interface NewReviewRequest {
  designId: string;
  revision: number;
  requestedById: string;
  reviewerIds: string[];
}

/**
 * Asks `reviewerIds` to review a revision. A design has one open request at a time: the request
 * for a newer revision replaces (closes) the ones before it, which stay as history.
 */
export async function createReviewRequest(db: PrismaClient, input: NewReviewRequest): Promise<ReviewRequestRecord> {
  await assertRevisionExists(db, input.designId, input.revision);
  const reviewerIds = [...new Set(input.reviewerIds)];
  return db.$transaction(async (tx) => {
    await tx.reviewRequest.updateMany({ where: { designId: input.designId, closedAt: null }, data: { closedAt: new Date() } });
    const created = await tx.reviewRequest.create({
      data: {
        designId: input.designId,
        revision: input.revision,
        requestedById: input.requestedById,
        reviewers: { create: reviewerIds.map((userId) => ({ userId })) },
      },
      select: requestFields,
    });
    return toRequest(created);
  });
}

const requestFields = {
  id: true,
  revision: true,
  createdAt: true,
  closedAt: true,
  requestedBy: person,
  reviewers: { select: { user: person } },
} as const;

function toRequest(row: {
  id: string;
  revision: number;
  createdAt: Date;
  closedAt: Date | null;
  requestedBy: Person;
  reviewers: { user: Person }[];
}): ReviewRequestRecord {
  const reviewers = row.reviewers.map((r) => r.user).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return { id: row.id, revision: row.revision, requestedBy: row.requestedBy, reviewers, createdAt: row.createdAt, closedAt: row.closedAt };
}

/** Every review request of the design, newest first. */
export async function listReviewRequests(db: PrismaClient, designId: string): Promise<ReviewRequestRecord[]> {
  const rows = await db.reviewRequest.findMany({ where: { designId }, select: requestFields, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return rows.map(toRequest);
}

export interface NewVerdict {
  designId: string;
  revision: number;
  reviewerId: string;
  verdict: VerdictKind;
  note?: string;
}

/** Records a verdict; a reviewer's later verdict on the same revision supersedes the earlier one. */
export async function addVerdict(db: PrismaClient, input: NewVerdict): Promise<VerdictRecord> {
  await assertRevisionExists(db, input.designId, input.revision);
  return db.verdict.create({
    data: { designId: input.designId, revision: input.revision, reviewerId: input.reviewerId, verdict: input.verdict, note: input.note ?? null },
    select: verdictFields,
  });
}

const verdictFields = { id: true, revision: true, verdict: true, note: true, createdAt: true, reviewer: person } as const;

/** Every verdict on the design, newest first. */
export async function listVerdicts(db: PrismaClient, designId: string): Promise<VerdictRecord[]> {
  return db.verdict.findMany({ where: { designId }, select: verdictFields, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

export interface ReviewSummary {
  headRevision: number;
  state: ReviewState;
  requests: ReviewRequestRecord[];
  verdicts: VerdictRecord[];
}

/** What the design's review badge and review page show. */
export async function getReviewSummary(db: PrismaClient, designId: string): Promise<ReviewSummary> {
  const design = await db.design.findUnique({ where: { id: designId }, select: { headRevision: true } });
  if (!design) throw new NotFoundError("design", designId);
  const [requests, verdicts] = await Promise.all([listReviewRequests(db, designId), listVerdicts(db, designId)]);
  const state = reviewState(
    design.headRevision,
    requests.map((r) => ({ revision: r.revision, reviewerIds: r.reviewers.map((p) => p.id) })),
    verdicts.map((v) => ({ revision: v.revision, reviewerId: v.reviewer.id, verdict: v.verdict, createdAt: v.createdAt })),
  );
  return { headRevision: design.headRevision, state, requests, verdicts };
}
