/**
 * The IO limiter (`--io-capacity`): a token bucket with a bounded FIFO queue and one
 * wake-up timer. Every test but the last runs on a manual clock and a manual timer,
 * so it is exact and sleeps not at all; the last checks the real clock and timers
 * with a lower bound only (a rate limit makes a floor, never a ceiling).
 */
import test from 'ava';
import { IoLimiter, type IoLimiterOptions, ioUtilization } from '../../src/server/io-limiter.js';
import { IO_BURST_SECONDS } from '../../src/server/limits.js';

/** A clock and a single-shot timer that move only when the test says so. */
class ManualTime {
  nowMs = 0;
  private pending: { atMs: number; wake: () => void } | null = null;
  /** How many timers were armed (the limiter keeps at most one). */
  armed = 0;

  readonly now = (): number => this.nowMs;

  readonly schedule = (wake: () => void, delayMs: number): (() => void) => {
    if (this.pending !== null) throw new Error('a second timer while one is armed');
    const entry = { atMs: this.nowMs + delayMs, wake };
    this.pending = entry;
    this.armed++;
    return () => {
      if (this.pending === entry) this.pending = null;
    };
  };

  /** Moves the clock to the next wake-up and fires it; false when none is armed. */
  fireNext(): boolean {
    const entry = this.pending;
    if (entry === null) return false;
    this.pending = null;
    this.nowMs = Math.max(this.nowMs, entry.atMs);
    entry.wake();
    return true;
  }

  get hasTimer(): boolean {
    return this.pending !== null;
  }
}

function limiter(opsPerSecond: number, extra: Partial<IoLimiterOptions> = {}): { io: IoLimiter; time: ManualTime } {
  const time = new ManualTime();
  return { io: new IoLimiter({ opsPerSecond, now: time.now, schedule: time.schedule, ...extra }), time };
}

