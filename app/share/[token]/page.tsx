import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RevisionSummary } from "@/components/review/RevisionSummary";
import { getDb } from "@/lib/db";
import { openShareLink } from "@/lib/db/share-links";
import { parseDesign } from "@/lib/design";
import { plannedAndRendered } from "@/lib/review/load";
import { LocalTime } from "@/components/ui/LocalTime";

export const dynamic = "force-dynamic";
// The token is the credential: keep it out of search engines and out of Referer headers.
export const metadata: Metadata = { title: "Shared design · Blueprint", robots: { index: false, follow: false }, referrer: "no-referrer" };

/**
 * A revision shared with people outside the team: read-only, no sign-in. An unknown or revoked
 * token is the not-found page, the same for both so that a revoked link tells nothing.
 */
export default async function SharedRevisionPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { prisma } = await getDb();
  const shared = await openShareLink(prisma, token);
  if (!shared) notFound();
  const parsed = parseDesign(shared.document);
  return (
    <main className="mx-auto max-w-6xl p-6">
      <header className="mb-6 border-b border-slate-200 pb-3 dark:border-slate-700">
        <p className="text-xs text-slate-500 uppercase dark:text-slate-400">Shared read-only</p>
        <h1 className="text-xl font-semibold">
          {shared.name} · revision {shared.revision}
        </h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {shared.authorName ?? "unknown author"} · {shared.message ?? "no message"} · <LocalTime iso={shared.revisionCreatedAt.toISOString()} />
        </p>
      </header>
      {parsed.ok ? (
        <RevisionSummary design={parsed.design} {...plannedAndRendered(parsed.design)} />
      ) : (
        <p className="text-sm">This revision is not a valid design document in the current format.</p>
      )}
    </main>
  );
}
