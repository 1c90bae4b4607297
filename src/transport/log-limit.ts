/**
 * Keeps refusal logging bounded: at most one line per key (a refusal code) per
 * interval, with the number of lines held back reported on the next one. Time is
 * passed in, so it is tested without clocks.
 */
import assert from 'node:assert/strict';
import { REFUSAL_LOG_INTERVAL_MS } from './constants.js';

/** See the module comment. Memory is bounded by the number of distinct keys (the error codes). */
export class LogLimit {
  private readonly last = new Map<string, { atMs: number; suppressed: number }>();

  constructor(private readonly intervalMs: number = REFUSAL_LOG_INTERVAL_MS) {
    assert.ok(intervalMs > 0);
  }

  /**
   * Whether to log an event for `key` at `nowMs`: null to hold it back, or the
   * number of events held back since the last line for that key.
   */
  admit(key: string, nowMs: number): number | null {
    const last = this.last.get(key);
    if (last !== undefined && nowMs - last.atMs < this.intervalMs) {
      last.suppressed += 1;
      return null;
    }
    this.last.set(key, { atMs: nowMs, suppressed: 0 });
    return last?.suppressed ?? 0;
  }
}
