/**
 * The documents the planning rules come from, named once so that the catalogues, the comments and
 * the README cite the same pages.
 */
export const sources = {
  calicoIpPool: "https://docs.tigera.io/calico/latest/reference/resources/ippool",
  calicoBlockSize: "https://docs.tigera.io/calico/latest/networking/ipam/change-block-size",
  calicoIpReservation: "https://docs.tigera.io/calico/latest/reference/resources/ipreservation",
  calicoIpamMetrics: "https://docs.tigera.io/calico/latest/reference/felix/prometheus",
  calicoBgp: "https://docs.tigera.io/calico/latest/networking/configuring/bgp",
  calicoMtu: "https://docs.tigera.io/calico/latest/networking/configuring/mtu",
  calicoPoolPerNode: "https://docs.tigera.io/calico/latest/networking/ipam/assign-ip-addresses-topology",
  k8sLargeClusters: "https://kubernetes.io/docs/setup/best-practices/cluster-large/",
  k8sThresholds: "https://github.com/kubernetes/community/blob/master/sig-scalability/configs-and-limits/thresholds.md",
  k8sServiceCidr: "https://github.com/kubernetes/kubernetes/blob/master/cmd/kube-apiserver/app/options/validation.go",
  k8sClusterIpAllocation: "https://kubernetes.io/docs/concepts/services-networking/cluster-ip-allocation/",
  k8sNetworkPolicy: "https://kubernetes.io/docs/concepts/services-networking/network-policies/",
  rfc7938: "https://www.rfc-editor.org/rfc/rfc7938",
  rfc1918: "https://www.rfc-editor.org/rfc/rfc1918",
  rfc950: "https://www.rfc-editor.org/rfc/rfc950",
  ieee8023by: "https://standards.ieee.org/ieee/802.3by/5868/",
  cephPlacementGroups: "https://docs.ceph.com/en/latest/rados/operations/placement-groups/",
  cephCapacity: "https://docs.ceph.com/en/latest/rados/configuration/mon-config-ref/#storage-capacity",
  cephErasureCode: "https://docs.ceph.com/en/latest/rados/operations/erasure-code/",
  cephCrush: "https://docs.ceph.com/en/latest/rados/operations/crush-map/",
  cephHardware: "https://docs.ceph.com/en/latest/start/hardware-recommendations/",
  glusterVolumes: "https://docs.gluster.org/en/latest/Administrator-Guide/Setting-Up-Volumes/",
  veleroBackup: "https://velero.io/docs/main/backup-reference/",
  veleroRestore: "https://velero.io/docs/main/restore-reference/",
  veleroFileSystemBackup: "https://velero.io/docs/main/file-system-backup/",
  designDocument: "shared/design.md#the-design-document",
} as const;
