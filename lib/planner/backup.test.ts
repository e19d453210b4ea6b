import { describe, expect, it } from "vitest";
import { planBackup } from "./backup";
import { designWith } from "./test-design";

describe("backup", () => {
  it("sizes the reference schedules", () => {
    const { metrics, findings } = planBackup(designWith());
    const data = metrics.schedules.find((s) => s.schedule === "daily-data")!;
    // 200 TB x 5% = 10 TB a day; 14 days kept: 200 + 13 x 10 = 330 TB.
    // 10 TB at 10 Gbps: 10 x 8,000 / 10 / 3,600 = 2.22 h of a 6 h window; the first full one 44.4 h.
    expect(data).toMatchObject({ protectedTB: 200, dailyChangedTB: 10, retentionStorageTB: 330, hasRestoreTest: true });
    expect(data.windowHoursNeeded).toBeCloseTo(80_000 / 10 / 3600, 9);
    expect(data.fullBackupHours).toBeCloseTo(1_600_000 / 10 / 3600, 9);
    // daily-apps: 20 + 29 x 1 = 49 TB; total 379 TB.
    expect(metrics.totalRetentionStorageTB).toBe(379);
    expect(findings).toEqual([]);
  });

  it("warns when the daily backup misses its window and when no restore test covers a schedule", () => {
    const design = designWith((d: any) => {
      d.backup.bandwidthGbps = 1;
      d.backup.restoreTests = [{ schedule: "daily-apps", cron: "0 6 * * 6" }, { schedule: "nightly", cron: "0 6 * * 6" }];
    });
    const { findings } = planBackup(design);
    // 10 TB at 1 Gbps: 22.2 h > 6 h; 10 TB in 6 h needs 80,000 / 21,600 = 3.7 -> 4 Gbps.
    const window = findings.find((f) => f.code === "backup.window-exceeded")!;
    expect(window).toMatchObject({ path: "/backup/schedules/1/windowHours", severity: "warning" });
    expect(window.fix).toContain("4 Gbps");
    expect(findings.map((f) => `${f.code} ${f.path}`)).toEqual(
      expect.arrayContaining(["backup.no-restore-test /backup/schedules/1", "design.unknown-reference /backup/restoreTests/1/schedule"]),
    );
  });
});
