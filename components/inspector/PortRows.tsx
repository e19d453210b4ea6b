"use client";
import { protocols } from "@/lib/design";
import { FormNumber, FormRows, FormSelect } from "./FormFields";
import type { FieldPath, SchemaForm } from "./useSchemaForm";

/** Protocol, port and optional end port rows, as NetworkPolicy ports take them. */
export function PortRows({ form, path, label, empty }: { form: SchemaForm; path: FieldPath; label: string; empty: string }) {
  return (
    <FormRows
      form={form}
      path={path}
      label={label}
      empty={empty}
      make={() => ({ protocol: "TCP", port: 443 })}
      row={(i) => (
        <>
          <FormSelect form={form} path={[...path, i, "protocol"]} label={`Protocol ${i + 1}`} options={protocols} />
          <FormNumber form={form} path={[...path, i, "port"]} label={`Port ${i + 1}`} />
          <FormNumber form={form} path={[...path, i, "endPort"]} label={`End port ${i + 1}`} hint="optional, for a range" />
        </>
      )}
    />
  );
}
