/** How often waitFor re-checks its condition; short enough to feel instant, long enough to be cheap. */
export const WAIT_FOR_POLL_MS = 20;

/**
 * Polls `condition` until it holds or `timeoutMs` passes (bounded, never a fixed
 * sleep). Resolves true when it held; an exception from the condition rejects.
 */
export async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (condition()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, WAIT_FOR_POLL_MS));
  }
}
