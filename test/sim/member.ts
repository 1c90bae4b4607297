/**
 * One simulated member: a Raft core, the MemoryStorage it reads, the durable disk
 * and the application. It drives a Ready in etcd's order (persist, send, apply,
 * advance) and can crash at any point in it; a restart rebuilds everything from disk.
 */
import {
  type ConfChange,
  type ConfState,
  type Entry,
  EntryType,
  type Message,
  type MemoryStorage,
  NONE,
  type NodeId,
  type RaftError,
  RawNode,
  type ReadState,
  type Ready,
  SeededRandom,
  type Snapshot,
  StateType,
  decodeConfChange,
  isEmptySnapshot,
} from '../../src/raft/index.js';
import {
  applyEntry,
  decodeAppSnapshot,
  decodeProposalId,
  encodeAppSnapshot,
  stateHash,
} from './app.js';
import { Disk, type PersistBatch, batchItems } from './disk.js';
import type { Checker } from './invariants.js';
import type { SimParams } from './params.js';
import { type Trace, deriveSeed, describeReady } from './trace.js';
import type { CrashPlan } from './faults.js';
import { InvariantViolation, intoCore, isRaftError } from './violation.js';

/** What a member needs from the simulation around it. */
export interface MemberEnv {
  params: SimParams;
  trace: Trace;
  checker: Checker;
  nowMs(): number;
  send(from: Member, m: Message): void;
  confChangeApplied(member: Member, cc: ConfChange, cs: ConfState, index: number): void;
  proposalApplied(member: Member, proposalId: number, index: number): void;
  readAnswered(member: Member, rs: ReadState): void;
}

/** One member process; `node` is null while it is down. */
export class Member {
  readonly disk: Disk;
  node: RawNode | null = null;
  private storage: MemoryStorage | null = null;
  /** Bumped on every start: reports for an older incarnation are stale. */
  incarnation = 0;
  role: StateType = StateType.Follower;
  term = 0;
  lead: NodeId = NONE;
  /** Removed from the group: stopped for good. */
  removed = false;
  /** When a crashed member comes back (simulated ms). */
  restartAtMs = 0;
  /** Until when the process is stalled: no ticks, deliveries or Readies, nothing lost. */
  pausedUntilMs = 0;
  nextTickAtMs: number;

  constructor(
    readonly id: NodeId,
    private readonly env: MemberEnv,
    /** The voters to bootstrap with while the disk is still empty, or null for a joining learner. */
    private readonly bootstrapVoters: NodeId[] | null,
    firstTickAtMs: number,
  ) {
    this.disk = new Disk(env.params.canary);
    this.nextTickAtMs = firstTickAtMs;
    env.checker.registerDisk(id, this.disk);
  }

  get running(): boolean {
    return this.node !== null;
  }

  /** Starts (or restarts) the process from what is durable. */
  start(): void {
    this.incarnation++;
    this.pausedUntilMs = 0;
    const disk = this.disk;
    // A snapshot persisted but not yet applied before a crash is applied now, as a
    // real store reloads its state machine from the snapshot file.
    if (disk.snapshot.metadata.index > disk.app.applied) this.restoreApp(disk.snapshot);
    // The core requires applied ≤ commit; a durable state machine that is ahead of the
    // durable commit index means a commit index it acted on was not made durable first.
    if (disk.app.applied > disk.hardState.commit) {
      throw new InvariantViolation(
        'commit-never-regresses',
        `${this.id} restarts with durable commit ${disk.hardState.commit} below its applied index ${disk.app.applied}: ` +
          'the Ready that advanced the commit index was not fsync\'d (mustSync false) and a power loss undid it',
      );
    }
    this.storage = disk.rebuildStorage();
    const storage = this.storage;
    const p = this.env.params;
    const random = new SeededRandom(deriveSeed(p.seed, `core:${this.id}:${this.incarnation}`));
    this.node = this.core('new RawNode', () =>
      new RawNode({ ...p.core, id: this.id, storage, random, electionTicks: p.electionTicks, heartbeatTicks: p.heartbeatTicks, applied: disk.app.applied }),
    );
    const empty = disk.lastIndex() === 0 && disk.hardState.term === 0;
    if (this.bootstrapVoters !== null && empty) this.core('bootstrap', () => this.node!.bootstrap(this.bootstrapVoters!));
    const status = this.core('status', () => this.node!.status());
    this.role = status.state;
    this.term = status.term;
    this.lead = status.lead;
    if (status.commit < disk.hardState.commit) {
      throw new InvariantViolation('commit-never-regresses', `${this.id} restarts at commit ${status.commit} below durable ${disk.hardState.commit}`);
    }
    this.env.trace.notable(this.env.nowMs(), `${this.id} starts (incarnation ${this.incarnation}, term ${status.term}, commit ${status.commit}, applied ${disk.app.applied})`);
  }

