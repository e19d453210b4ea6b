// Team roles and what each may do. The order is viewer < reviewer < editor < owner: each role may
// do everything the ones below it may. Viewers read; reviewers also comment and give verdicts;
// editors also save designs and request reviews; owners also manage members and invites.
import { z } from "zod";

export const roleSchema = z.enum(["owner", "editor", "reviewer", "viewer"]);
export type Role = z.infer<typeof roleSchema>;

const RANK: Record<Role, number> = { viewer: 0, reviewer: 1, editor: 2, owner: 3 };

/** Whether `role` is at least `minimum`. */
export function hasRole(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}
