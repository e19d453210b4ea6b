import type { Design } from "@/lib/design";
import { usesCalico } from "./calico";
import { metadata } from "./metadata";
import type { Rendered } from "./types";

const NAME = "calico-ipam-cleanup";
const NAMESPACE = "kube-system";
// Keep the calicoctl image at the cluster's Calico version: calicoctl refuses a version mismatch.
const CALICOCTL_IMAGE = "quay.io/calico/ctl:v3.30.3";
const SLEEP_IMAGE = "busybox:1.37";
const REPORTS = "/reports";

/**
 * Releases leaked pod addresses (https://docs.tigera.io/calico/latest/reference/calicoctl/ipam/check).
 * Calico's documented procedure locks the datastore, which stops every pod start in the cluster;
 * instead the job takes two reports an hour apart and releases only what both call leaked, the
 * unlocked mode `calicoctl ipam release --from-report ... --force` provides: an address's sequence
 * number and a handle's revision must be unchanged, so nothing assigned in between is released
 * (calicoctl/commands/ipam/release.go).
 */
function cronJob() {
  const volumeMounts = [{ name: "reports", mountPath: REPORTS }];
  const calicoctl = (name: string, args: string[]) => ({
    name,
    image: CALICOCTL_IMAGE,
    args,
    env: [{ name: "DATASTORE_TYPE", value: "kubernetes" }],
    volumeMounts,
    securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, runAsUser: 65534 },
  });
  return {
    apiVersion: "batch/v1",
    kind: "CronJob",
    metadata: metadata(NAME, NAMESPACE),
    spec: {
      schedule: "0 3 * * 0",
      concurrencyPolicy: "Forbid",
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 3,
      jobTemplate: {
        spec: {
          backoffLimit: 0,
          activeDeadlineSeconds: 3 * 3600,
          template: {
            spec: {
              serviceAccountName: NAME,
              restartPolicy: "Never",
              volumes: [{ name: "reports", emptyDir: {} }],
              initContainers: [
                calicoctl("first-report", ["ipam", "check", "--show-problem-ips", "-o", `${REPORTS}/first.json`]),
                { name: "wait", image: SLEEP_IMAGE, args: ["sleep", "3600"], securityContext: { allowPrivilegeEscalation: false, runAsNonRoot: true, runAsUser: 65534 } },
                calicoctl("second-report", ["ipam", "check", "--show-problem-ips", "-o", `${REPORTS}/second.json`]),
              ],
              containers: [calicoctl("release", ["ipam", "release", `--from-report=${REPORTS}/first.json`, `--from-report=${REPORTS}/second.json`, "--force"])],
            },
          },
        },
      },
    },
  };
}

/** calicoctl reads and rewrites Calico's IPAM resources and reads the pods and nodes they belong to. */
function clusterRole() {
  return {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "ClusterRole",
    metadata: metadata(NAME),
    rules: [
      { apiGroups: [""], resources: ["pods", "nodes", "namespaces"], verbs: ["get", "list", "watch"] },
      { apiGroups: ["crd.projectcalico.org"], resources: ["ippools", "ipreservations", "ipamconfigs", "clusterinformations"], verbs: ["get", "list", "watch"] },
      { apiGroups: ["crd.projectcalico.org"], resources: ["ipamblocks", "ipamhandles", "blockaffinities"], verbs: ["get", "list", "watch", "create", "update", "delete"] },
    ],
  };
}

export function renderIpamCleanup(design: Design): Rendered {
  if (!usesCalico(design)) return { groups: [] };
  return {
    groups: [
      { path: "ipam-cleanup/serviceaccount.yaml", description: "ServiceAccount of the IPAM clean-up job.", objects: [{ apiVersion: "v1", kind: "ServiceAccount", metadata: metadata(NAME, NAMESPACE) }] },
      { path: "ipam-cleanup/clusterrole.yaml", description: "ClusterRole: what calicoctl needs to check and release IPAM allocations.", objects: [clusterRole()] },
      {
        path: "ipam-cleanup/clusterrolebinding.yaml",
        description: "ClusterRoleBinding of the clean-up job's ServiceAccount to its ClusterRole.",
        objects: [
          {
            apiVersion: "rbac.authorization.k8s.io/v1",
            kind: "ClusterRoleBinding",
            metadata: metadata(NAME),
            roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: NAME },
            subjects: [{ kind: "ServiceAccount", name: NAME, namespace: NAMESPACE }],
          },
        ],
      },
      { path: "ipam-cleanup/cronjob.yaml", description: "Weekly CronJob that releases leaked Calico IPAM addresses (two reports an hour apart).", objects: [cronJob()] },
    ],
  };
}
