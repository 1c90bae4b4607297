import { randomBytes, randomInt } from 'node:crypto';
import {
  ClusterState,
  type Command,
  type Effect,
  type Rejection,
  type MemberInfo,
  decodeClusterSnapshot,
  encodeClusterSnapshot,
  encodeCommand,
} from '../cluster/index.js';
import {
  type ConfChange,
  type ConfState,
  type Entry,
  type HardState,
  type Logger,
  type Message,
  type NodeId,
  type Ready,
  type Snapshot,
  type Storage,
  EntryType,
  ProposalDroppedError,
  RawNode,
  SeededRandom,
  StateType,
  decodeConfChange,
} from '../raft/index.js';
import { type CompactionPolicy, type CompactionStats, compactionIndex, shouldCompact } from '../storage/index.js';
import { ShoalError, resourceExhausted, unavailable } from './errors.js';
import {
  DEFAULT_ELECTION_TICKS,
  DEFAULT_HEARTBEAT_TICKS,
  DEFAULT_TICK_MS,
  MAX_PENDING_PROPOSALS,
  MAX_PENDING_READS,
  PROPOSAL_TIMEOUT_MS,
  READ_INDEX_RETRY_MS,
  READ_INDEX_TIMEOUT_MS,
} from './limits.js';
import { WaiterTable } from './waiters.js';

/**
 * The durable Raft log the driver needs: the core's reads plus one fsync'd save per
 * Ready. Its reads reflect only completed writes (`lastIndex` is durable once `save`
 * resolves), which the driver relies on to apply committed entries early.
 */
export interface DurableRaftStorage extends Storage {
  save(batch: { hardState: HardState | null; entries: Entry[]; snapshot: Snapshot | null; sync: boolean }): Promise<void>;
  createSnapshot(index: number, confState: ConfState, data: Uint8Array): Promise<unknown>;
  compact(index: number): Promise<void>;
  compactionStats(appliedIndex: number): CompactionStats;
}

/** The peer transport as the driver uses it (src/transport's Transport). */
export interface PeerTransport {
  send(messages: Message[]): void;
  onMessage(handler: (m: Message) => void): void;
  onUnreachable(handler: (peer: NodeId) => void): void;
  onSnapshotStatus(handler: (peer: NodeId, delivered: boolean) => void): void;
  setPeers(peers: Map<NodeId, string>): void;
}

export interface DriverOptions {
  id: NodeId;
  storage: DurableRaftStorage;
  transport: PeerTransport;
  /** Addresses of the members this one was started with (bootstrap members have none in the log). */
  initialMembers: MemberInfo[];
  /** Start a new group with these voters when the storage is empty (null: join an existing group). */
  bootstrapVoters: NodeId[] | null;
  compaction: CompactionPolicy;
  tickMs?: number;
  electionTicks?: number;
  heartbeatTicks?: number;
  logger: Logger;
  /** Observes each save's duration (fsync latency) in seconds. */
  onSave?: (seconds: number, entries: number) => void;
  /** Observes a proposal's latency, from propose() to applied on this member, in seconds. */
  onCommit?: (seconds: number) => void;
}

/**
 * Runs the Raft core for one member: timers become ticks, the transport's messages
 * become steps, and every Ready is carried out in etcd's order — persist (one
 * fsync'd batch), send, apply, advance. Applying is the cluster state machine's
 * job; the driver turns its effects into settled waiters and peer address updates.
 */
export class RaftDriver {
  readonly node: RawNode;
  state = new ClusterState();
  private readonly proposals: WaiterTable<string, number>;
  private readonly confChanges: WaiterTable<number, number>;
  private readonly reads: WaiterTable<string, number>;
  /** Applied index each confirmed read waits for, keyed like `reads`. */
  private readonly readTargets = new Map<string, { index: number; resolve: () => void; reject: (err: Error) => void }>();
  private ticker: NodeJS.Timeout | null = null;
  private pumping = false;
  private pumpAgain = false;
  private stopped = false;
  private proposalCounter = 0;
  /** Commands waiting for the next pump to propose them together (bounded by the proposals table). */
  private queuedProposals: { requestId: string; data: Uint8Array }[] = [];
  private readonly instance = randomBytes(4).toString('hex');
  /** Listeners for applied effects (the admin service watches membership). */
  private readonly effectListeners: ((effect: Effect) => void)[] = [];
  failure: Error | null = null;
  /** The hard state of the last save, to tell a commit-only change from a new term or vote. */
  private savedHardState: HardState | null = null;

