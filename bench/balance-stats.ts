/**
 * The arithmetic of bench/balance.ts's report, pure: from the load samples, the
 * per-bucket counts and the clients' moves of one run to the figures its tables and
 * goals show. Kept apart so the numbers can be checked without running a group.
 */
import { IDLE_MOVE_GRACE_MS, MOVE_JITTER_MS_MAX } from '../src/server/connections.js';
import { BUCKET_MS, type ClientMove } from './balance-clients.js';
import type { LoadSample } from './balance-group.js';

/** max(u) over the capacity-weighted mean of u (DESIGN.md's ū), for one sample; NaN without three members or load. */
export function imbalance(sample: LoadSample, memberCount: number): number {
  if (sample.members.length < memberCount) return NaN;
  const weight = sample.members.reduce((sum, m) => sum + m.capacity, 0);
  const mean = sample.members.reduce((sum, m) => sum + m.capacity * m.utilization, 0) / weight;
  const max = Math.max(...sample.members.map((m) => m.utilization));
  return mean > 0 ? max / mean : NaN;
}

/**
 * When the group became balanced: the time of the first sample from which
 * `imbalance` stays at or below `threshold` for `holdMs` (so a lucky sample in the
 * middle of moves does not count); null when it never did. The hold window must end
 * within the run (`endMs`).
 */
export function balancedAtMs(samples: readonly LoadSample[], memberCount: number, threshold: number, holdMs: number, endMs: number): number | null {
  const ratios = samples.map((s) => imbalance(s, memberCount));
  for (let i = 0; i < samples.length; i++) {
    const start = samples[i]!.tMs;
    if (start + holdMs > endMs) return null;
    let held = true;
    for (let j = i; j < samples.length && samples[j]!.tMs <= start + holdMs; j++) {
      if (!(ratios[j]! <= threshold)) {
        held = false;
        break;
      }
    }
    if (held) return start;
  }
  return null;
}

/** Each member's mean utilization over the samples taken at or after `fromMs`, by id (sorted). */
export function meanUtilizationSince(samples: readonly LoadSample[], fromMs: number): Record<string, number> {
  const sums = new Map<string, { total: number; n: number }>();
  for (const s of samples) {
    if (s.tMs < fromMs) continue;
    for (const m of s.members) {
      const acc = sums.get(m.id) ?? { total: 0, n: 0 };
      acc.total += m.utilization;
      acc.n += 1;
      sums.set(m.id, acc);
    }
  }
  return Object.fromEntries([...sums.keys()].sort().map((id) => [id, sums.get(id)!.total / sums.get(id)!.n]));
}

/** max/min of some values; Infinity when the smallest is 0, NaN when there are none. */
export function spread(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const min = Math.min(...values);
  return min > 0 ? Math.max(...values) / min : Infinity;
}

/**
 * The buckets [first, last) that lie within [fromMs, toMs): a partial bucket at
 * either edge is left out, so a window ending at a move holds nothing after it.
 */
function bucketRange(count: number, fromMs: number, toMs: number): [number, number] {
  return [Math.max(0, Math.ceil(fromMs / BUCKET_MS)), Math.min(count, Math.floor(toMs / BUCKET_MS))];
}

/** Answered requests per second over [fromMs, toMs), from per-bucket counts. */
export function ratePerSecond(ops: readonly number[], fromMs: number, toMs: number): number {
  const [first, last] = bucketRange(ops.length, fromMs, toMs);
  if (last <= first) return NaN;
  let total = 0;
  for (let i = first; i < last; i++) total += ops[i]!;
  return total / (((last - first) * BUCKET_MS) / 1000);
}

/** Share of bytes that were forwarded over [fromMs, toMs); NaN when nothing was answered. */
export function forwardedShare(forwarded: readonly number[], bytes: readonly number[], fromMs: number, toMs: number): number {
  const [first, last] = bucketRange(bytes.length, fromMs, toMs);
  let f = 0;
  let b = 0;
  for (let i = first; i < last; i++) {
    f += forwarded[i]!;
    b += bytes[i]!;
  }
  return b > 0 ? f / b : NaN;
}

/** A client moved again less than the cooldown after its previous move. */
export interface DoubleMove {
  client: number;
  firstMs: number;
  secondMs: number;
}

/** The members' --load-interval-ms in this benchmark: a balancing round every half second. */
export const LOAD_INTERVAL_MS = 500;

/**
 * How much earlier than the client notices it a move's cooldown may start: the
 * cooldown runs from the plan's time (the load snapshot that completed its round,
 * up to a load interval before the plan is committed), and the member carries the
 * move out after a jitter of up to MOVE_JITTER_MS_MAX — an idle client only at its
 * next request, within IDLE_MOVE_GRACE_MS. Two moves of one client a full cooldown
 * apart in plan time may look this much closer from the client.
 */
export function moveNoticeSlackMs(loadIntervalMs: number): number {
  return loadIntervalMs + MOVE_JITTER_MS_MAX + IDLE_MOVE_GRACE_MS;
}

/** Every pair of consecutive moves of one client, as the client saw them, closer together than `cooldownMs` less `slackMs`. */
export function doubleMoves(clients: ReadonlyArray<{ moves: readonly ClientMove[] }>, cooldownMs: number, slackMs: number): DoubleMove[] {
  const found: DoubleMove[] = [];
  clients.forEach((c, client) => {
    for (let i = 1; i < c.moves.length; i++) {
      const firstMs = c.moves[i - 1]!.tMs;
      const secondMs = c.moves[i]!.tMs;
      if (secondMs - firstMs < cooldownMs - slackMs) found.push({ client, firstMs, secondMs });
    }
  });
  return found;
}

/** Moves per client, as a histogram: how many clients moved 0, 1, 2… times. */
export function movesHistogram(clients: ReadonlyArray<{ moves: readonly ClientMove[] }>): number[] {
  const most = Math.max(0, ...clients.map((c) => c.moves.length));
  const counts = new Array<number>(most + 1).fill(0);
  for (const c of clients) counts[c.moves.length]! += 1;
  return counts;
}
