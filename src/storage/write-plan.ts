/**
 * Turning a write into LevelDB operations, checked against the log as it is now.
 * Pure: nothing here touches the disk or the cache, so a write that is refused (a
 * stale snapshot, a gap, a second vote in a term) changes nothing at all.
 */
import {
  CompactedError,
  type Entry,
  type HardState,
  NONE,
  type Snapshot,
  type SnapshotMetadata,
  SnapshotOutOfDateError,
  assert,
} from '../raft/index.js';
import {
  HARD_STATE_KEY,
  SNAPSHOT_DATA_KEY,
  SNAPSHOT_META_KEY,
  TRUNCATED_KEY,
  encodeEntries,
  encodeHardState,
  encodeSnapshotData,
  encodeSnapshotMetadata,
  encodeTruncated,
  logKey,
} from './codec.js';

/** One LevelDB batch operation. */
export type WriteOp = { type: 'put'; key: string; value: Uint8Array } | { type: 'del'; key: string };

/** The durable log as a write sees it: what the cache holds before the write. */
export interface LogPosition {
  firstIndex: number;
  lastIndex: number;
  snapshotIndex: number;
  hardState: HardState;
}

/** One Ready's durable part, written as a single synced batch. */
export interface PersistBatch {
  hardState: HardState | null;
  entries: readonly Entry[];
  snapshot: Snapshot | null;
  /**
   * fsync before resolving (default true). Raft's Ready says when it may be skipped:
   * a change of the commit index alone, which LevelDB still writes (it survives a
   * process crash) and the next synced write flushes, as etcd does.
   */
  sync?: boolean;
}

/** The ops of a save, and the entries it really appends (those not already compacted). */
export interface SavePlan {
  ops: WriteOp[];
  fresh: Entry[];
}

/**
 * A save in the order of a Ready: the snapshot replaces every entry, the entries
 * overwrite from their first index and delete the old tail past their last, and the
 * hard state is checked against the persistence contract.
 */
export function planSave(at: LogPosition, batch: PersistBatch): SavePlan {
  const ops = new OpList();
  let { firstIndex: first, lastIndex: last } = at;
  const { snapshot, hardState } = batch;
  if (snapshot !== null) {
    const { index, term } = snapshot.metadata;
    if (index <= at.snapshotIndex) throw new SnapshotOutOfDateError(index, at.snapshotIndex);
    // Entries after the snapshot may conflict with it, so every entry goes (etcd does the same).
    for (let j = first; j <= last; j++) ops.del(logKey(j));
    ops.put(TRUNCATED_KEY, encodeTruncated({ index, term }));
    ops.snapshot(snapshot.metadata, snapshot.data);
    [first, last] = [index + 1, index];
  }
  const fresh = batch.entries.filter((e) => e.index >= first);
  if (fresh.length > 0) {
    const start = fresh[0]!.index;
    assert(start <= last + 1, `missing log entry: last ${last}, append at ${start}`);
    const values = encodeEntries(fresh);
    for (const [k, e] of fresh.entries()) {
      assert(e.index === start + k, `appended entries are not contiguous at ${e.index}`);
      ops.put(logKey(e.index), values[k]!);
    }
    const newLast = start + fresh.length - 1;
    for (let j = newLast + 1; j <= last; j++) ops.del(logKey(j));
    last = newLast;
  }
  if (hardState !== null) {
    checkHardStateStep(at.hardState, hardState, last);
    ops.put(HARD_STATE_KEY, encodeHardState(hardState));
  }
  return { ops: ops.list(), fresh };
}

/** Records a snapshot at `metadata.index`; the caller checked it is newer and in the log. */
export function planCreateSnapshot(metadata: SnapshotMetadata, data: Uint8Array): WriteOp[] {
  const ops = new OpList();
  ops.snapshot(metadata, data);
  return ops.list();
}

/** Deletes entries firstIndex..i and moves the compaction point to i; `termOf` reads the log. */
export function planCompact(at: LogPosition, i: number, termOf: (index: number) => number): WriteOp[] {
  if (i < at.firstIndex) throw new CompactedError(i, at.firstIndex);
  assert(i <= at.lastIndex, `compact ${i} is past the last index ${at.lastIndex}`);
  const ops = new OpList();
  for (let j = at.firstIndex; j <= i; j++) ops.del(logKey(j));
  ops.put(TRUNCATED_KEY, encodeTruncated({ index: i, term: termOf(i) }));
  return ops.list();
}

/**
 * The persistence contract, checked at the last point before the disk: the term never
 * goes back, a vote cast in a term is never changed, the commit index never goes back
 * and never passes the log.
 */
export function checkHardStateStep(before: HardState, after: HardState, lastIndex: number): void {
  assert(after.term >= before.term, `hard state term goes back from ${before.term} to ${after.term}`);
  if (after.term === before.term && before.vote !== NONE) {
    assert(after.vote === before.vote, `vote in term ${after.term} changes from '${before.vote}' to '${after.vote}'`);
  }
  assert(after.commit >= before.commit, `commit goes back from ${before.commit} to ${after.commit}`);
  assert(after.commit <= lastIndex, `commit ${after.commit} is past the last index ${lastIndex}`);
}

/** Batch ops keyed by LevelDB key: a later op on a key replaces an earlier one. */
class OpList {
  private readonly ops = new Map<string, WriteOp>();

  put(key: string, value: Uint8Array): void {
    this.ops.set(key, { type: 'put', key, value });
  }

  del(key: string): void {
    this.ops.set(key, { type: 'del', key });
  }

  snapshot(metadata: SnapshotMetadata, data: Uint8Array): void {
    this.put(SNAPSHOT_META_KEY, encodeSnapshotMetadata(metadata));
    this.put(SNAPSHOT_DATA_KEY, encodeSnapshotData(data));
  }

  list(): WriteOp[] {
    return [...this.ops.values()];
  }
}
