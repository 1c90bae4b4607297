/**
 * Bounded polling for the integration tests: every wait re-checks a condition until
 * it holds or a named deadline passes, and a timeout says what was awaited and the
 * last thing seen. No test sleeps a fixed time and hopes.
 */

/** How often a condition is re-checked: short next to a 200–400 ms election timeout. */
export const POLL_INTERVAL_MS = 50;

/** A wait that ran out of time; the message says what was awaited and what was last seen. */
export class WaitTimeoutError extends Error {
  constructor(what: string, timeoutMs: number, last: string) {
    super(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${last}`);
    this.name = 'WaitTimeoutError';
  }
}

/**
 * Calls `probe` until it returns something other than undefined/null/false and
 * resolves with that. A probe that throws counts as "not yet" (a member may be
 * starting or electing); its error is reported if the deadline passes.
 */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: string;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
      last = String(value);
    } catch (err) {
      last = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    }
    if (Date.now() >= deadline) throw new WaitTimeoutError(what, timeoutMs, last);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}