  /**
   * Throws away everything in memory: the core, its MemoryStorage, unsent messages.
   * A power loss also loses the disk's writes that were never fsync'd.
   */
  crash(why: string, powerLoss = false): void {
    if (powerLoss) {
      const lost = this.disk.loseUnsynced();
      if (lost !== null) {
        this.env.trace.event(this.env.nowMs(), `${this.id} power loss: unsynced writes lost (commit ${lost.lostCommit} → ${this.disk.hardState.commit})`);
      }
    }
    if (this.role === StateType.Leader) this.env.checker.leaderGone(this.id);
    this.node = null;
    this.storage = null;
    this.role = StateType.Follower;
    this.lead = NONE;
    this.env.trace.notable(this.env.nowMs(), `${this.id} crashes (${why})`);
  }

  tick(): void {
    this.core('tick', () => this.node!.tick());
  }

  /** Steps a delivered message; false when the core refused it with an operating error. */
  step(m: Message): boolean {
    try {
      this.core('step', () => this.node!.step(m));
      return true;
    } catch (err) {
      if (!isRaftError(err)) throw err;
      this.env.trace.event(this.env.nowMs(), `refused ${this.id}<-${m.from} t${m.type}: ${(err as RaftError).code}`);
      return false;
    }
  }

  /** Handles one Ready; returns true when the plan crashed the member part-way. */
  processReady(plan: CrashPlan | null): boolean {
    const node = this.node!;
    const rd = this.core('ready', () => node.ready());
    const ledTerm = this.role === StateType.Leader ? this.term : 0;
    this.observe(rd);
    const batch: PersistBatch = {
      snapshot: isEmptySnapshot(rd.snapshot) ? null : rd.snapshot,
      entries: rd.entries,
      hardState: rd.hardState,
      sync: rd.mustSync,
    };
    this.env.trace.event(this.env.nowMs(), describeReady(this.id, rd));
    if (ledTerm !== 0 && this.role === StateType.Leader && this.term === ledTerm) {
      this.env.checker.checkLeaderAppendOnly(this.id, ledTerm, this.disk, batch);
    }
    // A leader may send its appends, heartbeats and snapshots before its own write
    // (`earlyMessageCount`, Raft thesis §10.2.1); everything else waits for the disk.
    const early = rd.earlyMessageCount ?? 0;
    if (early > 0) this.sendAll(rd.messages.slice(0, early));
    if (plan?.point === 'before-persist') return this.crashPlanned(plan);
    if (this.persist(batch, plan)) return true;
    if (plan?.point === 'after-persist') return this.crashPlanned(plan);
    this.sendAll(early === 0 ? rd.messages : rd.messages.slice(early));
    if (plan?.point === 'after-send') return this.crashPlanned(plan);

    if (batch.snapshot !== null) this.restoreApp(batch.snapshot);
    for (let k = 0; k < rd.committedEntries.length; k++) {
      if (plan?.point === 'mid-apply' && k === plan.keep) return this.crashPlanned(plan);
      this.applyCommitted(rd.committedEntries[k]!);
    }
    // A plan to crash after more entries than the Ready had strikes after applying, before advance.
    if (plan?.point === 'mid-apply') return this.crashPlanned(plan);
    for (const rs of rd.readStates) this.env.readAnswered(this, rs);
    this.core('advance', () => node.advance(rd));
    this.maybeSnapshot();
    return false;
  }

  private sendAll(messages: readonly Message[]): void {
    const checker = this.env.checker;
    for (const m of messages) {
      checker.checkVoteDurable(this.id, this.disk, m);
      checker.checkAckDurable(this.id, this.disk, m);
      checker.checkNoDoubleVote(m);
      this.env.send(this, m);
    }
  }

  /** Calls into the core; see {@link intoCore}. */
  core<T>(what: string, call: () => T): T {
    return intoCore(`${this.id}.${what}`, call, isRaftError);
  }

