/**
 * The efficiency function's input built from the replicated load snapshots — the
 * same on every member for the same state, since it reads only the log's data.
 */
import type { AppliedLoad } from '../cluster/index.js';
import { compareIds } from './validate.js';
import type { PlanConfig, PlanConnection, PlanInput } from './types.js';

/**
 * The plan input of a round: one member per snapshot (its capacity and background),
 * one connection per reported connection. Connections summed into a snapshot's
 * "other" count stay where they are: their work joins the member's background.
 * Page shares on members that are not in the round are dropped and the rest
 * renormalized (a member removed since the snapshot owns nothing to plan around).
 */
export function planInputFromLoads(loads: readonly AppliedLoad[], nowMs: number, config: Partial<PlanConfig>): PlanInput {
  const sorted = [...loads].sort((a, b) => compareIds(a.load.memberId, b.load.memberId));
  const ids = new Set(sorted.map((l) => l.load.memberId));
  const members = sorted.map(({ load }) => ({ id: load.memberId, capacity: load.capacity, background: load.background + load.otherWork }));
  const connections: PlanConnection[] = [];
  for (const { load } of sorted) {
    for (const c of load.connections) {
      // A connection that did no IO (admin calls) forwards nothing: as if its pages were local.
      const pages = knownPages(c.pages, ids);
      connections.push({ id: c.id, member: load.memberId, work: c.work, pages: Object.keys(pages).length > 0 ? pages : { [load.memberId]: 1 }, movedAt: null });
    }
  }
  connections.sort((a, b) => compareIds(a.id, b.id));
  return { now: nowMs, config: config as PlanConfig, members, connections };
}

function knownPages(pages: Readonly<Record<string, number>>, ids: ReadonlySet<string>): Record<string, number> {
  const kept = Object.keys(pages).filter((id) => ids.has(id)).sort(compareIds);
  const total = kept.reduce((sum, id) => sum + pages[id]!, 0);
  const out: Record<string, number> = {};
  if (total <= 0) return out;
  for (const id of kept) out[id] = pages[id]! / total;
  return out;
}
