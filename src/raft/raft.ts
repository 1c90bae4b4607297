import {
  applyConfChangeToTracker,
  hasUnappliedConfChanges,
  replayAppliedConfChanges,
  restoreTracker,
} from './confchange.js';
import { type Logger, type ResolvedConfig, type Config, resolveConfig } from './config.js';
import { assert } from './errors.js';
import { stepCandidate, stepFollower } from './follower.js';
import { releasePendingReadIndexMessages, stepLeader } from './leader.js';
import { RaftLog } from './log.js';
import type { Random } from './random.js';
import { ReadOnly } from './read-only.js';
import { bcastAppend, sendAppend } from './replication.js';
import { ProgressTracker } from './tracker.js';
import { VoteResult } from './quorum.js';
import {
  type ConfChange,
  type ConfState,
  type Entry,
  type HardState,
  type Message,
  type NodeId,
  type ReadState,
  type SoftState,
  MessageType,
  NONE,
  StateType,
  isEmptyHardState,
  message,
  payloadSizeBytes,
} from './types.js';

/** The context marking a vote request as part of a leader transfer: it may break a leader's lease. */
export const CAMPAIGN_TRANSFER = new TextEncoder().encode('CampaignTransfer');

/** The most ReadIndex requests a new leader holds until it has committed in its term. */
export const MAX_PENDING_READ_INDEX_MESSAGES = 4096;

export enum CampaignType {
  PreElection = 0,
  Election = 1,
  Transfer = 2,
}

/**
 * The Raft state machine of one member (etcd's `raft` struct). It is driven only
 * through `step` and `tick`; its outputs are `msgs` and `readStates` plus the log,
 * which RawNode packages into a Ready. It has no IO of its own.
 */
export class Raft {
  readonly id: NodeId;
  term = 0;
  vote: NodeId = NONE;
  lead: NodeId = NONE;
  state = StateType.Follower;
  isLearner = false;

  readonly log: RaftLog;
  readonly tracker: ProgressTracker;
  readonly readOnly = new ReadOnly();
  /** Messages to send once the Ready that carries them has been persisted. */
  msgs: Message[] = [];
  readStates: ReadState[] = [];
  /** ReadIndex requests that arrived before this leader committed an entry in its term. */
  pendingReadIndexMessages: Message[] = [];

  /** The member leadership is being handed to, or NONE. */
  leadTransferee: NodeId = NONE;
  /** Conf changes up to this index were applied by bootstrap itself (they need not block a campaign). */
  bootstrapIndex = 0;
  /** A conf change may be proposed only once the log is applied past this index. */
  pendingConfIndex = 0;
  /** Payload bytes the leader appended in its term that are not yet committed. */
  uncommittedSizeBytes = 0;

  electionElapsed = 0;
  heartbeatElapsed = 0;
  randomizedElectionTimeout = 0;

  readonly config: ResolvedConfig;
  readonly logger: Logger;
  private readonly random: Random;

  constructor(config: Config) {
    this.config = resolveConfig(config);
    this.id = this.config.id;
    this.logger = this.config.logger;
    this.random = this.config.random;
    this.log = new RaftLog(this.config.storage, this.config.maxCommittedSizePerReadyBytes);
    this.tracker = new ProgressTracker(this.config.maxInflightMsgs, this.config.maxInflightBytes);
    const { hardState, confState } = this.config.storage.initialState();
    restoreTracker(this, confState);
    if (!isEmptyHardState(hardState)) this.loadState(hardState);
    if (this.config.applied > 0) {
      this.log.appliedTo(this.config.applied);
      replayAppliedConfChanges(this, this.config.applied);
    }
    this.becomeFollower(this.term, NONE);
  }

  private loadState(hs: HardState): void {
    assert(
      hs.commit >= this.log.committed && hs.commit <= this.log.lastIndex(),
      `hard state commit ${hs.commit} outside [${this.log.committed}, ${this.log.lastIndex()}]`,
    );
    this.log.committed = hs.commit;
    this.term = hs.term;
    this.vote = hs.vote;
  }

  hardState(): HardState {
    return { term: this.term, vote: this.vote, commit: this.log.committed };
  }

  softState(): SoftState {
    return { lead: this.lead, state: this.state };
  }

  /** Voter and not waiting to apply a snapshot: only such a member may campaign. */
  promotable(): boolean {
    const pr = this.tracker.progress.get(this.id);
    return pr !== undefined && !pr.isLearner && this.log.pendingSnapshot() === null;
  }

