"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { ApiError, requestJson } from "@/components/designs/api-client";

const ROLES = ["owner", "editor", "reviewer", "viewer"] as const;
type Role = (typeof ROLES)[number];

export type MemberRow = { userId: string; name: string; email: string; role: Role };

const selectClass = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900";

/** The members table; owners also change roles, remove members and create invite links. */
export function TeamMembers({ teamId, members, isOwner, selfId }: { teamId: string; members: MemberRow[]; isOwner: boolean; selfId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      router.refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e.describe() : "Something went wrong; try again.");
    }
  }

  async function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await run(async () => {
      const created = await requestJson<{ path: string }>(`/api/teams/${teamId}/invites`, {
        method: "POST",
        body: JSON.stringify({ email: form.get("email"), role: form.get("role") }),
      });
      setLink(new URL(created.path, window.location.origin).toString());
    });
  }

  const base = `/api/teams/${teamId}/members`;
  return (
    <section className="space-y-4" aria-labelledby="members-heading">
      <h2 id="members-heading" className="text-lg font-semibold">Members</h2>
      <table className="w-full text-left text-sm">
        <thead className="text-xs text-slate-500 dark:text-slate-400">
          <tr>
            <th className="py-1">Name</th>
            <th>Email</th>
            <th>Role</th>
            {isOwner && <th className="sr-only">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.userId} className="border-t border-slate-200 dark:border-slate-700" data-testid={`member-${member.email}`}>
              <td className="py-1">{member.name}{member.userId === selfId ? " (you)" : ""}</td>
              <td>{member.email}</td>
              <td>
                {isOwner ? (
                  <select
                    aria-label={`Role of ${member.name}`}
                    className={selectClass}
                    value={member.role}
                    onChange={(e) => run(() => requestJson(`${base}/${member.userId}`, { method: "PATCH", body: JSON.stringify({ role: e.target.value }) }))}
                  >
                    {ROLES.map((role) => (
                      <option key={role}>{role}</option>
                    ))}
                  </select>
                ) : (
                  member.role
                )}
              </td>
              {isOwner && (
                <td className="text-right">
                  <Button size="sm" variant="ghost" onClick={() => run(() => requestJson(`${base}/${member.userId}`, { method: "DELETE" }))}>
                    Remove
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {error && (
        <p role="alert" data-testid="form-error" className="whitespace-pre-line text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {isOwner && (
        <form onSubmit={invite} className="flex flex-wrap items-end gap-2" aria-label="Invite a member">
          <label className="space-y-1 text-sm">
            <span className="block">Invite by email</span>
            <input name="email" type="email" required className={selectClass} />
          </label>
          <label className="space-y-1 text-sm">
            <span className="block">Role</span>
            <select name="role" defaultValue="editor" className={selectClass}>
              {ROLES.map((role) => (
                <option key={role}>{role}</option>
              ))}
            </select>
          </label>
          <Button type="submit" variant="primary">Create invite link</Button>
        </form>
      )}
      {link && (
        <p className="text-sm">
          Send this link to the invitee (it is shown only once, and works for 7 days):{" "}
          <code data-testid="invite-link" className="break-all rounded bg-slate-100 px-1 dark:bg-slate-800">{link}</code>
        </p>
      )}
    </section>
  );
}
