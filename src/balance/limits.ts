/**
 * Named limits of the efficiency function. Every loop in src/balance/ is bounded by
 * one of these; the input is rejected up front when it would exceed them.
 */

/**
 * Members in one plan. One Raft group rarely has more than a few dozen members, and
 * the planner keeps a connections × members table of work, so this bounds its size.
 */
export const PLAN_MEMBERS_MAX = 64;

/**
 * Connections in one plan. The swap search looks at every pair of movable
 * connections on different members, about 8 million pairs at this bound, which
 * still plans in well under a second; load snapshots in the Raft log stay small.
 */
export const PLAN_CONNECTIONS_MAX = 4096;

/**
 * Upper bound for `config.movesPerRoundMax`. Each move closes a client connection,
 * and the greedy chain costs one full single-move scan per move.
 */
export const PLAN_MOVES_PER_ROUND_MAX = 16;

/**
 * Rounds `planRounds` predicts. Every round lowers the cost by a margin, so real
 * inputs settle in a handful of rounds; the bound keeps a what-if loop finite.
 */
export const PLAN_ROUNDS_MAX = 256;

/** Length of a member or connection id: ids appear in log entries and reasons. */
export const PLAN_ID_LENGTH_MAX = 128;

/** How far a connection's page fractions may add up away from 1 (measurement rounding). */
export const PLAN_PAGES_SUM_TOLERANCE = 1e-6;

/**
 * The smallest gain, relative to the cost, that counts as a gain at all, even with
 * `minGain` 0. Smaller differences are floating-point noise of the incremental
 * evaluation, and accepting them could let moves cycle.
 */
export const PLAN_GAIN_RELATIVE_MIN = 1e-9;

/** Connection ids a reason lists before it says "+N more": reasons are for people. */
export const PLAN_REASON_IDS_MAX = 8;

/**
 * Utilization where the cost curve u/(1−u) turns into its tangent line, so a member
 * at or past saturation has a large but finite cost and the search still compares.
 */
export const COST_KNEE_UTILIZATION = 0.95;

// Relationships between the limits: a round can never ask for more moves than there
// can be connections, and the knee sits strictly inside (0, 1).
if (PLAN_MOVES_PER_ROUND_MAX > PLAN_CONNECTIONS_MAX || !(COST_KNEE_UTILIZATION > 0 && COST_KNEE_UTILIZATION < 1)) {
  throw new Error('src/balance/limits.ts: inconsistent limits');
}