  /** Writes the batch to disk (or a torn prefix of it), then mirrors it into MemoryStorage. */
  private persist(batch: PersistBatch, plan: CrashPlan | null): boolean {
    const total = batchItems(batch);
    const torn = plan?.point === 'torn-persist';
    let durable = total;
    let nothing = total === 0 && batch.snapshot === null;
    if (torn) {
      // A batch with a snapshot is all or nothing (see Disk.write).
      durable = batch.snapshot !== null ? (plan.keep > 0 ? total : 0) : Math.min(plan.keep, total);
      nothing = batch.snapshot !== null ? plan.keep === 0 : durable === 0;
    }
    const checker = this.env.checker;
    const before = { term: this.disk.hardState.term, commit: this.disk.hardState.commit };
    if (!nothing) {
      const written = batch.entries.slice(0, Math.min(durable, batch.entries.length));
      checker.checkCommittedNotOverwritten(this.id, this.disk, written);
      checker.checkLogMatching(this.id, this.disk, written);
      this.disk.write(batch, durable);
      checker.checkDurableHardState(this.id, this.disk, before);
      checker.recordCommitted(this.id, this.disk, before.commit, this.disk.hardState.term);
    }
    if (torn) {
      this.env.trace.event(this.env.nowMs(), `${this.id} torn write: ${durable}/${total} writes durable`);
      return this.crashPlanned(plan);
    }
    const storage = this.storage!;
    if (batch.snapshot !== null) storage.applySnapshot(batch.snapshot);
    if (batch.hardState !== null) storage.setHardState(batch.hardState);
    storage.append(batch.entries);
    return false;
  }

  private crashPlanned(plan: CrashPlan): true {
    const detail = plan.point === 'torn-persist' ? `, ${plan.keep} writes kept` : plan.point === 'mid-apply' ? `, after ${plan.keep} applies` : '';
    this.crash(`${plan.point}${detail}`, plan.powerLoss);
    return true;
  }

  /** Tracks role, term and leader from the Ready; checks election safety on a new leader. */
  private observe(rd: Ready): void {
    if (rd.hardState !== null) this.term = rd.hardState.term;
    if (rd.softState === null) return;
    const wasLeader = this.role === StateType.Leader;
    this.role = rd.softState.state;
    this.lead = rd.softState.lead;
    if (this.role === StateType.Leader) {
      this.env.checker.checkElectionSafety(this.id, this.term);
      if (!wasLeader) this.env.trace.notable(this.env.nowMs(), `${this.id} becomes leader of term ${this.term}`);
    } else if (wasLeader) {
      this.env.checker.leaderGone(this.id);
      this.env.trace.notable(this.env.nowMs(), `${this.id} steps down (term ${this.term})`);
    }
    this.env.trace.event(this.env.nowMs(), `${this.id} state ${StateType[this.role]} lead=${this.lead} term=${this.term}`);
  }

  private applyCommitted(e: Entry): void {
    const checker = this.env.checker;
    const app = this.disk.app;
    checker.checkApplyOrder(this.id, app.applied, e, this.disk.hardState.commit);
    const next = applyEntry(app, e);
    if (e.type === EntryType.ConfChange) {
      const cc = decodeConfChange(e.data);
      next.confState = this.core('applyConfChange', () => this.node!.applyConfChange(cc));
      this.env.confChangeApplied(this, cc, next.confState, e.index);
    }
    checker.checkStateMachineSafety(this.id, e, stateHash(next));
    this.disk.writeApp(next);
    const proposalId = decodeProposalId(e);
    if (proposalId !== null) this.env.proposalApplied(this, proposalId, e.index);
  }

  /** Replaces the application's state with a snapshot's (durably). */
  private restoreApp(snapshot: Snapshot): void {
    const state = decodeAppSnapshot(snapshot.data);
    const index = snapshot.metadata.index;
    const checker = this.env.checker;
    checker.checkAppliedNeverRegresses(this.id, this.disk.app.applied, index);
    checker.checkSnapshotState(this.id, index, stateHash(state));
    if (state.applied !== index) throw new InvariantViolation('state-machine-safety', `snapshot at ${index} holds state applied to ${state.applied}`);
    this.disk.writeApp({ ...state, confState: snapshot.metadata.confState });
    this.env.trace.event(this.env.nowMs(), `${this.id} restores snapshot ${index}:${snapshot.metadata.term}`);
  }

  /** Takes an application snapshot every `snapshotEveryEntries` and compacts the log behind it. */
  private maybeSnapshot(): void {
    const storage = this.storage!;
    const app = this.disk.app;
    const p = this.env.params;
    if (app.applied - storage.snapshot().metadata.index < p.snapshotEveryEntries) return;
    const snapshot = storage.createSnapshot(app.applied, app.confState, encodeAppSnapshot(app));
    let compactIndex = storage.firstIndex() - 1;
    const wanted = app.applied - p.compactionTailEntries;
    if (wanted > compactIndex) {
      storage.compact(wanted);
      compactIndex = wanted;
    }
    this.disk.writeCompaction(snapshot, compactIndex);
    this.env.trace.event(this.env.nowMs(), `${this.id} snapshots at ${app.applied}, compacts to ${compactIndex}`);
  }
}
