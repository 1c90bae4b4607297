/**
 * The Raft log on LevelDB: hard state, entries and the latest snapshot, durable with
 * one fsync'd batch per Ready (group commit, never one fsync per entry).
 *
 * The core reads synchronously, so everything it reads is kept in memory: the log and
 * hard state in a MemoryStorage (the same cache the simulator uses), the snapshot in a
 * field of its own, because MemoryStorage ties its first index to its snapshot while
 * compaction here keeps `retainEntries` behind the snapshot. Writes go to disk first;
 * the cache changes only after the batch is durable, so a failed write leaves every
 * read as it was.
 */
import { Level } from 'level';
import {
  type ConfState,
  type Entry,
  type HardState,
  MemoryStorage,
  type Snapshot,
  SnapshotOutOfDateError,
  type Storage,
  assert,
  entrySizeBytes,
} from '../raft/index.js';
import { type CompactionPolicy, type CompactionStats, resolveCompactionPolicy } from './compaction.js';
import { StorageClosedError, StorageOpenFailedError, StorageWriteFailedError } from './errors.js';
import { type DiskState, type LogDatabase, readDiskState } from './load.js';
import { type LogPosition, type PersistBatch, type WriteOp, planCompact, planCreateSnapshot, planSave } from './write-plan.js';

/**
 * Writes allowed to wait behind the one in flight. The driver awaits each save, so
 * one or two is normal; more means a caller stopped awaiting and the entries held by
 * queued writes would grow without bound.
 */
export const WRITE_QUEUE_DEPTH_MAX = 64;

/** Options of {@link LevelRaftStorage.open}. */
export interface LevelRaftStorageOptions {
  /** Compaction limits; unset ones take DEFAULT_COMPACTION_POLICY's values. */
  compaction?: Partial<CompactionPolicy>;
}

/** A checked write: the LevelDB ops, and the cache update to run once they are durable. */
interface WritePlan<T> {
  ops: WriteOp[];
  commit: () => T;
  /** Whether to fsync (false only for a Ready that changes nothing but the commit index). */
  sync?: boolean;
}

/** The Raft log, hard state and snapshot, durable in LevelDB and served from memory. */
export class LevelRaftStorage implements Storage {
  /** The resolved compaction limits this storage was opened with. */
  readonly compactionPolicy: Readonly<CompactionPolicy>;
  private log = new MemoryStorage();
  private snap: Snapshot;
  private bytesSinceSnapshot = 0;
  private tail: Promise<unknown> = Promise.resolve();
  private queuedWrites = 0;
  private failure: unknown = null;
  private closed = false;

  private constructor(
    private readonly db: LogDatabase,
    disk: DiskState,
    policy: CompactionPolicy,
  ) {
    this.compactionPolicy = Object.freeze(policy);
    this.snap = disk.snapshot;
    if (disk.truncated.index > 0) {
      // A stand-in snapshot moves MemoryStorage's dummy entry to the compaction point.
      const { index, term } = disk.truncated;
      this.log.applySnapshot({ metadata: { index, term, confState: { voters: [], learners: [] } }, data: new Uint8Array(0) });
    }
    this.log.append(disk.entries);
    this.log.setHardState(disk.hardState);
    this.bytesSinceSnapshot = this.bytesAfter(this.snap.metadata.index);
  }

  /** Opens (or creates) the log in `dir` and loads it into memory, validating every record. */
  static async open(dir: string, options: LevelRaftStorageOptions = {}): Promise<LevelRaftStorage> {
    resolveCompactionPolicy(options.compaction); // Bad limits fail before anything is opened.
    const db: LogDatabase = new Level<string, Uint8Array>(dir, { keyEncoding: 'utf8', valueEncoding: 'view' });
    try {
      await db.open();
    } catch (err) {
      throw new StorageOpenFailedError(dir, err);
    }
    return LevelRaftStorage.load(db, options);
  }