  constructor(private readonly options: DriverOptions) {
    const storage = options.storage;
    const snapshot = storage.snapshot();
    if (snapshot.metadata.index > 0) this.state = decodeClusterSnapshot(snapshot.data);
    this.savedHardState = storage.initialState().hardState;
    this.node = new RawNode({
      id: options.id,
      storage,
      applied: snapshot.metadata.index,
      random: new SeededRandom(randomInt(2 ** 31)),
      electionTicks: options.electionTicks ?? DEFAULT_ELECTION_TICKS,
      heartbeatTicks: options.heartbeatTicks ?? DEFAULT_HEARTBEAT_TICKS,
      logger: options.logger,
    });
    if (options.bootstrapVoters && storage.lastIndex() === 0) this.node.bootstrap(options.bootstrapVoters);
    this.proposals = new WaiterTable('proposal', MAX_PENDING_PROPOSALS, PROPOSAL_TIMEOUT_MS, { onResolved: options.onCommit });
    this.confChanges = new WaiterTable('membership change', 16, PROPOSAL_TIMEOUT_MS);
    this.reads = new WaiterTable('read', MAX_PENDING_READS, READ_INDEX_TIMEOUT_MS);
  }

  start(): void {
    const t = this.options.transport;
    t.onMessage((m) => this.onPeerMessage(m));
    t.onUnreachable((peer) => this.withNode(() => this.node.reportUnreachable(peer)));
    t.onSnapshotStatus((peer, ok) => this.withNode(() => this.node.reportSnapshot(peer, ok)));
    this.updatePeers();
    this.ticker = setInterval(() => this.withNode(() => this.node.tick()), this.options.tickMs ?? DEFAULT_TICK_MS);
    this.schedule();
  }

  onEffect(listener: (effect: Effect) => void): void {
    this.effectListeners.push(listener);
  }

  private onPeerMessage(m: Message): void {
    this.withNode(() => this.node.step(m));
  }

  /** Runs a mutation of the core and makes sure its Ready gets processed. */
  private withNode(fn: () => void): void {
    if (this.stopped) return;
    fn();
    this.schedule();
  }

  private schedule(): void {
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    setImmediate(() => void this.pump());
  }

  /** Processes Readies until the core has nothing more; one at a time, never overlapping. */
  private async pump(): Promise<void> {
    try {
      do {
        this.pumpAgain = false;
        this.proposeQueued();
        while (!this.stopped && this.node.hasReady()) {
          await this.handleReady(this.node.ready());
          this.proposeQueued();
        }
      } while (this.pumpAgain && !this.stopped);
    } catch (err) {
      // A failed fsync or a broken invariant: this member must not go on as if its
      // state were durable. Stop and let the operator (or supervisor) restart it.
      this.failure = err instanceof Error ? err : new Error(String(err));
      this.options.logger.warn(`raft driver stopped: ${this.failure.stack ?? this.failure.message}`);
      this.stopTimers();
      this.rejectAll(unavailable(`member ${this.options.id} failed: ${this.failure.message}`));
    } finally {
      this.pumping = false;
    }
  }

  private async handleReady(rd: Ready): Promise<void> {
    // The leader replicates in parallel with its own write (the core counts it toward
    // commit only after advance); everything else waits for the write.
    const early = rd.earlyMessageCount;
    if (early > 0) this.options.transport.send(rd.messages.slice(0, early));
    const appliedEarly = this.applyDurablePrefix(rd);
    if (rd.mustSync || rd.hardState || rd.snapshot) {
      const started = process.hrtime.bigint();
      const batch = { hardState: rd.hardState, entries: rd.entries, snapshot: rd.snapshot, sync: this.needsSync(rd) };
      await this.options.storage.save(batch);
      this.options.onSave?.(Number(process.hrtime.bigint() - started) / 1e9, rd.entries.length);
    }
    this.options.transport.send(early > 0 ? rd.messages.slice(early) : rd.messages);
    if (rd.snapshot) this.restoreSnapshot(rd.snapshot);
    for (let i = appliedEarly; i < rd.committedEntries.length; i++) this.applyEntry(rd.committedEntries[i]!);
    for (const rs of rd.readStates) this.onReadState(rs.requestContext, rs.index);
    this.node.advance(rd);
    if (rd.softState && rd.softState.state !== StateType.Leader) this.onLostLeadership();
    this.settleReads();
    await this.maybeCompact();
  }

