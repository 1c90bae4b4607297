/**
 * The fault injector: which partitions start when, which member crashes when and
 * for how long, and where inside a Ready a crash strikes. All draws come from the
 * faults stream of the seed; the rates come from the seed's parameters.
 */
import type { NodeId, SeededRandom } from '../../src/raft/index.js';
import { type Partition, linkKey } from './network.js';
import { MS_PER_TICK, type SimParams } from './params.js';

/** Where inside a Ready a crash strikes. */
export type CrashPoint = 'before-persist' | 'torn-persist' | 'after-persist' | 'after-send' | 'mid-apply';

/** A crash planned for the next Ready: where, and how much gets done before it. */
export interface CrashPlan {
  point: CrashPoint;
  /** torn-persist: writes that reach the disk; mid-apply: entries applied first. */
  keep: number;
  /** A power loss rather than a process crash: unsynced writes are lost too. */
  powerLoss: boolean;
}

/** Partitions active at once, at most: more would leave no quorum anywhere for most of a run. */
export const CONCURRENT_PARTITIONS_MAX = 2;
/** A torn write keeps at most this many writes; the member clamps it to the batch size. */
const TORN_WRITES_KEPT_MAX = 6;
/** A mid-apply crash applies at most this many entries first (more means "after applying, before advance"). */
const APPLIED_BEFORE_CRASH_MAX = 4;

/** The share of crashes that are power losses, losing writes that were not fsync'd. */
const POWER_LOSS_SHARE = 0.5;

const CRASH_POINTS: readonly CrashPoint[] = ['before-persist', 'torn-persist', 'after-persist', 'after-send', 'mid-apply'];

type PartitionKind = 'split' | 'isolate' | 'one-way-out' | 'one-way-in' | 'random-links' | 'slow';
const PARTITION_KINDS: readonly PartitionKind[] = ['split', 'isolate', 'one-way-out', 'one-way-in', 'random-links', 'slow'];

/** Decides, from the faults stream, what goes wrong and when. */
export class Faults {
  /** Off in the liveness phase. */
  on = true;

  constructor(
    private readonly params: SimParams,
    private readonly random: SeededRandom,
  ) {}

  /** Maybe starts a partition among `ids` (sorted); null when none starts this tick. */
  maybePartition(ids: readonly NodeId[], active: number, nowMs: number): Partition | null {
    const n = this.params.network;
    if (!this.on || active >= CONCURRENT_PARTITIONS_MAX || ids.length < 2 || !this.random.chance(n.partitionRatePerTick)) return null;
    const kind = PARTITION_KINDS[this.random.intn(PARTITION_KINDS.length)]!;
    const durationTicks = 1 + this.random.intn(n.partitionTicksMax);
    const part: Partition = { label: '', cut: new Set(), slow: new Set(), healAtMs: nowMs + durationTicks * MS_PER_TICK };
    const target = ids[this.random.intn(ids.length)]!;
    const others = ids.filter((id) => id !== target);
    switch (kind) {
      case 'split': {
        const shuffled = this.shuffle(ids);
        const cutAt = 1 + this.random.intn(ids.length - 1);
        const left = shuffled.slice(0, cutAt);
        const right = shuffled.slice(cutAt);
        for (const a of left) for (const b of right) part.cut.add(linkKey(a, b)).add(linkKey(b, a));
        part.label = `split [${[...left].sort().join(',')}] | [${[...right].sort().join(',')}]`;
        break;
      }
      case 'isolate':
        for (const o of others) part.cut.add(linkKey(target, o)).add(linkKey(o, target));
        part.label = `isolate ${target}`;
        break;
      case 'one-way-out':
        for (const o of others) part.cut.add(linkKey(target, o));
        part.label = `${target} cannot send`;
        break;
      case 'one-way-in':
        for (const o of others) part.cut.add(linkKey(o, target));
        part.label = `${target} cannot receive`;
        break;
      case 'random-links':
        for (const a of ids) for (const b of ids) if (a !== b && this.random.chance(0.3)) part.cut.add(linkKey(a, b));
        part.label = `cut links ${[...part.cut].join(' ')}`;
        break;
      case 'slow':
        for (const o of others) part.slow.add(linkKey(target, o));
        part.label = `slow links from ${target}`;
        break;
    }
    part.label += ` for ${durationTicks} ticks`;
    return part;
  }

  /** Whether a running member crashes this tick. */
  crashesNow(): boolean {
    return this.on && this.random.chance(this.params.crash.crashRatePerTick);
  }

  /** Whether a running member stalls this tick (a long GC pause, a stuck disk). */
  pausesNow(): boolean {
    return this.on && this.random.chance(this.params.crash.pauseRatePerTick);
  }

  /** How long a pause lasts. */
  pauseMs(): number {
    return (1 + this.random.intn(this.params.crash.pauseTicksMax)) * MS_PER_TICK;
  }

  /** Whether a crash is a power loss (unsynced writes lost) rather than a process crash. */
  powerLoss(): boolean {
    return this.random.chance(POWER_LOSS_SHARE);
  }

  /** How long a crashed member stays down. */
  downMs(): number {
    const c = this.params.crash;
    return (c.downTicksMin + this.random.intn(c.downTicksMax - c.downTicksMin + 1)) * MS_PER_TICK;
  }

  /** A crash inside the next Ready, or null (most Readies complete). */
  crashPlan(): CrashPlan | null {
    if (!this.on || !this.random.chance(this.params.crash.readyCrashRate)) return null;
    const point = CRASH_POINTS[this.random.intn(CRASH_POINTS.length)]!;
    const keep = point === 'torn-persist' ? this.random.intn(TORN_WRITES_KEPT_MAX + 1) : this.random.intn(APPLIED_BEFORE_CRASH_MAX + 1);
    return { point, keep, powerLoss: this.powerLoss() };
  }

  private shuffle(ids: readonly NodeId[]): NodeId[] {
    const out = [...ids];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.random.intn(i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}
