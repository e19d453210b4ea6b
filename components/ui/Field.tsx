import { useId, type ReactNode } from "react";

const control =
  "w-full rounded border bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-500 dark:bg-slate-800 dark:text-slate-100";
const okBorder = "border-slate-300 dark:border-slate-600";
const badBorder = "border-red-500 dark:border-red-400";

/** `name` is the field's path in its form: findings point the studio at a field by it. */
type FieldShell = { label: string; error?: string; hint?: string; name?: string };

/** Label, control and inline error, wired with aria-invalid and aria-describedby. */
function Shell({ label, error, hint, children }: FieldShell & { children: (ids: { id: string; describedBy?: string }) => ReactNode }) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : undefined, hint && !error ? hintId : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className="text-xs font-medium text-slate-600 dark:text-slate-300">
        {label}
      </label>
      {children({ id, describedBy })}
      {hint && !error && (
        <p id={hintId} className="text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} role="alert" className="text-xs text-red-600 dark:text-red-400">
          {label}: {error}
        </p>
      )}
    </div>
  );
}

export function TextInput({
  label,
  error,
  hint,
  name,
  value,
  onChange,
  inputMode,
}: FieldShell & { value: string; onChange: (value: string) => void; inputMode?: "numeric" | "decimal" | "text" }) {
  return (
    <Shell label={label} error={error} hint={hint}>
      {({ id, describedBy }) => (
        <input
          id={id}
          name={name}
          type="text"
          inputMode={inputMode}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
          className={`${control} ${error ? badBorder : okBorder}`}
        />
      )}
    </Shell>
  );
}

export function SelectInput({
  label,
  error,
  hint,
  name,
  value,
  options,
  onChange,
}: FieldShell & { value: string; options: ReadonlyArray<string | { value: string; label: string }>; onChange: (value: string) => void }) {
  return (
    <Shell label={label} error={error} hint={hint}>
      {({ id, describedBy }) => (
        <select
          id={id}
          name={name}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
          className={`${control} ${error ? badBorder : okBorder}`}
        >
          {options.map((option) => {
            const { value: v, label: l } = typeof option === "string" ? { value: option, label: option } : option;
            return (
              <option key={v} value={v}>
                {l}
              </option>
            );
          })}
        </select>
      )}
    </Shell>
  );
}

export function CheckboxInput({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className="h-4 w-4 rounded border-slate-300 focus-visible:outline-2 focus-visible:outline-sky-500"
      />
      <label htmlFor={id} className="text-sm">
        {label}
      </label>
    </div>
  );
}
