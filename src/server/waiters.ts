import { ShoalError, deadlineExceeded, resourceExhausted } from './errors.js';

interface Waiter<T> {
  resolve: (value: T) => void;
  reject: (err: Error) => void;
  /** When the waiter started, in performance.now() milliseconds. */
  startedMs: number;
}

/** What a table may report besides settling its waiters. */
export interface WaiterTableOptions {
  /** Observes how long each resolved waiter waited, in seconds (e.g. a latency histogram). */
  onResolved?: (seconds: number) => void;
}

/**
 * Callers waiting for an outcome keyed by an id (a proposal's request id, a read's
 * context), bounded in count and in time: a full table refuses new waiters, and a
 * waiter that is not settled in time is rejected so no caller hangs forever.
 *
 * Every waiter of a table has the same timeout, so the order they were added in (a
 * Map keeps it) is the order their deadlines fall in: one timer, armed for the
 * oldest waiter, times them all out. A timer per waiter cost a setTimeout and a
 * clearTimeout on every proposal, on the path every client call takes.
 */
export class WaiterTable<K, T> {
  private readonly waiters = new Map<K, Waiter<T>>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly what: string,
    private readonly maxWaiters: number,
    private readonly timeoutMs: number,
    private readonly options: WaiterTableOptions = {},
  ) {}

  /** Registers a waiter for `key`; rejects at once when the table is full. */
  wait(key: K): Promise<T> {
    if (this.waiters.size >= this.maxWaiters) {
      return Promise.reject(resourceExhausted(`too many ${this.what}s waiting (${this.maxWaiters}); retry later`));
    }
    if (this.waiters.has(key)) return Promise.reject(new ShoalError('internal', `duplicate ${this.what} key`));
    return new Promise<T>((resolve, reject) => {
      this.waiters.set(key, { resolve, reject, startedMs: performance.now() });
      if (this.timer === null) this.armTimer(this.timeoutMs);
    });
  }

  has(key: K): boolean {
    return this.waiters.has(key);
  }

  resolve(key: K, value: T): boolean {
    const w = this.waiters.get(key);
    if (!w) return false;
    this.waiters.delete(key);
    this.options.onResolved?.((performance.now() - w.startedMs) / 1000);
    w.resolve(value);
    return true;
  }

  reject(key: K, err: Error): boolean {
    const w = this.waiters.get(key);
    if (!w) return false;
    this.waiters.delete(key);
    w.reject(err);
    return true;
  }

  /** Rejects every waiter (on shutdown). */
  rejectAll(err: Error): void {
    for (const key of [...this.waiters.keys()]) this.reject(key, err);
  }

  /** Calls `fn` for every key (to settle waiters by a condition). */
  keys(): K[] {
    return [...this.waiters.keys()];
  }

  size(): number {
    return this.waiters.size;
  }

  private armTimer(delayMs: number): void {
    this.timer = setTimeout(() => this.expire(), delayMs);
    // Waiting callers keep the process alive through their own work, never the timer.
    this.timer.unref();
  }

  /** Rejects the waiters whose time is up (the oldest first) and re-arms for the next. */
  private expire(): void {
    this.timer = null;
    const now = performance.now();
    for (const [key, w] of this.waiters) {
      const deadlineMs = w.startedMs + this.timeoutMs;
      if (deadlineMs > now) {
        this.armTimer(deadlineMs - now);
        return;
      }
      this.waiters.delete(key);
      w.reject(deadlineExceeded(`${this.what} did not complete within ${this.timeoutMs} ms; it may still take effect`));
    }
  }
}