  /**
   * Whether this Ready must be fsync'd before it is acted on. New entries, a
   * snapshot, or a new term or vote: always. A change of the commit index alone: no
   * (as in etcd). The core asks for it anyway because an application with durable
   * applied state must never restart applied past its commit index; this member's
   * applied state is in memory and rebuilt from snapshots, and every snapshot is a
   * synced LevelDB write that flushes the commit index written before it, so a
   * snapshot never gets ahead of the durable commit. A lost commit index is re-learned
   * from the leader. This takes one fsync off every commit's critical path.
   */
  private needsSync(rd: Ready): boolean {
    const saved = this.savedHardState;
    const hs = rd.hardState;
    if (hs) this.savedHardState = hs;
    if (rd.entries.length > 0 || rd.snapshot !== null) return true;
    return hs !== null && (saved === null || hs.term !== saved.term || hs.vote !== saved.vote);
  }

  /**
   * Applies, before this Ready's write, the committed entries this member has already
   * made durable itself, and returns how many. A departure from etcd's documented
   * order (persist, then apply) that etcd's own server makes too: a committed entry
   * is already durable on a majority, and one this member wrote in an earlier Ready
   * is durable here as well, so answering its caller need not wait for the fsync of
   * *new* entries — on a busy leader every Ready carries both, and waiting put one
   * extra fsync into every proposal's latency. It stops at:
   *   - a snapshot in the Ready (it replaces the state the entries apply to);
   *   - the first entry not yet durable here: past the storage's last index, or at
   *     or past the first entry this Ready (over)writes;
   *   - the first membership change, which reconfigures the core and the transport
   *     and so keeps the documented order.
   * Applied state is in memory, and snapshots of it are taken only after the write
   * (`maybeCompact`), so nothing durable ever gets ahead of the durable log.
   */
  private applyDurablePrefix(rd: Ready): number {
    if (rd.snapshot !== null) return 0;
    const overwritten = rd.entries.length > 0 ? rd.entries[0]!.index : Number.POSITIVE_INFINITY;
    const durableLast = Math.min(this.options.storage.lastIndex(), overwritten - 1);
    let count = 0;
    for (const e of rd.committedEntries) {
      if (e.index > durableLast || e.type !== EntryType.Normal) break;
      this.applyEntry(e);
      count++;
    }
    return count;
  }

  private restoreSnapshot(snapshot: Snapshot): void {
    this.state = decodeClusterSnapshot(snapshot.data);
    this.state.learnAddresses(this.options.initialMembers);
    this.updatePeers();
  }

  private applyEntry(e: Entry): void {
    if (e.index <= this.state.appliedIndex) return; // covered by the snapshot just restored
    if (e.type === EntryType.ConfChange) this.node.applyConfChange(decodeConfChange(e.data));
    const effects = this.state.apply(e);
    if (e.type === EntryType.ConfChange) {
      this.state.learnAddresses(this.options.initialMembers);
      this.updatePeers();
      this.settleConfChange(e);
    }
    for (const effect of effects) {
      if (effect.kind === 'command-applied') this.settleProposal(effect.requestId, effect.index, effect.rejection);
      for (const listener of this.effectListeners) listener(effect);
    }
  }

  /** A command the state machine refused (on every member alike) fails its proposer with the reason. */
  private settleProposal(requestId: string, index: number, rejection: Rejection | null): void {
    if (rejection === null) this.proposals.resolve(requestId, index);
    else this.proposals.reject(requestId, new ShoalError(rejection.code, rejection.message));
  }

  private settleConfChange(e: Entry): void {
    if (this.confChanges.has(e.index)) this.confChanges.resolve(e.index, e.term);
  }

  private updatePeers(): void {
    const peers = new Map<NodeId, string>();
    for (const m of this.state.memberList()) if (m.id !== this.options.id && m.peerAddress) peers.set(m.id, m.peerAddress);
    for (const m of this.options.initialMembers) if (m.id !== this.options.id && !peers.has(m.id) && !this.state.removedIds.has(m.id)) peers.set(m.id, m.peerAddress);
    this.options.transport.setPeers(peers);
  }

  private onLostLeadership(): void {
    // Membership changes are proposed on the leader only; a lost leadership loses them.
    this.confChanges.rejectAll(unavailable('leadership changed before the membership change was applied; retry'));
  }

  /** Snapshots the cluster state and compacts the log behind it, by the entry and byte limits. */
  private async maybeCompact(): Promise<void> {
    const storage = this.options.storage;
    const applied = this.state.appliedIndex;
    if (!shouldCompact(storage.compactionStats(applied), this.options.compaction)) return;
    await storage.createSnapshot(applied, this.node.raft.tracker.confState(), encodeClusterSnapshot(this.state));
    const compactTo = compactionIndex(applied, storage.firstIndex(), this.options.compaction);
    if (compactTo > 0) await storage.compact(compactTo);
  }

  // ---- What the API calls ----

