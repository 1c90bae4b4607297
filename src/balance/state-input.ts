/**
 * The efficiency function's input built from the replicated state — the same on
 * every member for the same state, since it reads only the log's data: the load
 * snapshots, and the moves committed lately.
 */
import type { AppliedLoad, ConnectionLoad, RecentMove } from '../cluster/index.js';
import { compareIds } from './validate.js';
import type { PlanConfig, PlanConnection, PlanInput } from './types.js';

/**
 * The plan input of a round: one member per snapshot (its capacity and background),
 * one connection per reported connection. Connections summed into a snapshot's
 * "other" count stay where they are: their work joins the member's background.
 * Page shares on members that are not in the round are dropped and the rest
 * renormalized (a member removed since the snapshot owns nothing to plan around).
 *
 * Committed moves (`recentMoves`) are honoured two ways (DESIGN.md):
 * - cooldown: a connection that was moved, or that a moved client opened in its
 *   place (it names the old one: `movedFrom`), has `movedAt` = the move's time;
 * - stale loads: a connection whose replacement is reported (its client named it
 *   on reconnecting) is gone, and left out; one reported by a snapshot applied
 *   before its move was committed counts as already on the member it was moved to.
 */
export function planInputFromLoads(loads: readonly AppliedLoad[], nowMs: number, config: Partial<PlanConfig>, recentMoves: readonly RecentMove[] = []): PlanInput {
  const sorted = [...loads].sort((a, b) => compareIds(a.load.memberId, b.load.memberId));
  const ids = new Set(sorted.map((l) => l.load.memberId));
  const moves = new Map(recentMoves.map((m) => [m.connection, m]));
  const replaced = new Set(sorted.flatMap(({ load }) => load.connections.map((c) => c.movedFrom).filter((id) => id !== '')));
  const members = sorted.map(({ load }) => ({ id: load.memberId, capacity: load.capacity, background: load.background + load.otherWork }));
  const connections: PlanConnection[] = [];
  for (const { load, appliedIndex } of sorted) {
    for (const c of load.connections) {
      if (replaced.has(c.id)) continue;
      const move = moves.get(c.id);
      const stale = move !== undefined && move.index > appliedIndex && move.from === load.memberId;
      const member = stale && ids.has(move.to) ? move.to : load.memberId;
      connections.push({ id: c.id, member, work: c.work, pages: pagesOf(c, load.memberId, ids), movedAt: movedAtOf(c, moves) });
    }
  }
  connections.sort((a, b) => compareIds(a.id, b.id));
  return { now: nowMs, config: config as PlanConfig, members, connections };
}

/** When the connection, or the one its client was moved off, last moved; null if neither did lately. */
function movedAtOf(c: ConnectionLoad, moves: ReadonlyMap<string, RecentMove>): number | null {
  const own = moves.get(c.id)?.atMs;
  const previous = c.movedFrom === '' ? undefined : moves.get(c.movedFrom)?.atMs;
  if (own === undefined && previous === undefined) return null;
  return Math.max(own ?? -Infinity, previous ?? -Infinity);
}

/** Page shares on members of the round; a connection that did no IO (admin calls) forwards nothing: as if its pages were local. */
function pagesOf(c: ConnectionLoad, reportedBy: string, ids: ReadonlySet<string>): Record<string, number> {
  const pages = knownPages(c.pages, ids);
  return Object.keys(pages).length > 0 ? pages : { [reportedBy]: 1 };
}

function knownPages(pages: Readonly<Record<string, number>>, ids: ReadonlySet<string>): Record<string, number> {
  const kept = Object.keys(pages).filter((id) => ids.has(id)).sort(compareIds);
  const total = kept.reduce((sum, id) => sum + pages[id]!, 0);
  const out: Record<string, number> = {};
  if (total <= 0) return out;
  for (const id of kept) out[id] = pages[id]! / total;
  return out;
}
