import {
  CompactedError,
  SnapshotOutOfDateError,
  UnavailableError,
  assert,
} from './errors.js';
import {
  type ConfState,
  type Entry,
  type HardState,
  type Snapshot,
  emptyHardState,
  emptySnapshot,
  entrySizeBytes,
} from './types.js';

/**
 * The log as the core reads it (etcd's Storage shape). Every implementation must
 * pass the one compliance suite in `test/raft/storage-compliance.ts`.
 *
 * Reads are synchronous: an implementation keeps what the core reads in memory and
 * makes it durable on its own schedule (the driver persists a Ready before sending).
 */
export interface Storage {
  /** The persisted hard state and membership (from the last snapshot plus applied changes). */
  initialState(): { hardState: HardState; confState: ConfState };
  /**
   * Entries in [lo, hi), at least one (when lo < hi) and at most `maxBytes` worth
   * otherwise. Throws CompactedError below firstIndex, UnavailableError past lastIndex.
   */
  entries(lo: number, hi: number, maxBytes: number): Entry[];
  /** The term of entry `i`, for i in [firstIndex - 1, lastIndex]. */
  term(i: number): number;
  /** The index of the first entry still available (snapshot index + 1). */
  firstIndex(): number;
  /** The index of the last entry (the snapshot index when the log is empty). */
  lastIndex(): number;
  /** The most recent snapshot. May throw SnapshotTemporarilyUnavailableError. */
  snapshot(): Snapshot;
}

/** Takes entries from the front of `entries` while their total size stays within `maxBytes` (at least one). */
export function limitSize(entries: Entry[], maxBytes: number): Entry[] {
  if (entries.length === 0) return entries;
  let size = entrySizeBytes(entries[0]!);
  let n = 1;
  for (; n < entries.length; n++) {
    size += entrySizeBytes(entries[n]!);
    if (size > maxBytes) break;
  }
  return n === entries.length ? entries : entries.slice(0, n);
}

/**
 * An in-memory Storage. Used by the simulator and tests, and as the read cache that
 * durable stores build on. `ents[0]` is a dummy entry carrying the snapshot's
 * index and term, so term(firstIndex - 1) always answers.
 */
export class MemoryStorage implements Storage {
  private hardState: HardState = emptyHardState();
  private snap: Snapshot = emptySnapshot();
  private ents: Entry[] = [{ term: 0, index: 0, type: 0, data: new Uint8Array(0) }];

  initialState(): { hardState: HardState; confState: ConfState } {
    return { hardState: { ...this.hardState }, confState: cloneConfState(this.snap.metadata.confState) };
  }

  setHardState(hs: HardState): void {
    this.hardState = { ...hs };
  }

  hardStateValue(): HardState {
    return { ...this.hardState };
  }

  entries(lo: number, hi: number, maxBytes: number): Entry[] {
    const offset = this.ents[0]!.index;
    if (lo <= offset) throw new CompactedError(lo, offset + 1);
    if (hi > this.lastIndex() + 1) throw new UnavailableError(hi - 1, this.lastIndex());
    assert(lo <= hi, `entries(${lo}, ${hi}): lo > hi`);
    return limitSize(this.ents.slice(lo - offset, hi - offset), maxBytes);
  }

  term(i: number): number {
    const offset = this.ents[0]!.index;
    if (i < offset) throw new CompactedError(i, offset + 1);
    if (i - offset >= this.ents.length) throw new UnavailableError(i, this.lastIndex());
    return this.ents[i - offset]!.term;
  }

  firstIndex(): number {
    return this.ents[0]!.index + 1;
  }

  lastIndex(): number {
    return this.ents[0]!.index + this.ents.length - 1;
  }

  snapshot(): Snapshot {
    return this.snap;
  }

  /** Replaces the whole store with `snapshot` (a follower receiving InstallSnapshot). */
  applySnapshot(snapshot: Snapshot): void {
    const current = this.snap.metadata.index;
    if (current >= snapshot.metadata.index) throw new SnapshotOutOfDateError(snapshot.metadata.index, current);
    this.snap = snapshot;
    this.ents = [{ term: snapshot.metadata.term, index: snapshot.metadata.index, type: 0, data: new Uint8Array(0) }];
  }

  /**
   * Records a snapshot of the application's state at applied index `i` (≤ lastIndex)
   * so the log before it can be compacted. Returns the new snapshot.
   */
  createSnapshot(i: number, confState: ConfState, data: Uint8Array): Snapshot {
    if (i <= this.snap.metadata.index) throw new SnapshotOutOfDateError(i, this.snap.metadata.index);
    const offset = this.ents[0]!.index;
    if (i < offset) throw new CompactedError(i, offset + 1);
    assert(i <= this.lastIndex(), `snapshot index ${i} is past the last index ${this.lastIndex()}`);
    this.snap = {
      metadata: { index: i, term: this.ents[i - offset]!.term, confState: cloneConfState(confState) },
      data,
    };
    return this.snap;
  }

  /** Discards entries before `compactIndex`; the entry at `compactIndex` becomes the dummy. */
  compact(compactIndex: number): void {
    const offset = this.ents[0]!.index;
    if (compactIndex <= offset) throw new CompactedError(compactIndex, offset + 1);
    assert(compactIndex <= this.lastIndex(), `compact ${compactIndex} is past the last index ${this.lastIndex()}`);
    const i = compactIndex - offset;
    const dummy = { term: this.ents[i]!.term, index: compactIndex, type: 0, data: new Uint8Array(0) };
    this.ents = [dummy, ...this.ents.slice(i + 1)];
  }

  /**
   * Appends entries, truncating any existing entries they conflict with. Entries
   * already compacted are ignored; a gap after the last index is a bug.
   */
  append(entries: readonly Entry[]): void {
    if (entries.length === 0) return;
    const first = this.firstIndex();
    const last = entries[0]!.index + entries.length - 1;
    if (last < first) return;
    const fresh = first > entries[0]!.index ? entries.slice(first - entries[0]!.index) : entries;
    const offset = fresh[0]!.index - this.ents[0]!.index;
    assert(offset <= this.ents.length, `missing log entry: last ${this.lastIndex()}, append at ${fresh[0]!.index}`);
    // In place: copying the whole log on every append made appends O(log length).
    // Readers only ever get copies (entries() slices), so mutating is safe.
    if (offset < this.ents.length) this.ents.length = offset;
    for (const e of fresh) this.ents.push(e);
  }
}

export function cloneConfState(cs: ConfState): ConfState {
  return { voters: [...cs.voters], learners: [...cs.learners] };
}
