/** One file of the bundle: a path inside the zip and its text. */
export type BundleFile = { path: string; content: string };

/** A Kubernetes object as rendered: plain data, turned into YAML by the `yaml` library only. */
export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
};

/**
 * A group of objects of one kind that lands in one YAML file; `description` becomes its line in
 * the README. Groups are listed in the order they must be applied.
 */
export type ManifestGroup = { path: string; description: string; objects: K8sObject[] };

/** A file that is not a Kubernetes resource (script, checklist), with its README line. */
export type DocumentFile = BundleFile & { description: string };

/** What a renderer of one concern hands back to the bundle. */
export type Rendered = { groups: ManifestGroup[]; documents?: DocumentFile[]; notes?: string[] };
