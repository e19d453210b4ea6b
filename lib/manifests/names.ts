/**
 * Names derived from the design for metadata.name and label values. Design names are already
 * DNS-1123 labels (lib/design/names.ts); joining two of them ("<zone>-allow-from-<zone>") can pass
 * the 63-character limit of a label
 * (https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-label-names).
 * Such names are cut and suffixed with a short hash of the full name, so that two long names that
 * share a prefix stay distinct and the same input always gives the same name.
 */
export const MAX_LABEL_LENGTH = 63;
const HASH_LENGTH = 8;

/** 32-bit FNV-1a (http://www.isthe.com/chongo/tech/comp/fnv/): pure, tiny, stable across runtimes. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * Joins DNS-1123 parts with '-' into a DNS-1123 label of at most `max` characters. Characters
 * outside [a-z0-9-] are replaced first, so that nothing unexpected reaches a manifest even if a
 * caller passes text that skipped the design schema.
 */
export function boundedName(parts: ReadonlyArray<string | number>, max = MAX_LABEL_LENGTH): string {
  const full = parts
    .map((part) => String(part).toLowerCase().replace(/[^a-z0-9-]+/g, "-"))
    .join("-")
    .replace(/-+/g, "-")
    .replace(/^-+|-+$/g, "");
  const name = full.length > 0 ? full : "unnamed";
  if (name.length <= max) return name;
  const suffix = fnv1a32(name).toString(16).padStart(HASH_LENGTH, "0");
  const head = name.slice(0, max - HASH_LENGTH - 1).replace(/-+$/, "");
  return `${head}-${suffix}`;
}
