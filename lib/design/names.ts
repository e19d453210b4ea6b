import { z } from "zod";

// DNS-1123 label: what Kubernetes accepts for namespace names, label values we derive names from,
// and most object names (https://kubernetes.io/docs/concepts/overview/working-with-objects/names/).
// Lower-case alphanumerics and '-', starting and ending alphanumeric, at most 63 characters.
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export const dns1123Label = z
  .string()
  .min(1, "must not be empty")
  .max(63, "must be at most 63 characters (DNS-1123 label)")
  .regex(DNS1123_LABEL, "must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit");

export type Dns1123Label = z.infer<typeof dns1123Label>;

// Label keys: an optional DNS subdomain prefix and '/', then a name of at most 63 characters
// (https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set).
const LABEL_NAME = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export const labelKey = z.string().superRefine((key, ctx) => {
  const slash = key.lastIndexOf("/");
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (prefix !== undefined && (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix))) {
    ctx.addIssue({ code: "custom", message: `label key prefix "${prefix}" must be a DNS-1123 subdomain` });
  }
  if (name.length === 0 || name.length > 63 || !LABEL_NAME.test(name)) {
    ctx.addIssue({
      code: "custom",
      message: "label key name must be 1-63 characters: letters, digits, '-', '_' or '.', starting and ending with a letter or digit",
    });
  }
});

export const labelValue = z
  .string()
  .max(63, "label value must be at most 63 characters")
  .regex(/^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/, "label value may hold letters, digits, '-', '_' and '.', starting and ending with a letter or digit");

export const labels = z.record(labelKey, labelValue);

/**
 * Turns free text (a display name, an imported name) into a DNS-1123 label, or returns undefined
 * when nothing usable is left. Used where a name is derived rather than typed by the user.
 */
export function toDns1123Label(text: string): string | undefined {
  const label = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-+/, "")
    .slice(0, 63)
    .replace(/-+$/, "");
  return label.length > 0 ? label : undefined;
}
