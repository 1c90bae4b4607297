import { encodeConfChange } from './confchange-codec.js';
import type { Config } from './config.js';
import { LocalMessageError, ProposalDroppedError, assert } from './errors.js';
import { ProgressState } from './progress.js';
import { Raft } from './raft.js';
import {
  type ConfChange,
  type ConfState,
  type HardState,
  type Message,
  type NodeId,
  type Ready,
  type SoftState,
  ConfChangeType,
  EntryType,
  LOCAL_MESSAGE_TYPES,
  MessageType,
  StateType,
  entry,
  hardStateEqual,
  isEmptyHardState,
  message,
} from './types.js';

/** The leader's view of one member, as `status()` reports it. */
export interface ProgressStatus {
  match: number;
  next: number;
  state: ProgressState;
  recentActive: boolean;
  isLearner: boolean;
  inflightMsgs: number;
  inflightBytes: number;
}

/** A snapshot of the core's state for observability and tests. */
export interface Status {
  id: NodeId;
  term: number;
  vote: NodeId;
  commit: number;
  applied: number;
  lastIndex: number;
  lead: NodeId;
  state: StateType;
  confState: ConfState;
  leadTransferee: NodeId;
  /** Per member, on the leader only. */
  progress: Record<NodeId, ProgressStatus>;
}

/**
 * The application's handle on the Raft core (etcd's RawNode). Single-threaded and
 * synchronous: the driver calls tick/step/propose, then takes a Ready, carries it
 * out (persist, send, apply) and calls advance.
 */
export class RawNode {
  /** The state machine; exposed for tests and the simulator's invariant checks. */
  readonly raft: Raft;
  private prevSoftState: SoftState;
  private prevHardState: HardState;
  /** The Ready handed out and not yet advanced (ready → advance must alternate). */
  private outstanding: Ready | null = null;

  constructor(config: Config) {
    this.raft = new Raft(config);
    this.prevSoftState = this.raft.softState();
    // What the core loaded (a snapshot implies its commit) is what storage already has.
    this.prevHardState = this.raft.hardState();
  }

  /**
   * Starts a brand-new group on an empty storage: one AddNode entry per voter at
   * term 1, committed. The first Ready carries them to persist and apply.
   */
  bootstrap(voters: readonly NodeId[]): void {
    const r = this.raft;
    assert(voters.length > 0, 'bootstrap needs at least one voter');
    assert(r.log.lastIndex() === 0 && isEmptyHardState(this.prevHardState), 'bootstrap needs an empty storage');
    r.becomeFollower(1, '');
    const entries = [...voters].sort().map((id, i) =>
      entry({ term: 1, index: i + 1, type: EntryType.ConfChange, data: encodeConfChange(addNode(id)) }),
    );
    r.log.append(entries);
    r.log.committed = entries.length;
    // Apply now so the member can campaign right away (unlike etcd, without first
    // processing a Ready); applying them again from the Ready is a no-op.
    for (const id of voters) r.applyConfChange(addNode(id));
    r.bootstrapIndex = entries.length;
  }

  tick(): void {
    this.raft.tick();
  }

  /** Starts an election now (pre-vote first when enabled). */
  campaign(): void {
    this.raft.step(message({ type: MessageType.Hup, from: this.raft.id }));
  }

  /** Proposes one entry. Throws ProposalDroppedError when it cannot be accepted. */
  propose(data: Uint8Array): void {
    this.proposeBatch([data]);
  }

  /** Proposes many entries at once: they share one append and one fsync. */
  proposeBatch(data: readonly Uint8Array[]): void {
    if (data.length === 0) return;
    const entries = data.map((d) => ({ term: 0, index: 0, type: EntryType.Normal, data: d }));
    this.raft.step(message({ type: MessageType.Prop, from: this.raft.id, entries }));
  }

  proposeConfChange(cc: ConfChange): void {
    const data = encodeConfChange(cc);
    const entries = [entry({ type: EntryType.ConfChange, data })];
    this.raft.step(message({ type: MessageType.Prop, from: this.raft.id, entries }));
  }

  /** Applies a committed conf change; returns the membership now in force. */
  applyConfChange(cc: ConfChange): ConfState {
    return this.raft.applyConfChange(cc);
  }

  /**
   * Steps a message from a peer. Local message types are refused; responses from
   * members no longer tracked are ignored (returns false); a forwarded proposal the
   * leader cannot take is dropped silently (its proposer retries).
   */
  step(m: Message): boolean {
    if (LOCAL_MESSAGE_TYPES.has(m.type)) throw new LocalMessageError(MessageType[m.type] ?? String(m.type));
    if (isResponse(m.type) && !this.raft.tracker.progress.has(m.from)) return false;
    try {
      this.raft.step(m);
    } catch (err) {
      if (err instanceof ProposalDroppedError) return false;
      throw err;
    }
    return true;
  }

  hasReady(): boolean {
    const r = this.raft;
    if (!softStateEqual(r.softState(), this.prevSoftState)) return true;
    const hs = r.hardState();
    if (!isEmptyHardState(hs) && !hardStateEqual(hs, this.prevHardState)) return true;
    if (r.log.pendingSnapshot() !== null) return true;
    if (r.msgs.length > 0 || r.log.unstable.entries.length > 0 || r.log.hasNextCommittedEntries()) return true;
    return r.readStates.length > 0;
  }

