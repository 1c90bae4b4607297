/**
 * The load monitor: once an interval, measures this member (event-loop
 * utilization; the share of `--io-capacity` used; requests and where their bytes
 * landed, per client connection; page requests served for peers), turns that into
 * a load snapshot (src/balance/load-estimate.ts) and proposes it to the Raft log,
 * so every member learns every member's load from the same log.
 */
import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import type { Logger as PinoLogger } from 'pino';
import { estimateLoad } from '../balance/index.js';
import type { LoadSnapshot } from '../cluster/index.js';
import type { ConnectionRegistry } from './connections.js';
import type { RaftDriver } from './driver.js';
import { type IoLimiter, ioUtilization } from './io-limiter.js';

/** The model's forwardOverhead until the balancer's config is replicated (DESIGN.md's example value). */
export const DEFAULT_FORWARD_OVERHEAD = 0.3;

export interface LoadMonitorOptions {
  memberId: string;
  intervalMs: number;
  capacity: number;
  driver: RaftDriver;
  connections: ConnectionRegistry;
  /** Page requests served for peers so far (a counter). */
  peerRequestsServed: () => number;
  /** The data path's IO limiter: its calls granted per interval over its capacity are the IO utilization. */
  ioLimiter: IoLimiter;
  logger: PinoLogger;
}

/** A connection's cumulative counters, as read at a tick. */
interface ConnectionCounters {
  dataRequests: number;
  bytesByOwner: Map<string, number>;
  ioWaitMs: number;
}

/** See the module comment. */
export class LoadMonitor {
  private timer: NodeJS.Timeout | null = null;
  private lastElu: EventLoopUtilization = performance.eventLoopUtilization();
  private lastPeerServed: number;
  private lastIoOps: number;
  /** When the last interval ended (performance.now ms): timers run late, so the interval is measured. */
  private lastTickMs: number = performance.now();
  /** Each live connection's cumulative counters at the last tick. */
  private previous = new Map<string, ConnectionCounters>();
  private failuresLogged = 0;
  /** The latest snapshot this member measured (for metrics), or null before the first. */
  latest: LoadSnapshot | null = null;
  /** The share of its client bytes over the last interval that were on other members' pages (0 with none). */
  forwardedFraction = 0;

  constructor(private readonly options: LoadMonitorOptions) {
    this.lastPeerServed = options.peerRequestsServed();
    this.lastIoOps = options.ioLimiter.usedOps();
  }

  start(): void {
    this.timer = setInterval(() => this.tick(), this.options.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  /** Measures the interval that just ended and proposes its snapshot. */
  tick(): void {
    const o = this.options;
    const elu = performance.eventLoopUtilization(this.lastElu);
    this.lastElu = performance.eventLoopUtilization();
    const served = o.peerRequestsServed();
    const ioOps = o.ioLimiter.usedOps();
    const nowMs = performance.now();
    const connections = this.connectionDeltas();
    this.forwardedFraction = forwardedShare(o.memberId, connections);
    const snapshot = estimateLoad(
      {
        memberId: o.memberId,
        takenAtMs: Date.now(),
        intervalMs: o.intervalMs,
        capacity: o.capacity,
        eventLoopUtilization: elu.utilization,
        ioUtilization: ioUtilization(ioOps - this.lastIoOps, o.ioLimiter.opsPerSecond, nowMs - this.lastTickMs),
        peerRequestsServed: served - this.lastPeerServed,
        connections,
      },
      DEFAULT_FORWARD_OVERHEAD,
    );
    this.lastPeerServed = served;
    this.lastIoOps = ioOps;
    this.lastTickMs = nowMs;
    this.latest = snapshot;
    if (!o.driver.leaderId() || o.driver.failure) return;
    o.driver.propose({ reportLoad: snapshot }).catch((err: unknown) => {
      // A lost proposal costs one interval of freshness; say so once in a while, not every second.
      if (this.failuresLogged++ % 60 === 0) o.logger.debug({ err }, 'load snapshot not committed');
    });
  }

  /**
   * Data requests and bytes by owner of every connection since the last tick. Only
   * data requests are a connection's work: an admin client or a metrics scraper
   * polling on a keep-alive connection is not a client to move (the balancer
   * benchmark saw such connections planned and moved over and over).
   */
  private connectionDeltas(): Array<{ id: string; requests: number; bytesByOwner: Record<string, number>; ioWaitMs: number; movedFrom: string }> {
    const next = new Map<string, ConnectionCounters>();
    const deltas = this.options.connections.list().map((c) => {
      const before = this.previous.get(c.id);
      next.set(c.id, { dataRequests: c.dataRequests, bytesByOwner: c.bytesByOwner, ioWaitMs: c.ioWaitMs });
      const bytesByOwner: Record<string, number> = {};
      for (const [owner, bytes] of c.bytesByOwner) {
        const delta = bytes - (before?.bytesByOwner.get(owner) ?? 0);
        if (delta > 0) bytesByOwner[owner] = delta;
      }
      return {
        id: c.id,
        requests: c.dataRequests - (before?.dataRequests ?? 0),
        bytesByOwner,
        ioWaitMs: c.ioWaitMs - (before?.ioWaitMs ?? 0),
        movedFrom: c.movedFrom ?? '',
      };
    });
    // Connections that closed are forgotten: the map holds live ones only.
    this.previous = next;
    return deltas;
  }
}

/** Bytes on pages of other members over all bytes, across `connections`; 0 when there were none. */
function forwardedShare(memberId: string, connections: ReadonlyArray<{ bytesByOwner: Record<string, number> }>): number {
  let total = 0;
  let forwarded = 0;
  for (const c of connections) {
    for (const [owner, bytes] of Object.entries(c.bytesByOwner)) {
      total += bytes;
      if (owner !== memberId) forwarded += bytes;
    }
  }
  return total === 0 ? 0 : forwarded / total;
}
