import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { RaftDriver } from './driver.js';

/** Buckets for fsync'd saves and commit latency: 100 µs to ~2 s. */
const LATENCY_BUCKETS_SECONDS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/** Per-peer transport state as the metrics need it. */
export interface PeerStat {
  connected: boolean;
  framesSent?: number;
  framesReceived?: number;
  bytesSent?: number;
  bytesReceived?: number;
  dropped?: number;
}

/**
 * The member's Prometheus metrics, in a registry of its own (so several members in
 * one test process do not collide). Gauges read the live state when scraped.
 */
export class MemberMetrics {
  readonly registry = new Registry();
  readonly saveSeconds: Histogram;
  readonly savedEntries: Counter;
  readonly commitSeconds: Histogram;
  /** Page segments served, by operation and where (this member's disk, or forwarded to the owner). */
  readonly dataSegments: Counter<'op' | 'where'>;
  readonly dataSegmentBytes: Counter<'op' | 'where'>;
  /** Data API requests by method and status class, with their duration. */
  readonly dataRequestSeconds: Histogram<'method' | 'status'>;
  /** Balancing rounds this member planned, plans it proposed as leader, and how committed plans compared with its own. */
  readonly balanceRounds: Counter;
  readonly balancePlansProposed: Counter;
  readonly balancePlanDisagreements: Counter;
  readonly balancePlansUnverified: Counter;
  /** Committed moves of connections this member held, by outcome (redirected, closed-idle, gone). */
  readonly connectionMoves: Counter<'outcome'>;
  private readonly segmentChildren = new Map<string, { count: Counter.Internal; bytes: Counter.Internal }>();
  private readonly requestChildren = new Map<string, Histogram.Internal<'method' | 'status'>>();

