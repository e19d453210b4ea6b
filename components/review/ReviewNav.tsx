import Link from "next/link";

const link = "rounded px-2 py-1 text-sm text-sky-700 hover:bg-sky-50 dark:text-sky-300 dark:hover:bg-slate-800";

/** The header of the review pages: the design, and its studio, history, review and diff pages. */
export function ReviewNav({ designId, name, current }: { designId: string; name: string; current: "history" | "review" | "diff" | "revision" }) {
  const pages = [
    { key: "studio", href: `/designs/${designId}`, label: "Studio" },
    { key: "history", href: `/designs/${designId}/history`, label: "History" },
    { key: "review", href: `/designs/${designId}/review`, label: "Review" },
    { key: "diff", href: `/designs/${designId}/diff`, label: "Diff" },
  ];
  return (
    <header className="mb-6 flex flex-wrap items-center gap-3 border-b border-slate-200 pb-3 dark:border-slate-700">
      <Link href="/" className="text-sm text-slate-500 hover:underline dark:text-slate-400">Designs</Link>
      <span aria-hidden className="text-slate-400">/</span>
      <span className="font-semibold">{name}</span>
      <nav aria-label="Design pages" className="ml-auto flex gap-1">
        {pages.map((page) => (
          <Link key={page.key} href={page.href} className={link} aria-current={page.key === current ? "page" : undefined}>
            {page.label}
          </Link>
        ))}
      </nav>
    </header>
  );
}
