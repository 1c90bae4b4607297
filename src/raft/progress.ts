import { assert } from './errors.js';
import { Inflights } from './inflights.js';

/** How the leader is sending to one follower. */
export enum ProgressState {
  /** Unknown where the follower's log ends: one append per heartbeat until it answers. */
  Probe = 0,
  /** The follower keeps up: appends are pipelined, bounded by the inflights ring. */
  Replicate = 1,
  /** The follower needs a snapshot; nothing else is sent until it reports back. */
  Snapshot = 2,
}

/**
 * The leader's view of one follower (etcd's tracker.Progress). Invariant:
 * match < next (asserted), and in Snapshot state pendingSnapshot > 0.
 */
export class Progress {
  match = 0;
  next: number;
  state = ProgressState.Probe;
  /** The snapshot index sent while in Snapshot state. */
  pendingSnapshot = 0;
  /** The highest commit index sent to this follower (in appends or heartbeats). */
  sentCommit = 0;
  /** Heard from since the last check-quorum round. */
  recentActive = false;
  /** In Probe: an append is outstanding. In Replicate: the inflights ring is full. */
  msgAppFlowPaused = false;
  readonly inflights: Inflights;
  isLearner: boolean;

  constructor(next: number, inflights: Inflights, isLearner: boolean) {
    this.next = next;
    this.inflights = inflights;
    this.isLearner = isLearner;
  }

  private resetState(state: ProgressState): void {
    this.msgAppFlowPaused = false;
    this.pendingSnapshot = 0;
    this.state = state;
    this.inflights.reset();
  }

  becomeProbe(): void {
    // After a snapshot the follower has at least the snapshot: probe just after it.
    if (this.state === ProgressState.Snapshot) {
      const pending = this.pendingSnapshot;
      this.resetState(ProgressState.Probe);
      this.next = Math.max(this.match + 1, pending + 1);
    } else {
      this.resetState(ProgressState.Probe);
      this.next = this.match + 1;
    }
  }

  becomeReplicate(): void {
    this.resetState(ProgressState.Replicate);
    this.next = this.match + 1;
  }

  becomeSnapshot(snapshotIndex: number): void {
    assert(snapshotIndex > 0, 'snapshot index must be positive');
    this.resetState(ProgressState.Snapshot);
    this.pendingSnapshot = snapshotIndex;
  }

  /**
   * Records that an append carrying `entryCount` entries (`sizeBytes` in all) ending
   * at `lastIndex` was sent; a probe with no entries only pauses the flow.
   */
  sentEntries(entryCount: number, sizeBytes: number, lastIndex: number): void {
    if (this.state === ProgressState.Replicate) {
      if (entryCount > 0) {
        this.next = lastIndex + 1;
        this.inflights.add(lastIndex, sizeBytes);
      }
      this.msgAppFlowPaused = this.inflights.full();
    } else if (this.state === ProgressState.Probe) {
      this.msgAppFlowPaused = true;
    } else {
      assert(false, `sending entries in state ${ProgressState[this.state]}`);
    }
  }

  /** An acknowledgement up to `index`; true when it taught the leader something new. */
  maybeUpdate(index: number): boolean {
    const updated = this.match < index;
    if (updated) {
      this.match = index;
      this.msgAppFlowPaused = false;
    }
    this.next = Math.max(this.next, index + 1);
    return updated;
  }

  /**
   * A rejection of the append at `rejected`, with the follower's hint that its log
   * may match up to `matchHint`. False when the rejection is stale (already handled).
   */
  maybeDecrTo(rejected: number, matchHint: number): boolean {
    if (this.state === ProgressState.Replicate) {
      // In replicate state next ran ahead optimistically; anything ≤ match is stale.
      if (rejected <= this.match) return false;
      this.next = this.match + 1;
      return true;
    }
    // In probe state only the rejection of the probe we sent (next - 1) counts.
    if (this.next - 1 !== rejected) return false;
    this.next = Math.max(Math.min(rejected, matchHint + 1), this.match + 1);
    this.msgAppFlowPaused = false;
    return true;
  }

  /** Records that a message told the follower the commit index is `commit`. */
  recordSentCommit(commit: number): void {
    this.sentCommit = Math.max(this.sentCommit, commit);
  }

  /**
   * Whether sending `commit` could move the follower's commit index: only if we
   * have not yet sent one that takes it all the way to what it holds (next - 1).
   */
  canBumpCommit(commit: number): boolean {
    return this.state !== ProgressState.Snapshot && commit > this.sentCommit && this.sentCommit < this.next - 1;
  }

  /** Whether the leader should hold back appends to this follower. */
  isPaused(): boolean {
    switch (this.state) {
      case ProgressState.Probe:
      case ProgressState.Replicate:
        // A full inflight window does not pause by itself: the leader may still send
        // an empty append after a heartbeat answer, so lost appends cannot stall
        // the follower forever (etcd PR 14633).
        return this.msgAppFlowPaused;
      case ProgressState.Snapshot:
        return true;
    }
  }

  assertInvariants(id: string): void {
    assert(this.match < this.next, `progress ${id}: match ${this.match} must be < next ${this.next}`);
    assert(
      this.state !== ProgressState.Snapshot || this.pendingSnapshot > 0,
      `progress ${id}: snapshot state without a pending snapshot`,
    );
  }
}
