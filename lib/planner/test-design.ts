import { designSchema, getTemplate, type Design, type TemplateName } from "../design";

/**
 * For tests: a template changed by `change` and parsed again, so that every test plans a valid,
 * defaults-filled document exactly as the API and the CLI would.
 */
export function designWith(change: (doc: Design) => void = () => {}, template: TemplateName = "reference-5000"): Design {
  const doc = structuredClone(getTemplate(template));
  change(doc);
  return designSchema.parse(doc);
}