  /** Loads from an already open database (tests use it to inject faults); closes it on failure. */
  static async load(db: LogDatabase, options: LevelRaftStorageOptions = {}): Promise<LevelRaftStorage> {
    try {
      const policy = resolveCompactionPolicy(options.compaction);
      return new LevelRaftStorage(db, await readDiskState(db), policy);
    } catch (err) {
      await db.close().catch(() => undefined);
      throw err;
    }
  }

  // Reads: synchronous, from memory.

  /** The hard state, and the membership of the latest snapshot (the driver adds changes applied since). */
  initialState(): { hardState: HardState; confState: ConfState } {
    this.checkOpen();
    const { voters, learners } = this.snap.metadata.confState;
    return { hardState: this.log.hardStateValue(), confState: { voters: [...voters], learners: [...learners] } };
  }

  /** Entries in [lo, hi), limited by maxBytes (at least one); see Storage.entries. */
  entries(lo: number, hi: number, maxBytes: number): Entry[] {
    this.checkOpen();
    return this.log.entries(lo, hi, maxBytes);
  }

  /** The term of entry `i`, for i in [firstIndex - 1, lastIndex]. */
  term(i: number): number {
    this.checkOpen();
    return this.log.term(i);
  }

  /** The first entry still in the log (the compaction point + 1). */
  firstIndex(): number {
    this.checkOpen();
    return this.log.firstIndex();
  }

  /** The last entry in the log (the compaction point when the log is empty). */
  lastIndex(): number {
    this.checkOpen();
    return this.log.lastIndex();
  }

  /** The latest durable snapshot (the empty snapshot, index 0, before the first). */
  snapshot(): Snapshot {
    this.checkOpen();
    return this.snap;
  }

  /** What `shouldCompact` needs, measured at the application's applied index. */
  compactionStats(appliedIndex: number): CompactionStats {
    return { appliedIndex, snapshotIndex: this.snap.metadata.index, bytesSinceSnapshot: this.bytesSinceSnapshot };
  }

  // Writes: each is one synced LevelDB batch, run one at a time.

  /**
   * Persists one Ready: the snapshot (replacing the whole log), then the entries
   * (truncating a conflicting tail; compacted ones are ignored), then the hard state.
   */
  async save(batch: PersistBatch): Promise<void> {
    return this.enqueue(() => {
      const { ops, fresh } = planSave(this.position(), batch);
      return { ops, sync: batch.sync ?? true, commit: () => this.commitSave(batch.snapshot, fresh, batch.hardState) };
    });
  }

  /** Appends entries durably (TestableStorage; the driver uses `save`). */
  async append(entries: readonly Entry[]): Promise<void> {
    return this.save({ hardState: null, entries, snapshot: null });
  }

  /** Persists the hard state (TestableStorage; the driver uses `save`). */
  async setHardState(hardState: HardState): Promise<void> {
    return this.save({ hardState, entries: [], snapshot: null });
  }

  /** Replaces everything with a snapshot from the leader (TestableStorage; the driver uses `save`). */
  async applySnapshot(snapshot: Snapshot): Promise<void> {
    return this.save({ hardState: null, entries: [], snapshot });
  }

  /**
   * Durably records the application's snapshot at applied index `i` (≤ lastIndex) and
   * returns it. The log is left alone: `compact` discards it afterwards.
   */
  async createSnapshot(i: number, confState: ConfState, data: Uint8Array): Promise<Snapshot> {
    return this.enqueue(() => {
      const current = this.snap.metadata.index;
      if (i <= current) throw new SnapshotOutOfDateError(i, current);
      assert(i <= this.log.lastIndex(), `snapshot index ${i} is past the last index ${this.log.lastIndex()}`);
      const snapshot: Snapshot = { metadata: { index: i, term: this.log.term(i), confState: cloneConf(confState) }, data };
      const ops = planCreateSnapshot(snapshot.metadata, data);
      return {
        ops,
        commit: () => {
          this.snap = snapshot;
          this.bytesSinceSnapshot = this.bytesAfter(i);
          return snapshot;
        },
      };
    });
  }

