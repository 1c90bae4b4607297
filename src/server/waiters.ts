import { ShoalError, deadlineExceeded, resourceExhausted } from './errors.js';

interface Waiter<T> {
  resolve: (value: T) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * Callers waiting for an outcome keyed by an id (a proposal's request id, a read's
 * context), bounded in count and in time: a full table refuses new waiters, and a
 * waiter that is not settled in time is rejected so no caller hangs forever.
 */
export class WaiterTable<K, T> {
  private readonly waiters = new Map<K, Waiter<T>>();

  constructor(
    private readonly what: string,
    private readonly maxWaiters: number,
    private readonly timeoutMs: number,
  ) {}

  /** Registers a waiter for `key`; rejects at once when the table is full. */
  wait(key: K): Promise<T> {
    if (this.waiters.size >= this.maxWaiters) {
      return Promise.reject(resourceExhausted(`too many ${this.what}s waiting (${this.maxWaiters}); retry later`));
    }
    if (this.waiters.has(key)) return Promise.reject(new ShoalError('internal', `duplicate ${this.what} key`));
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(key);
        reject(deadlineExceeded(`${this.what} did not complete within ${this.timeoutMs} ms; it may still take effect`));
      }, this.timeoutMs);
      timer.unref();
      this.waiters.set(key, { resolve, reject, timer });
    });
  }

  has(key: K): boolean {
    return this.waiters.has(key);
  }

  resolve(key: K, value: T): boolean {
    const w = this.waiters.get(key);
    if (!w) return false;
    this.waiters.delete(key);
    clearTimeout(w.timer);
    w.resolve(value);
    return true;
  }

  reject(key: K, err: Error): boolean {
    const w = this.waiters.get(key);
    if (!w) return false;
    this.waiters.delete(key);
    clearTimeout(w.timer);
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
}
