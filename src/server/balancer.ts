/**
 * The balancer on every member. When a balancing round completes (every voter has
 * reported its load since the last one; the state machine marks it at one index,
 * the same everywhere), each member computes the plan of that round from the
 * replicated state — the pure efficiency function on the same input — and keeps
 * it. The leader proposes its plan when it moves something; when the plan entry is
 * applied, every member compares it with its own (a disagreement should never
 * happen, and is counted and logged), and the members holding the moved
 * connections carry the moves out (src/server/connections.ts).
 */
import type { Logger as PinoLogger } from 'pino';
import { PlanInputError, type PlanOutput, plan, planInputFromLoads } from '../balance/index.js';
import { type BalancerFlags, effectiveBalancer, planConfigOf } from './balance-admin.js';
import type { BalancePlanCommand, Effect } from '../cluster/index.js';
import type { RaftDriver } from './driver.js';
import type { MemberMetrics } from './metrics.js';

/** Plans remembered per member, by the index of their round: enough to compare a plan entry that arrives a few rounds late. */
export const PLANS_REMEMBERED_MAX = 32;

export interface BalancerOptions {
  driver: RaftDriver;
  /** This member's `--balance` and `--placement`, in effect until the group sets the balancer's settings. */
  flags: BalancerFlags;
  metrics: MemberMetrics;
  logger: PinoLogger;
}

/** One round's outcome as this member computed it. */
export interface RoundDecision {
  index: number;
  nowMs: number;
  output: PlanOutput | null;
  /** Why the round could not be planned (a bad input), when output is null. */
  error: string | null;
}

/** See the module comment. */
export class Balancer {
  private readonly decisions: RoundDecision[] = [];

  constructor(private readonly options: BalancerOptions) {}

  /** The driver's effect listener. */
  onEffect(effect: Effect): void {
    if (effect.kind === 'round-complete') this.onRound(effect.index, effect.nowMs);
    else if (effect.kind === 'plan-applied') this.onPlanApplied(effect.plan);
  }

  /** Recent rounds, newest last. */
  recentDecisions(): readonly RoundDecision[] {
    return this.decisions;
  }

  private onRound(index: number, nowMs: number): void {
    const { driver, metrics } = this.options;
    const decision = this.decide(index, nowMs);
    this.decisions.push(decision);
    if (this.decisions.length > PLANS_REMEMBERED_MAX) this.decisions.shift();
    metrics.balanceRounds.inc();
    const output = decision.output;
    const enabled = effectiveBalancer(driver.state, this.options.flags).enabled;
    if (!enabled || output === null || output.moves.length === 0 || !driver.isLeader()) return;
    const command: BalancePlanCommand = {
      computedAtIndex: index,
      nowMs,
      moves: output.moves.map((m) => ({ connection: m.connection, from: m.from, to: m.to })),
      costBefore: output.costBefore,
      costAfter: output.costAfter,
    };
    metrics.balancePlansProposed.inc();
    driver.propose({ balancePlan: command }).catch((err: unknown) => this.options.logger.debug({ err, round: index }, 'balance plan not committed'));
  }

  /** The plan of the round completed at `index`, on the state as it is now (this is called during that entry's apply). */
  private decide(index: number, nowMs: number): RoundDecision {
    try {
      const state = this.options.driver.state;
      const output = plan(planInputFromLoads(state.liveLoadList(), nowMs, planConfigOf(state), state.recentMoves.list()));
      return { index, nowMs, output, error: null };
    } catch (err) {
      if (!(err instanceof PlanInputError)) throw err;
      this.options.logger.warn({ round: index, err: err.message }, 'cannot plan this balancing round');
      return { index, nowMs, output: null, error: err.message };
    }
  }

  private onPlanApplied(committed: BalancePlanCommand): void {
    const mine = this.decisions.find((d) => d.index === committed.computedAtIndex);
    if (mine === undefined || mine.output === null) {
      // Restarted since that round (or planned it with a bad input): nothing to compare with.
      this.options.metrics.balancePlansUnverified.inc();
      return;
    }
    const expected = JSON.stringify(mine.output.moves.map((m) => [m.connection, m.from, m.to]));
    const got = JSON.stringify(committed.moves.map((m) => [m.connection, m.from, m.to]));
    if (expected === got) return;
    this.options.metrics.balancePlanDisagreements.inc();
    this.options.logger.error({ round: committed.computedAtIndex, expected, got }, 'the committed plan differs from the one this member computed for the same round');
  }
}
