/**
 * Node and object labels the bundle relies on. The operator puts the node labels on the nodes
 * when provisioning them (the README says so); every renderer selects nodes through these keys.
 */
export const NODE_POOL_LABEL = "blueprint.io/pool";
/** The rack a node sits in ("<rack group>-<n>"), for per-rack BGP peering with the ToR leaves. */
export const RACK_LABEL = "blueprint.io/rack";
export const RACK_GROUP_LABEL = "blueprint.io/rack-group";
/** Nodes chosen as Calico route reflectors (fabric.bgp.mode "route-reflector"). */
export const ROUTE_REFLECTOR_LABEL = "blueprint.io/route-reflector";
/** Rook reads this node label to place OSDs in a CRUSH rack bucket (Rook CephCluster CRD, "topology"). */
export const ROOK_RACK_LABEL = "topology.rook.io/rack";
/** Namespaces of a security zone carry the zone's name. */
export const ZONE_LABEL = "blueprint.io/zone";
/** Set by the API server on every namespace since Kubernetes 1.22 (well-known labels reference). */
export const NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";
export const MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";
export const MANAGED_BY = "blueprint";
