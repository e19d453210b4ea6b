/** A unified diff, line by line, coloured by sign. Text only: file content is never HTML. */
export function PatchView({ patch }: { patch: string }) {
  const lines = patch.replace(/\n$/, "").split("\n");
  return (
    <pre className="overflow-x-auto rounded border border-slate-200 bg-slate-50 text-xs leading-5 dark:border-slate-700 dark:bg-slate-900">
      <code>
        {lines.map((line, i) => (
          <span key={i} className={`block px-2 ${lineClass(line, i)}`}>
            {line || " "}
          </span>
        ))}
      </code>
    </pre>
  );
}

function lineClass(line: string, index: number): string {
  if (index < 2) return "font-semibold text-slate-600 dark:text-slate-300";
  if (line.startsWith("@@")) return "bg-sky-50 text-sky-800 dark:bg-sky-950 dark:text-sky-200";
  if (line.startsWith("+")) return "bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100";
  if (line.startsWith("-")) return "bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100";
  return "";
}
