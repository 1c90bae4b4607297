/**
 * Splitting a large read or write into requests a member accepts, and running
 * them with bounded concurrency.
 */
import assert from 'node:assert/strict';

/** A byte range of a volume. */
export interface ByteRange {
  offset: number;
  length: number;
}

/**
 * The requests of a transfer of `length` bytes at `offset`: at most `maxBytes`
 * each, cut at multiples of `maxBytes` so that every request but the first and
 * last covers an aligned block (pages are powers of two, so an aligned request
 * spans as few owners as possible). A generator, so a huge transfer with a small
 * `maxBytes` never lists its requests up front.
 */
export function* requestRanges(offset: number, length: number, maxBytes: number): Generator<ByteRange> {
  assert.ok(Number.isSafeInteger(offset) && offset >= 0 && Number.isSafeInteger(length) && length >= 0);
  assert.ok(Number.isSafeInteger(maxBytes) && maxBytes >= 1 && Number.isSafeInteger(offset + length));
  const end = offset + length;
  for (let at = offset; at < end; ) {
    const stop = Math.min(end, at - (at % maxBytes) + maxBytes);
    assert.ok(stop > at && stop - at <= maxBytes);
    yield { offset: at, length: stop - at };
    at = stop;
  }
}

/**
 * Runs `run` on every item with at most `concurrency` in flight. The first failure
 * stops the rest: no new item starts, `controller` is aborted (so the ones in
 * flight can stop), and once they have all settled the first failure is thrown.
 * (An abort from outside is seen by `run`, which must fail: items are never skipped silently.)
 */
export async function runBounded<T>(
  items: Iterator<T>,
  concurrency: number,
  controller: AbortController,
  run: (item: T) => Promise<void>,
): Promise<void> {
  assert.ok(Number.isSafeInteger(concurrency) && concurrency >= 1);
  let failure: { error: unknown } | null = null;
  const worker = async (): Promise<void> => {
    while (failure === null) {
      const next = items.next();
      if (next.done) return;
      try {
        await run(next.value);
      } catch (error) {
        if (failure === null) {
          failure = { error };
          controller.abort();
        }
        return;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (failure !== null) throw (failure as { error: unknown }).error;
}
