/**
 * The inflights ring (etcd's tracker/inflights_test.go, rewritten): the bounded
 * window of append messages the leader has in flight to one follower, by count and
 * by bytes, freed as acknowledgements arrive.
 */
import test from 'ava';
import { AssertionFailure } from '../../src/raft/errors.js';
import { Inflights } from '../../src/raft/inflights.js';

/** The in-flight last indexes, oldest first, read back through a clone's freeLE walk. */
function contents(inflights: Inflights): number[] {
  const copy = inflights.clone();
  const out: number[] = [];
  for (let i = 0; copy.size() > 0; i++) {
    const before = copy.size();
    copy.freeLE(i);
    if (copy.size() < before) out.push(i);
  }
  return out;
}

test('add fills the ring up to its capacity, then it is full', (t) => {
  const inflights = new Inflights(4, 0);
  for (let i = 1; i <= 3; i++) {
    inflights.add(i, 10);
    t.false(inflights.full(), `after ${i} adds`);
  }
  inflights.add(4, 10);
  t.true(inflights.full());
  t.is(inflights.size(), 4);
  t.is(inflights.sizeBytes(), 40);
  t.throws(() => inflights.add(5, 10), { instanceOf: AssertionFailure }, 'adding to a full ring is a bug');
});

test('freeLE frees every append whose last index is at or below the acknowledged index', (t) => {
  const inflights = new Inflights(10, 0);
  for (let i = 0; i < 10; i++) inflights.add(i, 100);
  inflights.freeLE(0);
  t.is(inflights.size(), 9);
  t.is(inflights.sizeBytes(), 900);
  inflights.freeLE(4);
  t.deepEqual(contents(inflights), [5, 6, 7, 8, 9]);
  t.is(inflights.sizeBytes(), 500);
  inflights.freeLE(4);
  t.is(inflights.size(), 5, 'a stale acknowledgement frees nothing');
  inflights.freeLE(8);
  t.deepEqual(contents(inflights), [9]);
  // Wrap around: the start slot is now near the end of the ring.
  for (let i = 10; i < 15; i++) inflights.add(i, 100);
  inflights.freeLE(12);
  t.deepEqual(contents(inflights), [13, 14]);
  inflights.freeLE(14);
  t.is(inflights.size(), 0);
  t.is(inflights.sizeBytes(), 0);
});

test('the ring wraps around and keeps its order', (t) => {
  const inflights = new Inflights(5, 0);
  let next = 1;
  for (let round = 0; round < 7; round++) {
    while (!inflights.full()) inflights.add(next++, 1);
    inflights.freeLE(next - 3);
    t.deepEqual(contents(inflights), [next - 2, next - 1], `round ${round}`);
  }
});

test('the byte bound makes the ring full before its count bound', (t) => {
  const inflights = new Inflights(10, 1000);
  inflights.add(1, 400);
  inflights.add(2, 400);
  t.false(inflights.full(), '800 of 1000 bytes');
  inflights.add(3, 300);
  t.true(inflights.full(), '1100 bytes: over the bound (the last add may overshoot)');
  inflights.freeLE(1);
  t.false(inflights.full(), '700 bytes');
  inflights.add(4, 300);
  t.true(inflights.full(), 'exactly at the byte bound counts as full');
  t.is(inflights.sizeBytes(), 1000);
});

test('maxBytes 0 means no byte bound', (t) => {
  const inflights = new Inflights(3, 0);
  inflights.add(1, Number.MAX_SAFE_INTEGER / 4);
  inflights.add(2, Number.MAX_SAFE_INTEGER / 4);
  t.false(inflights.full());
});

test('indexes must increase', (t) => {
  const inflights = new Inflights(4, 0);
  inflights.add(5, 1);
  t.throws(() => inflights.add(5, 1), { instanceOf: AssertionFailure });
  t.throws(() => inflights.add(3, 1), { instanceOf: AssertionFailure });
});

test('reset empties the ring; clone is independent', (t) => {
  const inflights = new Inflights(3, 100);
  inflights.add(1, 10);
  inflights.add(2, 20);
  const copy = inflights.clone();
  inflights.reset();
  t.is(inflights.size(), 0);
  t.is(inflights.sizeBytes(), 0);
  t.is(copy.size(), 2);
  t.is(copy.sizeBytes(), 30);
  t.deepEqual(contents(copy), [1, 2]);
  inflights.add(1, 10);
  t.deepEqual(contents(inflights), [1], 'indexes may start over after a reset');
});

test('a capacity below one is refused', (t) => {
  t.throws(() => new Inflights(0, 0), { instanceOf: AssertionFailure });
});
