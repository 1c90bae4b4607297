import { CompactedError, UnavailableError, assert } from './errors.js';
import { type Storage, limitSize } from './storage.js';
import type { Entry, Snapshot } from './types.js';
import { Unstable } from './unstable.js';

/**
 * The log as the core sees it: durable entries in Storage followed by unstable
 * ones not yet persisted, plus the commit and apply cursors.
 * Invariants (asserted): applied ≤ committed ≤ lastIndex; firstIndex - 1 ≤ applied.
 */
export class RaftLog {
  readonly unstable: Unstable;
  committed: number;
  applied: number;

  constructor(
    readonly storage: Storage,
    private readonly maxCommittedSizePerReadyBytes: number,
  ) {
    const first = storage.firstIndex();
    const last = storage.lastIndex();
    this.unstable = new Unstable(last + 1);
    // Everything up to the snapshot is committed and applied by definition.
    this.committed = first - 1;
    this.applied = first - 1;
  }

  firstIndex(): number {
    return this.unstable.maybeFirstIndex() ?? this.storage.firstIndex();
  }

  lastIndex(): number {
    return this.unstable.maybeLastIndex() ?? this.storage.lastIndex();
  }

  /** The last index that is durable: everything before the unstable entries (or the pending snapshot). */
  lastStableIndex(): number {
    if (this.unstable.snapshot) return this.storage.lastIndex();
    return this.unstable.offset - 1;
  }

  lastTerm(): number {
    return this.term(this.lastIndex());
  }

  /** The term of entry `i`; throws CompactedError / UnavailableError outside the log. */
  term(i: number): number {
    const unstableTerm = this.unstable.maybeTerm(i);
    if (unstableTerm !== null) return unstableTerm;
    const dummy = this.firstIndex() - 1;
    if (i < dummy) throw new CompactedError(i, dummy + 1);
    if (i > this.lastIndex()) throw new UnavailableError(i, this.lastIndex());
    return this.storage.term(i);
  }

  /** The term of entry `i`, or 0 when it is not in the log (compacted or past the end). */
  termOrZero(i: number): number {
    try {
      return this.term(i);
    } catch (err) {
      if (err instanceof CompactedError || err instanceof UnavailableError) return 0;
      throw err;
    }
  }

  matchTerm(i: number, term: number): boolean {
    if (i < this.firstIndex() - 1 || i > this.lastIndex()) return false;
    return this.termOrZero(i) === term;
  }

  /** §5.4.1: a log is at least as up to date if its last term is higher, or equal with an index as large. */
  isUpToDate(lastIndex: number, lastTerm: number): boolean {
    const ourTerm = this.lastTerm();
    return lastTerm > ourTerm || (lastTerm === ourTerm && lastIndex >= this.lastIndex());
  }

  /**
   * The follower's side of AppendEntries: if our entry at `index` has `logTerm`,
   * merge `ents` after it and commit up to `leaderCommit`; returns the new last
   * index of what the leader sent, or null when the logs do not match at `index`.
   */
  maybeAppend(index: number, logTerm: number, leaderCommit: number, ents: readonly Entry[]): number | null {
    if (!this.matchTerm(index, logTerm)) return null;
    const lastNew = index + ents.length;
    const conflict = this.findConflict(ents);
    if (conflict !== 0) {
      assert(conflict > this.committed, `entry ${conflict} conflicts with committed entry (committed ${this.committed})`);
      this.append(ents.slice(conflict - ents[0]!.index));
    }
    this.commitTo(Math.min(leaderCommit, lastNew));
    return lastNew;
  }

  append(ents: readonly Entry[]): number {
    if (ents.length === 0) return this.lastIndex();
    const after = ents[0]!.index - 1;
    assert(after >= this.committed, `appending after ${after} would overwrite committed ${this.committed}`);
    this.unstable.truncateAndAppend(ents);
    return this.lastIndex();
  }

  /**
   * The index of the first entry in `ents` that is new or whose term differs from
   * ours; 0 when all are already present.
   */
  findConflict(ents: readonly Entry[]): number {
    for (const e of ents) {
      if (!this.matchTerm(e.index, e.term)) return e.index;
    }
    return 0;
  }

