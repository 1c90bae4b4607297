import { restoreTracker } from './confchange.js';
import { ProposalDroppedError } from './errors.js';
import { VoteResult } from './quorum.js';
import { bcastAppend } from './replication.js';
import { CampaignType, type Raft } from './raft.js';
import { type Message, type NodeId, type Snapshot, MessageType, NONE, StateType, message } from './types.js';

/** The follower's handlers, one per message type. */
export function stepFollower(r: Raft, m: Message): void {
  switch (m.type) {
    case MessageType.Prop:
      forwardProposal(r, m);
      return;
    case MessageType.App:
      heardFromLeader(r, m.from);
      onAppend(r, m);
      return;
    case MessageType.Heartbeat:
      heardFromLeader(r, m.from);
      onHeartbeat(r, m);
      return;
    case MessageType.Snap:
      heardFromLeader(r, m.from);
      onSnapshot(r, m);
      return;
    case MessageType.TransferLeader:
    case MessageType.ReadIndex:
      // Only the leader can act on these; without one the request is dropped and the caller retries.
      if (r.lead !== NONE) r.send({ ...m, to: r.lead, term: 0 });
      return;
    case MessageType.TimeoutNow:
      // Leadership transfer: campaign at once, without pre-vote, breaking leases.
      r.hup(CampaignType.Transfer);
      return;
    case MessageType.ReadIndexResp:
      if (m.entries.length === 1) r.readStates.push({ index: m.index, requestContext: m.entries[0]!.data });
      return;
    default:
    // Stale vote responses and other leader-only traffic: nothing to do.
  }
}

/** Candidates and pre-candidates: count votes, or yield to a leader of this term. */
export function stepCandidate(r: Raft, m: Message): void {
  const ownResponseType = r.state === StateType.PreCandidate ? MessageType.PreVoteResp : MessageType.VoteResp;
  switch (m.type) {
    case MessageType.Prop:
      throw new ProposalDroppedError(`no leader at term ${r.term} (an election is in progress)`);
    case MessageType.App:
      r.becomeFollower(m.term, m.from);
      onAppend(r, m);
      return;
    case MessageType.Heartbeat:
      r.becomeFollower(m.term, m.from);
      onHeartbeat(r, m);
      return;
    case MessageType.Snap:
      r.becomeFollower(m.term, m.from);
      onSnapshot(r, m);
      return;
    case ownResponseType:
      onVoteResponse(r, m);
      return;
    default:
    // TimeoutNow while campaigning, stale responses of another election type: ignore.
  }
}

function onVoteResponse(r: Raft, m: Message): void {
  const result = r.poll(m.from, !m.reject);
  if (result === VoteResult.Won) {
    if (r.state === StateType.PreCandidate) {
      r.campaign(CampaignType.Election);
    } else {
      r.becomeLeader();
      bcastAppend(r);
    }
  } else if (result === VoteResult.Lost) {
    // A pre-candidate that lost keeps its term; a candidate stays at the term it raised.
    r.becomeFollower(r.term, NONE);
  }
}

function heardFromLeader(r: Raft, leader: NodeId): void {
  r.electionElapsed = 0;
  r.lead = leader;
}

function forwardProposal(r: Raft, m: Message): void {
  if (r.lead === NONE) throw new ProposalDroppedError(`no leader known at term ${r.term}`);
  if (r.config.disableProposalForwarding) {
    throw new ProposalDroppedError(`${r.id} is not the leader (the leader is ${r.lead})`);
  }
  r.send({ ...m, to: r.lead, term: 0 });
}

/** §5.3: accept entries only where our log matches the leader's at the previous index. */
function onAppend(r: Raft, m: Message): void {
  if (m.index < r.log.committed) {
    // Old news (a duplicate or a delayed append): tell the leader where we really are.
    respond(r, m.from, r.log.committed);
    return;
  }
  const lastNew = r.log.maybeAppend(m.index, m.logTerm, m.commit, m.entries);
  if (lastNew !== null) {
    respond(r, m.from, lastNew);
    return;
  }
  // Reject with a hint: the last index whose term is ≤ the leader's term at m.index,
  // so the leader can skip a whole conflicting term in one round trip.
  const hint = r.log.findConflictByTerm(Math.min(m.index, r.log.lastIndex()), m.logTerm);
  r.send(
    message({ type: MessageType.AppResp, to: m.from, index: m.index, reject: true, rejectHint: hint.index, logTerm: hint.term }),
  );
}

function onHeartbeat(r: Raft, m: Message): void {
  r.log.commitTo(Math.min(m.commit, r.log.lastIndex()));
  r.send(message({ type: MessageType.HeartbeatResp, to: m.from, context: m.context }));
}

function onSnapshot(r: Raft, m: Message): void {
  if (m.snapshot === null) return;
  if (restore(r, m.snapshot)) respond(r, m.from, r.log.lastIndex());
  else respond(r, m.from, r.log.committed);
}

/** Installs a snapshot from the leader; false when we already have what it holds. */
function restore(r: Raft, snapshot: Snapshot): boolean {
  const { index, term } = snapshot.metadata;
  if (index <= r.log.committed) return false;
  if (r.state !== StateType.Follower) {
    // Only a follower installs snapshots; anything else is a bug elsewhere, so refuse.
    r.logger.warn(`${r.id} refused a snapshot at ${index} in state ${StateType[r.state]}`);
    return false;
  }
  if (r.log.matchTerm(index, term)) {
    // We have the snapshot's last entry: just learn that it is committed.
    r.log.commitTo(index);
    return false;
  }
  r.log.restore(snapshot);
  restoreTracker(r, snapshot.metadata.confState);
  const last = r.log.lastIndex();
  for (const [id, pr] of r.tracker.progress) {
    pr.match = id === r.id ? last : 0;
    pr.next = last + 1;
  }
  r.logger.info(`${r.id} restored a snapshot at index ${index}, term ${term}`);
  return true;
}

function respond(r: Raft, to: NodeId, index: number): void {
  r.send(message({ type: MessageType.AppResp, to, index }));
}
