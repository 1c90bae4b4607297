import { decodeConfChange } from './confchange-codec.js';
import { validateConfChange } from './confchange.js';
import { ProposalDroppedError } from './errors.js';
import { ProgressState } from './progress.js';
import { VoteResult, voteResult } from './quorum.js';
import { MAX_PENDING_READ_INDEX_MESSAGES, type Raft } from './raft.js';
import {
  bcastAppend,
  bcastHeartbeat,
  bcastHeartbeatWithContext,
  sendAppend,
  sendAppendsWhileOpen,
  sendTimeoutNow,
} from './replication.js';
import { type Message, EntryType, MessageType, NONE, StateType, message } from './types.js';

/** The leader's handlers, one per message type (etcd's stepLeader, split up). */
export function stepLeader(r: Raft, m: Message): void {
  switch (m.type) {
    case MessageType.Beat:
      bcastHeartbeat(r);
      return;
    case MessageType.CheckQuorum:
      onCheckQuorum(r);
      return;
    case MessageType.Prop:
      onPropose(r, m);
      return;
    case MessageType.ReadIndex:
      onReadIndex(r, m);
      return;
    default:
      stepLeaderFromPeer(r, m);
  }
}

/** Messages about one follower; ignored when the sender is not (or no longer) tracked. */
function stepLeaderFromPeer(r: Raft, m: Message): void {
  if (!r.tracker.progress.has(m.from)) return;
  switch (m.type) {
    case MessageType.AppResp:
      onAppendResponse(r, m);
      return;
    case MessageType.HeartbeatResp:
      onHeartbeatResponse(r, m);
      return;
    case MessageType.SnapStatus:
      onSnapshotStatus(r, m);
      return;
    case MessageType.Unreachable:
      onUnreachable(r, m);
      return;
    case MessageType.TransferLeader:
      onTransferLeader(r, m);
      return;
    default:
    // Vote responses from an election we already won, TimeoutNow, etc.: nothing to do.
  }
}

/** Steps down unless a quorum answered within the last election timeout (check-quorum). */
function onCheckQuorum(r: Raft): void {
  r.tracker.progress.get(r.id)!.recentActive = true;
  if (!r.tracker.quorumActive()) {
    r.logger.warn(`${r.id} stepped down at term ${r.term}: quorum is not active`);
    r.becomeFollower(r.term, NONE);
  }
  for (const [id, pr] of r.tracker.progress) pr.recentActive = id === r.id;
}

function onPropose(r: Raft, m: Message): void {
  if (m.entries.length === 0) throw new ProposalDroppedError('a proposal needs at least one entry');
  if (!r.tracker.progress.has(r.id)) throw new ProposalDroppedError(`${r.id} is no longer a member`);
  if (r.leadTransferee !== NONE) {
    throw new ProposalDroppedError(`leadership is being transferred to ${r.leadTransferee}`);
  }
  checkConfChanges(r, m);
  if (!r.appendEntries(m.entries)) {
    throw new ProposalDroppedError(
      `more than ${r.config.maxUncommittedEntriesBytes} uncommitted bytes; retry when earlier proposals commit`,
    );
  }
  bcastAppend(r);
}

/**
 * At most one membership change may be in flight, and only once this leader has
 * applied the empty entry of its term (so its view of the membership is current).
 */
function checkConfChanges(r: Raft, m: Message): void {
  let pendingAt = -1;
  for (let i = 0; i < m.entries.length; i++) {
    const e = m.entries[i]!;
    if (e.type !== EntryType.ConfChange) continue;
    if (pendingAt >= 0 || r.pendingConfIndex > r.log.applied) {
      throw new ProposalDroppedError(
        `a membership change is pending (index ${r.pendingConfIndex}, applied ${r.log.applied})`,
      );
    }
    const reason = validateConfChange(r.tracker.voters, r.tracker.learners, decodeConfChange(e.data));
    if (reason !== null) throw new ProposalDroppedError(reason);
    pendingAt = i;
  }
  if (pendingAt >= 0) r.pendingConfIndex = r.log.lastIndex() + pendingAt + 1;
}

