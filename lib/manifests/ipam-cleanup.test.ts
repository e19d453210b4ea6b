import { describe, expect, it } from "vitest";
import { getTemplate } from "@/lib/design";
import { renderBundle } from "./bundle";
import { objectsOf } from "./testing/bundle";
import { planOf } from "./testing/plan";

const reference = getTemplate("reference-5000");
const files = renderBundle(reference, planOf(reference));

describe("IPAM clean-up job", () => {
  const [cronJob] = objectsOf(files, "ipam-cleanup/cronjob.yaml");
  const pod = (cronJob?.spec as { jobTemplate: { spec: { template: { spec: Record<string, unknown> } } } }).jobTemplate.spec.template.spec as {
    serviceAccountName: string;
    initContainers: { name: string; args: string[] }[];
    containers: { name: string; args: string[] }[];
  };

  it("takes two IPAM reports an hour apart, then releases only what both call leaked", () => {
    expect(cronJob?.metadata).toMatchObject({ name: "calico-ipam-cleanup", namespace: "kube-system" });
    expect(cronJob?.spec).toMatchObject({ schedule: "0 3 * * 0", concurrencyPolicy: "Forbid" });
    expect(pod.initContainers.map((container) => [container.name, container.args.join(" ")])).toEqual([
      ["first-report", "ipam check --show-problem-ips -o /reports/first.json"],
      ["wait", "sleep 3600"],
      ["second-report", "ipam check --show-problem-ips -o /reports/second.json"],
    ]);
    expect(pod.containers.map((container) => container.args.join(" "))).toEqual(["ipam release --from-report=/reports/first.json --from-report=/reports/second.json --force"]);
  });

  it("runs as its own ServiceAccount, bound to a ClusterRole that may rewrite Calico's IPAM resources", () => {
    expect(pod.serviceAccountName).toBe("calico-ipam-cleanup");
    expect(objectsOf(files, "ipam-cleanup/serviceaccount.yaml")[0]?.metadata).toMatchObject({ name: "calico-ipam-cleanup", namespace: "kube-system" });
    const [binding] = objectsOf(files, "ipam-cleanup/clusterrolebinding.yaml");
    expect(binding).toMatchObject({
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "calico-ipam-cleanup" },
      subjects: [{ kind: "ServiceAccount", name: "calico-ipam-cleanup", namespace: "kube-system" }],
    });
    const [role] = objectsOf(files, "ipam-cleanup/clusterrole.yaml");
    expect(role?.rules).toContainEqual({
      apiGroups: ["crd.projectcalico.org"],
      resources: ["ipamblocks", "ipamhandles", "blockaffinities"],
      verbs: ["get", "list", "watch", "create", "update", "delete"],
    });
  });
});