  /**
   * Queues a message, stamping `from` (unless forwarding on someone's behalf) and,
   * for everything but vote traffic and forwarded requests, the current term.
   */
  send(m: Message): void {
    if (m.from === NONE) m.from = this.id;
    const t = m.type;
    if (t === MessageType.Vote || t === MessageType.VoteResp || t === MessageType.PreVote || t === MessageType.PreVoteResp) {
      // Vote traffic carries the term of the election explicitly (pre-votes use a future term).
      assert(m.term !== 0, `term must be set when sending ${MessageType[t]}`);
    } else {
      assert(m.term === 0, `term must not be set when sending ${MessageType[t]} (was ${m.term})`);
      // Proposals and read requests are forwarded between members as local traffic, without a term.
      if (t !== MessageType.Prop && t !== MessageType.ReadIndex) m.term = this.term;
    }
    this.msgs.push(m);
  }

  // ---- Role transitions ----

  private reset(term: number): void {
    if (this.term !== term) {
      this.term = term;
      this.vote = NONE;
    }
    this.lead = NONE;
    this.electionElapsed = 0;
    this.heartbeatElapsed = 0;
    this.resetRandomizedElectionTimeout();
    this.abortLeaderTransfer();
    this.tracker.resetVotes();
    const last = this.log.lastIndex();
    for (const id of this.tracker.ids()) {
      const old = this.tracker.progress.get(id)!;
      const pr = this.tracker.newProgress(last + 1, old.isLearner);
      if (id === this.id) pr.match = this.log.lastStableIndex();
      this.tracker.progress.set(id, pr);
    }
    this.pendingConfIndex = 0;
    this.uncommittedSizeBytes = 0;
    this.readOnly.reset();
    this.pendingReadIndexMessages = [];
  }

  becomeFollower(term: number, lead: NodeId): void {
    this.reset(term);
    this.lead = lead;
    this.state = StateType.Follower;
    this.logger.info(`${this.id} became follower at term ${term}`);
  }

  becomeCandidate(): void {
    assert(this.state !== StateType.Leader, 'invalid transition leader -> candidate');
    this.reset(this.term + 1);
    this.vote = this.id;
    this.state = StateType.Candidate;
    this.logger.info(`${this.id} became candidate at term ${this.term}`);
  }

  /** A pre-candidate asks for votes at term+1 without changing its own term or vote. */
  becomePreCandidate(): void {
    assert(this.state !== StateType.Leader, 'invalid transition leader -> pre-candidate');
    this.tracker.resetVotes();
    this.lead = NONE;
    this.state = StateType.PreCandidate;
    this.logger.info(`${this.id} became pre-candidate at term ${this.term}`);
  }

  becomeLeader(): void {
    assert(this.state !== StateType.Follower, 'invalid transition follower -> leader');
    this.reset(this.term);
    this.lead = this.id;
    this.state = StateType.Leader;
    this.tracker.progress.get(this.id)?.becomeReplicate();
    // §5.4.2: the leader may count replicas only for entries of its own term, so it
    // commits an empty entry first. Membership changes wait until it is applied.
    const appended = this.appendEntries([emptyEntry()]);
    assert(appended, 'the empty entry of a new term never exceeds the uncommitted bound');
    this.pendingConfIndex = this.log.lastIndex();
    this.logger.info(`${this.id} became leader at term ${this.term}`);
  }

  private resetRandomizedElectionTimeout(): void {
    const base = this.config.electionTicks;
    this.randomizedElectionTimeout = base + this.random.intn(base);
  }

  pastElectionTimeout(): boolean {
    return this.electionElapsed >= this.randomizedElectionTimeout;
  }

  abortLeaderTransfer(): void {
    this.leadTransferee = NONE;
  }

  // ---- Time ----

  tick(): void {
    if (this.state === StateType.Leader) this.tickHeartbeat();
    else this.tickElection();
  }

  private tickElection(): void {
    this.electionElapsed++;
    if (this.promotable() && this.pastElectionTimeout()) {
      this.electionElapsed = 0;
      this.step(message({ type: MessageType.Hup, from: this.id }));
    }
  }

  private tickHeartbeat(): void {
    this.heartbeatElapsed++;
    this.electionElapsed++;
    if (this.electionElapsed >= this.config.electionTicks) {
      this.electionElapsed = 0;
      if (this.config.checkQuorum) this.step(message({ type: MessageType.CheckQuorum, from: this.id }));
      // A transfer that did not finish within an election timeout is abandoned.
      if (this.state === StateType.Leader && this.leadTransferee !== NONE) this.abortLeaderTransfer();
    }
    if (this.state !== StateType.Leader) return;
    if (this.heartbeatElapsed >= this.config.heartbeatTicks) {
      this.heartbeatElapsed = 0;
      this.step(message({ type: MessageType.Beat, from: this.id }));
    }
  }

