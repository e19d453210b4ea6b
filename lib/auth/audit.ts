// The audit log: who did what, per team. Written beside the change it records (in the same
// transaction where there is one), read by team owners (GET /api/teams/:id/audit).
import type { Prisma, PrismaClient } from "../db/generated/prisma/client";

export const AUDIT_ACTIONS = [
  "auth.signup",
  "auth.signin",
  "auth.signout",
  "team.create",
  "design.create",
  "design.import",
  "design.save",
  "design.rename",
  "design.describe",
  "design.archive",
  "design.unarchive",
  "design.delete",
  "design.restore",
  "member.add",
  "member.role",
  "member.remove",
  "invite.create",
  "invite.accept",
  "review.request",
  "review.verdict",
  "comment.create",
  "comment.resolve",
  "share.create",
  "share.revoke",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEventInput {
  teamId: string;
  designId?: string | null;
  /** Who did it; its name is kept in the details so that the event reads the same after the account goes. */
  actor: { id: string; name: string } | null;
  action: AuditAction;
  details?: Record<string, Prisma.InputJsonValue | null>;
}

/** Records one event. Pass the transaction client to make it part of the change it records. */
export async function audit(db: PrismaClient | Prisma.TransactionClient, event: AuditEventInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      teamId: event.teamId,
      designId: event.designId ?? null,
      actorId: event.actor?.id ?? null,
      action: event.action,
      details: { ...event.details, actorName: event.actor?.name ?? null },
    },
  });
}

export interface AuditEntry {
  id: string;
  action: string;
  designId: string | null;
  actorId: string | null;
  details: unknown;
  createdAt: Date;
}

/** The team's events, newest first. */
export async function listAuditEvents(db: PrismaClient, teamId: string, limit = 200): Promise<AuditEntry[]> {
  return db.auditEvent.findMany({
    where: { teamId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, action: true, designId: true, actorId: true, details: true, createdAt: true },
  });
}
