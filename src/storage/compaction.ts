/**
 * When to snapshot the state machine and how much log to keep behind the snapshot.
 * Pure: the driver asks `shouldCompact` after applying, and when it says yes it
 * snapshots the application at its applied index and compacts to `compactionIndex`.
 * The log carries a load snapshot from every member every second, so without this it
 * would grow without bound.
 */
import { assert } from '../raft/index.js';

/** The named limits of log compaction. */
export interface CompactionPolicy {
  /** Snapshot once this many entries were applied since the last snapshot. */
  snapshotEntries: number;
  /** Snapshot once this many log bytes (entrySizeBytes) were written since the last snapshot. */
  snapshotBytes: number;
  /** Entries kept behind a new snapshot so lagging followers catch up from the log. */
  retainEntries: number;
}

/**
 * Ten thousand entries is about three minutes of load snapshots from a 50-member
 * group (one per member per second): a restart replays at most that much, and a
 * snapshot of the cluster state (kilobytes to a few megabytes) is cheap next to it.
 */
export const DEFAULT_SNAPSHOT_ENTRIES = 10_000;
/**
 * 64 MiB bounds the memory the log cache holds (every entry since the compaction
 * point is kept in memory) when entries are large, long before the count limit.
 */
export const DEFAULT_SNAPSHOT_BYTES = 64 * 1024 * 1024;
/**
 * A follower a few seconds behind (a restart, a GC pause) is 1,000 entries behind at
 * most in the load-snapshot stream; keeping them spares it a full InstallSnapshot.
 * Must stay below DEFAULT_SNAPSHOT_ENTRIES or every compaction would keep everything.
 */
export const DEFAULT_RETAIN_ENTRIES = 1_000;

/** The defaults, with the why of each next to its constant. */
export const DEFAULT_COMPACTION_POLICY: Readonly<CompactionPolicy> = Object.freeze({
  snapshotEntries: DEFAULT_SNAPSHOT_ENTRIES,
  snapshotBytes: DEFAULT_SNAPSHOT_BYTES,
  retainEntries: DEFAULT_RETAIN_ENTRIES,
});

/** Fills in defaults and checks the limits and the relationship between them, once, up front. */
export function resolveCompactionPolicy(partial: Partial<CompactionPolicy> = {}): CompactionPolicy {
  const policy = { ...DEFAULT_COMPACTION_POLICY, ...partial };
  for (const [name, value] of Object.entries(policy)) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`compaction policy: ${name} must be a non-negative integer, got ${value}`);
    }
  }
  if (policy.snapshotEntries < 1 || policy.snapshotBytes < 1) {
    throw new RangeError('compaction policy: snapshotEntries and snapshotBytes must be at least 1');
  }
  if (policy.retainEntries >= policy.snapshotEntries) {
    throw new RangeError(
      `compaction policy: retainEntries (${policy.retainEntries}) must be below snapshotEntries (${policy.snapshotEntries}), or compaction never frees anything`,
    );
  }
  return policy;
}

/** What `shouldCompact` looks at; the storage measures it (see LevelRaftStorage.compactionStats). */
export interface CompactionStats {
  /** The application's applied index: a snapshot can only be taken there. */
  appliedIndex: number;
  /** The index of the latest snapshot (0 when there is none). */
  snapshotIndex: number;
  /** Log bytes (entrySizeBytes) written since the latest snapshot, a conflicting tail included. */
  bytesSinceSnapshot: number;
}

/** True when the application should snapshot at `appliedIndex` and compact behind it. */
export function shouldCompact(stats: CompactionStats, policy: CompactionPolicy = DEFAULT_COMPACTION_POLICY): boolean {
  assert(stats.appliedIndex >= 0 && stats.snapshotIndex >= 0, 'compaction stats must be non-negative');
  if (stats.appliedIndex <= stats.snapshotIndex) return false;
  return stats.appliedIndex - stats.snapshotIndex >= policy.snapshotEntries || stats.bytesSinceSnapshot >= policy.snapshotBytes;
}

/**
 * Where to compact after a snapshot at `snapshotIndex`: `retainEntries` behind it, and
 * never at or below the current compaction point (`firstIndex - 1`). Returns 0 when
 * there is nothing to discard.
 */
export function compactionIndex(snapshotIndex: number, firstIndex: number, policy: CompactionPolicy = DEFAULT_COMPACTION_POLICY): number {
  const target = snapshotIndex - policy.retainEntries;
  return target > firstIndex - 1 ? target : 0;
}
