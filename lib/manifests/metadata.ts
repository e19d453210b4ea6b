import type { K8sObject } from "./types";
import { MANAGED_BY, MANAGED_BY_LABEL } from "./labels";

type Extra = { labels?: Record<string, string>; annotations?: Record<string, string> };

/** metadata of a generated object: its name, namespace, and the label that says who made it. */
export function metadata(name: string, namespace?: string, extra: Extra = {}): K8sObject["metadata"] {
  return {
    name,
    ...(namespace === undefined ? {} : { namespace }),
    labels: { [MANAGED_BY_LABEL]: MANAGED_BY, ...extra.labels },
    ...(extra.annotations && Object.keys(extra.annotations).length > 0 ? { annotations: extra.annotations } : {}),
  };
}
