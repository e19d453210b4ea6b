import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { getTemplate } from "@/lib/design";
import { renderBundle } from "./bundle";
import { byName, fileOf, objectsOf } from "./testing/bundle";
import { variantDesigns } from "./testing/designs";
import { planOf } from "./testing/plan";
import { shellQuote, ttlOf } from "./velero";

const reference = getTemplate("reference-5000");
const files = renderBundle(reference, planOf(reference));

describe("Velero objects of the reference design", () => {
  it("stores backups in the design's S3 bucket and snapshots AWS volumes in its region", () => {
    expect(objectsOf(files, "backup/backupstoragelocation.yaml")[0]).toMatchObject({
      metadata: { name: "default", namespace: "velero" },
      spec: { provider: "aws", default: true, objectStorage: { bucket: "blueprint-reference-velero" }, config: { region: "us-east-1" } },
    });
    expect(objectsOf(files, "backup/volumesnapshotlocation.yaml")[0]?.spec).toEqual({ provider: "aws", config: { region: "us-east-1" } });
  });

  it("turns each schedule's retention into a TTL: 30 days = 720h, 14 days = 336h", () => {
    expect(ttlOf(30)).toBe("720h0m0s");
    const schedules = objectsOf(files, "backup/schedules.yaml");
    expect(byName(schedules, "daily-apps").spec).toEqual({
      schedule: "0 1 * * *",
      useOwnerReferencesInBackup: false,
      template: {
        includedNamespaces: ["ingress", "web", "api"],
        ttl: "720h0m0s",
        storageLocation: "default",
        snapshotVolumes: true,
        volumeSnapshotLocations: ["default"],
        // Ceph RBD volumes are not EBS volumes: the node agent copies them.
        defaultVolumesToFsBackup: true,
      },
    });
    expect(byName(schedules, "daily-data").spec).toMatchObject({ schedule: "0 2 * * *", template: { includedNamespaces: ["databases"], ttl: "336h0m0s" } });
  });

  it("installs Velero with the AWS plugin, the bucket, the region and the node agent", () => {
    const script = fileOf(files, "backup/install-velero.sh");
    expect(script.startsWith("#!/bin/sh\n")).toBe(true);
    expect(script).toContain(
      [
        "velero install \\",
        "  --namespace velero \\",
        "  --provider 'aws' \\",
        "  --plugins 'velero/velero-plugin-for-aws:v1.13.0' \\",
        "  --bucket 'blueprint-reference-velero' \\",
        "  --backup-location-config 'region=us-east-1' \\",
        "  --snapshot-location-config 'region=us-east-1' \\",
        "  --use-node-agent \\",
        '  --secret-file "$CREDENTIALS"',
      ].join("\n"),
    );
    execFileSync("sh", ["-n"], { input: script });
  });

  it("writes a restore-test checklist per restore test", () => {
    const checklist = fileOf(files, "backup/restore-test-checklist.md");
    expect(checklist).toContain("## daily-apps (test cron `0 6 * * 6`)");
    expect(checklist).toContain(
      "velero restore create daily-apps-restore-test --from-schedule daily-apps --namespace-mappings ingress:ingress-restore-test,web:web-restore-test,api:api-restore-test",
    );
    expect(checklist).not.toContain("Schedules without a restore test");
  });
});

describe("other providers", () => {
  const variants = variantDesigns();

  it("points an S3-compatible store at its URL with path-style access and no cloud snapshots", () => {
    const design = variants["ipip-linkerd-ec-gluster"]!;
    const bundle = renderBundle(design, planOf(design));
    expect(objectsOf(bundle, "backup/backupstoragelocation.yaml")[0]?.spec).toMatchObject({
      provider: "aws",
      config: { region: "us-east-1", s3ForcePathStyle: "true", s3Url: "https://minio.example.com:9000" },
    });
    expect(bundle.some((file) => file.path === "backup/volumesnapshotlocation.yaml")).toBe(false);
    expect(fileOf(bundle, "backup/install-velero.sh")).toContain("--use-volume-snapshots=false");
  });

  it("quotes the design's strings in the install script so that the shell expands nothing", () => {
    const design = variants["ipip-linkerd-ec-gluster"]!;
    const script = fileOf(renderBundle(design, planOf(design)), "backup/install-velero.sh");
    expect(script).toContain(`--bucket ${shellQuote("it's-$(reboot)")}`);
    // The shell reads the quoted text back as exactly the design's bucket name.
    expect(execFileSync("sh", ["-c", `printf %s ${shellQuote("it's-$(reboot) `x` \"$HOME\"")}`]).toString()).toBe("it's-$(reboot) `x` \"$HOME\"");
  });

  it("uses the GCP and Azure plugins with their own location config", () => {
    const gcp = variants["flannel-gcp-full-mesh"]!;
    const gcpFiles = renderBundle(gcp, planOf(gcp));
    expect(objectsOf(gcpFiles, "backup/backupstoragelocation.yaml")[0]?.spec).toEqual({ provider: "gcp", default: true, objectStorage: { bucket: "starter-velero" } });
    expect(fileOf(gcpFiles, "backup/install-velero.sh")).toContain("--plugins 'velero/velero-plugin-for-gcp:v1.13.0'");
    const azure = variants["vxlan-azure-istio-permissive"]!;
    const azureFiles = renderBundle(azure, planOf(azure));
    expect(fileOf(azureFiles, "backup/install-velero.sh")).toContain("--plugins 'velero/velero-plugin-for-microsoft-azure:v1.13.0'");
    expect(fileOf(azureFiles, "README.md")).toContain("Azure: add resourceGroup and storageAccount");
  });

  it("keeps a hostile bucket name a plain string in YAML", () => {
    const design = { ...reference, backup: { ...reference.backup, bucket: "b\nkind: Secret\n---\nx: y" } };
    const text = fileOf(renderBundle(design, planOf(design)), "backup/backupstoragelocation.yaml");
    expect(text).not.toContain("\nkind: Secret");
    expect((parse(text) as { spec: { objectStorage: { bucket: string } } }).spec.objectStorage.bucket).toBe("b\nkind: Secret\n---\nx: y");
  });
});
