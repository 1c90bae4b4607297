/**
 * Placement of new client connections: on a connection's first data request, the
 * member either serves it or answers `307` with `Location` (the same request on the
 * chosen member) and `Shoal-Redirect` (its base URL). Policies (`--placement`):
 *
 * - `none`: every member serves whoever connects.
 * - `round-robin`: members take turns, each member counting its own new connections.
 * - `least-loaded`: the member with the lowest utilization in the latest replicated
 *   load snapshots, when it is lower than this member's by PLACEMENT_MARGIN.
 *
 * Only live members are chosen (their load was applied since the round before the
 * last, ClusterState.isLive): a member that stopped is not sent new clients. Before
 * any member has reported, round-robin takes turns over all of them.
 *
 * A request that arrives through a placement redirect (`placed=1` in its query, put
 * there by the Location) is always served, so a client is redirected at most once.
 */
import type { ClusterState } from '../cluster/index.js';
import { compareIds } from '../cluster/index.js';

/** The placement policies `--placement` accepts. */
export const PLACEMENT_POLICIES = ['none', 'round-robin', 'least-loaded'] as const;
export type PlacementPolicy = (typeof PLACEMENT_POLICIES)[number];
/** The query parameter a placement redirect adds, so the target serves the request. */
export const PLACED_PARAM = 'placed';
/**
 * 0.05: least-loaded sends a new connection elsewhere only when that member is at
 * least five points of utilization less busy; within noise, serving here avoids a
 * round trip for nothing.
 */
export const PLACEMENT_MARGIN = 0.05;

/** Decides where new connections go; one per member. */
export class Placement {
  private turn = 0;

  constructor(
    private readonly memberId: string,
    /** The policy in effect (replicated once set, else this member's flag). */
    private readonly policy: () => PlacementPolicy,
    private readonly state: () => ClusterState,
  ) {}

  /** The client URL of the member that should serve a new connection, or null to serve it here. */
  choose(): string | null {
    const policy = this.policy();
    if (policy === 'none') return null;
    const state = this.state();
    const voters = state.memberList().filter((m) => !m.learner && m.clientUrl);
    const live = voters.filter((m) => state.isLive(m.id));
    const members = live.length > 0 ? live : voters;
    if (members.length < 2) return null;
    const chosen = policy === 'round-robin' ? members[this.turn++ % members.length]! : this.leastLoaded(members);
    return chosen === undefined || chosen.id === this.memberId ? null : chosen.clientUrl;
  }

  private leastLoaded<M extends { id: string }>(members: readonly M[]): M | undefined {
    const state = this.state();
    const utilization = (id: string): number | null => state.loads.get(id)?.load.utilization ?? null;
    const mine = utilization(this.memberId);
    if (mine === null) return undefined;
    let best: M | undefined;
    let bestUtilization = Infinity;
    for (const m of [...members].sort((a, b) => compareIds(a.id, b.id))) {
      const u = utilization(m.id);
      if (u !== null && u < bestUtilization) {
        best = m;
        bestUtilization = u;
      }
    }
    return best !== undefined && bestUtilization + PLACEMENT_MARGIN < mine ? best : undefined;
  }
}