  /**
   * Walks back from `index` to the last entry whose term is ≤ `term`, for the
   * conflict-term fast backtracking. Where our term is unknown (compacted), the
   * index is returned with term 0: it may match.
   */
  findConflictByTerm(index: number, term: number): { index: number; term: number } {
    for (let i = index; i > 0; i--) {
      let ours: number;
      try {
        ours = this.term(i);
      } catch (err) {
        if (err instanceof CompactedError || err instanceof UnavailableError) return { index: i, term: 0 };
        throw err;
      }
      if (ours <= term) return { index: i, term: ours };
    }
    return { index: 0, term: 0 };
  }

  commitTo(index: number): void {
    if (index <= this.committed) return;
    assert(index <= this.lastIndex(), `commit ${index} is past the last index ${this.lastIndex()}`);
    this.committed = index;
  }

  /** The leader's commit rule (§5.4.2): only entries of the current term commit by counting. */
  maybeCommit(index: number, term: number): boolean {
    if (index > this.committed && this.termOrZero(index) === term) {
      this.commitTo(index);
      return true;
    }
    return false;
  }

  appliedTo(index: number): void {
    if (index === 0) return;
    assert(
      index <= this.committed && index >= this.applied,
      `applied ${index} outside [${this.applied}, ${this.committed}]`,
    );
    this.applied = index;
  }

  stableTo(index: number, term: number): void {
    this.unstable.stableTo(index, term);
  }

  stableSnapTo(index: number): void {
    this.unstable.stableSnapTo(index);
  }

  unstableEntries(): Entry[] {
    return this.unstable.entries.slice();
  }

  hasNextCommittedEntries(): boolean {
    return this.committed > Math.max(this.applied, this.firstIndex() - 1);
  }

  /** Committed entries not yet applied, at most maxCommittedSizePerReadyBytes (at least one). */
  nextCommittedEntries(): Entry[] {
    const lo = Math.max(this.applied + 1, this.firstIndex());
    if (this.committed < lo) return [];
    return this.slice(lo, this.committed + 1, this.maxCommittedSizePerReadyBytes);
  }

  /** The pending snapshot the application must persist and apply, if any. */
  pendingSnapshot(): Snapshot | null {
    return this.unstable.snapshot;
  }

  /** The snapshot to send to a follower whose next entry was compacted away. */
  snapshot(): Snapshot {
    return this.unstable.snapshot ?? this.storage.snapshot();
  }

  /** Entries from `i` to the end, at most `maxBytes` (at least one). */
  entries(i: number, maxBytes: number): Entry[] {
    if (i > this.lastIndex()) return [];
    return this.slice(i, this.lastIndex() + 1, maxBytes);
  }

  /** Entries in [lo, hi), at most `maxBytes` (at least one); throws CompactedError below the first index. */
  slice(lo: number, hi: number, maxBytes: number): Entry[] {
    const first = this.firstIndex();
    if (lo < first) throw new CompactedError(lo, first);
    assert(hi <= this.lastIndex() + 1, `slice [${lo}, ${hi}) past the last index ${this.lastIndex()}`);
    if (lo === hi) return [];
    let result: Entry[] = [];
    const unstableStart = this.unstable.offset;
    if (lo < unstableStart) {
      const stored = this.storage.entries(lo, Math.min(hi, unstableStart), maxBytes);
      // Storage stopped early because of the size bound: do not add unstable entries.
      if (stored.length < Math.min(hi, unstableStart) - lo) return stored;
      result = stored;
    }
    if (hi > unstableStart) {
      const fresh = this.unstable.slice(Math.max(lo, unstableStart), hi);
      result = result.length > 0 ? result.concat(fresh) : fresh;
    }
    return limitSize(result, maxBytes);
  }

  /** Replaces the log with a snapshot received from the leader. */
  restore(snapshot: Snapshot): void {
    this.committed = snapshot.metadata.index;
    this.unstable.restore(snapshot);
  }

  assertInvariants(): void {
    assert(this.applied <= this.committed, `applied ${this.applied} > committed ${this.committed}`);
    assert(this.committed <= this.lastIndex(), `committed ${this.committed} > last index ${this.lastIndex()}`);
  }
}
