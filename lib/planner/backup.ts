import type { Design } from "../design";
import { report } from "./catalogue";
import type { ConcernResult, Finding } from "./types";

export type ScheduleMetrics = {
  schedule: string;
  protectedTB: number;
  dailyChangedTB: number;
  /** One full copy plus a day of changes for every further day kept. */
  retentionStorageTB: number;
  /** Hours the daily (incremental) backup takes at the bandwidth to the object store. */
  windowHoursNeeded: number;
  windowHours: number;
  /** Hours the first, full backup takes. */
  fullBackupHours: number;
  hasRestoreTest: boolean;
};

export type BackupMetrics = { schedules: ScheduleMetrics[]; totalRetentionStorageTB: number; bandwidthGbps: number };

/** TB over Gbps in hours: TB x 8,000 Gbit / Gbps / 3,600 s. */
function hoursAt(tb: number, gbps: number): number {
  return (tb * 8000) / gbps / 3600;
}

/**
 * Velero schedules (https://velero.io/docs/main/backup-reference/): each run after the first
 * uploads what changed since the last one (Kopia/Restic file-system backups are incremental and
 * deduplicated, https://velero.io/docs/main/file-system-backup/), and backups are kept for the
 * schedule's TTL. Schedules are taken as daily, as the design's change rate is per day.
 */
export function planBackup(design: Design): ConcernResult<BackupMetrics> {
  const { backup } = design;
  const findings: Finding[] = [];
  const tested = new Set<string>();
  backup.restoreTests.forEach((test, index) => {
    if (backup.schedules.some((s) => s.name === test.schedule)) tested.add(test.schedule);
    else findings.push(report("design.unknown-reference", `/backup/restoreTests/${index}/schedule`, { element: "A restore test", kind: "schedule", name: test.schedule }));
  });

  const schedules = backup.schedules.map((schedule, index): ScheduleMetrics => {
    const protectedTB = schedule.protectedDataTB;
    const dailyChangedTB = protectedTB * backup.dailyChangeRate;
    const metrics: ScheduleMetrics = {
      schedule: schedule.name,
      protectedTB,
      dailyChangedTB,
      retentionStorageTB: protectedTB + dailyChangedTB * (schedule.retentionDays - 1),
      windowHoursNeeded: hoursAt(dailyChangedTB, backup.bandwidthGbps),
      windowHours: schedule.windowHours,
      fullBackupHours: hoursAt(protectedTB, backup.bandwidthGbps),
      hasRestoreTest: tested.has(schedule.name),
    };
    const path = `/backup/schedules/${index}`;
    if (metrics.windowHoursNeeded > schedule.windowHours) {
      findings.push(
        report("backup.window-exceeded", `${path}/windowHours`, {
          schedule: schedule.name,
          changedTB: dailyChangedTB,
          hours: metrics.windowHoursNeeded,
          bandwidthGbps: backup.bandwidthGbps,
          windowHours: schedule.windowHours,
          bandwidthNeededGbps: Math.ceil((dailyChangedTB * 8000) / (schedule.windowHours * 3600)),
        }),
      );
    }
    // Velero: a backup is only as good as a restore from it (https://velero.io/docs/main/restore-reference/).
    if (!metrics.hasRestoreTest) findings.push(report("backup.no-restore-test", path, { schedule: schedule.name }));
    return metrics;
  });

  return {
    metrics: { schedules, totalRetentionStorageTB: schedules.reduce((sum, s) => sum + s.retentionStorageTB, 0), bandwidthGbps: backup.bandwidthGbps },
    findings,
  };
}
