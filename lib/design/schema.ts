import { z } from "zod";
import { cidrString, parseCidr } from "./cidr";
import { dns1123Label, labels, labelKey, labelValue } from "./names";

/**
 * The design document: one JSON document per design (shared/design.md, "The design document").
 * Units are part of every numeric field name (Gbps, TB, Us) so that values that look alike never mix.
 * Elements are referenced by their `name`, which is a DNS-1123 label because it ends up in manifests.
 * References between sections (a rack group naming a node pool, a flow naming a zone) are not
 * checked here: a dangling reference is a planner finding with a path, so that the studio can show
 * it on the element instead of refusing the whole document.
 */
export const CURRENT_SCHEMA_VERSION = 1;

const positiveInt = z.number().int().positive();
const nonNegativeInt = z.number().int().nonnegative();
const positive = z.number().positive();
const nonNegative = z.number().nonnegative();
const share = z.number().min(0).max(1);
const gbps = z.number().positive();

/** Names must be unique inside a list: manifests and references are keyed by them. */
function uniqueNames<T extends { name: string }>(item: z.ZodType<T>) {
  return z.array(item).superRefine((items, ctx) => {
    const seen = new Map<string, number>();
    items.forEach((entry, index) => {
      const first = seen.get(entry.name);
      if (first !== undefined) {
        ctx.addIssue({ code: "custom", path: [index, "name"], message: `duplicate name "${entry.name}" (also at index ${first})` });
      } else {
        seen.set(entry.name, index);
      }
    });
  });
}

export const ipFamilies = ["ipv4", "ipv6", "dual-stack"] as const;

export const clusterSchema = z.object({
  name: dns1123Label,
  kubernetesVersion: z.string().regex(/^1\.\d{1,2}$/, 'must be a Kubernetes minor version such as "1.31"').default("1.31"),
  /** The node count the cluster is built for; the planner compares the racks' nodes against it. */
  targetNodes: nonNegativeInt.default(0),
  maxPodsPerNode: z.number().int().min(1).max(2500).default(110),
  ipFamilies: z.enum(ipFamilies).default("ipv4"),
  traffic: z
    .object({
      baselineGbpsPerNode: nonNegative.default(1),
      /** Share of node traffic that stays inside the cluster (east-west), 0..1. */
      eastWestShare: share.default(0.7),
      peakFactor: z.number().min(1).default(2),
    })
    .prefault({}),
  latencyTargetUs: positive.default(50),
  /** Headroom for growth used when suggesting sizes (0.25 = room for 25% more nodes). */
  growthHeadroom: z.number().min(0).max(10).default(0.25),
});

export const switchModelSchema = z.object({
  model: z.string().min(1).max(100),
  ports: positiveInt,
  portSpeedGbps: gbps,
  /** Port-to-port forwarding latency of one switch hop. */
  latencyUs: nonNegative.default(1),
});

export const leafModelSchema = z.object({
  model: z.string().min(1).max(100),
  downlinkPorts: positiveInt,
  downlinkSpeedGbps: gbps,
  uplinkPorts: positiveInt,
  uplinkSpeedGbps: gbps,
  /** Routes the leaf's forwarding table can hold (IPv4 prefixes). */
  routeTableCapacity: positiveInt.default(128_000),
  latencyUs: nonNegative.default(1),
});

export const bgpModes = ["tor", "route-reflector", "full-mesh"] as const;

export const fabricSchema = z.object({
  spine: switchModelSchema.extend({ count: positiveInt }).prefault({ model: "spine-64x100g", ports: 64, portSpeedGbps: 100, count: 2 }),
  leaf: leafModelSchema.prefault({ model: "leaf-48x25g-6x100g", downlinkPorts: 48, downlinkSpeedGbps: 25, uplinkPorts: 6, uplinkSpeedGbps: 100 }),
  linksPerLeafPerSpine: positiveInt.default(1),
  superSpine: switchModelSchema.extend({ count: positiveInt }).optional(),
  /** Downlink:uplink ratio the design accepts per leaf (1 = non-blocking, 3 = common). */
  oversubscriptionTarget: z.number().min(1).default(3),
  bgp: z
    .object({
      mode: z.enum(bgpModes).default("tor"),
      /** AS number of the first rack; racks count up from it when asnPerRack is set (RFC 6996 private range). */
      asnBase: z.number().int().min(1).max(4_294_967_295).default(65_001),
      asnPerRack: z.boolean().default(true),
      spineAsn: z.number().int().min(1).max(4_294_967_295).default(65_000),
      routeReflectors: nonNegativeInt.default(0),
    })
    .prefault({}),
  mtu: z.number().int().min(1280).max(9216).default(9000),
});

