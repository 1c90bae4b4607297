import { CompactedError, SnapshotTemporarilyUnavailableError, assert } from './errors.js';
import type { Raft } from './raft.js';
import { ProgressState } from './progress.js';
import { type Entry, type NodeId, MessageType, entrySizeBytes, isEmptySnapshot, message } from './types.js';

/**
 * How the leader feeds followers: appends (pipelined in replicate state, one at a
 * time in probe state), snapshots when the log was compacted, and heartbeats.
 */

/**
 * Sends the follower `to` the entries it is missing (or a snapshot), unless its
 * flow is paused. With `sendIfEmpty` an append without entries still goes out to
 * carry the commit index. Returns whether a message was sent.
 */
export function maybeSendAppend(r: Raft, to: NodeId, sendIfEmpty: boolean): boolean {
  const pr = r.tracker.progress.get(to);
  if (!pr || pr.isPaused()) return false;
  let prevTerm: number;
  let entries: Entry[];
  try {
    prevTerm = r.log.term(pr.next - 1);
    // With the window full, only an empty append goes out: it carries the commit
    // index and, if earlier appends were lost, draws the rejection that resets the flow.
    const windowFull = pr.state === ProgressState.Replicate && pr.inflights.full();
    entries = windowFull ? [] : r.log.entries(pr.next, r.config.maxSizePerMsgBytes);
  } catch (err) {
    if (err instanceof CompactedError) return sendSnapshot(r, to);
    throw err;
  }
  if (entries.length === 0 && !sendIfEmpty) return false;
  let sizeBytes = 0;
  for (const e of entries) sizeBytes += entrySizeBytes(e);
  const lastIndex = entries.length > 0 ? entries[entries.length - 1]!.index : pr.next - 1;
  r.send(
    message({ type: MessageType.App, to, index: pr.next - 1, logTerm: prevTerm, entries, commit: r.log.committed }),
  );
  pr.sentEntries(entries.length, sizeBytes, lastIndex);
  pr.recordSentCommit(Math.min(r.log.committed, lastIndex));
  return true;
}

export function sendAppend(r: Raft, to: NodeId): void {
  maybeSendAppend(r, to, true);
}

/** Keeps sending to `to` while there are entries and the inflight window has room. */
export function sendAppendsWhileOpen(r: Raft, to: NodeId): void {
  while (maybeSendAppend(r, to, false)) {
    // Each call sends one bounded message; the inflights ring ends the loop.
  }
}

function sendSnapshot(r: Raft, to: NodeId): boolean {
  const pr = r.tracker.progress.get(to)!;
  if (!pr.recentActive) {
    // A follower that does not answer would only make us build snapshots for nobody.
    return false;
  }
  let snapshot;
  try {
    snapshot = r.log.snapshot();
  } catch (err) {
    if (err instanceof SnapshotTemporarilyUnavailableError) return false;
    throw err;
  }
  assert(!isEmptySnapshot(snapshot), `need a non-empty snapshot to send to ${to}`);
  pr.becomeSnapshot(snapshot.metadata.index);
  r.send(message({ type: MessageType.Snap, to, snapshot }));
  return true;
}

/** Sends appends (carrying the commit index) to every follower, in sorted order. */
export function bcastAppend(r: Raft): void {
  for (const id of r.tracker.ids()) {
    if (id !== r.id) sendAppend(r, id);
  }
}

/** Heartbeats to every follower, carrying the newest pending ReadIndex context. */
export function bcastHeartbeat(r: Raft): void {
  bcastHeartbeatWithContext(r, r.readOnly.lastPendingContext() ?? new Uint8Array(0));
}

export function bcastHeartbeatWithContext(r: Raft, context: Uint8Array): void {
  for (const id of r.tracker.ids()) {
    if (id === r.id) continue;
    const pr = r.tracker.progress.get(id)!;
    // Never tell a follower to commit past what it is known to have.
    const commit = Math.min(pr.match, r.log.committed);
    r.send(message({ type: MessageType.Heartbeat, to: id, commit, context }));
    pr.recordSentCommit(commit);
  }
}

export function sendTimeoutNow(r: Raft, to: NodeId): void {
  r.send(message({ type: MessageType.TimeoutNow, to }));
}

