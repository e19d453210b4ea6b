// Read-only links to one revision for people outside the team. The link carries a random token
// (lib/auth/tokens: 32 bytes, base64url); only its SHA-256 is stored, so the database cannot hand
// a working link to whoever reads it, and the token is shown once, when the link is made.
import { hashToken, newToken } from "../auth/tokens";
import type { PrismaClient } from "./generated/prisma/client";
import { assertRevisionExists, type Person } from "./reviews";

export interface ShareLinkRecord {
  id: string;
  revision: number;
  createdBy: Person;
  createdAt: Date;
  revokedAt: Date | null;
}

const linkFields = { id: true, revision: true, createdAt: true, revokedAt: true, createdBy: { select: { id: true, name: true } } } as const;

export async function createShareLink(
  db: PrismaClient,
  input: { designId: string; revision: number; createdById: string },
): Promise<ShareLinkRecord & { token: string }> {
  await assertRevisionExists(db, input.designId, input.revision);
  const token = newToken();
  const link = await db.shareLink.create({
    data: { designId: input.designId, revision: input.revision, createdById: input.createdById, tokenHash: hashToken(token) },
    select: linkFields,
  });
  return { ...link, token };
}

/** The design's links, newest first, without tokens (they are not stored). */
export async function listShareLinks(db: PrismaClient, designId: string): Promise<ShareLinkRecord[]> {
  return db.shareLink.findMany({ where: { designId }, select: linkFields, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

/** Revokes a link of the design; null when the design has no such link. Revoking twice keeps the first time. */
export async function revokeShareLink(db: PrismaClient, designId: string, linkId: string): Promise<ShareLinkRecord | null> {
  const link = await db.shareLink.findFirst({ where: { id: linkId, designId }, select: { revokedAt: true } });
  if (!link) return null;
  return db.shareLink.update({ where: { id: linkId }, data: { revokedAt: link.revokedAt ?? new Date() }, select: linkFields });
}

export interface SharedRevision {
  linkId: string;
  designId: string;
  teamId: string;
  name: string;
  revision: number;
  document: unknown;
  message: string | null;
  authorName: string | null;
  revisionCreatedAt: Date;
}

/** What a share token opens, or null for an unknown or revoked token. */
export async function openShareLink(db: PrismaClient, token: string): Promise<SharedRevision | null> {
  const link = await db.shareLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, revision: true, revokedAt: true, design: { select: { id: true, name: true, teamId: true } } },
  });
  if (!link || link.revokedAt) return null;
  const revision = await db.revision.findUnique({
    where: { designId_number: { designId: link.design.id, number: link.revision } },
    select: { document: true, message: true, authorName: true, createdAt: true },
  });
  if (!revision) return null;
  return {
    linkId: link.id,
    designId: link.design.id,
    teamId: link.design.teamId,
    name: link.design.name,
    revision: link.revision,
    document: revision.document,
    message: revision.message,
    authorName: revision.authorName,
    revisionCreatedAt: revision.createdAt,
  };
}