  /** Proposes a command; resolves with its log index once applied on this member. */
  async propose(body: Omit<Command, 'requestId'>): Promise<number> {
    this.assertRunning();
    const requestId = `${this.options.id}/${this.instance}/${++this.proposalCounter}`;
    if (this.proposals.size() >= MAX_PENDING_PROPOSALS) {
      throw resourceExhausted(`${MAX_PENDING_PROPOSALS} proposals are already waiting on ${this.options.id}; retry later`);
    }
    const applied = this.proposals.wait(requestId);
    // Queued, not proposed one by one: the pump proposes everything queued as one
    // batch, so concurrent callers share one append message and one fsync.
    this.queuedProposals.push({ requestId, data: encodeCommand({ requestId, ...body }) });
    this.schedule();
    return applied;
  }

  /** Proposes every queued command in one batch; a refusal fails the whole batch (callers may retry). */
  private proposeQueued(): void {
    if (this.queuedProposals.length === 0) return;
    const batch = this.queuedProposals;
    this.queuedProposals = [];
    try {
      this.node.proposeBatch(batch.map((p) => p.data));
    } catch (err) {
      const error = toUnavailable(err);
      for (const p of batch) this.proposals.reject(p.requestId, error);
    }
  }

  /** Proposes a membership change on the leader; resolves once it is applied here. */
  async proposeConfChange(cc: ConfChange): Promise<void> {
    this.assertRunning();
    if (!this.isLeader()) throw unavailable(`member ${this.options.id} is not the leader`);
    try {
      this.node.proposeConfChange(cc);
    } catch (err) {
      throw err instanceof ProposalDroppedError ? new ShoalError('failed_precondition', err.message) : err;
    }
    const status = this.node.status();
    const index = status.lastIndex;
    const applied = this.confChanges.wait(index);
    this.schedule();
    const term = await applied;
    if (term !== status.term) throw unavailable('the membership change was overwritten by a new leader; retry');
  }

  /** A linearizable read point: resolves once this member has applied everything committed before the call. */
  async readIndex(): Promise<number> {
    this.assertRunning();
    const context = randomBytes(12);
    const key = context.toString('hex');
    const confirmed = this.reads.wait(key);
    this.withNode(() => this.node.readIndex(context));
    // Raft may drop a read request (no leader yet, a lost message, a leadership
    // change): ask again with the same context until answered or timed out.
    const retry = setInterval(() => this.withNode(() => this.node.readIndex(context)), READ_INDEX_RETRY_MS);
    let index: number;
    try {
      index = await confirmed;
    } finally {
      clearInterval(retry);
    }
    if (this.state.appliedIndex >= index) return index;
    await new Promise<void>((resolve, reject) => this.readTargets.set(key, { index, resolve, reject }));
    return index;
  }

  private onReadState(context: Uint8Array, index: number): void {
    this.reads.resolve(Buffer.from(context).toString('hex'), index);
  }

  private settleReads(): void {
    for (const [key, target] of this.readTargets) {
      if (this.state.appliedIndex >= target.index) {
        this.readTargets.delete(key);
        target.resolve();
      }
    }
  }

  transferLeader(to: NodeId): void {
    this.withNode(() => this.node.transferLeader(to));
  }

  /**
   * The other voter with the highest match index (ties broken by id): the cheapest
   * to hand leadership to. Null when there is none. Meaningful on the leader only.
   */
  mostUpToDateVoter(): NodeId | null {
    const s = this.node.status();
    const others = s.confState.voters.filter((v) => v !== s.id);
    others.sort((a, b) => (s.progress[b]?.match ?? 0) - (s.progress[a]?.match ?? 0) || (a < b ? -1 : 1));
    return others[0] ?? null;
  }

  isLeader(): boolean {
    return this.node.raft.state === StateType.Leader;
  }

  leaderId(): NodeId {
    return this.node.raft.lead;
  }

  private assertRunning(): void {
    if (this.failure) throw unavailable(`member ${this.options.id} failed: ${this.failure.message}`);
    if (this.stopped) throw unavailable(`member ${this.options.id} is stopping`);
  }

  private stopTimers(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
  }

  private rejectAll(err: Error): void {
    this.proposals.rejectAll(err);
    this.confChanges.rejectAll(err);
    this.reads.rejectAll(err);
    for (const target of this.readTargets.values()) target.reject(err);
    this.readTargets.clear();
  }

  /** Stops ticking and stepping; waits for the Ready in progress to finish persisting. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopTimers();
    this.rejectAll(unavailable(`member ${this.options.id} is stopping`));
    while (this.pumping) await new Promise((resolve) => setImmediate(resolve));
  }
}

function toUnavailable(err: unknown): Error {
  if (err instanceof ProposalDroppedError) return unavailable(err.message, err);
  return err instanceof Error ? err : new Error(String(err));
}
