/** The input and output shapes of the efficiency function (DESIGN.md, reference model). */

/** Tuning of the planner; every field has a range and a default in validate.ts. */
export interface PlanConfig {
  /** Extra work, relative to local work, of serving a page owned by another member. */
  forwardOverhead: number;
  /** How far above the mean utilization a member must be to trigger a round. */
  overloadRatio: number;
  /** Below this utilization no member counts as over-utilized. */
  utilizationFloor: number;
  /** The smallest relative cost reduction worth moving connections for (hysteresis). */
  minGain: number;
  /** A connection that moved less than this long before `now` stays put. */
  cooldownMs: number;
  /** Moves in one round; a swap counts as two. */
  movesPerRoundMax: number;
}

/** One member of the group as the planner sees it. */
export interface PlanMember {
  id: string;
  /** c_m > 0: what the member can do relative to the others. */
  capacity: number;
  /** b_m ≥ 0: measured work not due to the member's own client connections. */
  background: number;
}

/** One client connection as the planner sees it. */
export interface PlanConnection {
  id: string;
  /** The member currently serving the connection. */
  member: string;
  /** w_k ≥ 0: front-end work if all its pages were local, in capacity units. */
  work: number;
  /** p_k: the fraction of its IO landing on each member's pages; missing members are 0. */
  pages: Record<string, number>;
  /** When the connection last moved (ms), or null if it never did. */
  movedAt: number | null;
}

/** Everything one round of planning depends on. */
export interface PlanInput {
  /** The time of the round (ms), stamped by the caller. */
  now: number;
  config: PlanConfig;
  members: PlanMember[];
  connections: PlanConnection[];
}

/** One reassignment of a connection. */
export interface PlanMove {
  connection: string;
  from: string;
  to: string;
  /** Cost reduction of this move, applied after the moves listed before it. */
  gain: number;
}

/** The result of one round. */
export interface PlanOutput {
  /** In the order they were planned; a swap is two consecutive moves. */
  moves: PlanMove[];
  costBefore: number;
  /** Predicted cost once the moves are done (costBefore when nothing moves). */
  costAfter: number;
  /** u_m per member id, keys in sorted order. */
  utilization: { before: Record<string, number>; after: Record<string, number> };
  /** Why nothing moves; empty when there are moves. */
  reasons: string[];
}
