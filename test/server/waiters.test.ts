/**
 * The waiter table: bounded in count and in time, with one timer for the whole
 * table (waiters share a timeout, so the oldest always expires first).
 */
import test from 'ava';
import { WaiterTable } from '../../src/server/waiters.js';

/** Short enough for a quick test, long enough to tell "before" from "after" on a busy machine. */
const TIMEOUT_MS = 200;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

test('each waiter times out on its own deadline, the oldest first, and a settled one never does', async (t) => {
  const table = new WaiterTable<string, number>('proposal', 10, TIMEOUT_MS);
  // The table's timer is unref'd (it never keeps a member alive on its own); this test has nothing else pending.
  const keepAlive = setTimeout(() => undefined, TIMEOUT_MS * 10);
  t.teardown(() => clearTimeout(keepAlive));
  const started = performance.now();
  const outcome = (p: Promise<number>): Promise<{ code?: string; afterMs: number; value?: number }> =>
    p.then(
      (value) => ({ value, afterMs: performance.now() - started }),
      (err: { code?: string }) => ({ code: err.code, afterMs: performance.now() - started }),
    );
  const first = outcome(table.wait('a'));
  await sleep(TIMEOUT_MS / 2);
  const second = outcome(table.wait('b'));
  const settled = outcome(table.wait('c'));
  t.true(table.resolve('c', 7));
  const [a, b, c] = await Promise.all([first, second, settled]);
  t.is(a.code, 'deadline_exceeded');
  t.true(a.afterMs >= TIMEOUT_MS, `the first timed out after ${a.afterMs} ms`);
  t.is(b.code, 'deadline_exceeded');
  t.true(b.afterMs >= TIMEOUT_MS * 1.5, `the second timed out after ${b.afterMs} ms, on its own deadline`);
  t.deepEqual(c.value, 7);
  t.is(table.size(), 0);
});

test('a full table refuses at once; resolving reports the wait to onResolved', async (t) => {
  const waits: number[] = [];
  const table = new WaiterTable<number, string>('read', 2, TIMEOUT_MS, { onResolved: (seconds) => waits.push(seconds) });
  const one = table.wait(1);
  await t.throwsAsync(table.wait(1), { code: 'internal' }, 'a duplicate key is a programming error');
  const two = table.wait(2);
  await t.throwsAsync(table.wait(3), { code: 'resource_exhausted' });
  t.true(table.reject(2, new Error('gave up')));
  await t.throwsAsync(two, { message: 'gave up' });
  t.true(table.resolve(1, 'done'));
  t.is(await one, 'done');
  t.false(table.resolve(1, 'again'), 'a waiter settles once');
  t.is(waits.length, 1);
  t.true(waits[0]! >= 0 && waits[0]! < TIMEOUT_MS / 1000);
});