export const nodeRoles = ["control-plane", "worker", "storage", "dedicated"] as const;
export const diskTypes = ["nvme", "ssd", "hdd"] as const;

export const diskSchema = z.object({
  type: z.enum(diskTypes),
  count: positiveInt,
  sizeTB: positive,
});

export const taintSchema = z.object({
  key: labelKey,
  value: labelValue.default(""),
  effect: z.enum(["NoSchedule", "PreferNoSchedule", "NoExecute"]),
});

/**
 * A node pool is a kind of node. How many nodes it has follows from the racks that hold it
 * (racks x nodes per rack): a separate count here would sooner or later disagree with the drawing.
 */
export const nodePoolSchema = z.object({
  name: dns1123Label,
  role: z.enum(nodeRoles),
  nics: z.object({ count: z.number().int().min(1).max(16), speedGbps: gbps }),
  cpuCores: positiveInt.default(32),
  memoryGiB: positiveInt.default(256),
  disks: z.array(diskSchema).default([]),
  labels: labels.default({}),
  taints: z.array(taintSchema).default([]),
});

export const rackGroupSchema = z.object({
  name: dns1123Label,
  /** How many identical racks of this kind. */
  count: positiveInt,
  /** 2 for dual-homed nodes (one NIC to each leaf). */
  leavesPerRack: z.union([z.literal(1), z.literal(2)]).default(2),
  placements: z.array(z.object({ pool: dns1123Label, nodesPerRack: positiveInt })).default([]),
  failureDomain: z
    .object({ row: labelValue.optional(), zone: labelValue.optional() })
    .default({}),
});

export const overlays = ["calico-bgp", "calico-vxlan", "calico-ipip", "flannel-vxlan", "cilium-native", "cilium-vxlan"] as const;
export const kubeProxyModes = ["ipvs", "iptables", "nftables"] as const;

export const networkSchema = z.object({
  overlay: z.enum(overlays).default("calico-bgp"),
  /** WireGuard encryption of pod traffic (Calico), which adds its own header. */
  wireguard: z.boolean().default(false),
  kubeProxy: z
    .object({
      mode: z.enum(kubeProxyModes).default("ipvs"),
      // IPVS schedulers (https://kubernetes.io/docs/reference/networking/virtual-ips/#proxy-mode-ipvs).
      ipvsScheduler: z.enum(["rr", "lc", "dh", "sh", "sed", "nq", "mh"]).default("rr"),
    })
    .prefault({}),
  serviceMesh: z
    .object({
      type: z.enum(["none", "istio", "linkerd"]).default("none"),
      mtls: z.enum(["strict", "permissive"]).default("strict"),
    })
    .prefault({}),
  loadBalancer: z
    .object({
      type: z.enum(["haproxy", "nginx", "metallb"]).default("haproxy"),
      /** Addresses handed to LoadBalancer services (metallb) or fronted by the external L4 balancers. */
      addressRange: cidrString.optional(),
    })
    .prefault({}),
  expectedServices: nonNegativeInt.default(1000),
});

export const encapsulations = ["none", "ipip", "ipip-cross-subnet", "vxlan", "vxlan-cross-subnet"] as const;

export const podPoolSchema = z
  .object({
  name: dns1123Label,
  cidr: cidrString,
  /** Calico IPAM block prefix length: 20-32 for IPv4, 116-128 for IPv6 (Calico IPPool reference). */
  blockSize: z.number().int().min(1).max(128),
  /** Node pools whose nodes take addresses from this pool (rendered as the IPPool nodeSelector). */
  nodePools: z.array(dns1123Label).default([]),
  encapsulation: z.enum(encapsulations).default("none"),
  natOutgoing: z.boolean().default(true),
  disabled: z.boolean().default(false),
  })
  .superRefine((pool, ctx) => {
    // Calico rejects an IPPool whose blockSize is outside 20-32 (IPv4) or 116-128 (IPv6), or
    // larger than the pool itself (https://docs.tigera.io/calico/latest/reference/resources/ippool).
    const parsed = parseCidr(pool.cidr);
    if (!parsed.ok) return;
    const [min, max] = parsed.value.family === 4 ? [20, 32] : [116, 128];
    if (pool.blockSize < min || pool.blockSize > max) {
      ctx.addIssue({ code: "custom", path: ["blockSize"], message: `blockSize for an IPv${parsed.value.family} pool must be between ${min} and ${max}` });
    } else if (pool.blockSize < parsed.value.prefix) {
      ctx.addIssue({ code: "custom", path: ["blockSize"], message: `blockSize /${pool.blockSize} is larger than the pool ${pool.cidr}` });
    }
  });

