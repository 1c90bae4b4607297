/** The cost model of the efficiency function (DESIGN.md, reference model). */
import { COST_KNEE_UTILIZATION } from './limits.js';

/** g at the knee: u/(1−u) at u = 0.95, i.e. 19. */
const KNEE_COST = COST_KNEE_UTILIZATION / (1 - COST_KNEE_UTILIZATION);
/** g′ at the knee: 1/(1−u)² at u = 0.95, i.e. 400. */
const KNEE_SLOPE = 1 / ((1 - COST_KNEE_UTILIZATION) * (1 - COST_KNEE_UTILIZATION));

/**
 * g(u): latency cost of one capacity unit at utilization u. Convex and finite:
 * u/(1−u) up to the knee, its tangent line beyond it.
 */
export function utilizationCost(utilization: number): number {
  if (utilization <= COST_KNEE_UTILIZATION) return utilization / (1 - utilization);
  return KNEE_COST + KNEE_SLOPE * (utilization - COST_KNEE_UTILIZATION);
}

/** c_m·g(u_m) for a member with the given capacity and total load (work units). */
export function memberCost(capacity: number, load: number): number {
  return capacity * utilizationCost(load / capacity);
}

/** f(k,s) = w_k·(1 + forwardOverhead·(1 − p_k(s))): work of a connection served by s. */
export function connectionWork(work: number, forwardOverhead: number, localFraction: number): number {
  return work * (1 + forwardOverhead * (1 - localFraction));
}
