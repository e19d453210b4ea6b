import { describe, expect, it } from "vitest";
import { getTemplate } from "@/lib/design";
import { renderBundle } from "./bundle";
import { byName, objectsOf } from "./testing/bundle";
import { variantDesigns } from "./testing/designs";
import { planOf } from "./testing/plan";

const reference = getTemplate("reference-5000");
const files = renderBundle(reference, planOf(reference));
const variants = variantDesigns();

describe("Calico IP pools", () => {
  it("renders the reference worker pool as designed: /16 in /26 blocks, routed, NAT out, on worker nodes", () => {
    expect(byName(objectsOf(files, "calico/ippools.yaml"), "workers").spec).toEqual({
      cidr: "10.1.0.0/16",
      blockSize: 26,
      ipipMode: "Never",
      vxlanMode: "Never",
      natOutgoing: true,
      nodeSelector: "blueprint.io/pool in { 'worker' }",
      disabled: false,
    });
  });

  it("selects every node pool a pod pool serves", () => {
    expect(byName(objectsOf(files, "calico/ippools.yaml"), "control-plane").spec).toMatchObject({ nodeSelector: "blueprint.io/pool in { 'control-plane', 'storage' }" });
  });

  it("reserves the design's reserved ranges", () => {
    expect(objectsOf(files, "calico/ipreservations.yaml").map((o) => [o.metadata.name, o.spec])).toEqual([["worker-vips", { reservedCIDRs: ["10.1.255.0/24"] }]]);
  });

  it("tunnels every pool with IPIP under the calico-ipip overlay, and VXLAN under calico-vxlan", () => {
    const ipip = renderBundle(variants["ipip-linkerd-ec-gluster"]!, planOf(variants["ipip-linkerd-ec-gluster"]!));
    expect(objectsOf(ipip, "calico/ippools.yaml").map((o) => o.spec)).toEqual([
      expect.objectContaining({ ipipMode: "Always", vxlanMode: "Never" }),
      expect.objectContaining({ ipipMode: "Always", vxlanMode: "Never" }),
    ]);
    const vxlan = renderBundle(variants["vxlan-azure-istio-permissive"]!, planOf(variants["vxlan-azure-istio-permissive"]!));
    expect(objectsOf(vxlan, "calico/ippools.yaml").map((o) => o.spec)).toEqual([
      expect.objectContaining({ ipipMode: "Never", vxlanMode: "Always" }),
      expect.objectContaining({ ipipMode: "Never", vxlanMode: "Always" }),
    ]);
  });
});

describe("Calico BGP", () => {
  it("turns the full mesh off at scale and advertises the service and load-balancer ranges", () => {
    expect(objectsOf(files, "calico/bgpconfiguration.yaml")).toEqual([
      expect.objectContaining({
        kind: "BGPConfiguration",
        metadata: expect.objectContaining({ name: "default" }),
        spec: {
          asNumber: 65001,
          nodeToNodeMeshEnabled: false,
          logSeverityScreen: "Info",
          serviceClusterIPs: [{ cidr: "10.96.0.0/12" }],
          serviceLoadBalancerIPs: [{ cidr: "10.250.0.0/20" }],
        },
      }),
    ]);
  });

  it("peers each rack's nodes with its two leaves, in the rack's AS", () => {
    const peers = objectsOf(files, "calico/bgppeers.yaml");
    // 113 compute + 6 storage + 5 dedicated + 1 control racks, two leaves each.
    expect(peers).toHaveLength(250);
    // storage-1 is the 114th rack: AS 65001 + 113 = 65114; its /26 is subnet 113 of 10.254.0.0/16,
    // 113 x 64 = 7232 = 28 x 256 + 64, so 10.254.28.64/26 and leaves .65 and .66.
    expect(byName(peers, "storage-1-leaf-1").spec).toEqual({ nodeSelector: "blueprint.io/rack == 'storage-1'", peerIP: "10.254.28.65", asNumber: 65114, localASNumber: 65114 });
    expect(byName(peers, "storage-1-leaf-2").spec).toMatchObject({ peerIP: "10.254.28.66", asNumber: 65114 });
    // control-1 is the 125th and last rack: AS 65125, subnet 124 x 64 = 7936 = 31 x 256: 10.254.31.0/26.
    expect(byName(peers, "control-1-leaf-2").spec).toMatchObject({ peerIP: "10.254.31.2", asNumber: 65125 });
  });

  it("peers every node with the route reflectors in route-reflector mode", () => {
    const design = variants["ipip-linkerd-ec-gluster"]!;
    const bundle = renderBundle(design, planOf(design));
    expect(objectsOf(bundle, "calico/bgppeers.yaml").map((o) => o.spec)).toEqual([{ nodeSelector: "all()", peerSelector: "blueprint.io/route-reflector == 'true'" }]);
    expect(objectsOf(bundle, "calico/bgpconfiguration.yaml")[0]?.spec).toMatchObject({ nodeToNodeMeshEnabled: false });
  });
});

describe("Felix", () => {
  it("is left alone for routed pools without encryption", () => {
    expect(files.some((file) => file.path === "calico/felixconfiguration.yaml")).toBe(false);
  });

  it("sets the tunnel and WireGuard MTUs from the fabric MTU minus each header", () => {
    const design = variants["ipip-linkerd-ec-gluster"]!;
    // 9000 - 20 (IPIP), 9000 - 60 (WireGuard over IPv4), 9000 - 80 (over IPv6).
    expect(objectsOf(renderBundle(design, planOf(design)), "calico/felixconfiguration.yaml")[0]?.spec).toEqual({
      ipipEnabled: true,
      ipipMTU: 8980,
      wireguardEnabled: true,
      wireguardMTU: 8940,
      wireguardMTUV6: 8920,
    });
    const vxlan = variants["vxlan-azure-istio-permissive"]!;
    // 9000 - 50 (VXLAN); a VXLAN-only Calico runs no BGP.
    const vxlanFiles = renderBundle(vxlan, planOf(vxlan));
    expect(objectsOf(vxlanFiles, "calico/felixconfiguration.yaml")[0]?.spec).toEqual({ vxlanEnabled: true, vxlanMTU: 8950 });
    expect(vxlanFiles.some((file) => file.path.startsWith("calico/bgp"))).toBe(false);
  });
});

it("renders no Calico resources for another CNI", () => {
  const design = variants["flannel-gcp-full-mesh"]!;
  const bundle = renderBundle(design, planOf(design));
  expect(bundle.filter((file) => file.path.startsWith("calico/") || file.path.startsWith("ipam-cleanup/"))).toEqual([]);
  expect(bundle.find((file) => file.path === "README.md")?.content).toContain("The overlay is flannel-vxlan: the bundle holds no Calico resources.");
});
