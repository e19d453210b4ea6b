import { toYaml } from "./yaml";

/** kustomization.yaml listing every resource file in apply order (`kubectl apply -k .`). */
export function renderKustomization(resources: ReadonlyArray<string>): string {
  return toYaml({ apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", resources: [...resources] });
}
