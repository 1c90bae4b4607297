/**
 * Load snapshots in the replicated state: each member's measured load, in the
 * efficiency function's terms (DESIGN.md), as it proposed it. Checked on apply
 * like every command — deterministically, so a bad snapshot is refused alike on
 * every member — and bounded, so the log and the state snapshot stay small.
 */
import type { Rejection } from './volumes.js';

/** One client connection's load. */
export interface ConnectionLoad {
  id: string;
  /** w_k: front-end work if all its pages were local, capacity units per interval. */
  work: number;
  /** p_k: the fraction of its IO on each member's pages (empty when it did no IO). */
  pages: Record<string, number>;
  /** The connection the client was moved off before opening this one, or '' (see RecentMove). */
  movedFrom: string;
}

/** A member's load over one interval. */
export interface LoadSnapshot {
  memberId: string;
  /** The member's clock when it measured (Unix ms): data, read alike everywhere. */
  takenAtMs: number;
  intervalMs: number;
  capacity: number;
  utilization: number;
  background: number;
  requestsPerSecond: number;
  bytesPerSecond: number;
  /** The connections with the most work, at most LOAD_CONNECTIONS_MAX, by work then id. */
  connections: ConnectionLoad[];
  otherConnections: number;
  otherWork: number;
}

/** A snapshot with the log index that applied it (its freshness, the same on every member). */
export interface AppliedLoad {
  load: LoadSnapshot;
  appliedIndex: number;
}

/**
 * 64 connections per snapshot: the planner moves the heavy ones, and the rest are
 * summed, so one snapshot stays a few KiB however many clients a member has.
 */
export const LOAD_CONNECTIONS_MAX = 64;
/** 32 owners per connection's page fractions: a group has a handful of members. */
export const LOAD_PAGE_OWNERS_MAX = 32;
/** 64 characters of a connection id: "<member id>-<number>" with a member id of at most 32. */
export const CONNECTION_ID_LENGTH_MAX = 64;
/** 10 minutes: an interval longer than this is a mistake, not a measurement. */
export const LOAD_INTERVAL_MS_MAX = 600_000;

/** Checks a snapshot against the rules; null when it is valid. Deterministic. */
export function checkLoadSnapshot(load: LoadSnapshot, isMember: (id: string) => boolean): Rejection | null {
  const bad = (message: string): Rejection => ({ code: 'invalid_argument', message: `load of ${load.memberId}: ${message}` });
  if (!isMember(load.memberId)) return { code: 'failed_precondition', message: `load of "${load.memberId}", which is not a member` };
  if (!Number.isSafeInteger(load.intervalMs) || load.intervalMs < 1 || load.intervalMs > LOAD_INTERVAL_MS_MAX) return bad(`interval ${load.intervalMs} ms`);
  if (!(load.capacity > 0) || !Number.isFinite(load.capacity)) return bad(`capacity ${load.capacity}`);
  for (const [name, value] of [
    ['utilization', load.utilization],
    ['background', load.background],
    ['requests/s', load.requestsPerSecond],
    ['bytes/s', load.bytesPerSecond],
    ['other work', load.otherWork],
  ] as const) {
    if (!Number.isFinite(value) || value < 0) return bad(`${name} ${value}`);
  }
  if (load.connections.length > LOAD_CONNECTIONS_MAX) return bad(`${load.connections.length} connections, over ${LOAD_CONNECTIONS_MAX}`);
  for (const c of load.connections) {
    if (c.id.length === 0 || c.id.length > CONNECTION_ID_LENGTH_MAX || c.movedFrom.length > CONNECTION_ID_LENGTH_MAX) return bad(`a connection id is empty or longer than ${CONNECTION_ID_LENGTH_MAX}`);
    if (!Number.isFinite(c.work) || c.work < 0) return bad(`connection ${c.id} work ${c.work}`);
    const owners = Object.entries(c.pages);
    if (owners.length > LOAD_PAGE_OWNERS_MAX) return bad(`connection ${c.id} has ${owners.length} page owners`);
    if (owners.some(([, share]) => !Number.isFinite(share) || share < 0 || share > 1)) return bad(`connection ${c.id} has a page share outside [0, 1]`);
  }
  return null;
}
