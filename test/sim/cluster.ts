/**
 * The simulated group: members, the network between them, the fault injector and
 * the clients, advanced one simulated millisecond at a time. Everything iterates
 * members in sorted id order, so a seed replays exactly.
 */
import {
  type ConfChange,
  ConfChangeType,
  type ConfState,
  LOCAL_MESSAGE_TYPES,
  type Message,
  MessageType,
  type NodeId,
  type ReadState,
  SeededRandom,
  StateType,
} from '../../src/raft/index.js';
import { confStateLabel, readContextKey } from './app.js';
import { Faults } from './faults.js';
import { Checker } from './invariants.js';
import { Member, type MemberEnv } from './member.js';
import { type DropReason, type InFlight, Network } from './network.js';
import { TransportReports } from './reports.js';
import { MS_PER_TICK, SPARE_MEMBERS, type SimParams, TICK_JITTER_MS_MAX } from './params.js';
import { Trace, deriveSeed } from './trace.js';
import { Workload, type WorkloadHost } from './workload.js';

/**
 * Ready rounds per member per simulated ms, at most. Applying one Ready can make
 * another (a conf change, a snapshot); the rest waits for the next ms, as a real
 * event loop would yield.
 */
export const READY_ROUNDS_PER_MS_MAX = 4;

/** The story mentions the commit index each time it passes a multiple of this. */
const STORY_COMMIT_STEP_ENTRIES = 100;

/** Counters for the end-of-run summary. */
export interface ClusterStats {
  delivered: number;
  dropped: number;
  crashes: number;
  pauses: number;
  partitions: number;
  snapshotsSent: number;
  /** Conf changes applied (bootstrap entries included), and how many removed the leader. */
  confChangesApplied: number;
  leadersRemoved: number;
}

/** The whole simulated group; implements what members and clients need from their surroundings. */
export class Cluster implements MemberEnv, WorkloadHost {
  readonly trace: Trace;
  readonly checker = new Checker();
  readonly members = new Map<NodeId, Member>();
  readonly network: Network;
  readonly faults: Faults;
  readonly workload: Workload;
  readonly stats: ClusterStats = { delivered: 0, dropped: 0, crashes: 0, pauses: 0, partitions: 0, snapshotsSent: 0, confChangesApplied: 0, leadersRemoved: 0 };
  private now = 0;
  private highestApplied = 0;
  private highestConfChangeIndex = 0;
  private sortedIds: NodeId[] = [];
  private readonly spareIds: NodeId[] = [];
  private readonly reports = new TransportReports();
  private readonly stops = new Set<NodeId>();
  private readonly clock: SeededRandom;
  /** False in the liveness phase: clients stop, only the probe proposes. */
  clientsOn = true;

  constructor(
    readonly params: SimParams,
    story: ((timeMs: number, text: string) => void) | null = null,
  ) {
    this.trace = new Trace(story);
    const seed = params.seed;
    this.network = new Network(params.network, new SeededRandom(deriveSeed(seed, 'network')));
    this.faults = new Faults(params, new SeededRandom(deriveSeed(seed, 'faults')));
    this.workload = new Workload(params.workload, new SeededRandom(deriveSeed(seed, 'workload')), this);
    this.clock = new SeededRandom(deriveSeed(seed, 'clock'));
    const voters = Array.from({ length: params.initialMembers }, (_, i) => `n${i + 1}`);
    for (let i = 0; i < SPARE_MEMBERS; i++) this.spareIds.push(`n${params.initialMembers + i + 1}`);
    for (const id of voters) this.addMember(id, voters);
  }

  nowMs(): number {
    return this.now;
  }

  /** Advances the simulation by one ms: reports, faults and clients (on tick boundaries), deliveries, ticks, Readies. */
  stepMs(): void {
    this.now++;
    this.reports.deliver((id) => this.members.get(id), (m) => this.active(m));
    if (this.now % MS_PER_TICK === 0) this.tickBoundary();
    this.deliverDue();
    for (const id of this.sortedIds) {
      const m = this.members.get(id)!;
      if (!this.active(m) || m.nextTickAtMs > this.now) continue;
      m.nextTickAtMs += MS_PER_TICK - TICK_JITTER_MS_MAX + this.clock.intn(2 * TICK_JITTER_MS_MAX + 1);
      m.tick();
    }
    for (const id of this.sortedIds) this.processReadies(this.members.get(id)!);
    for (const id of [...this.stops].sort()) this.stop(id);
    this.stops.clear();
  }

