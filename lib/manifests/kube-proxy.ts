import { parseCidr, type Design } from "@/lib/design";
import { usesCalico } from "./calico";
import { metadata } from "./metadata";
import type { Rendered } from "./types";
import { toYaml } from "./yaml";

/**
 * KubeProxyConfiguration (kubeproxy.config.k8s.io/v1alpha1; field names from the json tags of
 * kubernetes/kube-proxy config/v1alpha1/types.go). It is not an API object: kube-proxy reads it
 * from the `config.conf` key of the kube-proxy ConfigMap, as kubeadm lays it out
 * (https://kubernetes.io/docs/reference/config-api/kube-proxy-config.v1alpha1/).
 */
export function kubeProxyConfiguration(design: Design): Record<string, unknown> {
  const { mode, ipvsScheduler } = design.network.kubeProxy;
  return {
    apiVersion: "kubeproxy.config.k8s.io/v1alpha1",
    kind: "KubeProxyConfiguration",
    mode,
    // kubeadm's kube-proxy DaemonSet mounts its kubeconfig here.
    clientConnection: { kubeconfig: "/var/lib/kube-proxy/kubeconfig.conf" },
    metricsBindAddress: "0.0.0.0:10249",
    ...localTrafficDetection(design),
    // MetalLB in L2 mode needs strictARP with IPVS (https://metallb.io/installation/#preparation).
    ...(mode === "ipvs" ? { ipvs: { scheduler: ipvsScheduler, strictARP: design.network.loadBalancer.type === "metallb" } } : {}),
  };
}

/**
 * kube-proxy tells pod traffic from outside traffic. clusterCIDR takes one CIDR per IP family, so
 * with Calico's several pools it matches on the workload interface prefix instead ("cali",
 * https://docs.tigera.io/calico/latest/networking/configuring/kube-proxy-detect-local).
 */
function localTrafficDetection(design: Design): Record<string, unknown> {
  if (usesCalico(design)) return { detectLocalMode: "InterfaceNamePrefix", detectLocal: { interfaceNamePrefix: "cali" } };
  const firstPerFamily = new Map<number, string>();
  for (const pool of design.ipPlan.podPools) {
    const parsed = parseCidr(pool.cidr);
    if (parsed.ok && !pool.disabled && !firstPerFamily.has(parsed.value.family)) firstPerFamily.set(parsed.value.family, pool.cidr);
  }
  const cidrs = [...firstPerFamily.entries()].sort(([a], [b]) => a - b).map(([, cidr]) => cidr);
  return cidrs.length > 0 ? { detectLocalMode: "ClusterCIDR", clusterCIDR: cidrs.join(",") } : {};
}

export function renderKubeProxy(design: Design): Rendered {
  return {
    groups: [
      {
        path: "kube-proxy/configmap.yaml",
        description: `The kube-proxy ConfigMap (kube-system) with its KubeProxyConfiguration in ${design.network.kubeProxy.mode} mode; restart the kube-proxy DaemonSet after applying it.`,
        objects: [
          {
            apiVersion: "v1",
            kind: "ConfigMap",
            metadata: metadata("kube-proxy", "kube-system"),
            data: { "config.conf": toYaml(kubeProxyConfiguration(design)) },
          },
        ],
      },
    ],
  };
}