  // ---- Elections ----

  hup(type: CampaignType): void {
    if (this.state === StateType.Leader) return;
    if (!this.promotable()) {
      this.logger.warn(`${this.id} is not promotable and cannot campaign`);
      return;
    }
    if (hasUnappliedConfChanges(this)) {
      this.logger.warn(`${this.id} cannot campaign at term ${this.term}: conf changes are committed but not applied`);
      return;
    }
    this.campaign(type);
  }

  campaign(type: CampaignType): void {
    let term: number;
    let voteType: MessageType;
    if (type === CampaignType.PreElection) {
      this.becomePreCandidate();
      voteType = MessageType.PreVote;
      term = this.term + 1;
    } else {
      this.becomeCandidate();
      voteType = MessageType.Vote;
      term = this.term;
    }
    const self = this.poll(this.id, true);
    if (self === VoteResult.Won) {
      // A single voter wins at once.
      if (type === CampaignType.PreElection) this.campaign(CampaignType.Election);
      else this.becomeLeader();
      return;
    }
    const context = type === CampaignType.Transfer ? CAMPAIGN_TRANSFER : new Uint8Array(0);
    for (const id of this.tracker.voters) {
      if (id === this.id) continue;
      this.send(
        message({ type: voteType, to: id, term, index: this.log.lastIndex(), logTerm: this.log.lastTerm(), context }),
      );
    }
  }

  poll(id: NodeId, granted: boolean): VoteResult {
    this.tracker.recordVote(id, granted);
    return this.tracker.tallyVotes().result;
  }

  // ---- Step ----

  step(m: Message): void {
    if (!this.stepTerm(m)) return;
    switch (m.type) {
      case MessageType.Hup:
        this.hup(this.config.preVote ? CampaignType.PreElection : CampaignType.Election);
        return;
      case MessageType.Vote:
      case MessageType.PreVote:
        this.onVote(m);
        return;
      default:
        this.stepByState(m);
    }
  }

  private stepByState(m: Message): void {
    switch (this.state) {
      case StateType.Leader:
        stepLeader(this, m);
        return;
      case StateType.Candidate:
      case StateType.PreCandidate:
        stepCandidate(this, m);
        return;
      case StateType.Follower:
        stepFollower(this, m);
        return;
    }
  }

  /**
   * Compares the message's term with ours: steps down on a higher term, answers or
   * drops a lower one. Returns whether the message should be handled further.
   */
  private stepTerm(m: Message): boolean {
    if (m.term === 0) return true; // local message, proposal or read request
    if (m.term > this.term) return this.onHigherTerm(m);
    if (m.term < this.term) {
      this.onLowerTerm(m);
      return false;
    }
    return true;
  }

  private onHigherTerm(m: Message): boolean {
    if (m.type === MessageType.Vote || m.type === MessageType.PreVote) {
      const force = bytesEqual(m.context, CAMPAIGN_TRANSFER);
      const inLease = this.config.checkQuorum && this.lead !== NONE && this.electionElapsed < this.config.electionTicks;
      // Check-quorum's lease: while we hear from a leader, a disruptive candidate
      // (e.g. a rejoining or removed member) does not depose it.
      if (!force && inLease) return false;
    }
    if (m.type === MessageType.PreVote) {
      // Never change term on a pre-vote request.
    } else if (m.type === MessageType.PreVoteResp && !m.reject) {
      // A granted pre-vote carries the future term we asked for; keep ours until we win.
    } else if (m.type === MessageType.App || m.type === MessageType.Heartbeat || m.type === MessageType.Snap) {
      this.becomeFollower(m.term, m.from);
    } else {
      this.becomeFollower(m.term, NONE);
    }
    return true;
  }

  private onLowerTerm(m: Message): void {
    if ((this.config.checkQuorum || this.config.preVote) && (m.type === MessageType.Heartbeat || m.type === MessageType.App)) {
      // A leader of an older term: we may have raised our term in a partition and,
      // with check-quorum or pre-vote, would never hear a vote at our term. Answer
      // with our term so the stale leader steps down and a fresh election happens
      // (the pre-vote + check-quorum liveness trap, etcd #8334).
      this.send(message({ type: MessageType.AppResp, to: m.from }));
    } else if (m.type === MessageType.PreVote) {
      // Reject with our term so a pre-candidate stuck at a lower term catches up.
      this.send(message({ type: MessageType.PreVoteResp, to: m.from, term: this.term, reject: true }));
    }
    // Anything else from an older term is stale and dropped.
  }

