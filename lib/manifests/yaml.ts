import { stringify } from "yaml";

/**
 * YAML text of one value with sorted keys. Written with YAML 1.1 rules because kubectl reads
 * manifests with go-yaml (sigs.k8s.io/yaml), which takes unquoted `on`, `yes` or `12:30` as
 * booleans or numbers: 1.1 output quotes every such string, and a YAML 1.2 reader gets the same
 * values. Objects shared between documents are written out, never as anchors and aliases.
 */
export function toYaml(value: unknown): string {
  return stringify(value, { version: "1.1", sortMapEntries: true, lineWidth: 0, aliasDuplicateObjects: false });
}

/** A multi-document YAML stream, one document per value, in the order given. */
export function toYamlDocuments(values: ReadonlyArray<unknown>): string {
  return values.map(toYaml).join("---\n");
}

/** JSON with sorted keys at every level, so that the same data always gives the same bytes. */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + "\n";
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}