function onAppendResponse(r: Raft, m: Message): void {
  const pr = r.tracker.progress.get(m.from)!;
  pr.recentActive = true;
  if (m.reject) {
    // Fast backtracking: skip every entry of a term the follower does not have.
    let nextProbe = m.rejectHint;
    if (m.logTerm > 0) nextProbe = r.log.findConflictByTerm(m.rejectHint, m.logTerm).index;
    if (pr.maybeDecrTo(m.index, nextProbe)) {
      if (pr.state === ProgressState.Replicate) pr.becomeProbe();
      sendAppend(r, m.from);
    }
    return;
  }
  if (!pr.maybeUpdate(m.index) && !(pr.match === m.index && pr.state === ProgressState.Probe)) return;
  switch (pr.state) {
    case ProgressState.Probe:
      pr.becomeReplicate();
      break;
    case ProgressState.Snapshot:
      // The follower caught up through the log (or the snapshot landed): resume appends.
      if (pr.match + 1 >= r.log.firstIndex()) {
        pr.becomeProbe();
        pr.becomeReplicate();
      }
      break;
    case ProgressState.Replicate:
      pr.inflights.freeLE(m.index);
      break;
  }
  if (r.maybeCommit()) {
    releasePendingReadIndexMessages(r);
    // Tell every follower the new commit index (and send what each is missing).
    bcastAppend(r);
  } else if (m.from !== r.id && pr.canBumpCommit(r.log.committed)) {
    // The follower was paused when the commit index last moved: tell it now.
    sendAppend(r, m.from);
  }
  sendAppendsWhileOpen(r, m.from);
  if (m.from === r.leadTransferee && pr.match === r.log.lastIndex()) {
    // The transferee has caught up: tell it to campaign now.
    sendTimeoutNow(r, m.from);
  }
}

function onHeartbeatResponse(r: Raft, m: Message): void {
  const pr = r.tracker.progress.get(m.from)!;
  pr.recentActive = true;
  pr.msgAppFlowPaused = false;
  if (pr.match < r.log.lastIndex() || pr.state === ProgressState.Probe) sendAppend(r, m.from);
  if (m.context.length === 0) return;
  const acks = r.readOnly.recvAck(m.from, m.context);
  if (acks === null) return;
  const votes = new Map<string, boolean>();
  for (const id of acks) votes.set(id, true);
  if (voteResult(r.tracker.voters, votes) !== VoteResult.Won) return;
  for (const read of r.readOnly.advance(m.context)) respondToReadIndex(r, read.request, read.index);
}

function onSnapshotStatus(r: Raft, m: Message): void {
  const pr = r.tracker.progress.get(m.from)!;
  if (pr.state !== ProgressState.Snapshot) return;
  if (m.reject) {
    // The snapshot did not arrive: forget it and probe again after the next heartbeat.
    pr.pendingSnapshot = 0;
    pr.becomeProbe();
    pr.msgAppFlowPaused = true;
  } else {
    // Delivered: probe from just after it, and wait for the follower's answer.
    pr.becomeProbe();
    pr.msgAppFlowPaused = true;
  }
}

function onUnreachable(r: Raft, m: Message): void {
  const pr = r.tracker.progress.get(m.from)!;
  // Appends in flight were probably lost; fall back to probing.
  if (pr.state === ProgressState.Replicate) pr.becomeProbe();
}

/** `m.from` is the member leadership should go to (etcd's convention). */
function onTransferLeader(r: Raft, m: Message): void {
  const transferee = m.from;
  const pr = r.tracker.progress.get(transferee)!;
  if (pr.isLearner) {
    r.logger.warn(`${r.id} ignored transferring leadership to learner ${transferee}`);
    return;
  }
  if (r.leadTransferee !== NONE) {
    if (r.leadTransferee === transferee) return;
    r.abortLeaderTransfer();
  }
  if (transferee === r.id) return;
  // The transfer must finish within one election timeout.
  r.electionElapsed = 0;
  r.leadTransferee = transferee;
  if (pr.match === r.log.lastIndex()) sendTimeoutNow(r, transferee);
  else sendAppend(r, transferee);
}

function onReadIndex(r: Raft, m: Message): void {
  if (isSingleVoter(r)) {
    respondToReadIndex(r, m, r.log.committed);
    return;
  }
  // A new leader does not know the commit index of its term until its empty entry commits.
  if (!r.committedEntryInCurrentTerm()) {
    if (r.pendingReadIndexMessages.length < MAX_PENDING_READ_INDEX_MESSAGES) r.pendingReadIndexMessages.push(m);
    return;
  }
  startReadIndex(r, m);
}

function startReadIndex(r: Raft, m: Message): void {
  if (isSingleVoter(r)) {
    respondToReadIndex(r, m, r.log.committed);
    return;
  }
  const context = m.entries[0]!.data;
  if (!r.readOnly.addRequest(r.log.committed, m)) return;
  r.readOnly.recvAck(r.id, context);
  bcastHeartbeatWithContext(r, context);
}

export function releasePendingReadIndexMessages(r: Raft): void {
  if (r.pendingReadIndexMessages.length === 0 || !r.committedEntryInCurrentTerm()) return;
  const pending = r.pendingReadIndexMessages;
  r.pendingReadIndexMessages = [];
  for (const m of pending) startReadIndex(r, m);
}

function respondToReadIndex(r: Raft, request: Message, index: number): void {
  if (request.from === NONE || request.from === r.id) {
    r.readStates.push({ index, requestContext: request.entries[0]!.data });
    return;
  }
  r.send(message({ type: MessageType.ReadIndexResp, to: request.from, index, entries: request.entries }));
}

function isSingleVoter(r: Raft): boolean {
  return r.tracker.voters.length === 1 && r.tracker.voters[0] === r.id && r.state === StateType.Leader;
}
