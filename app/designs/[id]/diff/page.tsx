import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DiffView } from "@/components/review/DiffView";
import { ReviewNav } from "@/components/review/ReviewNav";
import { requirePageDesign } from "@/lib/auth/pages";
import { getDb, listRevisions } from "@/lib/db";
import { HttpError } from "@/lib/api";
import { loadRevisionDiff } from "@/lib/review/load";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Diff · Blueprint" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> };

const revisionParam = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) && n >= 1 ? n : fallback;
};

/** What changed between two revisions (default: the head against the one before it). */
export default async function DiffPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const { design } = await requirePageDesign(id, `/designs/${id}/diff`);
  const head = design.headRevision;
  const to = revisionParam(query.to, head);
  const from = revisionParam(query.from, Math.max(1, to - 1));
  if (from > head || to > head) notFound();
  const { prisma } = await getDb();
  const revisions = await listRevisions(prisma, id);
  const diff = await loadRevisionDiff(prisma, id, from, to).catch((error: unknown) => {
    if (error instanceof HttpError) return error;
    throw error;
  });
  const select = (name: "from" | "to", value: number) => (
    <label className="flex items-center gap-1 text-sm">
      {name === "from" ? "From revision" : "to revision"}
      <select name={name} defaultValue={value} className="rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-600 dark:bg-slate-800">
        {revisions.map((r) => (
          <option key={r.number} value={r.number}>
            {r.number}
            {r.message ? ` · ${r.message.slice(0, 40)}` : ""}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <main className="mx-auto max-w-6xl p-6">
      <ReviewNav designId={id} name={design.name} current="diff" />
      <h1 className="mb-3 text-xl font-semibold">
        Changes from revision {from} to revision {to}
      </h1>
      <form method="get" className="mb-6 flex flex-wrap items-center gap-3">
        {select("from", from)}
        {select("to", to)}
        <button type="submit" className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
          Compare
        </button>
      </form>
      {diff instanceof HttpError ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">{diff.message}</p>
      ) : (
        <DiffView diff={diff} from={from} to={to} />
      )}
    </main>
  );
}
