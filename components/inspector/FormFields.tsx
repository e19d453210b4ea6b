"use client";
import { CheckboxInput, SelectInput, TextInput } from "@/components/ui/Field";
import { pathKey, toNumber, type FieldPath, type SchemaForm } from "./useSchemaForm";

type Common = { form: SchemaForm; path: FieldPath; label: string; hint?: string };

export function FormText({ form, path, label, hint }: Common) {
  return <TextInput label={label} hint={hint} name={pathKey(path)} value={form.text(path)} error={form.error(path)} onChange={(text) => form.setText(path, text)} />;
}

export function FormNumber({ form, path, label, hint, decimal = false }: Common & { decimal?: boolean }) {
  return (
    <TextInput
      label={label}
      hint={hint}
      name={pathKey(path)}
      inputMode={decimal ? "decimal" : "numeric"}
      value={form.text(path)}
      error={form.error(path)}
      onChange={(text) => form.setText(path, text, toNumber)}
    />
  );
}

/** A select whose options are the allowed values; `numeric` for unions of number literals. */
export function FormSelect({ form, path, label, hint, options, numeric = false }: Common & { options: ReadonlyArray<string | { value: string; label: string }>; numeric?: boolean }) {
  return (
    <SelectInput
      label={label}
      hint={hint}
      name={pathKey(path)}
      value={String(form.value(path) ?? "")}
      options={options}
      error={form.error(path)}
      onChange={(text) => form.setValue(path, numeric ? Number(text) : text === "" ? undefined : text)}
    />
  );
}

export function FormCheckbox({ form, path, label }: Omit<Common, "hint">) {
  return <CheckboxInput label={label} checked={Boolean(form.value(path))} onChange={(checked) => form.setValue(path, checked)} />;
}

/** A list of names typed as "a, b, c". */
export function FormNameList({ form, path, label, hint }: Common) {
  const list = (form.value(path) as string[] | undefined) ?? [];
  const firstRowError = list.map((_, i) => form.error([...path, i])).find(Boolean);
  return (
    <TextInput
      label={label}
      hint={hint ?? "comma-separated"}
      name={pathKey(path)}
      value={form.typed(path) ?? list.join(", ")}
      error={form.error(path) ?? firstRowError}
      onChange={(text) =>
        form.setText(path, text, (t) =>
          t
            .split(/[,\s]+/)
            .map((s) => s.trim())
            .filter(Boolean),
        )
      }
    />
  );
}

export function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-2 border-t border-slate-200 pt-2 dark:border-slate-700">
      <legend className="pr-2 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">{title}</legend>
      {children}
    </fieldset>
  );
}

/** Rows of a list with an add and a remove button each; `row` draws one row's fields. */
export function FormRows<T>({
  form,
  path,
  label,
  empty,
  make,
  row,
}: {
  form: SchemaForm;
  path: FieldPath;
  label: string;
  empty: string;
  make: () => T;
  row: (index: number) => React.ReactNode;
}) {
  const rows = (form.value(path) as T[] | undefined) ?? [];
  const error = form.error(path);
  return (
    <Section title={label}>
      {rows.length === 0 && <p className="text-xs text-slate-500 italic">{empty}</p>}
      {rows.map((_, index) => (
        <div key={index} className="flex items-start gap-2">
          <div className="grid flex-1 grid-cols-2 gap-2">{row(index)}</div>
          <button
            type="button"
            className="mt-5 rounded px-1.5 py-1 text-sm text-slate-500 hover:bg-slate-200 hover:text-red-600 focus-visible:outline-2 focus-visible:outline-sky-500 dark:hover:bg-slate-700"
            aria-label={`Remove ${label.toLowerCase()} row ${index + 1}`}
            title={`Remove row ${index + 1}`}
            onClick={() => form.setValue(path, rows.filter((__, i) => i !== index))}
          >
            ✕
          </button>
        </div>
      ))}
      {error && (
        <p role="alert" className="text-xs text-red-600 dark:text-red-400">
          {label}: {error}
        </p>
      )}
      <button
        type="button"
        className="self-start rounded px-2 py-1 text-xs font-medium text-sky-700 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-sky-500 dark:text-sky-300 dark:hover:bg-slate-800"
        onClick={() => form.setValue(path, [...rows, make()])}
      >
        + Add {label.toLowerCase().replace(/s$/, "")}
      </button>
    </Section>
  );
}
