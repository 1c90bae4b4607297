/**
 * The load monitor's arithmetic: from what a member counted over one interval to
 * the efficiency function's quantities (DESIGN.md) — its utilization u, the
 * background work b, and each connection's front-end work w_k and page fractions
 * p_k. Pure: the server measures (event-loop utilization, counters) and calls this.
 *
 * The member's busy work u·c is shared out by cost: a request of connection k costs
 * 1 + forwardOverhead·(1 − p_k(m)) units (forwarding its remote pages costs extra,
 * as the model says), a page request served for a peer costs 1 unit and is
 * background — unless the member's utilization is its IO capacity's, which
 * serving peers does not use (src/server/io-limiter.ts): then the busy work is all
 * its clients'. So Σ_k f(k, m) + b = u·c, with f(k, m) = w_k·(1 + α(1 − p_k(m))).
 * With no requests at all, everything measured is background.
 *
 * Measured utilization stops at 1, so a saturated member hides how much its
 * clients want: a closed-loop client that waited for IO capacity for a share s of
 * the interval would have sent 1/(1 − s) times as many requests with the capacity
 * free. Each connection's work is scaled by that demand factor (at most
 * DEMAND_FACTOR_MAX), so Σ_k f(k, m) + b = u·c + the demand held back, and the
 * efficiency function sees u above 1 where demand exceeds capacity. Without
 * `--io-capacity` nothing waits and the factor is 1. (The balancer benchmark showed
 * why: with u capped, six clients saturating a capacity-1 member looked six times
 * smaller than they were, and were all moved off it.)
 */
import type { ConnectionLoad, LoadSnapshot } from '../cluster/index.js';
import { LOAD_CONNECTIONS_MAX } from '../cluster/index.js';
import { compareIds } from './validate.js';

/** What a member counted over one interval. */
export interface LoadMeasurement {
  memberId: string;
  takenAtMs: number;
  intervalMs: number;
  capacity: number;
  /** Share of the interval the event loop was busy, 0..1. */
  eventLoopUtilization: number;
  /** Share of the IO capacity used, 0..1 (0 when the member has no IO limit). */
  ioUtilization: number;
  /** Page requests this member served for peers during the interval. */
  peerRequestsServed: number;
  /** Per client connection: data requests and bytes by owning member during the interval. */
  connections: ReadonlyArray<{ id: string; requests: number; bytesByOwner: Readonly<Record<string, number>>; ioWaitMs?: number; movedFrom?: string }>;
}

/**
 * 8×: the most a connection's measured work is scaled up for waiting on IO
 * capacity. A connection that waited nearly the whole interval gives a factor
 * resting on a sliver of unqueued time; 8× already says "this member is the wrong
 * place for it" louder than a round of moves can act on.
 */
export const DEMAND_FACTOR_MAX = 8;

/** How many times its measured work a connection that waited `ioWaitMs` of `intervalMs` for IO capacity wants. */
export function demandFactor(ioWaitMs: number, intervalMs: number): number {
  if (!(ioWaitMs > 0) || !(intervalMs > 0)) return 1;
  const unqueuedMs = Math.max(intervalMs - ioWaitMs, intervalMs / DEMAND_FACTOR_MAX);
  return intervalMs / unqueuedMs;
}

/** The snapshot of one interval; `forwardOverhead` is the model's α. */
export function estimateLoad(m: LoadMeasurement, forwardOverhead: number): LoadSnapshot {
  const utilization = clamp01(Math.max(m.eventLoopUtilization, m.ioUtilization));
  const busyWork = utilization * m.capacity;
  const perConnection = m.connections
    .filter((c) => c.requests > 0)
    .map((c) => {
      const pages = pageFractions(c.bytesByOwner);
      const localShare = pages[m.memberId] ?? (Object.keys(pages).length === 0 ? 1 : 0);
      const demand = demandFactor(c.ioWaitMs ?? 0, m.intervalMs);
      return { id: c.id, movedFrom: c.movedFrom ?? '', requests: c.requests, demand, pages, cost: c.requests * (1 + forwardOverhead * (1 - localShare)) };
    });
  const clientCost = perConnection.reduce((sum, c) => sum + c.cost, 0);
  // Page requests served for peers take no IO capacity: when IO capacity is what
  // the member used most of, none of that busy work is theirs.
  const ioBound = m.ioUtilization > 0 && m.ioUtilization >= m.eventLoopUtilization;
  const peerCost = ioBound ? 0 : m.peerRequestsServed;
  const totalCost = clientCost + peerCost;
  // Work per unit of request cost; f(k, m) = cost_k · perCost · demand_k, and w_k = requests_k · perCost · demand_k.
  const perCost = totalCost === 0 ? 0 : busyWork / totalCost;
  const background = totalCost === 0 ? busyWork : peerCost * perCost;
  const loads: ConnectionLoad[] = perConnection.map((c) => ({ id: c.id, work: c.requests * perCost * c.demand, pages: c.pages, movedFrom: c.movedFrom }));
  loads.sort((a, b) => b.work - a.work || compareIds(a.id, b.id));
  const kept = loads.slice(0, LOAD_CONNECTIONS_MAX);
  const rest = loads.slice(LOAD_CONNECTIONS_MAX);
  const seconds = m.intervalMs / 1000;
  const requests = m.connections.reduce((sum, c) => sum + c.requests, 0);
  const bytes = m.connections.reduce((sum, c) => sum + Object.values(c.bytesByOwner).reduce((a, b) => a + b, 0), 0);
  return {
    memberId: m.memberId,
    takenAtMs: m.takenAtMs,
    intervalMs: m.intervalMs,
    capacity: m.capacity,
    utilization,
    background,
    requestsPerSecond: requests / seconds,
    bytesPerSecond: bytes / seconds,
    connections: kept,
    otherConnections: rest.length,
    otherWork: rest.reduce((sum, c) => sum + c.work, 0),
  };
}

/** Bytes by owner as fractions summing to 1 (sorted keys); empty when there were none. */
function pageFractions(bytesByOwner: Readonly<Record<string, number>>): Record<string, number> {
  const owners = Object.keys(bytesByOwner).sort(compareIds);
  const total = owners.reduce((sum, id) => sum + bytesByOwner[id]!, 0);
  const fractions: Record<string, number> = {};
  if (total === 0) return fractions;
  for (const id of owners) fractions[id] = bytesByOwner[id]! / total;
  return fractions;
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