  /** Stops every fault and restarts every crashed member: the liveness phase begins. */
  endFaults(): void {
    this.network.healAll();
    this.faults.on = false;
    this.clientsOn = false;
    this.trace.notable(this.now, 'faults stop: partitions healed, crashed members restart');
    for (const id of this.sortedIds) {
      const m = this.members.get(id)!;
      if (!m.running && !m.removed) this.restart(m);
      m.pausedUntilMs = Math.min(m.pausedUntilMs, this.now);
    }
  }

  /** Running and not stalled: it ticks, takes messages and handles Readies. */
  private active(m: Member): boolean {
    return m.running && m.pausedUntilMs <= this.now;
  }

  /** Members a client can reach: running and not stalled. */
  runningMembers(): Member[] {
    return this.sortedIds.map((id) => this.members.get(id)!).filter((m) => this.active(m));
  }

  leader(): Member | null {
    let best: Member | null = null;
    for (const m of this.runningMembers()) {
      if (m.role === StateType.Leader && (best === null || m.term > best.term)) best = m;
    }
    return best;
  }

  highestCommit(): number {
    let commit = 0;
    for (const id of this.sortedIds) {
      const m = this.members.get(id)!;
      commit = Math.max(commit, m.disk.hardState.commit);
      if (m.running) commit = Math.max(commit, m.core('status', () => m.node!.status()).commit);
    }
    return commit;
  }

  nextSpareId(): NodeId | null {
    return this.spareIds[0] ?? null;
  }

  useSpareId(): void {
    this.spareIds.shift();
  }

  send(from: Member, m: Message): void {
    // Local messages never cross the network; the core should not hand them out at all.
    if (LOCAL_MESSAGE_TYPES.has(m.type)) {
      this.trace.event(this.now, `not sent: local ${MessageType[m.type]} from ${m.from}`);
      return;
    }
    const reason = this.network.send(m, from.incarnation, this.now);
    if (reason === null) return;
    this.dropped(m, from.incarnation, true, reason);
  }

  confChangeApplied(member: Member, cc: ConfChange, cs: ConfState, index: number): void {
    this.trace.event(this.now, `${member.id} applies ${ConfChangeType[cc.type]} ${cc.nodeId} → ${confStateLabel(cs)}`);
    if (index > this.highestConfChangeIndex) {
      this.highestConfChangeIndex = index;
      this.stats.confChangesApplied++;
      if (cc.type === ConfChangeType.RemoveNode && this.members.get(cc.nodeId)?.role === StateType.Leader) this.stats.leadersRemoved++;
    }
    const target = this.members.get(cc.nodeId);
    if (cc.type === ConfChangeType.AddLearnerNode && target === undefined) {
      // The operator starts the new member once its addition is committed.
      this.trace.notable(this.now, `${cc.nodeId} joins as a learner`);
      this.addMember(cc.nodeId, null);
    } else if (cc.type === ConfChangeType.RemoveNode && target !== undefined && !target.removed) {
      this.stops.add(cc.nodeId);
    } else if (cc.type === ConfChangeType.AddNode && target !== undefined && !cs.learners.includes(cc.nodeId)) {
      this.trace.event(this.now, `${cc.nodeId} is a voter`);
    }
  }

  proposalApplied(_member: Member, proposalId: number, index: number): void {
    this.workload.applied(proposalId, index);
    if (Math.floor(index / STORY_COMMIT_STEP_ENTRIES) > Math.floor(this.highestApplied / STORY_COMMIT_STEP_ENTRIES)) {
      this.trace.notable(this.now, `the group has committed and applied ${index} entries`);
    }
    this.highestApplied = Math.max(this.highestApplied, index);
  }

  readAnswered(member: Member, rs: ReadState): void {
    const key = readContextKey(rs.requestContext);
    this.checker.checkLinearizableRead(member.id, key, rs.index);
    this.workload.readAnswered();
    this.trace.event(this.now, `${member.id} read ${key} at ${rs.index}`);
  }