/** Lets resolved acquires run their continuations. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

test('the burst is a tenth of a second of the rate, and at least one call', (t) => {
  t.is(IO_BURST_SECONDS, 0.1);
  t.is(limiter(1000).io.burstOps, 100);
  t.is(limiter(5).io.burstOps, 1);
});

test('a call says whether it queued: false when granted at once, true when it waited its turn', async (t) => {
  const { io, time } = limiter(10); // a burst of 1
  t.false(await io.acquire());
  const second = io.acquire();
  t.is(io.waiting, 1);
  t.true(time.fireNext());
  t.true(await second);
  t.false(await limiter(0).io.acquire(), 'unlimited: nothing ever queues');
});

test('N calls past the burst take (N - burst) / rate on the clock, one timer at a time', async (t) => {
  const rate = 200;
  const calls = 400;
  const { io, time } = limiter(rate);
  const granted: number[] = [];
  const all = Array.from({ length: calls }, () => io.acquire().then(() => granted.push(time.nowMs)));
  await settle();
  t.is(granted.length, io.burstOps, 'the full bucket is granted at once');
  while (time.fireNext()) await settle();
  await Promise.all(all);
  t.is(granted.length, calls);
  t.is(io.usedOps(), calls);
  t.is(io.waiting, 0);
  t.false(time.hasTimer, 'no timer is left armed once nobody waits');
  const expectedMs = ((calls - io.burstOps) / rate) * 1000;
  t.true(time.nowMs >= expectedMs, `the last call was granted at ${time.nowMs} ms, not before ${expectedMs} ms`);
  // Timers have 1 ms granularity; rounding up may add up to a millisecond a wake-up.
  t.true(time.nowMs <= expectedMs + (calls - io.burstOps), `${time.nowMs} ms is near ${expectedMs} ms on the manual clock`);
});

test('over any window, grants never exceed the burst plus the rate times the window', async (t) => {
  const rate = 1000;
  const { io, time } = limiter(rate);
  const granted: number[] = [];
  const all = Array.from({ length: 1500 }, () => io.acquire().then(() => granted.push(time.nowMs)));
  await settle();
  while (time.fireNext()) await settle();
  await Promise.all(all);
  for (let i = 0; i < granted.length; i++) {
    for (let j = i; j < granted.length; j += 97) {
      const windowMs = granted[j]! - granted[i]!;
      t.true(j - i + 1 <= io.burstOps + (rate * windowMs) / 1000 + 1e-9, `${j - i + 1} grants in ${windowMs} ms`);
    }
  }
});

test('waiting calls are granted in the order they asked, and a newcomer waits behind them', async (t) => {
  const { io, time } = limiter(10);
  await io.acquire();
  t.is(io.burstOps, 1);
  const order: string[] = [];
  const a = io.acquire().then(() => order.push('a'));
  const b = io.acquire().then(() => order.push('b'));
  time.fireNext();
  await settle();
  t.deepEqual(order, ['a']);
  // Time passes without a wake-up: a token is there, but b asked first.
  time.nowMs += 1000;
  const c = io.acquire().then(() => order.push('c'));
  await settle();
  t.deepEqual(order, ['a'], 'c does not jump the queue');
  while (time.fireNext()) await settle();
  await Promise.all([a, b, c]);
  t.deepEqual(order, ['a', 'b', 'c']);
});

test('a full queue refuses at once with BLOCK_STORE_BUSY; the waiters still get their turn', async (t) => {
  const { io, time } = limiter(10, { waitersMax: 3 });
  await io.acquire();
  const waiting = [io.acquire(), io.acquire(), io.acquire()];
  t.is(io.waiting, 3);
  await t.throwsAsync(io.acquire(), { code: 'BLOCK_STORE_BUSY', message: /3 page operations already wait.*--io-capacity 10/ });
  t.is(io.waiting, 3, 'the refused call did not join the queue');
  while (time.fireNext()) await settle();
  await Promise.all(waiting);
  t.is(io.usedOps(), 4);
});

test('close rejects every waiter with BLOCK_STORE_CLOSED, cancels the timer and refuses later calls', async (t) => {
  const { io, time } = limiter(10);
  await io.acquire();
  const waiting = [io.acquire(), io.acquire()];
  t.true(time.hasTimer);
  io.close();
  t.false(time.hasTimer);
  for (const w of waiting) await t.throwsAsync(w, { code: 'BLOCK_STORE_CLOSED' });
  await t.throwsAsync(io.acquire(), { code: 'BLOCK_STORE_CLOSED' });
  t.is(io.waiting, 0);
  t.is(io.usedOps(), 1);
});

test('0 ops per second is unlimited: every call is granted at once, no timer, utilization 0', async (t) => {
  const { io, time } = limiter(0, { waitersMax: 0 });
  t.false(io.limited);
  await Promise.all(Array.from({ length: 10_000 }, () => io.acquire()));
  t.is(time.armed, 0);
  t.is(io.waiting, 0);
  t.is(io.usedOps(), 10_000);
  t.is(ioUtilization(io.usedOps(), io.opsPerSecond, 1000), 0);
});

test('IO utilization is calls granted over capacity times the interval, at most 1', (t) => {
  t.is(ioUtilization(100, 200, 1000), 0.5);
  t.is(ioUtilization(50, 200, 250), 1);
  t.is(ioUtilization(120, 200, 500), 1, 'a burst on top of the rate is clamped');
  t.is(ioUtilization(0, 200, 1000), 0);
  t.is(ioUtilization(10, 200, 0), 0, 'no time passed');
  t.is(ioUtilization(10, 0, 1000), 0, 'unlimited');
});

test('on the real clock and timers, calls past the burst take at least (N - burst) / rate', async (t) => {
  const rate = 500;
  const calls = 300;
  const io = new IoLimiter({ opsPerSecond: rate });
  // The limiter's timer is unref'd (it never keeps a member alive on its own); this test has nothing else pending.
  const keepAlive = setInterval(() => undefined, 1000);
  t.teardown(() => {
    clearInterval(keepAlive);
    io.close();
  });
  const started = performance.now();
  for (let i = 0; i < calls; i++) await io.acquire();
  const elapsedMs = performance.now() - started;
  const floorMs = ((calls - io.burstOps) / rate) * 1000;
  t.true(elapsedMs >= floorMs - 1, `${calls} calls took ${elapsedMs.toFixed(1)} ms, at least ${floorMs} ms`);
});
