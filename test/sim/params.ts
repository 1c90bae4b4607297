/**
 * Everything one simulated run is made of, drawn from its seed. Each fault is off,
 * light or heavy per seed, so different seeds stress different things (one seed
 * drowns the network in duplicates, the next crashes members mid-write).
 */
import { SeededRandom } from '../../src/raft/index.js';
import { deriveSeed } from './trace.js';

/** Simulated milliseconds per nominal tick; members drift around it. */
export const MS_PER_TICK = 10;
/**
 * The most one tick's timer fires early or late, drawn afresh for every tick: timers
 * jitter and ticks of different members never line up. A sustained difference in
 * clock rate is not modelled: a member whose clock ran 20% fast would win nearly every
 * election race, and in seeds without pre-vote a fast member with a stale log would
 * keep disrupting elections it cannot win — Raft's timing assumption, not a bug.
 */
export const TICK_JITTER_MS_MAX = 2;
/** Initial voters are ids n1..nK, K in [min, max]; spares (for learners) continue the numbering. */
export const INITIAL_MEMBERS_MIN = 3;
/** See {@link INITIAL_MEMBERS_MIN}. */
export const INITIAL_MEMBERS_MAX = 5;
/** Spare ids a run may add as learners; an id is never reused once removed (as in etcd). */
export const SPARE_MEMBERS = 4;
/**
 * Ticks of faults per seed: long enough for several elections, crashes and
 * partitions (election timeouts are 8–16 ticks), short enough that 1,000 seeds
 * run in about two minutes.
 */
export const FAULT_PHASE_TICKS = 500;
/**
 * Election timeouts allowed for the group to recover once the faults stop: a
 * restart, a pre-vote round, an election, a snapshot to a lagging member and a
 * commit each take about one; measured recoveries take at most 7 (p99 about 4).
 * Beyond this the core has a liveness bug. Seeds without pre-vote get twice as
 * long: there a member with a stale log keeps starting elections it cannot win,
 * so the time to elect a leader has a long (geometric) tail — one seed in a few
 * thousand needs more than 12.
 */
export const LIVENESS_ELECTION_TIMEOUTS = 20;

/** Network behaviour for one seed. */
export interface NetworkParams {
  delayMsMin: number;
  delayMsMax: number;
  dropRate: number;
  duplicateRate: number;
  /** When false, each message draws its own delay and so may overtake earlier ones. */
  fifo: boolean;
  /** Chance per tick that a new partition (or slow link) starts. */
  partitionRatePerTick: number;
  partitionTicksMax: number;
}

/** Crash behaviour for one seed. */
export interface CrashParams {
  /** Chance per member per tick of a crash between steps. */
  crashRatePerTick: number;
  /** Chance per Ready of a crash inside its processing (torn write, before send, mid-apply). */
  readyCrashRate: number;
  downTicksMin: number;
  downTicksMax: number;
  /** Chance per member per tick of a pause (a stalled process: no ticks, no messages, memory kept). */
  pauseRatePerTick: number;
  pauseTicksMax: number;
}

/** Client load for one seed. */
export interface WorkloadParams {
  proposalsPerTick: number;
  readsPerTick: number;
  transferRatePerTick: number;
  confChangeRatePerTick: number;
  payloadBytesMax: number;
}

/**
 * The core's own bounds and options for one seed. Half the seeds shrink the flow
 * control bounds far below the defaults, so the simulator's small payloads still
 * fill append messages, inflight windows, the uncommitted budget and apply batches.
 */
export interface CoreParams {
  maxSizePerMsgBytes?: number;
  maxInflightMsgs?: number;
  maxInflightBytes?: number;
  maxUncommittedEntriesBytes?: number;
  maxCommittedSizePerReadyBytes?: number;
  checkQuorum: boolean;
  preVote: boolean;
}

/** Everything that differs between seeds. */
export interface SimParams {
  seed: number;
  initialMembers: number;
  electionTicks: number;
  heartbeatTicks: number;
  network: NetworkParams;
  crash: CrashParams;
  workload: WorkloadParams;
  core: CoreParams;
  /** The application snapshots after this many applied entries. */
  snapshotEveryEntries: number;
  /** Entries kept in the log behind a snapshot, so a slightly lagging follower avoids InstallSnapshot. */
  compactionTailEntries: number;
  /** The canary: the disk forgets the hard state's vote on restart. */
  canary: boolean;
}

/** Overrides for special runs (the demo, the canary). */
export interface ParamOverrides {
  initialMembers?: number;
  /**
   * `broken`: the canary (crash-heavy faults and a disk that forgets votes);
   * `baseline`: the same faults on a sound disk, to show a violation is the canary's doing.
   */
  canary?: 'broken' | 'baseline';
  /** The `--demo` story: three members, every fault light, no membership changes. */
  demo?: boolean;
}

