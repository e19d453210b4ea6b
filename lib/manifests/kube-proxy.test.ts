import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { getTemplate } from "@/lib/design";
import { renderBundle } from "./bundle";
import { objectsOf } from "./testing/bundle";
import { variantDesigns } from "./testing/designs";
import { planOf } from "./testing/plan";

function kubeProxyConfig(design: ReturnType<typeof getTemplate>): Record<string, unknown> {
  const [configMap] = objectsOf(renderBundle(design, planOf(design)), "kube-proxy/configmap.yaml");
  expect(configMap?.metadata).toMatchObject({ name: "kube-proxy", namespace: "kube-system" });
  return parse((configMap?.data as Record<string, string>)["config.conf"] ?? "") as Record<string, unknown>;
}

describe("kube-proxy configuration", () => {
  it("runs the reference cluster in IPVS mode with round-robin, telling pod traffic by Calico's interface prefix", () => {
    expect(kubeProxyConfig(getTemplate("reference-5000"))).toEqual({
      apiVersion: "kubeproxy.config.k8s.io/v1alpha1",
      kind: "KubeProxyConfiguration",
      mode: "ipvs",
      clientConnection: { kubeconfig: "/var/lib/kube-proxy/kubeconfig.conf" },
      metricsBindAddress: "0.0.0.0:10249",
      detectLocalMode: "InterfaceNamePrefix",
      detectLocal: { interfaceNamePrefix: "cali" },
      ipvs: { scheduler: "rr", strictARP: false },
    });
  });

  it("sets strictARP for MetalLB", () => {
    expect(kubeProxyConfig(getTemplate("starter-500")).ipvs).toEqual({ scheduler: "rr", strictARP: true });
  });

  it("drops the IPVS block in nftables mode and tells pod traffic by the first pod CIDR without Calico", () => {
    const config = kubeProxyConfig(variantDesigns()["flannel-gcp-full-mesh"]!);
    expect(config).toMatchObject({ mode: "nftables", detectLocalMode: "ClusterCIDR", clusterCIDR: "10.16.0.0/15" });
    expect(config).not.toHaveProperty("ipvs");
  });
});