  /** What to do next; the caller must carry it out and call `advance` before the next `ready`. */
  ready(): Ready {
    assert(this.outstanding === null, 'ready() called again before advance()');
    const r = this.raft;
    const soft = r.softState();
    const hard = r.hardState();
    const hardChanged = !hardStateEqual(hard, this.prevHardState);
    const rd: Ready = {
      softState: softStateEqual(soft, this.prevSoftState) ? null : soft,
      hardState: hardChanged ? hard : null,
      readStates: r.readStates,
      entries: r.log.unstableEntries(),
      snapshot: r.log.pendingSnapshot(),
      committedEntries: r.log.nextCommittedEntries(),
      messages: r.msgs,
      mustSync: false,
      earlyMessageCount: 0,
    };
    // Unlike etcd, a commit-only change must be synced too: an application whose
    // applied state is durable would otherwise restart applied past its commit index
    // (the persistence contract: commit and applied never go backwards). A driver
    // whose applied state is volatile may relax this; see src/server/driver.ts.
    const termOrVoteChanged = hard.term !== this.prevHardState.term || hard.vote !== this.prevHardState.vote;
    rd.mustSync = hardChanged || rd.entries.length > 0 || rd.snapshot !== null;
    if (!termOrVoteChanged) rd.messages = orderEarlyFirst(rd, r.state === StateType.Leader);
    r.msgs = [];
    r.readStates = [];
    this.outstanding = rd;
    return rd;
  }

  /** The Ready was carried out: entries are durable and committed entries applied. */
  advance(rd: Ready): void {
    assert(this.outstanding === rd, 'advance() must get the Ready from the last ready()');
    this.outstanding = null;
    const r = this.raft;
    if (rd.softState) this.prevSoftState = rd.softState;
    if (rd.hardState) this.prevHardState = rd.hardState;
    const lastEntry = rd.entries[rd.entries.length - 1];
    if (lastEntry) {
      r.log.stableTo(lastEntry.index, lastEntry.term);
      r.onLogPersisted();
    }
    if (rd.snapshot) {
      r.log.stableSnapTo(rd.snapshot.metadata.index);
      r.log.appliedTo(rd.snapshot.metadata.index);
    }
    const lastCommitted = rd.committedEntries[rd.committedEntries.length - 1];
    if (lastCommitted) {
      r.log.appliedTo(lastCommitted.index);
      r.reduceUncommittedSize(rd.committedEntries);
    }
    r.assertInvariants();
  }

  /** Asks the leader to hand leadership to `transferee` (forwarded by followers). */
  transferLeader(transferee: NodeId): void {
    this.raft.step(message({ type: MessageType.TransferLeader, from: transferee }));
  }

  /**
   * Requests a linearizable read point. The answer arrives as a ReadState with the
   * same `context` in a later Ready; none arrives if leadership is lost meanwhile.
   */
  readIndex(context: Uint8Array): void {
    this.raft.step(message({ type: MessageType.ReadIndex, entries: [entry({ data: context })] }));
  }

  /** The transport could not deliver to `id`: the leader stops pipelining to it. */
  reportUnreachable(id: NodeId): void {
    this.raft.step(message({ type: MessageType.Unreachable, from: id }));
  }

  /** The outcome of sending a snapshot to `id`. */
  reportSnapshot(id: NodeId, delivered: boolean): void {
    this.raft.step(message({ type: MessageType.SnapStatus, from: id, reject: !delivered }));
  }

  status(): Status {
    const r = this.raft;
    const progress: Record<NodeId, ProgressStatus> = {};
    if (r.state === StateType.Leader) {
      for (const id of r.tracker.ids()) {
        const pr = r.tracker.progress.get(id)!;
        progress[id] = {
          match: pr.match,
          next: pr.next,
          state: pr.state,
          recentActive: pr.recentActive,
          isLearner: pr.isLearner,
          inflightMsgs: pr.inflights.size(),
          inflightBytes: pr.inflights.sizeBytes(),
        };
      }
    }
    return {
      id: r.id,
      term: r.term,
      vote: r.vote,
      commit: r.log.committed,
      applied: r.log.applied,
      lastIndex: r.log.lastIndex(),
      lead: r.lead,
      state: r.state,
      confState: r.tracker.confState(),
      leadTransferee: r.leadTransferee,
      progress,
    };
  }
}

/** Message types a leader may send before its own write of the same Ready is durable. */
const EARLY_TYPES: ReadonlySet<MessageType> = new Set([MessageType.App, MessageType.Heartbeat, MessageType.Snap]);

/**
 * Moves the leader's appends, heartbeats and snapshots to the front (keeping the
 * order within each group) and records how many there are in `earlyMessageCount`.
 */
function orderEarlyFirst(rd: Ready, isLeader: boolean): Message[] {
  if (!isLeader || rd.messages.length === 0) return rd.messages;
  const early: Message[] = [];
  const late: Message[] = [];
  for (const m of rd.messages) (EARLY_TYPES.has(m.type) ? early : late).push(m);
  rd.earlyMessageCount = early.length;
  return late.length === 0 ? early : early.concat(late);
}

function addNode(id: NodeId): ConfChange {
  return { type: ConfChangeType.AddNode, nodeId: id, context: new Uint8Array(0) };
}

function softStateEqual(a: SoftState, b: SoftState): boolean {
  return a.lead === b.lead && a.state === b.state;
}

function isResponse(type: MessageType): boolean {
  return (
    type === MessageType.AppResp ||
    type === MessageType.VoteResp ||
    type === MessageType.HeartbeatResp ||
    type === MessageType.PreVoteResp
  );
}