  private addMember(id: NodeId, bootstrapVoters: NodeId[] | null): void {
    const member = new Member(id, this, bootstrapVoters, this.now + 1 + this.clock.intn(MS_PER_TICK));
    this.members.set(id, member);
    this.sortedIds = [...this.members.keys()].sort();
    member.start();
  }

  private restart(m: Member): void {
    m.nextTickAtMs = this.now + 1 + this.clock.intn(MS_PER_TICK);
    m.start();
  }

  /** A removed member is shut down for good (its id is never reused). */
  private stop(id: NodeId): void {
    const m = this.members.get(id)!;
    m.removed = true;
    if (m.running) m.crash('removed from the group, stops');
    else this.trace.notable(this.now, `${id} removed from the group while down`);
  }

  /** Faults and clients act once per nominal tick. */
  private tickBoundary(): void {
    for (const p of this.network.healExpired(this.now)) this.trace.notable(this.now, `heal: ${p.label}`);
    const ids = this.sortedIds.filter((id) => !this.members.get(id)!.removed);
    const part = this.faults.maybePartition(ids, this.network.partitions.length, this.now);
    if (part !== null) {
      this.network.partitions.push(part);
      this.stats.partitions++;
      this.trace.notable(this.now, `partition: ${part.label}`);
    }
    for (const id of ids) {
      const m = this.members.get(id)!;
      if (m.running && this.faults.crashesNow()) this.crash(m, 'between steps');
      else if (!m.running && m.restartAtMs <= this.now) this.restart(m);
      else if (this.active(m) && this.faults.pausesNow()) this.pause(m);
    }
    if (this.clientsOn) this.workload.tick();
  }

  /** A stalled process: its timer fires once when it resumes, as a real one would, not once per missed tick. */
  private pause(m: Member): void {
    m.pausedUntilMs = this.now + this.faults.pauseMs();
    m.nextTickAtMs = Math.max(m.nextTickAtMs, m.pausedUntilMs);
    this.stats.pauses++;
    this.trace.notable(this.now, `${m.id} stalls for ${(m.pausedUntilMs - this.now) / MS_PER_TICK} ticks`);
  }

  private crash(m: Member, why: string): void {
    const powerLoss = this.faults.powerLoss();
    m.crash(powerLoss ? `${why}, power loss` : why, powerLoss);
    m.restartAtMs = this.now + this.faults.downMs();
    this.stats.crashes++;
  }

  private processReadies(m: Member): void {
    for (let round = 0; round < READY_ROUNDS_PER_MS_MAX; round++) {
      if (!this.active(m) || !m.core('hasReady', () => m.node!.hasReady())) return;
      if (m.processReady(this.faults.crashPlan())) {
        m.restartAtMs = this.now + this.faults.downMs();
        this.stats.crashes++;
        return;
      }
    }
  }

  private deliverDue(): void {
    for (const item of this.network.takeDue(this.now)) {
      const m = item.message;
      const target = this.members.get(m.to);
      if (this.network.isCut(m.from, m.to)) this.dropped(m, item.fromIncarnation, item.original, 'cut');
      else if (target === undefined || !target.running) this.dropped(m, item.fromIncarnation, item.original, 'down');
      else if (!this.active(target)) this.network.requeue(item, target.pausedUntilMs);
      else this.deliver(target, item);
    }
  }

  private deliver(target: Member, item: InFlight): void {
    const m = item.message;
    this.stats.delivered++;
    this.trace.event(this.now, `deliver ${m.from}->${m.to} ${MessageType[m.type]} t${m.term} i${m.index} n${m.entries.length} c${m.commit}${m.reject ? ' reject' : ''}`);
    const stepped = target.step(m);
    if (m.type === MessageType.Snap && item.original) {
      this.stats.snapshotsSent++;
      this.reports.add(m, item.fromIncarnation, 'snapshot', stepped);
    }
  }

  private dropped(m: Message, fromIncarnation: number, original: boolean, reason: DropReason): void {
    this.stats.dropped++;
    this.trace.event(this.now, `drop ${m.from}->${m.to} ${MessageType[m.type]} t${m.term} (${reason})`);
    if (m.type === MessageType.Snap && original) this.reports.add(m, fromIncarnation, 'snapshot', false);
    // The transport notices a refused connection or a full queue; plain loss goes unnoticed.
    if (reason !== 'loss') this.reports.add(m, fromIncarnation, 'unreachable', false);
  }
}
