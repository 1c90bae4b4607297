/** The efficiency function (pure): what other layers may use. */
export { applyMoves, plan, planRounds } from './plan.js';
export { connectionWork, memberCost, utilizationCost } from './cost.js';
export { PlanAssertionFailure, PlanInputError } from './errors.js';
export {
  COST_KNEE_UTILIZATION,
  PLAN_CONNECTIONS_MAX,
  PLAN_GAIN_RELATIVE_MIN,
  PLAN_ID_LENGTH_MAX,
  PLAN_MEMBERS_MAX,
  PLAN_MOVES_PER_ROUND_MAX,
  PLAN_PAGES_SUM_TOLERANCE,
  PLAN_REASON_IDS_MAX,
  PLAN_ROUNDS_MAX,
} from './limits.js';
export type { PlanConfig, PlanConnection, PlanInput, PlanMember, PlanMove, PlanOutput } from './types.js';
export { PLAN_CONFIG_FIELDS, compareIds, validatePlanInput } from './validate.js';
export { DEMAND_FACTOR_MAX, type LoadMeasurement, demandFactor, estimateLoad } from './load-estimate.js';
export { planInputFromLoads } from './state-input.js';
