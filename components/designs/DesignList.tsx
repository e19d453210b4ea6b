"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { ApiError, requestJson } from "./api-client";
import { LocalTime } from "@/components/ui/LocalTime";

export type DesignRow = {
  id: string;
  name: string;
  description: string;
  headRevision: number;
  updatedAt: string;
  archived: boolean;
};

const templates = [
  { value: "reference-5000", label: "Reference: 5,000 nodes" },
  { value: "starter-500", label: "Starter: 500 nodes" },
  { value: "empty", label: "Empty design" },
] as const;


const buttonClass =
  "rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 disabled:opacity-50 dark:bg-sky-600 dark:hover:bg-sky-500";
const secondaryClass =
  "rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800";
const inputClass =
  "h-9 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900";

type Created = { id: string };

/** A team the user may create designs in (editor or owner); the first is the default. */
export type TeamOption = { id: string; name: string };

export function DesignList({ designs, showArchived, teams = [] }: { designs: DesignRow[]; showArchived: boolean; teams?: TeamOption[] }) {
  const router = useRouter();
  const nameId = useId();
  const templateId = useId();
  const importInput = useRef<HTMLInputElement>(null);
  const [name, setName] = useState("");
  const [template, setTemplate] = useState<string>("reference-5000");
  const teamSelectId = useId();
  const [teamId, setTeamId] = useState<string | undefined>(teams[0]?.id);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.describe() : String(caught));
    } finally {
      setBusy(false);
    }
  }

  const create = () =>
    run(async () => {
      const created = await requestJson<Created>("/api/designs", {
        method: "POST",
        body: JSON.stringify({ name: name.trim(), template, teamId }),
      });
      router.push(`/designs/${created.id}`);
    });

  const importFile = (file: File) =>
    run(async () => {
      const text = await file.text();
      const query = teamId ? `?teamId=${encodeURIComponent(teamId)}` : "";
      const created = await requestJson<Created>(`/api/designs/import${query}`, { method: "POST", body: text });
      router.push(`/designs/${created.id}`);
    });

  const setArchived = (design: DesignRow, archived: boolean) =>
    run(async () => {
      await requestJson(`/api/designs/${design.id}`, { method: "PATCH", body: JSON.stringify({ archived }) });
      router.refresh();
    });

  const remove = (design: DesignRow) =>
    run(async () => {
      if (!window.confirm(`Delete "${design.name}" and all ${design.headRevision} of its revisions? This cannot be undone.`)) return;
      await requestJson(`/api/designs/${design.id}`, { method: "DELETE" });
      router.refresh();
    });

  return (
    <div className="space-y-6">
      <form
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor={nameId} className="text-xs font-medium text-slate-600 dark:text-slate-300">
            Name
          </label>
          <input
            id={nameId}
            className={`${inputClass} w-64`}
            value={name}
            onChange={(event) => setName(event.target.value)}
            placeholder="e.g. Frankfurt production"
            required
            maxLength={100}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={templateId} className="text-xs font-medium text-slate-600 dark:text-slate-300">
            Template
          </label>
          <select id={templateId} className={inputClass} value={template} onChange={(event) => setTemplate(event.target.value)}>
            {templates.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        {teams.length > 1 && (
          <div className="flex flex-col gap-1">
            <label htmlFor={teamSelectId} className="text-xs font-medium text-slate-600 dark:text-slate-300">
              Team
            </label>
            <select id={teamSelectId} className={inputClass} value={teamId} onChange={(event) => setTeamId(event.target.value)}>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" className={`${buttonClass} h-9`} disabled={busy || name.trim() === ""}>
          Create design
        </button>
        <span className="mx-1 self-end pb-2 text-sm text-slate-500">or</span>
        <button type="button" className={`${secondaryClass} h-9`} disabled={busy} onClick={() => importInput.current?.click()}>
          Import file…
        </button>
        <input
          ref={importInput}
          type="file"
          accept=".json,application/json"
          className="hidden"
          aria-label="Import a design file"
          data-testid="import-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void importFile(file);
          }}
        />
      </form>

      {error && (
        <p role="alert" className="whitespace-pre-line rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      )}

      <div className="flex items-center justify-between">
        <h2 className="text-lg font-semibold">{showArchived ? "Archived designs" : "Designs"}</h2>
        <Link href={showArchived ? "/" : "/?archived=1"} className="text-sm text-sky-700 underline dark:text-sky-400">
          {showArchived ? "Show active designs" : "Show archived designs"}
        </Link>
      </div>

      {designs.length === 0 ? (
        <p className="text-sm text-slate-500">
          {showArchived ? "No archived designs." : "No designs yet: create one from a template or import a file."}
        </p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-xs uppercase text-slate-500 dark:border-slate-700">
            <tr>
              <th className="py-2 font-medium">Name</th>
              <th className="py-2 font-medium">Updated</th>
              <th className="py-2 text-right font-medium">Revisions</th>
              <th className="py-2 text-right font-medium">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {designs.map((design) => (
              <tr key={design.id} className="border-b border-slate-100 dark:border-slate-800">
                <td className="py-2">
                  <Link href={`/designs/${design.id}`} className="font-medium text-sky-700 hover:underline dark:text-sky-400">
                    {design.name}
                  </Link>
                  {design.description && <div className="text-xs text-slate-500">{design.description}</div>}
                </td>
                <td className="py-2 text-slate-600 dark:text-slate-300">
                  <LocalTime iso={design.updatedAt} />
                </td>
                <td className="py-2 text-right tabular-nums">{design.headRevision}</td>
                <td className="space-x-2 py-2 text-right">
                  <Link href={`/designs/${design.id}`} className={secondaryClass}>
                    Open
                  </Link>
                  {design.archived ? (
                    <>
                      <button type="button" className={secondaryClass} disabled={busy} onClick={() => void setArchived(design, false)}>
                        Restore
                      </button>
                      <button type="button" className={secondaryClass} disabled={busy} onClick={() => void remove(design)}>
                        Delete
                      </button>
                    </>
                  ) : (
                    <button type="button" className={secondaryClass} disabled={busy} onClick={() => void setArchived(design, true)} title="Hide from the list; archived designs can be restored">
                      Archive
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