  /**
   * Discards entries up to and including `i`, which becomes the dummy at firstIndex - 1.
   * The policy compacts `retainEntries` behind the snapshot; going past it is allowed
   * (etcd's contract) but leaves a lagging follower only the snapshot.
   */
  async compact(i: number): Promise<void> {
    return this.enqueue(() => {
      const ops = planCompact(this.position(), i, (j) => this.log.term(j));
      return { ops, commit: () => this.log.compact(i) };
    });
  }

  /** Waits for queued writes, then closes LevelDB. Later calls throw STORAGE_CLOSED. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.tail;
    await this.db.close();
  }

  /** Where the log stands before the next write, as the write planner sees it. */
  private position(): LogPosition {
    return {
      firstIndex: this.log.firstIndex(),
      lastIndex: this.log.lastIndex(),
      snapshotIndex: this.snap.metadata.index,
      hardState: this.log.hardStateValue(),
    };
  }

  /** The cache update of a durable `save`; cannot fail, as `planSave` checked everything. */
  private commitSave(snapshot: Snapshot | null, fresh: Entry[], hardState: HardState | null): void {
    if (snapshot !== null) {
      const log = new MemoryStorage();
      log.setHardState(this.log.hardStateValue());
      log.applySnapshot(snapshot);
      this.log = log;
      this.snap = { metadata: { ...snapshot.metadata, confState: cloneConf(snapshot.metadata.confState) }, data: snapshot.data };
      this.bytesSinceSnapshot = 0;
    }
    this.log.append(fresh);
    for (const e of fresh) this.bytesSinceSnapshot += entrySizeBytes(e);
    if (hardState !== null) this.log.setHardState(hardState);
  }

  /**
   * Runs writes one at a time: `plan` reads the cache as the previous write left it,
   * the batch is synced, and only then `commit` updates the cache.
   */
  private async enqueue<T>(plan: () => WritePlan<T>): Promise<T> {
    this.checkOpen();
    assert(this.queuedWrites < WRITE_QUEUE_DEPTH_MAX, `more than ${WRITE_QUEUE_DEPTH_MAX} writes queued: is the caller awaiting save()?`);
    this.queuedWrites++;
    const run = this.tail.then(async () => {
      try {
        if (this.failure !== null) throw new StorageWriteFailedError('an earlier write failed; reopen the storage', this.failure);
        return await this.write(plan());
      } finally {
        this.queuedWrites--;
      }
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Syncs the batch, then updates the cache. Any failure from here on leaves disk and cache out of step: fail-stop. */
  private async write<T>(plan: WritePlan<T>): Promise<T> {
    try {
      if (plan.ops.length > 0) await writeBatch(this.db, plan.ops, plan.sync ?? true);
    } catch (err) {
      this.failure = err;
      throw new StorageWriteFailedError('the batch was not written', err);
    }
    try {
      return plan.commit();
    } catch (err) {
      this.failure = err;
      throw err;
    }
  }

  /** Bytes of the cached entries after index `i` (a snapshot index), for the compaction trigger. */
  private bytesAfter(i: number): number {
    const lo = Math.max(i + 1, this.log.firstIndex());
    let total = 0;
    for (const e of this.log.entries(lo, this.log.lastIndex() + 1, Number.MAX_SAFE_INTEGER)) total += entrySizeBytes(e);
    return total;
  }

  private checkOpen(): void {
    if (this.closed) throw new StorageClosedError();
  }
}

/**
 * Writes `ops` as one atomic LevelDB batch. A chained batch, not `db.batch(array)`:
 * the array form clones and normalises every operation in JavaScript before the
 * binding reads each one back by property name, which costs ~12 µs per entry (3 ms
 * of CPU for a 256-entry Ready, ten times the fsync it precedes); the chained form
 * hands each key and value to the binding directly, about a quarter of that.
 */
async function writeBatch(db: LogDatabase, ops: readonly WriteOp[], sync: boolean): Promise<void> {
  const batch = db.batch();
  try {
    for (const op of ops) {
      if (op.type === 'put') batch.put(op.key, op.value);
      else batch.del(op.key);
    }
  } catch (err) {
    await batch.close();
    throw err;
  }
  await batch.write({ sync });
}

function cloneConf(cs: ConfState): ConfState {
  return { voters: [...cs.voters], learners: [...cs.learners] };
}