const namedCidr = z.object({ name: dns1123Label, cidr: cidrString });

export const nodeNetworkSchema = z.discriminatedUnion("scope", [
  z.object({
    scope: z.literal("rack"),
    name: dns1123Label,
    /** Supernet from which each rack gets one subnet of `subnetPrefix`. */
    cidr: cidrString,
    subnetPrefix: z.number().int().min(8).max(128),
    /** Rack groups served; empty means every rack group. */
    rackGroups: z.array(dns1123Label).default([]),
    /** Addresses per subnet taken by gateways (a leaf pair and a virtual gateway: 3). */
    gatewaysPerSubnet: nonNegativeInt.default(3),
    /** Spare share kept free in each subnet, 0..1. */
    spareShare: share.default(0.1),
  }),
  z.object({
    scope: z.literal("role"),
    name: dns1123Label,
    cidr: cidrString,
    roles: z.array(z.enum(nodeRoles)).min(1),
    gatewaysPerSubnet: nonNegativeInt.default(3),
    spareShare: share.default(0.1),
  }),
]);

export const ipPlanSchema = z.object({
  nodeNetworks: z.array(nodeNetworkSchema).default([]),
  podPools: uniqueNames(podPoolSchema).default([]),
  serviceCidr: cidrString.default("10.96.0.0/12"),
  /** Ranges inside pod pools that Calico must not hand out (IPReservation). */
  reserved: uniqueNames(namedCidr).default([]),
  /** Networks outside the cluster that nothing inside may overlap (data centre, VPN). */
  external: uniqueNames(namedCidr).default([]),
  /** Pool usage share at which the alert fires and the planner warns (Calico IPAM metrics). */
  usageAlertThreshold: z.number().gt(0).max(1).default(0.8),
});

export const protocols = ["TCP", "UDP", "SCTP"] as const;

export const portSchema = z
  .object({
    protocol: z.enum(protocols).default("TCP"),
    port: z.number().int().min(1).max(65_535),
    endPort: z.number().int().min(1).max(65_535).optional(),
  })
  .refine((p) => p.endPort === undefined || p.endPort >= p.port, { message: "endPort must not be below port", path: ["endPort"] });

export const zoneSchema = z.object({
  name: dns1123Label,
  namespaces: z.array(dns1123Label).default([]),
  podSelector: labels.default({}),
  /** The pod pool this zone's pods draw addresses from. */
  pool: dns1123Label.optional(),
  /** Ports open to traffic from outside the cluster (through the external load balancers). */
  ingressFromOutside: z.array(portSchema).default([]),
});

/** Allowed traffic from one zone to another; everything not listed is denied. */
export const flowSchema = z.object({
  from: dns1123Label,
  to: dns1123Label,
  ports: z.array(portSchema).default([]),
});

export const cephBackendSchema = z.object({
  name: dns1123Label,
  type: z.literal("ceph"),
  protection: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("replicated"), size: z.number().int().min(1).max(10) }),
    z.object({ kind: z.literal("erasure-coded"), dataChunks: z.number().int().min(1).max(32), codingChunks: z.number().int().min(1).max(16) }),
  ]),
  failureDomain: z.enum(["host", "rack"]).default("host"),
  deviceClass: z.enum(diskTypes),
});

export const glusterBackendSchema = z.object({
  name: dns1123Label,
  type: z.literal("glusterfs"),
  replicas: z.number().int().min(1).max(10).default(3),
  deviceClass: z.enum(diskTypes),
});

