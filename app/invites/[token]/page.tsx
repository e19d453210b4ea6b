import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInviteButton } from "@/components/auth/AcceptInviteButton";
import { AuthPage } from "@/components/auth/AuthPage";
import { getPageUser } from "@/lib/auth/pages";
import { findPendingInvite } from "@/lib/auth/teams";
import { getDb } from "@/lib/db/bootstrap";

export const metadata: Metadata = { title: "Invitation · Blueprint" };
export const dynamic = "force-dynamic";

/** An invite link: who it is for and the team; joining needs the invited address signed in. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { prisma } = await getDb();
  const invite = await findPendingInvite(prisma, token);
  if (!invite) {
    return (
      <AuthPage title="Invitation">
        <p className="text-sm">This invite link is unknown, used or expired. Ask the team&apos;s owner for a new one.</p>
      </AuthPage>
    );
  }
  const user = await getPageUser();
  const here = encodeURIComponent(`/invites/${token}`);
  return (
    <AuthPage title={`Join ${invite.teamName}`}>
      <p className="text-sm">
        This invitation is for <strong>{invite.email}</strong> as <strong>{invite.role}</strong>.
      </p>
      {user && user.email === invite.email ? (
        <AcceptInviteButton token={token} />
      ) : (
        <p className="text-sm">
          {user ? `You are signed in as ${user.isLocal ? "the local owner" : user.email}. ` : ""}
          <Link className="text-sky-700 underline dark:text-sky-300" href={`/signin?next=${here}`}>
            Sign in
          </Link>{" "}
          or{" "}
          <Link className="text-sky-700 underline dark:text-sky-300" href={`/signup?next=${here}`}>
            sign up
          </Link>{" "}
          as {invite.email} to join.
        </p>
      )}
    </AuthPage>
  );
}
