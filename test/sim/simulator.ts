/**
 * One simulated run from one seed: a fault phase (everything in params.ts goes
 * wrong at its seeded rate), then the liveness phase (faults stop, crashed members
 * restart) in which a leader must be elected and a fresh proposal committed on a
 * quorum within a bounded number of ticks.
 */
import {
  DEFAULT_MAX_INFLIGHT_MSGS,
  DEFAULT_MAX_SIZE_PER_MSG_BYTES,
  ENTRY_OVERHEAD_BYTES,
  StateType,
} from '../../src/raft/index.js';
import { proposalBytesMax } from './app.js';
import { Cluster } from './cluster.js';
import type { Member } from './member.js';
import {
  FAULT_PHASE_TICKS,
  LIVENESS_ELECTION_TIMEOUTS,
  MS_PER_TICK,
  type ParamOverrides,
  type SimParams,
  TICK_JITTER_MS_MAX,
  describeParams,
  paramsForSeed,
} from './params.js';
import type { StoryListener } from './trace.js';
import { InvariantViolation } from './violation.js';

/** Ticks between liveness probes while the last one has not committed: a lost leader loses its proposal. */
const PROBE_RETRY_ELECTION_TIMEOUTS = 3;

/** How to run a seed besides its number. */
export interface RunOptions {
  overrides?: ParamOverrides;
  /** Gets the notable events as a story (`--demo`). */
  story?: StoryListener;
  /** Ticks of the fault phase; {@link FAULT_PHASE_TICKS} by default (longer runs for soak tests). */
  faultPhaseTicks?: number;
}

/** A run that held every invariant. */
export interface SimResult {
  seed: number;
  traceHex: string;
  /** Ticks the liveness phase needed. */
  livenessTicks: number;
  summary: string;
}

/** A run that broke an invariant: everything needed to report and replay it. */
export class SimFailure extends Error {
  constructor(
    readonly seed: number,
    readonly invariant: string,
    readonly detail: string,
    readonly lastEvents: string[],
    readonly paramsText: string,
    /** The command that replays this run. */
    readonly replay: string,
  ) {
    super(`seed ${seed}: invariant ${invariant} violated: ${detail}`);
    this.name = 'SimFailure';
  }
}

/** The failure report: seed, invariant, detail, the last events, and how to replay. */
export function formatFailure(f: SimFailure): string {
  return [
    `seed ${f.seed} FAILED: invariant ${f.invariant}`,
    f.detail,
    `params: ${f.paramsText}`,
    `last ${f.lastEvents.length} events (time in ms):`,
    ...f.lastEvents.map((e) => `  ${e}`),
    `replay: ${f.replay}`,
  ].join('\n');
}

/** Runs seed `seed`; throws {@link SimFailure} when an invariant breaks. */
export function runSeed(seed: number, options: RunOptions = {}): SimResult {
  const params = paramsForSeed(seed, options.overrides);
  let cluster: Cluster | null = null;
  try {
    cluster = new Cluster(params, options.story ?? null);
    const faultPhaseMs = (options.faultPhaseTicks ?? FAULT_PHASE_TICKS) * MS_PER_TICK;
    for (let ms = 0; ms < faultPhaseMs; ms++) cluster.stepMs();
    cluster.endFaults();
    const livenessTicks = awaitLiveness(cluster, params);
    return { seed, traceHex: cluster.trace.hex(), livenessTicks, summary: summarize(cluster, livenessTicks) };
  } catch (err) {
    const violation =
      err instanceof InvariantViolation
        ? err
        : new InvariantViolation('simulator-error', err instanceof Error ? (err.stack ?? err.message) : String(err));
    const o = options.overrides;
    const replay = o?.canary !== undefined ? 'npm run sim -- --canary' : o?.demo === true ? 'npm run sim -- --demo' : `npm run sim -- --seed ${seed}`;
    throw new SimFailure(seed, violation.invariant, violation.detail, cluster?.trace.lastEvents() ?? [], describeParams(params), replay);
  }
}

/**
 * Liveness: steps until a fresh proposal made on a leader is applied by a quorum of
 * the voters; throws the `liveness` violation when the bound passes first.
 */
function awaitLiveness(cluster: Cluster, params: SimParams): number {
  const boundMs = livenessBoundMs(cluster, params);
  const boundTicks = Math.ceil(boundMs / MS_PER_TICK);
  const retryMs = PROBE_RETRY_ELECTION_TIMEOUTS * params.electionTicks * MS_PER_TICK;
  const probes: number[] = [];
  let lastProbeMs = -Infinity;
  const startMs = cluster.nowMs();
  while (cluster.nowMs() - startMs < boundMs) {
    cluster.stepMs();
    if (cluster.nowMs() % MS_PER_TICK !== 0) continue;
    const leader = cluster.leader();
    if (leader !== null && cluster.nowMs() - lastProbeMs >= retryMs) {
      const id = cluster.workload.propose(leader);
      if (id !== null) {
        probes.push(id);
        lastProbeMs = cluster.nowMs();
        cluster.trace.notable(cluster.nowMs(), `liveness probe #${id} proposed on ${leader.id}`);
      }
    }
    if (probes.some((id) => committedOnQuorum(cluster, id))) {
      const ticks = Math.ceil((cluster.nowMs() - startMs) / MS_PER_TICK);
      cluster.trace.notable(cluster.nowMs(), `liveness: probe committed on a quorum after ${ticks} ticks`);
      return ticks;
    }
  }
  throw new InvariantViolation(
    'liveness',
    `no proposal committed on a quorum within ${boundTicks} ticks after the faults stopped (probes ${probes.join(',') || 'none'})\n` +
      describeMembers(cluster),
  );
}