export const objectBackendSchema = z.object({
  name: dns1123Label,
  type: z.literal("object"),
  provider: z.enum(["aws", "gcp", "azure", "alibaba", "s3-compatible"]),
  /** The CSI driver that mounts the bucket (for example ossplugin.csi.alibabacloud.com). */
  csiDriver: z.string().min(1).max(253).regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, "must be a CSI driver name (DNS subdomain)"),
  bucket: z.string().min(3).max(63),
});

export const storageBackendSchema = z.discriminatedUnion("type", [cephBackendSchema, glusterBackendSchema, objectBackendSchema]);

export const storageClassSchema = z.object({
  name: dns1123Label,
  backend: dns1123Label,
  reclaimPolicy: z.enum(["Delete", "Retain"]).default("Delete"),
  allowVolumeExpansion: z.boolean().default(true),
  isDefault: z.boolean().default(false),
  expectedDataTB: nonNegative.default(0),
  growthTBPerMonth: nonNegative.default(0),
});

export const storageSchema = z.object({
  backends: uniqueNames(storageBackendSchema).default([]),
  classes: uniqueNames(storageClassSchema).default([]),
  nearfullRatio: z.number().gt(0).lt(1).default(0.85),
  fullRatio: z.number().gt(0).lt(1).default(0.95),
});

export const veleroProviders = ["aws", "gcp", "azure", "alibaba", "s3-compatible"] as const;

export const scheduleSchema = z.object({
  name: dns1123Label,
  /** Five-field cron expression, as Velero schedules take it. */
  cron: z.string().regex(/^(\S+\s+){4}\S+$/, "must be a five-field cron expression such as \"0 1 * * *\""),
  includedNamespaces: z.array(z.union([dns1123Label, z.literal("*")])).default(["*"]),
  retentionDays: z.number().int().min(1).max(3650).default(30),
  /** Data the schedule protects (volumes and objects of its namespaces). */
  protectedDataTB: nonNegative.default(0),
  snapshotVolumes: z.boolean().default(true),
  /** Hours the backup may take before it collides with the next one or with business hours. */
  windowHours: positive.max(24).default(6),
});

export const backupSchema = z.object({
  provider: z.enum(veleroProviders).default("aws"),
  bucket: z.string().min(3).max(63).default("blueprint-backups"),
  region: z.string().max(64).default("us-east-1"),
  /** Endpoint for s3-compatible stores (MinIO, Ceph RGW). */
  s3Url: z.url().optional(),
  bandwidthGbps: gbps.default(10),
  /** Share of protected data that changes per day, 0..1. */
  dailyChangeRate: share.default(0.05),
  schedules: uniqueNames(scheduleSchema).default([]),
  restoreTests: z.array(z.object({ schedule: dns1123Label, cron: scheduleSchema.shape.cron })).default([]),
});

const positionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });

/** Layout of what is drawn, apart from the model: moving a rack never changes the plan. */
export const canvasSchema = z.object({
  positions: z.record(z.string().max(200), positionSchema).default({}),
  expanded: z.array(z.string().max(200)).default([]),
});

export const designSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  cluster: clusterSchema,
  fabric: fabricSchema.prefault({}),
  racks: uniqueNames(rackGroupSchema).default([]),
  nodePools: uniqueNames(nodePoolSchema).default([]),
  network: networkSchema.prefault({}),
  ipPlan: ipPlanSchema.prefault({}),
  zones: uniqueNames(zoneSchema).default([]),
  flows: z.array(flowSchema).default([]),
  storage: storageSchema.prefault({}),
  backup: backupSchema.prefault({}),
  canvas: canvasSchema.prefault({}),
});

/** A valid, defaults-filled design document. */
export type Design = z.infer<typeof designSchema>;
/** What a user or a file may hand in: defaults may be left out. */
export type DesignInput = z.input<typeof designSchema>;
export type NodePool = Design["nodePools"][number];
export type RackGroup = Design["racks"][number];
export type PodPool = Design["ipPlan"]["podPools"][number];
export type NodeNetwork = Design["ipPlan"]["nodeNetworks"][number];
export type Zone = Design["zones"][number];
export type Flow = Design["flows"][number];
export type StorageBackend = Design["storage"]["backends"][number];
export type StorageClass = Design["storage"]["classes"][number];
export type BackupSchedule = Design["backup"]["schedules"][number];
export type NodeRole = (typeof nodeRoles)[number];
export type DiskType = (typeof diskTypes)[number];
export type Port = z.infer<typeof portSchema>;
export type Overlay = (typeof overlays)[number];
