/**
 * A member's durable disk: what survives a crash. The core reads a MemoryStorage
 * (its in-memory cache); the disk is the separate record a crash cannot touch, and
 * a restart rebuilds a fresh MemoryStorage from it. Writes follow the persistence
 * contract: one batch per Ready, and a torn write keeps only a prefix of it.
 */
import {
  type Entry,
  type HardState,
  MemoryStorage,
  NONE,
  type Snapshot,
  emptyHardState,
  emptySnapshot,
} from '../../src/raft/index.js';
import { type AppState, cloneAppState, initialAppState } from './app.js';

/** One Ready's durable batch, in write order: snapshot, entries, then hard state. */
export interface PersistBatch {
  snapshot: Snapshot | null;
  entries: readonly Entry[];
  hardState: HardState | null;
  /** The Ready's `mustSync`: false means the write is not fsync'd and a power loss may undo it. */
  sync: boolean;
}

/** What a power loss brings back: the disk as of its last fsync. */
interface SyncedState {
  hardState: HardState;
  snapshot: Snapshot;
  log: Entry[];
  logStart: number;
}

/** How many writes a batch is made of, for choosing where a torn write stops. */
export function batchItems(batch: PersistBatch): number {
  return batch.entries.length + (batch.hardState === null ? 0 : 1);
}

/** One member's durable record: hard state, log, snapshot and the application's state. */
export class Disk {
  hardState: HardState = emptyHardState();
  snapshot: Snapshot = emptySnapshot();
  /** The application's durable state ("the database"), written with every apply. */
  app: AppState = initialAppState();
  /** Log entries, contiguous from `logStart`; some may sit behind the snapshot (the kept tail). */
  private log: Entry[] = [];
  private logStart = 1;
  /** The state as of the last fsync while unsynced writes sit in the page cache; null when all is synced. */
  private lastSynced: SyncedState | null = null;

  /** @param forgetVoteOnRestart the canary's broken disk: the vote is lost on every restart. */
  constructor(private readonly forgetVoteOnRestart = false) {}

  /** The index of the last durable entry (the snapshot's index when the log is empty). */
  lastIndex(): number {
    return this.log.length === 0 ? this.snapshot.metadata.index : this.logStart + this.log.length - 1;
  }

  /** The term of durable entry `i`, or undefined when it is compacted or absent. */
  term(i: number): number | undefined {
    if (i >= this.logStart && i < this.logStart + this.log.length) return this.log[i - this.logStart]!.term;
    if (i === this.snapshot.metadata.index) return this.snapshot.metadata.term;
    return undefined;
  }

  /** The durable entry at `i`, or undefined when it is compacted or absent. */
  entry(i: number): Entry | undefined {
    return i >= this.logStart ? this.log[i - this.logStart] : undefined;
  }

  /**
   * Writes the first `durableItems` writes of `batch` (all of it by default): the
   * snapshot (a batch carrying one is never torn: a real store renames a complete
   * snapshot file into place), then the entries, then the hard state, which is durable
   * only when every entry before it is.
   */
  write(batch: PersistBatch, durableItems = batchItems(batch)): void {
    if (!batch.sync && this.lastSynced === null) {
      this.lastSynced = { hardState: this.hardState, snapshot: this.snapshot, log: this.log.slice(), logStart: this.logStart };
    }
    if (batch.snapshot !== null) this.installSnapshot(batch.snapshot);
    const entryCount = Math.min(durableItems, batch.entries.length);
    this.append(batch.entries.slice(0, entryCount));
    if (batch.hardState !== null && durableItems > batch.entries.length) this.hardState = { ...batch.hardState };
    // An fsync makes every earlier write durable too (one log, written in order).
    if (batch.sync) this.lastSynced = null;
  }

  /**
   * A power loss: writes that were never fsync'd are gone (a process crash keeps
   * them: they sit in the OS page cache). Returns the commit index that was lost, if any.
   */
  loseUnsynced(): { lostCommit: number } | null {
    const synced = this.lastSynced;
    if (synced === null) return null;
    const lostCommit = this.hardState.commit;
    this.hardState = synced.hardState;
    this.snapshot = synced.snapshot;
    this.log = synced.log;
    this.logStart = synced.logStart;
    this.lastSynced = null;
    return { lostCommit };
  }

  /** Makes the application's state durable (after every apply). */
  writeApp(state: AppState): void {
    this.app = cloneAppState(state);
  }

  /** Mirrors the application's snapshot and the log compaction that follows it. */
  writeCompaction(snapshot: Snapshot, compactIndex: number): void {
    // The store fsyncs a compaction, and with it every write before.
    this.lastSynced = null;
    this.snapshot = snapshot;
    const drop = Math.min(this.log.length, Math.max(0, compactIndex + 1 - this.logStart));
    this.log = this.log.slice(drop);
    this.logStart += drop;
  }

  /**
   * A fresh MemoryStorage holding exactly what is durable: how a member restarts.
   * Entries kept behind the snapshot are left out: the core replays the conf changes
   * between its storage's first index and `applied` on top of the snapshot's membership.
   */
  rebuildStorage(): MemoryStorage {
    if (this.forgetVoteOnRestart) this.hardState = { ...this.hardState, vote: NONE };
    const storage = new MemoryStorage();
    if (this.snapshot.metadata.index > 0) storage.applySnapshot(this.snapshot);
    storage.setHardState(this.hardState);
    storage.append(this.log.filter((e) => e.index > this.snapshot.metadata.index));
    return storage;
  }

  private installSnapshot(snapshot: Snapshot): void {
    this.snapshot = snapshot;
    this.log = [];
    this.logStart = snapshot.metadata.index + 1;
  }

  private append(entries: readonly Entry[]): void {
    const fresh = entries.filter((e) => e.index >= this.logStart);
    if (fresh.length === 0) return;
    const first = fresh[0]!.index;
    if (first > this.lastIndex() + 1) {
      throw new Error(`disk: append at ${first} leaves a gap after the last index ${this.lastIndex()}`);
    }
    // Copies: the disk must not share objects the core may still hold.
    const copies = fresh.map((e) => ({ ...e }));
    this.log = this.log.slice(0, Math.max(0, first - this.logStart)).concat(copies);
    if (this.log.length > 0) this.logStart = this.log[0]!.index;
  }
}