/** Off, light or heavy: the three levels a fault can have in a seed. */
function level(random: SeededRandom, light: number, heavy: number): number {
  const roll = random.intn(100);
  if (roll < 20) return 0;
  return roll < 65 ? light : heavy;
}

function between(random: SeededRandom, lo: number, hi: number): number {
  return lo + random.intn(hi - lo + 1);
}

/** Draws the parameters of run `seed`. */
export function paramsForSeed(seed: number, overrides: ParamOverrides = {}): SimParams {
  const random = new SeededRandom(deriveSeed(seed, 'params'));
  const electionTicks = between(random, 8, 16);
  const delayMsMin = between(random, 1, 5);
  const canaryProfile = overrides.canary !== undefined;
  const canary = overrides.canary === 'broken';
  const params: SimParams = {
    seed,
    initialMembers: overrides.initialMembers ?? between(random, INITIAL_MEMBERS_MIN, INITIAL_MEMBERS_MAX),
    electionTicks,
    // At least three heartbeats per election timeout, so one lost heartbeat never triggers an election.
    heartbeatTicks: between(random, 1, Math.floor(electionTicks / 4)),
    network: {
      delayMsMin,
      delayMsMax: delayMsMin + between(random, 2, 3 * MS_PER_TICK),
      dropRate: level(random, 0.02, 0.15),
      duplicateRate: level(random, 0.02, 0.1),
      fifo: random.chance(0.3),
      partitionRatePerTick: level(random, 0.01, 0.04),
      partitionTicksMax: between(random, 20, 120),
    },
    crash: {
      // The canary needs restarts to show its broken disk; it always crashes often.
      crashRatePerTick: canaryProfile ? 0.01 : level(random, 0.002, 0.008),
      readyCrashRate: canaryProfile ? 0.01 : level(random, 0.002, 0.01),
      downTicksMin: 2,
      downTicksMax: between(random, 10, 80),
      pauseRatePerTick: canaryProfile ? 0 : level(random, 0.002, 0.006),
      pauseTicksMax: between(random, 2, 3 * electionTicks),
    },
    workload: {
      proposalsPerTick: [0.1, 0.5, 1, 2][random.intn(4)]!,
      readsPerTick: level(random, 0.05, 0.2),
      transferRatePerTick: level(random, 0.003, 0.015),
      confChangeRatePerTick: level(random, 0.01, 0.04),
      payloadBytesMax: between(random, 1, 64),
    },
    snapshotEveryEntries: between(random, 8, 80),
    compactionTailEntries: between(random, 0, 20),
    core: coreParams(random),
    canary,
  };
  return overrides.demo === true ? demoParams(params) : params;
}

function coreParams(random: SeededRandom): CoreParams {
  const core: CoreParams = { checkQuorum: true, preVote: true };
  if (random.chance(0.5)) {
    core.maxSizePerMsgBytes = between(random, 32, 512);
    core.maxInflightMsgs = between(random, 1, 8);
    if (random.chance(0.5)) core.maxInflightBytes = core.maxSizePerMsgBytes * between(random, 1, 4);
  }
  if (random.chance(0.3)) core.maxUncommittedEntriesBytes = between(random, 64, 2048);
  if (random.chance(0.3)) core.maxCommittedSizePerReadyBytes = between(random, 16, 256);
  // Shoal runs with both on; a few seeds turn one or both off to reach the other paths.
  const roll = random.intn(10);
  core.checkQuorum = roll !== 7 && roll !== 9;
  core.preVote = roll !== 8 && roll !== 9;
  return core;
}

/** Light, readable faults for the demo: a story with a few elections, crashes and partitions. */
function demoParams(p: SimParams): SimParams {
  return {
    ...p,
    initialMembers: 3,
    network: { ...p.network, dropRate: 0.02, duplicateRate: 0.02, partitionRatePerTick: 0.006, partitionTicksMax: 60 },
    crash: { ...p.crash, crashRatePerTick: 0.001, readyCrashRate: 0.001, downTicksMax: 40 },
    workload: { ...p.workload, proposalsPerTick: 0.5, confChangeRatePerTick: 0 },
  };
}

/** A short description of a run's fault mix, for reports. */
export function describeParams(p: SimParams): string {
  const n = p.network;
  const c = p.crash;
  return (
    `members=${p.initialMembers} election=${p.electionTicks} heartbeat=${p.heartbeatTicks} ` +
    `delay=${n.delayMsMin}-${n.delayMsMax}ms drop=${n.dropRate} dup=${n.duplicateRate} fifo=${n.fifo} ` +
    `partitions=${n.partitionRatePerTick}/tick crash=${c.crashRatePerTick}/tick readyCrash=${c.readyCrashRate} pause=${c.pauseRatePerTick}/tick ` +
    `snapshotEvery=${p.snapshotEveryEntries} core=${JSON.stringify(p.core)}`
  );
}
