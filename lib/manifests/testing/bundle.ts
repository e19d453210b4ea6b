// Test support: reading a rendered bundle back.
import { parse, parseAllDocuments } from "yaml";
import type { BundleFile } from "../types";
import type { K8sObject } from "../types";

export function fileOf(files: ReadonlyArray<BundleFile>, path: string): string {
  const file = files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`the bundle has no ${path}; it has ${files.map((f) => f.path).join(", ")}`);
  return file.content;
}

/** The documents of a YAML file, parsed with YAML 1.1 rules as kubectl's go-yaml reads them. */
export function objectsOf(files: ReadonlyArray<BundleFile>, path: string): K8sObject[] {
  return parseAllDocuments(fileOf(files, path), { version: "1.1" }).map((document) => {
    if (document.errors.length > 0) throw new Error(`${path}: ${document.errors[0]?.message}`);
    return document.toJS() as K8sObject;
  });
}

export function kustomizationResources(files: ReadonlyArray<BundleFile>): string[] {
  return (parse(fileOf(files, "kustomization.yaml")) as { resources: string[] }).resources;
}

export function byName(objects: ReadonlyArray<K8sObject>, name: string): K8sObject {
  const object = objects.find((candidate) => candidate.metadata.name === name);
  if (!object) throw new Error(`no object named ${name} among ${objects.map((o) => o.metadata.name).join(", ")}`);
  return object;
}