  constructor(
    memberId: string,
    driver: () => RaftDriver | null,
    peers: () => Map<string, PeerStat>,
    refusals: () => { handshakeFailures: Record<string, number>; frameErrors: Record<string, number> } = () => ({
      handshakeFailures: {},
      frameErrors: {},
    }),
  ) {
    this.registry.setDefaultLabels({ member: memberId });
    collectDefaultMetrics({ register: this.registry, prefix: 'shoal_process_' });
    this.saveSeconds = new Histogram({
      name: 'shoal_raft_save_seconds',
      help: 'Duration of one fsync\'d save of a Ready (hard state + entries): the append and fsync latency.',
      buckets: LATENCY_BUCKETS_SECONDS,
      registers: [this.registry],
    });
    this.commitSeconds = new Histogram({
      name: 'shoal_raft_proposal_commit_seconds',
      help: 'From proposing a command to applying it on this member: the commit latency callers see.',
      buckets: LATENCY_BUCKETS_SECONDS,
      registers: [this.registry],
    });
    this.savedEntries = new Counter({ name: 'shoal_raft_saved_entries_total', help: 'Log entries persisted.', registers: [this.registry] });
    this.dataSegments = new Counter({
      name: 'shoal_data_segments_total',
      help: 'Page segments of data requests, by op (read/write) and where (local: own block store; forwarded: sent to the owner).',
      labelNames: ['op', 'where'],
      registers: [this.registry],
    });
    this.dataSegmentBytes = new Counter({
      name: 'shoal_data_segment_bytes_total',
      help: 'Bytes of those page segments.',
      labelNames: ['op', 'where'],
      registers: [this.registry],
    });
    const counter = (name: string, help: string): Counter => new Counter({ name, help, registers: [this.registry] });
    this.balanceRounds = counter('shoal_balance_rounds_total', 'Balancing rounds this member planned (every voter had reported its load since the last).');
    this.balancePlansProposed = counter('shoal_balance_plans_proposed_total', 'Plans with moves this member proposed as leader.');
    this.balancePlanDisagreements = counter(
      'shoal_balance_plan_disagreements_total',
      'Committed plans that differ from the plan this member computed for the same round (should never happen).',
    );
    this.balancePlansUnverified = counter('shoal_balance_plans_unverified_total', 'Committed plans this member could not compare (it restarted since their round).');
    this.connectionMoves = new Counter({
      name: 'shoal_connection_moves_total',
      help: 'Committed moves of client connections this member held, by outcome: redirected (its last answer named the new member), closed-idle (no request came within the grace), or gone (dropped: the connection had already ended).',
      labelNames: ['outcome'],
      registers: [this.registry],
    });
    this.dataRequestSeconds = new Histogram({
      name: 'shoal_data_request_seconds',
      help: 'Data API requests by method and status, from the request to the answer.',
      labelNames: ['method', 'status'],
      buckets: LATENCY_BUCKETS_SECONDS,
      registers: [this.registry],
    });
    const raftGauge = (name: string, help: string, read: (d: RaftDriver) => number): void => {
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const d = driver();
          if (d) this.set(read(d));
        },
      });
    };
    raftGauge('shoal_raft_term', 'Current Raft term.', (d) => d.node.raft.term);
    raftGauge('shoal_raft_role', 'Raft role: 0 follower, 1 candidate, 2 leader, 3 pre-candidate.', (d) => d.node.raft.state);
    raftGauge('shoal_raft_commit_index', 'Raft commit index.', (d) => d.node.raft.log.committed);
    raftGauge('shoal_raft_applied_index', 'Index applied to the cluster state.', (d) => d.state.appliedIndex);
    raftGauge('shoal_raft_last_index', 'Last index of the Raft log.', (d) => d.node.raft.log.lastIndex());
    raftGauge('shoal_raft_is_leader', '1 when this member is the leader.', (d) => (d.isLeader() ? 1 : 0));
    this.peerGauges(peers);
    const byCode = (name: string, help: string, read: () => Record<string, number>): void => {
      new Gauge({
        name,
        help,
        labelNames: ['code'],
        registers: [this.registry],
        collect() {
          for (const [code, count] of Object.entries(read())) this.set({ code }, count);
        },
      });
    };
    byCode('shoal_transport_handshake_failures', 'Peer handshakes refused or failed, by reason (wrong secret, other group, ...).', () => refusals().handshakeFailures);
    byCode('shoal_transport_frame_errors', 'Peer connections cut for a bad frame, by reason.', () => refusals().frameErrors);
  }

  private peerGauges(peers: () => Map<string, PeerStat>): void {
    const perPeer = (name: string, help: string, read: (s: PeerStat) => number | undefined): void => {
      new Gauge({
        name,
        help,
        labelNames: ['peer'],
        registers: [this.registry],
        collect() {
          this.reset();
          for (const [peer, stat] of peers()) {
            const value = read(stat);
            if (value !== undefined) this.set({ peer }, value);
          }
        },
      });
    };
    perPeer('shoal_peer_connected', '1 when the peer connection is up and authenticated.', (s) => (s.connected ? 1 : 0));
    perPeer('shoal_peer_frames_sent', 'Frames sent to the peer.', (s) => s.framesSent);
    perPeer('shoal_peer_frames_received', 'Frames received from the peer.', (s) => s.framesReceived);
    perPeer('shoal_peer_bytes_sent', 'Bytes sent to the peer.', (s) => s.bytesSent);
    perPeer('shoal_peer_bytes_received', 'Bytes received from the peer.', (s) => s.bytesReceived);
    perPeer('shoal_peer_dropped_messages', 'Messages dropped because the peer queue was full or the peer down.', (s) => s.dropped);
  }

  /** Exports this member's latest measured load, read when scraped. */
  watchLoad(latest: () => { utilization: number; background: number; requestsPerSecond: number; forwardedFraction: number } | null): void {
    this.gaugesOf(latest, [
      ['shoal_load_utilization', 'This member\'s utilization over its last load interval: max(event-loop, IO utilization).', 'utilization'],
      ['shoal_load_background', 'Work not due to its own client connections (peers, Raft), capacity units.', 'background'],
      ['shoal_load_requests_per_second', 'Client requests per second over the last load interval.', 'requestsPerSecond'],
      ['shoal_load_forwarded_fraction', 'The share of its clients\' bytes over the last load interval on pages of other members (forwarded).', 'forwardedFraction'],
    ]);
  }

  /** Exports how many client connections this member holds, read when scraped. */
  watchConnections(count: () => number): void {
    new Gauge({
      name: 'shoal_client_connections',
      help: 'Client connections this member holds.',
      registers: [this.registry],
      collect() {
        this.set(count());
      },
    });
  }

  /** Exports the block store's counters, read when scraped. */
  watchBlockStore(read: () => { reads: number; writes: number; batches: number; bytesRead: number; bytesWritten: number; pendingBytes: number }): void {
    this.gaugesOf(read, [
      ['shoal_block_store_reads', 'Page reads answered by this member\'s block store.', 'reads'],
      ['shoal_block_store_writes', 'Page writes made durable by this member\'s block store.', 'writes'],
      ['shoal_block_store_batches', 'fsync\'d LevelDB batches of the block store (writes per batch = writes / batches: group commit).', 'batches'],
      ['shoal_block_store_read_bytes', 'Bytes read from the block store.', 'bytesRead'],
      ['shoal_block_store_written_bytes', 'Bytes made durable in the block store.', 'bytesWritten'],
      ['shoal_block_store_pending_bytes', 'Bytes of writes accepted and not yet durable.', 'pendingBytes'],
    ]);
  }

  /** One gauge per field of what `read` returns when scraped (nothing set while it returns null). */
  private gaugesOf<T extends object>(read: () => T | null, fields: ReadonlyArray<readonly [name: string, help: string, field: keyof T & string]>): void {
    for (const [name, help, field] of fields) {
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const value = read();
          if (value !== null && value !== undefined) this.set(value[field] as number);
        },
      });
    }
  }

  /** Counts one page segment of a data request (the data path's observer). */
  segment(op: 'read' | 'write', where: 'local' | 'forwarded', bytes: number): void {
    // Label children are looked up once: hashing the labels on every request costs more than the count.
    const key = `${op}/${where}`;
    let children = this.segmentChildren.get(key);
    if (children === undefined) {
      children = { count: this.dataSegments.labels(op, where), bytes: this.dataSegmentBytes.labels(op, where) };
      this.segmentChildren.set(key, children);
    }
    children.count.inc();
    children.bytes.inc(bytes);
  }

  /** Observes one answered data request. */
  dataRequest(method: string, status: number, seconds: number): void {
    const key = `${method} ${status}`;
    let child = this.requestChildren.get(key);
    if (child === undefined) {
      // Bounded: methods other than GET and PUT are answered 405 and counted as "other".
      const label = method === 'GET' || method === 'PUT' ? method : 'other';
      child = this.dataRequestSeconds.labels(label, String(status));
      this.requestChildren.set(key, child);
    }
    child.observe(seconds);
  }

  observeSave(seconds: number, entries: number): void {
    this.saveSeconds.observe(seconds);
    this.savedEntries.inc(entries);
  }
}
