/**
 * The balancer's settings and decisions in the admin service: GetBalancerConfig
 * (what is in effect here), SetBalancerConfig (replicated through the log, checked
 * against the efficiency function's ranges first), ListDecisions (this member's
 * recent rounds). Also the one place that says which settings are in effect: the
 * replicated ones once set, else this member's flags and the model's defaults.
 */
import { PLAN_CONFIG_FIELDS, type PlanConfig } from '../balance/index.js';
import { type BalancerSettings, type ClusterState, balancerFromWire } from '../cluster/index.js';
import { shoal } from '../proto/gen/shoal.js';
import type { Balancer } from './balancer.js';
import type { RaftDriver } from './driver.js';
import { invalidArgument } from './errors.js';
import { PLACEMENT_POLICIES, type PlacementPolicy } from './placement.js';

const admin = shoal.admin.v1;

/** The member's own defaults, used until the group sets the balancer's settings. */
export interface BalancerFlags {
  enabled: boolean;
  placement: PlacementPolicy;
}

/** The efficiency function's defaults (DESIGN.md's example config). */
export function defaultPlanConfig(): PlanConfig {
  return Object.fromEntries(PLAN_CONFIG_FIELDS.map((f) => [f.name, f.defaultValue])) as unknown as PlanConfig;
}

/** The settings in effect: the replicated ones once set, else the flags and defaults. */
export function effectiveBalancer(state: ClusterState, flags: BalancerFlags): BalancerSettings {
  return state.balancer ?? { ...defaultPlanConfig(), enabled: flags.enabled, placement: flags.placement };
}

/** The plan config every member uses for the same state (flags never enter it). */
export function planConfigOf(state: ClusterState): PlanConfig {
  if (state.balancer === null) return defaultPlanConfig();
  const { enabled: _enabled, placement: _placement, ...config } = state.balancer;
  return config;
}

export function getBalancerConfig(state: ClusterState, flags: BalancerFlags): shoal.admin.v1.GetBalancerConfigResponse {
  return admin.GetBalancerConfigResponse.create({ config: effectiveBalancer(state, flags), replicated: state.balancer !== null });
}

/** Checks every field against the model's ranges, then commits the settings through the log. */
export async function setBalancerConfig(driver: RaftDriver, req: shoal.admin.v1.ISetBalancerConfigRequest): Promise<shoal.admin.v1.SetBalancerConfigResponse> {
  // The admin message has the log's fields: decode it the one way settings are decoded.
  const settings: BalancerSettings = balancerFromWire(req.config ?? {});
  for (const field of PLAN_CONFIG_FIELDS) {
    const value = settings[field.name];
    if (!Number.isFinite(value) || value < field.min || value > field.max || (field.integer && !Number.isInteger(value))) {
      throw invalidArgument(`config.${field.name} must be ${field.integer ? 'a whole number' : 'a number'} from ${field.min} to ${field.max}, got ${value} (set every field: get the config, change it, set it)`);
    }
  }
  if (!(PLACEMENT_POLICIES as readonly string[]).includes(settings.placement)) {
    throw invalidArgument(`config.placement must be one of ${PLACEMENT_POLICIES.join(', ')}, got "${settings.placement}"`);
  }
  await driver.propose({ setBalancer: settings });
  return admin.SetBalancerConfigResponse.create({ config: settings });
}

/** This member's recent balancing rounds, oldest first. */
export function listDecisions(balancer: Balancer): shoal.admin.v1.ListDecisionsResponse {
  const decisions = balancer.recentDecisions().map((d) => ({
    roundIndex: d.index,
    nowMs: d.nowMs,
    moves: d.output?.moves ?? [],
    costBefore: d.output?.costBefore ?? 0,
    costAfter: d.output?.costAfter ?? 0,
    reasons: d.output ? d.output.reasons : [`cannot plan: ${d.error ?? 'unknown'}`],
    utilization: d.output?.utilization.before ?? {},
  }));
  return admin.ListDecisionsResponse.create({ decisions });
}