/**
 * How long recovery may take: {@link LIVENESS_ELECTION_TIMEOUTS} election timeouts,
 * plus the time to ship the backlog (entries past the commit index, which the new
 * leader must replicate before its own entry can commit) at the slowest rate the
 * seed's flow-control bounds allow: one inflight window per network round trip.
 */
function livenessBoundMs(cluster: Cluster, params: SimParams): number {
  const slowestTickMs = MS_PER_TICK + TICK_JITTER_MS_MAX;
  let lastIndex = 0;
  for (const m of cluster.members.values()) if (!m.removed) lastIndex = Math.max(lastIndex, m.disk.lastIndex());
  const backlog = Math.max(0, lastIndex - cluster.highestCommit());
  const core = params.core;
  const entryBytesMax = proposalBytesMax(params.workload.payloadBytesMax) + ENTRY_OVERHEAD_BYTES;
  const perMessage = Math.max(1, Math.floor((core.maxSizePerMsgBytes ?? DEFAULT_MAX_SIZE_PER_MSG_BYTES) / entryBytesMax));
  let perWindow = perMessage * (core.maxInflightMsgs ?? DEFAULT_MAX_INFLIGHT_MSGS);
  if (core.maxInflightBytes !== undefined) perWindow = Math.min(perWindow, Math.max(perMessage, Math.floor(core.maxInflightBytes / entryBytesMax)));
  const roundTripMs = 2 * params.network.delayMsMax + 1;
  const electionTimeouts = LIVENESS_ELECTION_TIMEOUTS * (core.preVote ? 1 : 2);
  return electionTimeouts * params.electionTicks * slowestTickMs + Math.ceil(backlog / perWindow) * roundTripMs;
}

/** True when a quorum of the current voters has durably applied proposal `id`. */
function committedOnQuorum(cluster: Cluster, id: number): boolean {
  const index = cluster.workload.appliedAt.get(id);
  if (index === undefined) return false;
  // The membership as the most advanced member applied it.
  let newest: Member | null = null;
  for (const m of cluster.members.values()) if (newest === null || m.disk.app.applied > newest.disk.app.applied) newest = m;
  const voters = newest!.disk.app.confState.voters;
  const caughtUp = voters.filter((v) => (cluster.members.get(v)?.disk.app.applied ?? 0) >= index).length;
  return caughtUp >= Math.floor(voters.length / 2) + 1;
}

function describeMembers(cluster: Cluster): string {
  const lines: string[] = [];
  for (const id of [...cluster.members.keys()].sort()) {
    const m = cluster.members.get(id)!;
    const hs = m.disk.hardState;
    const state = m.running ? `${StateType[m.role]} lead=${m.lead || '-'}` : m.removed ? 'removed' : 'down';
    lines.push(
      `  ${id}: ${state} term=${hs.term} vote=${hs.vote || '-'} commit=${hs.commit} applied=${m.disk.app.applied} ` +
        `last=${m.disk.lastIndex()} snapshot=${m.disk.snapshot.metadata.index} voters=${m.disk.app.confState.voters.join(',')}`,
    );
  }
  return lines.join('\n');
}

function summarize(cluster: Cluster, livenessTicks: number): string {
  const s = cluster.stats;
  const w = cluster.workload.stats;
  return (
    `${cluster.checker.leaderCount()} terms with a leader, ${s.crashes} crashes, ${s.pauses} stalls, ${s.partitions} partitions, ` +
    `${cluster.workload.appliedAt.size}/${w.proposed} proposals committed (${w.dropped} dropped), ` +
    `${w.readsAnswered}/${w.reads} reads answered, ${w.confChanges} conf changes proposed, ${s.confChangesApplied} applied (${s.leadersRemoved} removing the leader), ${s.snapshotsSent} snapshots sent, ` +
    `${s.delivered} messages delivered, ${s.dropped} dropped; recovered in ${livenessTicks} ticks`
  );
}

/**
 * Seeds the canary may try before it counts as not caught. A double vote needs a
 * crash right after voting and a second candidate in the same term; about one seed
 * in 25 has both (pre-vote makes same-term rivals rare), so 500 leaves the chance of
 * a false alarm below one in a billion.
 */
export const CANARY_SEEDS_MAX = 500;

/** Where the canary's broken disk was caught. */
export interface CanaryResult {
  caught: boolean;
  seed: number;
  invariant: string;
  seedsTried: number;
  failure: SimFailure | null;
  /** Set when the same seed also fails on a sound disk: that violation is not the canary's. */
  baselineFailure: SimFailure | null;
}

/**
 * Runs the canary (a disk that forgets the vote on restart) on seeds `firstSeed`,
 * `firstSeed + 1`, … until some invariant catches it, at most {@link CANARY_SEEDS_MAX}.
 * A catch counts only if the same seed passes on a sound disk: otherwise the
 * violation has another cause, which is reported instead.
 */
export function runCanary(firstSeed = 1): CanaryResult {
  for (let i = 0; i < CANARY_SEEDS_MAX; i++) {
    const seed = firstSeed + i;
    const failure = failureOf(() => runSeed(seed, { overrides: { canary: 'broken' } }));
    if (failure === null) continue;
    const baselineFailure = failureOf(() => runSeed(seed, { overrides: { canary: 'baseline' } }));
    return { caught: baselineFailure === null, seed, invariant: failure.invariant, seedsTried: i + 1, failure, baselineFailure };
  }
  return { caught: false, seed: firstSeed + CANARY_SEEDS_MAX - 1, invariant: '', seedsTried: CANARY_SEEDS_MAX, failure: null, baselineFailure: null };
}

function failureOf(run: () => unknown): SimFailure | null {
  try {
    run();
    return null;
  } catch (err) {
    if (err instanceof SimFailure) return err;
    throw err;
  }
}
