import { designSchema, type Design, type DesignInput } from "../schema";
import { reference5000 } from "./reference-5000";
import { starter500 } from "./starter-500";

/** The smallest valid document: a name, and defaults for everything else. */
const empty: DesignInput = { schemaVersion: 1, cluster: { name: "new-cluster" } };

export const templateNames = ["reference-5000", "starter-500", "empty"] as const;
export type TemplateName = (typeof templateNames)[number];

const sources: Record<TemplateName, DesignInput> = {
  "reference-5000": reference5000,
  "starter-500": starter500,
  empty,
};

export function isTemplateName(name: string): name is TemplateName {
  return (templateNames as readonly string[]).includes(name);
}

/** A fresh, defaults-filled copy of a template: callers may change it freely. */
export function getTemplate(name: TemplateName): Design {
  return designSchema.parse(structuredClone(sources[name]));
}
