/**
 * The member's IO capacity (`--io-capacity OPS`): a token bucket that every page
 * operation the request handler carries out for this member's own clients takes
 * one token from, whether the page is on its own block store or forwarded to its
 * owner. Page requests served for peers take none: serving a client is the work of
 * the member the client is connected to — the efficiency function's model — and it
 * is the work that moving a connection moves. So it is a QoS knob on a member's
 * data path (the most its clients can drive through it) and lets benchmarks
 * emulate a smaller member. Its operations granted per interval are the member's
 * IO utilization in its load snapshots.
 *
 * Tokens refill continuously at `opsPerSecond` up to a burst of IO_BURST_SECONDS of
 * the rate. A call that finds no token, or finds others already waiting, joins a
 * FIFO queue bounded by IO_WAITERS_MAX; past it the call is refused at once with
 * BLOCK_STORE_BUSY, which the data path answers as 503 (retry). One timer, armed for
 * when the next token will be there, wakes the queue: a timer per waiter would cost
 * a setTimeout on every call the limiter delays.
 */
import assert from 'node:assert/strict';
import { DATA_REQUESTS_INFLIGHT_MAX, IO_BURST_SECONDS, IO_CAPACITY_OPS_PER_SECOND_MAX, IO_WAITERS_MAX } from './limits.js';

// Every data request that may be in flight at once can wait for at least one token.
assert(IO_WAITERS_MAX >= DATA_REQUESTS_INFLIGHT_MAX);

/** A call the limiter refused; `code` is stable, in the block store's vocabulary so the data path maps it alike. */
export class IoLimiterError extends Error {
  constructor(
    readonly code: 'BLOCK_STORE_BUSY' | 'BLOCK_STORE_CLOSED',
    message: string,
  ) {
    super(message);
    this.name = 'IoLimiterError';
  }
}

/** Arms a one-shot wake-up after `delayMs` and returns how to cancel it. */
export type Schedule = (wake: () => void, delayMs: number) => () => void;

export interface IoLimiterOptions {
  /** Block-store calls per second; 0 means unlimited (the limiter does nothing). */
  opsPerSecond: number;
  /** Milliseconds on a monotonic clock; performance.now by default. */
  now?: () => number;
  /** The wake-up timer; an unref'd setTimeout by default (it never keeps the process alive). */
  schedule?: Schedule;
  /** The most calls that may wait; IO_WAITERS_MAX by default. */
  waitersMax?: number;
}

interface Waiter {
  resolve: () => void;
  reject: (err: Error) => void;
}

const realSchedule: Schedule = (wake, delayMs) => {
  const timer = setTimeout(wake, delayMs);
  timer.unref();
  return () => clearTimeout(timer);
};

/** See the module comment. */
export class IoLimiter {
  readonly opsPerSecond: number;
  readonly burstOps: number;
  private readonly now: () => number;
  private readonly schedule: Schedule;
  private readonly waitersMax: number;
  private tokens: number;
  private refilledAtMs: number;
  /** Waiting calls, oldest first from `head` (an index, so taking the oldest is O(1)). */
  private waiters: Array<Waiter | undefined> = [];
  private head = 0;
  private cancelWake: (() => void) | null = null;
  private grantedOps = 0;
  private closed = false;

  constructor(options: IoLimiterOptions) {
    const { opsPerSecond } = options;
    assert(Number.isSafeInteger(opsPerSecond) && opsPerSecond >= 0 && opsPerSecond <= IO_CAPACITY_OPS_PER_SECOND_MAX, `opsPerSecond ${opsPerSecond}`);
    this.opsPerSecond = opsPerSecond;
    this.burstOps = Math.max(1, opsPerSecond * IO_BURST_SECONDS);
    this.now = options.now ?? (() => performance.now());
    this.schedule = options.schedule ?? realSchedule;
    this.waitersMax = options.waitersMax ?? IO_WAITERS_MAX;
    assert(Number.isSafeInteger(this.waitersMax) && this.waitersMax >= 0, `waitersMax ${this.waitersMax}`);
    // A member starts with a full bucket, as if it had been idle.
    this.tokens = this.burstOps;
    this.refilledAtMs = this.now();
  }

  /** Whether the limiter limits anything (`--io-capacity` above 0). */
  get limited(): boolean {
    return this.opsPerSecond > 0;
  }

