/**
 * The clients: proposals with unique ids and small random payloads, ReadIndex
 * requests, leader transfers and membership changes (add a learner from the spare
 * ids, promote it once caught up, remove a voter or a learner), all at random
 * times. A dropped proposal is an ordinary answer, counted, never an error.
 */
import {
  type ConfChange,
  ConfChangeType,
  EMPTY_BYTES,
  type NodeId,
  ProposalDroppedError,
  type RaftError,
  type SeededRandom,
} from '../../src/raft/index.js';
import { encodeProposal, encodeReadContext, readContextKey } from './app.js';
import type { Checker } from './invariants.js';
import type { Member } from './member.js';
import { isRaftError } from './violation.js';
import type { WorkloadParams } from './params.js';
import type { Trace } from './trace.js';

/** Voters the workload keeps at least (when it can): three survive one failure. */
export const VOTERS_MIN = 3;
/** Learners at once, at most: each one costs the leader a snapshot stream. */
export const LEARNERS_MAX = 2;
/** A learner is promoted when its match index is within this many entries of the commit index. */
export const PROMOTE_LAG_ENTRIES_MAX = 5;

/** What the workload needs from the cluster. */
export interface WorkloadHost {
  nowMs(): number;
  /** Running members, sorted by id. */
  runningMembers(): Member[];
  /** The running member that believes it leads the highest term, if any. */
  leader(): Member | null;
  /** The highest commit index any member knows (in memory or on disk). */
  highestCommit(): number;
  /** The next never-used id for a new learner, or null when none is left. */
  nextSpareId(): NodeId | null;
  /** Marks the next spare id used (its AddLearner was accepted); ids are never reused. */
  useSpareId(): void;
  trace: Trace;
  checker: Checker;
}

/** Counters for the end-of-run summary. */
export interface WorkloadStats {
  proposed: number;
  dropped: number;
  reads: number;
  readsAnswered: number;
  transfers: number;
  confChanges: number;
}

/** The clients of one run, drawing from the workload stream. */
export class Workload {
  readonly stats: WorkloadStats = { proposed: 0, dropped: 0, reads: 0, readsAnswered: 0, transfers: 0, confChanges: 0 };
  /** Proposal id → the index it was first applied at. */
  readonly appliedAt = new Map<number, number>();
  private nextProposalId = 1;
  private nextReadId = 1;

  constructor(
    private readonly params: WorkloadParams,
    private readonly random: SeededRandom,
    private readonly host: WorkloadHost,
  ) {}

  /** One tick of client activity. */
  tick(): void {
    const p = this.params;
    const count = Math.floor(p.proposalsPerTick) + (this.random.chance(p.proposalsPerTick % 1) ? 1 : 0);
    for (let i = 0; i < count; i++) {
      const target = this.target();
      if (target !== null) this.propose(target);
    }
    if (this.random.chance(p.readsPerTick)) this.read();
    if (this.random.chance(p.transferRatePerTick)) this.transfer();
    if (this.random.chance(p.confChangeRatePerTick)) this.changeMembership();
  }

  /** Proposes a fresh entry at `member`; returns its id, or null when dropped. */
  propose(member: Member): number | null {
    const id = this.nextProposalId++;
    const filler = new Uint8Array(this.random.intn(this.params.payloadBytesMax + 1));
    for (let i = 0; i < filler.length; i++) filler[i] = this.random.intn(256);
    const ok = this.attempt(member, `propose #${id}`, () => member.node!.propose(encodeProposal(id, filler)));
    if (ok) this.stats.proposed++;
    return ok ? id : null;
  }

  /** Called when a member applies proposal `id` at `index`. */
  applied(id: number, index: number): void {
    if (!this.appliedAt.has(id)) this.appliedAt.set(id, index);
  }

  /** Called when a ReadIndex request is answered. */
  readAnswered(): void {
    this.stats.readsAnswered++;
  }

  /** The leader most of the time, any running member sometimes (proposals get forwarded). */
  private target(): Member | null {
    const leader = this.host.leader();
    if (leader !== null && this.random.chance(0.8)) return leader;
    const running = this.host.runningMembers();
    return running.length === 0 ? null : running[this.random.intn(running.length)]!;
  }

  private read(): void {
    const target = this.target();
    if (target === null) return;
    const context = encodeReadContext(this.nextReadId++);
    this.host.checker.readRequested(readContextKey(context), this.host.highestCommit());
    if (this.attempt(target, `read ${readContextKey(context)}`, () => target.node!.readIndex(context))) this.stats.reads++;
  }

  private transfer(): void {
    const leader = this.host.leader();
    if (leader === null) return;
    const voters = leader.disk.app.confState.voters.filter((v) => v !== leader.id);
    if (voters.length === 0) return;
    const to = voters[this.random.intn(voters.length)]!;
    if (this.attempt(leader, `transfer leadership to ${to}`, () => leader.node!.transferLeader(to))) this.stats.transfers++;
  }

  /** Picks one change the membership allows: add, promote, remove a voter (above three) or a learner. */
  private changeMembership(): void {
    const leader = this.host.leader();
    if (leader === null) return;
    const status = leader.core('status', () => leader.node!.status());
    const { voters, learners } = status.confState;
    const options: Array<() => ConfChange | null> = [];
    if (learners.length < LEARNERS_MAX) {
      options.push(() => {
        const id = this.host.nextSpareId();
        return id === null ? null : { type: ConfChangeType.AddLearnerNode, nodeId: id, context: EMPTY_BYTES };
      });
    }
    for (const l of learners) {
      const match = status.progress[l]?.match ?? 0;
      if (match + PROMOTE_LAG_ENTRIES_MAX >= status.commit) options.push(() => ({ type: ConfChangeType.AddNode, nodeId: l, context: EMPTY_BYTES }));
    }
    if (voters.length > VOTERS_MIN) {
      options.push(() => ({ type: ConfChangeType.RemoveNode, nodeId: voters[this.random.intn(voters.length)]!, context: EMPTY_BYTES }));
    }
    if (learners.length > 0) {
      options.push(() => ({ type: ConfChangeType.RemoveNode, nodeId: learners[this.random.intn(learners.length)]!, context: EMPTY_BYTES }));
    }
    if (options.length === 0) return;
    const cc = options[this.random.intn(options.length)]!();
    if (cc === null) return;
    const what = `conf change ${ConfChangeType[cc.type]} ${cc.nodeId}`;
    if (!this.attempt(leader, what, () => leader.node!.proposeConfChange(cc))) return;
    this.stats.confChanges++;
    if (cc.type === ConfChangeType.AddLearnerNode) this.host.useSpareId();
  }

  /** Runs a client call; a RaftError (mostly ProposalDroppedError) is an answer, counted; a bug propagates. */
  private attempt(member: Member, what: string, call: () => void): boolean {
    const trace = this.host.trace;
    try {
      member.core(what, call);
      trace.event(this.host.nowMs(), `${member.id} ${what}`);
      return true;
    } catch (err) {
      if (!isRaftError(err)) throw err;
      this.stats.dropped++;
      const code = err instanceof ProposalDroppedError ? 'dropped' : (err as RaftError).code;
      trace.event(this.host.nowMs(), `${member.id} ${what}: ${code}`);
      return false;
    }
  }
}