  /** §5.2, §5.4.1: grant at most one vote per term, and only to a log at least as up to date. */
  private onVote(m: Message): void {
    const respType = m.type === MessageType.Vote ? MessageType.VoteResp : MessageType.PreVoteResp;
    const canVote =
      this.vote === m.from ||
      (this.vote === NONE && this.lead === NONE) ||
      (m.type === MessageType.PreVote && m.term > this.term);
    if (canVote && this.log.isUpToDate(m.index, m.logTerm)) {
      this.send(message({ type: respType, to: m.from, term: m.term }));
      if (m.type === MessageType.Vote) {
        this.electionElapsed = 0;
        this.vote = m.from;
      }
    } else {
      this.send(message({ type: respType, to: m.from, term: this.term, reject: true }));
    }
  }

  // ---- Log ----

  /**
   * The leader appends entries of its term, within the uncommitted-bytes bound.
   * Returns false (and appends nothing) when the bound would be exceeded.
   */
  appendEntries(proposed: readonly Entry[]): boolean {
    if (!this.increaseUncommittedSize(proposed)) return false;
    const last = this.log.lastIndex();
    // New objects: a proposal's entries may be shared (a duplicated message), so never stamp them in place.
    const entries = new Array<Entry>(proposed.length);
    for (let i = 0; i < proposed.length; i++) {
      const e = proposed[i]!;
      entries[i] = { term: this.term, index: last + 1 + i, type: e.type, data: e.data };
    }
    this.log.append(entries);
    // The leader counts itself toward commit only once these entries are durable
    // (onLogPersisted), so it may replicate them while its own write is in flight.
    return true;
  }

  /**
   * The application persisted the log up to its stable end: the leader now counts
   * its own copy toward commit, and tells followers if that committed something.
   */
  onLogPersisted(): void {
    if (this.state !== StateType.Leader) return;
    const self = this.tracker.progress.get(this.id);
    if (!self || !self.maybeUpdate(this.log.lastStableIndex())) return;
    if (this.maybeCommit()) {
      releasePendingReadIndexMessages(this);
      bcastAppend(this);
    }
  }

  /** Commits what a quorum has acknowledged; true if the commit index moved. */
  maybeCommit(): boolean {
    return this.log.maybeCommit(this.tracker.committed(), this.term);
  }

  committedEntryInCurrentTerm(): boolean {
    return this.log.termOrZero(this.log.committed) === this.term;
  }

  private increaseUncommittedSize(entries: readonly Entry[]): boolean {
    const size = payloadSizeBytes(entries);
    // An empty proposal (the leader's no-op) always fits; so does the first one,
    // however large, so one big entry cannot wedge the leader.
    if (this.uncommittedSizeBytes > 0 && size > 0 && this.uncommittedSizeBytes + size > this.config.maxUncommittedEntriesBytes) {
      return false;
    }
    this.uncommittedSizeBytes += size;
    return true;
  }

  reduceUncommittedSize(entries: readonly Entry[]): void {
    if (this.state !== StateType.Leader) return;
    this.uncommittedSizeBytes = Math.max(0, this.uncommittedSizeBytes - payloadSizeBytes(entries));
  }

  // ---- Membership ----

  applyConfChange(cc: ConfChange): ConfState {
    const wasTracked = this.tracker.progress.has(cc.nodeId);
    applyConfChangeToTracker(this, cc);
    this.isLearner = this.tracker.isLearner(this.id);
    if (this.state !== StateType.Leader) return this.tracker.confState();
    if (!this.tracker.isVoter(this.id)) {
      // A removed or demoted leader steps down (etcd #11038); the rest elect a new one.
      this.becomeFollower(this.term, NONE);
      return this.tracker.confState();
    }
    if (this.leadTransferee !== NONE && !this.tracker.isVoter(this.leadTransferee)) this.abortLeaderTransfer();
    // The quorum may have shrunk: entries may now be committed.
    if (this.maybeCommit()) bcastAppend(this);
    // Probe a new member at once rather than at the next heartbeat or proposal.
    else if (!wasTracked && this.tracker.progress.has(cc.nodeId)) sendAppend(this, cc.nodeId);
    return this.tracker.confState();
  }

  assertInvariants(): void {
    this.log.assertInvariants();
    if (this.state === StateType.Leader) {
      assert(this.lead === this.id, 'a leader leads itself');
      for (const [id, pr] of this.tracker.progress) pr.assertInvariants(id);
    }
    assert(this.vote === NONE || this.term > 0, 'a vote needs a term');
  }
}

function emptyEntry(): Entry {
  return { term: 0, index: 0, type: 0, data: new Uint8Array(0) };
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