  /** Calls waiting for a token. */
  get waiting(): number {
    return this.waiters.length - this.head;
  }

  /** Calls granted so far (a counter; utilization is its growth over capacity × time). */
  usedOps(): number {
    return this.grantedOps;
  }

  /**
   * Resolves when the caller may make one block-store call: at once (with false)
   * when a token is there and nobody waits before it, else in turn (with true: it
   * queued, which the load monitor counts as demand the capacity held back). Rejects
   * with BLOCK_STORE_BUSY when IO_WAITERS_MAX calls already wait, and with
   * BLOCK_STORE_CLOSED after close().
   */
  acquire(): Promise<boolean> {
    if (this.closed) return Promise.reject(this.closedError());
    if (!this.limited) {
      this.grantedOps++;
      return Promise.resolve(false);
    }
    this.refill();
    if (this.waiting === 0 && this.tokens >= 1) {
      this.take();
      return Promise.resolve(false);
    }
    if (this.waiting >= this.waitersMax) {
      return Promise.reject(
        new IoLimiterError('BLOCK_STORE_BUSY', `${this.waiting} page operations already wait for IO capacity (--io-capacity ${this.opsPerSecond} per second)`),
      );
    }
    return new Promise<boolean>((resolve, reject) => {
      this.waiters.push({ resolve: () => resolve(true), reject });
      this.armWake();
    });
  }

  /** Stops the timer and rejects every waiting call with BLOCK_STORE_CLOSED; later calls are refused alike. */
  close(): void {
    this.closed = true;
    this.cancelWake?.();
    this.cancelWake = null;
    const waiters = this.waiters.slice(this.head);
    this.waiters = [];
    this.head = 0;
    for (const w of waiters) w!.reject(this.closedError());
  }

  /** Grants as many waiting calls, oldest first, as there are tokens, and re-arms the timer for the rest. */
  private onWake(): void {
    this.cancelWake = null;
    if (this.closed) return;
    this.refill();
    while (this.waiting > 0 && this.tokens >= 1) {
      const w = this.waiters[this.head]!;
      // Cleared so a granted waiter's closures are not held until the array is trimmed.
      this.waiters[this.head++] = undefined;
      this.take();
      w.resolve();
    }
    // Drop the granted prefix once it is most of the array, so the array never grows past twice the queue.
    if (this.head > 0 && this.head * 2 >= this.waiters.length) {
      this.waiters = this.waiters.slice(this.head);
      this.head = 0;
    }
    this.armWake();
  }

  /** Arms the one timer for when the next token will be there, unless it is armed or nobody waits. */
  private armWake(): void {
    if (this.cancelWake !== null || this.waiting === 0) return;
    // At least 1 ms: timers are no finer, and a wake-up that finds no token just re-arms.
    const delayMs = Math.max(1, Math.ceil(((1 - this.tokens) * 1000) / this.opsPerSecond));
    this.cancelWake = this.schedule(() => this.onWake(), delayMs);
  }

  private refill(): void {
    const nowMs = this.now();
    const elapsedMs = nowMs - this.refilledAtMs;
    assert(elapsedMs >= 0, `the clock went back ${-elapsedMs} ms`);
    this.tokens = Math.min(this.burstOps, this.tokens + (elapsedMs * this.opsPerSecond) / 1000);
    this.refilledAtMs = nowMs;
  }

  private take(): void {
    assert(this.tokens >= 1);
    this.tokens -= 1;
    this.grantedOps++;
  }

  private closedError(): IoLimiterError {
    return new IoLimiterError('BLOCK_STORE_CLOSED', 'the member is stopping: its IO limiter is closed');
  }
}

/**
 * The share of IO capacity used over an interval: calls granted in it over what the
 * capacity allowed (`opsPerSecond` × the interval), at most 1; 0 when unlimited or
 * when no time passed. Pure, for the load monitor.
 */
export function ioUtilization(grantedOps: number, opsPerSecond: number, intervalMs: number): number {
  if (opsPerSecond === 0 || intervalMs <= 0) return 0;
  assert(grantedOps >= 0, `granted ${grantedOps} ops`);
  return Math.min(1, grantedOps / ((opsPerSecond * intervalMs) / 1000));
}
