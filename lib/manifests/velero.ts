import type { Design } from "@/lib/design";
import { metadata } from "./metadata";
import type { DocumentFile, K8sObject, ManifestGroup, Rendered } from "./types";

// Velero BackupStorageLocation, VolumeSnapshotLocation and Schedule (velero.io/v1,
// https://velero.io/docs/main/api-types/), installed by `velero install` (https://velero.io/docs/main/velero-install/).
export const VELERO_NAMESPACE = "velero";
const LOCATION = "default";

type Provider = Design["backup"]["provider"];

/**
 * Velero's provider name and plugin image per provider, for Velero 1.17 (plugin compatibility
 * tables in vmware-tanzu/velero-plugin-for-aws, -gcp, -microsoft-azure and
 * AliyunContainerService/velero-plugin). S3-compatible stores (MinIO, Ceph RGW) use the AWS plugin.
 * `snapshots`: the plugin also snapshots the provider's own volumes.
 */
const PROVIDERS: Record<Provider, { name: string; plugin: string; snapshots: boolean }> = {
  aws: { name: "aws", plugin: "velero/velero-plugin-for-aws:v1.13.0", snapshots: true },
  gcp: { name: "gcp", plugin: "velero/velero-plugin-for-gcp:v1.13.0", snapshots: true },
  azure: { name: "azure", plugin: "velero/velero-plugin-for-microsoft-azure:v1.13.0", snapshots: true },
  alibaba: { name: "alibabacloud", plugin: "registry.cn-hangzhou.aliyuncs.com/acs/velero-plugin-alibabacloud:v2.0.0", snapshots: true },
  "s3-compatible": { name: "aws", plugin: "velero/velero-plugin-for-aws:v1.13.0", snapshots: false },
};

/** Location config keys per provider (each plugin's README, "backup location config"). */
function locationConfig(design: Design): Record<string, string> {
  const { provider, region, s3Url } = design.backup;
  if (provider === "s3-compatible") return { region, s3ForcePathStyle: "true", ...(s3Url ? { s3Url } : {}) };
  if (provider === "aws" || provider === "alibaba") return { region };
  return {};
}

/** Cloud volume snapshots apply when the provider's plugin takes them and a schedule snapshots volumes. */
function usesSnapshotLocation(design: Design): boolean {
  return PROVIDERS[design.backup.provider].snapshots && design.backup.schedules.some((schedule) => schedule.snapshotVolumes);
}

/**
 * Volumes on Ceph or GlusterFS are not the cloud's disks: its snapshotter cannot take them, so
 * Velero copies their files with the node agent (file-system backup, https://velero.io/docs/main/file-system-backup/).
 */
function usesFileSystemBackup(design: Design): boolean {
  return design.storage.backends.some((backend) => backend.type !== "object") && design.backup.schedules.some((schedule) => schedule.snapshotVolumes);
}

/** Velero takes a TTL as a Go duration; retention is whole days. */
export function ttlOf(retentionDays: number): string {
  return `${retentionDays * 24}h0m0s`;
}

function backupStorageLocation(design: Design): K8sObject {
  const config = locationConfig(design);
  return {
    apiVersion: "velero.io/v1",
    kind: "BackupStorageLocation",
    metadata: metadata(LOCATION, VELERO_NAMESPACE),
    spec: {
      provider: PROVIDERS[design.backup.provider].name,
      default: true,
      objectStorage: { bucket: design.backup.bucket },
      ...(Object.keys(config).length > 0 ? { config } : {}),
    },
  };
}

function volumeSnapshotLocation(design: Design): K8sObject {
  const { provider, region } = design.backup;
  return {
    apiVersion: "velero.io/v1",
    kind: "VolumeSnapshotLocation",
    metadata: metadata(LOCATION, VELERO_NAMESPACE),
    spec: { provider: PROVIDERS[provider].name, ...(provider === "aws" || provider === "alibaba" ? { config: { region } } : {}) },
  };
}

function schedules(design: Design): K8sObject[] {
  const snapshotLocation = usesSnapshotLocation(design);
  const fsBackup = usesFileSystemBackup(design);
  return design.backup.schedules.map((schedule) => ({
    apiVersion: "velero.io/v1",
    kind: "Schedule",
    metadata: metadata(schedule.name, VELERO_NAMESPACE),
    spec: {
      schedule: schedule.cron,
      useOwnerReferencesInBackup: false,
      template: {
        includedNamespaces: [...schedule.includedNamespaces],
        ttl: ttlOf(schedule.retentionDays),
        storageLocation: LOCATION,
        snapshotVolumes: schedule.snapshotVolumes,
        ...(schedule.snapshotVolumes && snapshotLocation ? { volumeSnapshotLocations: [LOCATION] } : {}),
        ...(schedule.snapshotVolumes && fsBackup ? { defaultVolumesToFsBackup: true } : {}),
      },
    },
  }));
}

/** POSIX shell single quoting: nothing inside is expanded; a quote is closed, escaped and reopened. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function installScript(design: Design): string {
  const provider = PROVIDERS[design.backup.provider];
  const config = Object.entries(locationConfig(design))
    .map(([key, value]) => `${key}=${value}`)
    .join(",");
  const flags = [
    `--namespace ${VELERO_NAMESPACE}`,
    `--provider ${shellQuote(provider.name)}`,
    `--plugins ${shellQuote(provider.plugin)}`,
    `--bucket ${shellQuote(design.backup.bucket)}`,
    ...(config ? [`--backup-location-config ${shellQuote(config)}`] : []),
    ...(usesSnapshotLocation(design)
      ? design.backup.provider === "aws" || design.backup.provider === "alibaba"
        ? [`--snapshot-location-config ${shellQuote(`region=${design.backup.region}`)}`]
        : []
      : ["--use-volume-snapshots=false"]),
    ...(usesFileSystemBackup(design) ? ["--use-node-agent"] : []),
    '--secret-file "$CREDENTIALS"',
  ];
  return [
    "#!/bin/sh",
    `# Installs Velero for the cluster ${design.cluster.name} (generated by Blueprint).`,
    "# Needs the velero CLI (1.17) and a kubeconfig for the cluster. The credentials file holds the",
    "# object store's keys in the format of the provider's plugin README.",
    "set -eu",
    'CREDENTIALS="${VELERO_CREDENTIALS:-./credentials-velero}"',
    'if [ ! -f "$CREDENTIALS" ]; then',
    '  echo "credentials file $CREDENTIALS not found (set VELERO_CREDENTIALS)" >&2',
    "  exit 1",
    "fi",
    `velero install \\\n  ${flags.join(" \\\n  ")}`,
    "",
  ].join("\n");
}

function restoreChecklist(design: Design): string {
  const lines = [`# Restore-test checklist: ${design.cluster.name}`, ""];
  lines.push("A backup is only as good as its last restore. Run each test on its schedule and record the result.", "");
  for (const test of design.backup.restoreTests) {
    const schedule = design.backup.schedules.find((candidate) => candidate.name === test.schedule);
    lines.push(`## ${test.schedule} (test cron \`${test.cron}\`)`, "");
    if (!schedule) {
      lines.push(`- [ ] The design has no schedule named ${test.schedule}: fix the design before testing.`, "");
      continue;
    }
    const namespaces = schedule.includedNamespaces.filter((namespace) => namespace !== "*");
    const mappings = namespaces.map((namespace) => `${namespace}:${namespace}-restore-test`).join(",");
    lines.push(
      `- [ ] Check the last backup of the schedule completed: \`velero backup get --selector velero.io/schedule-name=${schedule.name}\``,
      `- [ ] Restore it into test namespaces: \`velero restore create ${schedule.name}-restore-test --from-schedule ${schedule.name}${mappings ? ` --namespace-mappings ${mappings}` : ""}\``,
      `- [ ] Wait for the restore: \`velero restore describe ${schedule.name}-restore-test --details\` shows Completed, no errors`,
      `- [ ] Workloads start and their volumes hold the data of the backup (${schedule.protectedDataTB} TB protected)`,
      `- [ ] Record how long the restore took against the recovery-time objective`,
      `- [ ] Delete the test namespaces${namespaces.length > 0 ? ` (${namespaces.map((namespace) => `${namespace}-restore-test`).join(", ")})` : ""} and the restore`,
      "",
    );
  }
  const untested = design.backup.schedules.filter((schedule) => !design.backup.restoreTests.some((test) => test.schedule === schedule.name));
  if (untested.length > 0) {
    lines.push("## Schedules without a restore test", "", ...untested.map((schedule) => `- [ ] ${schedule.name}: add a restore test to the design`), "");
  }
  return lines.join("\n");
}

export function renderVelero(design: Design): Rendered {
  if (design.backup.schedules.length === 0) return { groups: [] };
  const groups: ManifestGroup[] = [
    { path: "backup/backupstoragelocation.yaml", description: `The Velero BackupStorageLocation: bucket ${design.backup.bucket} (${design.backup.provider}).`, objects: [backupStorageLocation(design)] },
  ];
  if (usesSnapshotLocation(design)) {
    groups.push({ path: "backup/volumesnapshotlocation.yaml", description: "The Velero VolumeSnapshotLocation for the provider's volume snapshots.", objects: [volumeSnapshotLocation(design)] });
  }
  groups.push({ path: "backup/schedules.yaml", description: "Velero Schedules: cron, namespaces and retention (TTL) of each backup.", objects: schedules(design) });
  const documents: DocumentFile[] = [
    { path: "backup/install-velero.sh", description: "Installs Velero with the provider's plugin (run before applying backup/).", content: installScript(design) },
    { path: "backup/restore-test-checklist.md", description: "The restore-test checklist, one section per scheduled restore test.", content: restoreChecklist(design) },
  ];
  const notes = design.backup.provider === "azure" ? ["Azure: add resourceGroup and storageAccount to the BackupStorageLocation config before applying it."] : [];
  if (usesFileSystemBackup(design)) notes.push("Ceph and GlusterFS volumes are backed up by Velero's node agent (file-system backup): install-velero.sh enables it.");
  return { groups, documents, notes };
}
