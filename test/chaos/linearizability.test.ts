import test from 'ava';
import fc from 'fast-check';
import {
  LINEARIZABILITY_STEPS_MAX,
  WITNESS_OPERATIONS_MAX,
  checkLinearizable,
  checkNoLostWrites,
  type FinalRead,
  type Operation,
} from './linearizability.js';

const NUM_RUNS = 300;
const INITIAL = '0';
const OPTIONS = { initialValue: INITIAL };
const KEY = 'blk-1';

function write(value: string, invokedAt: number, completedAt: number, key = KEY): Operation {
  return { key, kind: 'write', value, invokedAt, completedAt, outcome: 'ok' };
}

function read(value: string, invokedAt: number, completedAt: number, key = KEY): Operation {
  return { key, kind: 'read', value, invokedAt, completedAt, outcome: 'ok' };
}

/** A write that timed out at `gaveUpAt`: it may apply at any time after `invokedAt`, or never. */
function lostWrite(value: string, invokedAt: number, gaveUpAt: number, key = KEY): Operation {
  return { key, kind: 'write', value, invokedAt, completedAt: gaveUpAt, outcome: 'indeterminate' };
}

function check(history: Operation[]) {
  return checkLinearizable(history, OPTIONS);
}

// ---------------------------------------------------------------------------
// Hand-written histories

test('a sequential history is linearizable', (t) => {
  const result = check([read('0', 0, 1), write('a', 2, 3), read('a', 4, 5), write('b', 6, 7), read('b', 8, 9)]);
  t.true(result.ok);
  t.deepEqual(result.violations, []);
  t.is(result.keysChecked, 1);
  t.is(result.operationsChecked, 5);
});

test('concurrent overlapping writes: reads may see either, in either order of the writes', (t) => {
  const writes = [write('a', 0, 10), write('b', 2, 8)];
  t.true(check([...writes, read('a', 11, 12), read('a', 13, 14)]).ok);
  t.true(check([...writes, read('b', 11, 12)]).ok);
  // Reads during the writes may even flip from one to the other once.
  t.true(check([...writes, read('0', 1, 3), read('b', 4, 5), read('a', 6, 7), read('a', 11, 12)]).ok);
  // But not back: b then a then b means a write applied twice.
  t.false(check([...writes, read('b', 4, 5), read('a', 6, 7), read('b', 11, 12)]).ok);
});

test('a stale read after a completed write fails, and the witness names both', (t) => {
  const stale = read('a', 6, 7);
  const newer = write('b', 4, 5);
  const result = check([write('a', 0, 1), read('a', 2, 3), newer, stale]);
  t.false(result.ok);
  t.is(result.violations.length, 1);
  const violation = result.violations[0]!;
  t.is(violation.key, KEY);
  t.true(violation.operations.includes(stale));
  t.true(violation.operations.includes(newer));
  t.regex(violation.message, /read "a" \[6, 7\] fits no linearization/);
});

test('reading the initial value after a completed write fails', (t) => {
  t.false(check([write('a', 0, 1), read('0', 2, 3)]).ok);
  t.true(check([write('a', 0, 3), read('0', 1, 2)]).ok);
});

test('a read of a value never written fails', (t) => {
  const ghost = read('ghost', 2, 3);
  const result = check([write('a', 0, 1), ghost]);
  t.false(result.ok);
  t.deepEqual(result.violations[0]?.operations, [ghost]);
  t.regex(result.violations[0]!.message, /no write of blk-1 wrote/);
});

test('a read of a value before its write was invoked fails', (t) => {
  const early = read('a', 0, 1);
  const late = write('a', 2, 3);
  const result = check([early, late]);
  t.false(result.ok);
  t.deepEqual(result.violations[0]?.operations, [early, late]);
  t.regex(result.violations[0]!.message, /before any write of that value began/);
});

test('ties: a completion at the instant of an invocation comes first', (t) => {
  // The write completed at 5 and the read began at 5: ordered, so the read must see it.
  t.false(check([write('a', 0, 5), read('0', 5, 6)]).ok);
  // A read completing at 5 is over before a write invoked at 5, so it cannot see it.
  t.false(check([read('a', 0, 5), write('a', 5, 6)]).ok);
  // One instant apart from touching, they overlap and both orders are allowed.
  t.true(check([write('a', 0, 5), read('0', 4, 6)]).ok);
  t.true(check([read('a', 0, 6), write('a', 5, 7)]).ok);
});

test('an indeterminate write observed later is fine, and so is one never observed', (t) => {
  t.true(check([write('a', 0, 1), lostWrite('b', 2, 3), read('a', 4, 5), read('b', 100, 101)]).ok);
  t.true(check([write('a', 0, 1), lostWrite('b', 2, 3), read('a', 4, 5), read('a', 100, 101)]).ok);
  // It may take effect long after the client gave up, even after later writes completed.
  t.true(check([lostWrite('b', 0, 1), write('c', 2, 3), read('c', 4, 5), read('b', 6, 7)]).ok);
});

test('an indeterminate write cannot take effect before it was invoked', (t) => {
  t.false(check([read('b', 0, 1), lostWrite('b', 2, 3)]).ok);
});

test('an indeterminate write observed, then an older value observed afterwards, fails', (t) => {
  const history = [write('a', 0, 1), lostWrite('b', 2, 3), read('b', 4, 5), read('a', 6, 7)];
  const result = check(history);
  t.false(result.ok);
  t.deepEqual(result.violations[0]?.operations, history);
  // Concurrent with the observation instead, the older value is fine.
  t.true(check([write('a', 0, 1), lostWrite('b', 2, 3), read('b', 4, 7), read('a', 5, 6)]).ok);
});

test('indeterminate reads carry no information and are dropped', (t) => {
  const garbled: Operation = { ...read('garbage', 2, 3), outcome: 'indeterminate' };
  const result = check([write('a', 0, 1), garbled, read('a', 4, 5)]);
  t.true(result.ok);
  t.is(result.operationsChecked, 2);
});

test('two keys are checked independently', (t) => {
  const result = check([
    write('a', 0, 10, 'k1'),
    write('b', 0, 10, 'k2'),
    read('a', 11, 12, 'k1'),
    read('b', 11, 12, 'k2'),
    // Across keys there is no constraint: reading k2's value on k1 is simply wrong.
    read('b', 13, 14, 'k1'),
  ]);
  t.is(result.keysChecked, 2);
  t.deepEqual(
    result.violations.map((v) => v.key),
    ['k1'],
  );
  const separate = check([write('a', 0, 1, 'k1'), read('0', 2, 3, 'k2'), read('a', 2, 3, 'k1')]);
  t.true(separate.ok);
});

test('a search over the budget is reported as timed out, not as ok and not as a violation', (t) => {
  const history = [write('a', 0, 10), write('b', 1, 11), read('a', 2, 12), read('b', 3, 13), read('b', 14, 15)];
  t.true(checkLinearizable(history, OPTIONS).ok);
  const result = checkLinearizable(history, { ...OPTIONS, budget: 2 });
  t.false(result.ok);
  t.deepEqual(result.timedOut, [KEY]);
  t.deepEqual(result.violations, []);
  t.is(result.stepsMax, 2);
});

test('impossible times are rejected as a harness bug', (t) => {
  t.throws(() => check([write('a', 5, 4)]), { instanceOf: RangeError });
  t.throws(() => check([read('a', Number.NaN, 4)]), { instanceOf: RangeError });
  // An indeterminate operation's completion is not used, so it is not checked.
  t.notThrows(() => check([lostWrite('a', 5, 4)]));
});

test('an empty history is linearizable', (t) => {
  t.like(check([]), { ok: true, keysChecked: 0, operationsChecked: 0 });
});

// ---------------------------------------------------------------------------
// Generated histories

/** A register operation before the simulator fills in what reads returned. */
interface Planned {
  key: number;
  kind: 'read' | 'write';
  invokedAt: number;
  duration: number;
  /** Where in the interval the operation takes effect, in thousandths (strictly inside). */
  point: number;
  /** Writes only: whether it times out, and if so whether it takes effect. */
  fate: 'ok' | 'lost-applied' | 'lost-dropped';
  /** For an applied lost write: how long after invocation it takes effect (may be long after the timeout). */
  lateBy: number;
}

const plannedArb: fc.Arbitrary<Planned> = fc.record({
  key: fc.integer({ min: 0, max: 2 }),
  kind: fc.constantFrom<'read' | 'write'>('read', 'write'),
  invokedAt: fc.integer({ min: 0, max: 60 }),
  duration: fc.integer({ min: 1, max: 15 }),
  point: fc.integer({ min: 1, max: 999 }),
  fate: fc.constantFrom<Planned['fate']>('ok', 'ok', 'ok', 'ok', 'lost-applied', 'lost-dropped'),
  lateBy: fc.integer({ min: 0, max: 80 }),
});

/**
 * Runs a real register: every operation takes effect at one point strictly inside
 * its interval (an applied lost write anywhere after its invocation), in point
 * order, and reads return what the register held. Strictly inside keeps the points
 * in real-time order even when intervals touch.
 */
function simulate(plan: Planned[]): Operation[] {
  const effective = plan.map((p, i) => {
    const at = p.kind === 'write' && p.fate === 'lost-applied' ? p.invokedAt + p.lateBy + p.point / 1000 : p.invokedAt + (p.duration * p.point) / 1000;
    return { p, i, at };
  });
  const registers = new Map<number, string>();
  const values = new Array<string>(plan.length);
  for (const { p, i } of [...effective].sort((a, b) => a.at - b.at || a.i - b.i)) {
    if (p.kind === 'write') {
      values[i] = `w${i}`;
      if (p.fate !== 'lost-dropped') registers.set(p.key, `w${i}`);
    } else {
      values[i] = registers.get(p.key) ?? INITIAL;
    }
  }
  return plan.map((p, i) => ({
    key: `k${p.key}`,
    kind: p.kind,
    value: values[i]!,
    invokedAt: p.invokedAt,
    completedAt: p.invokedAt + p.duration,
    outcome: p.kind === 'write' && p.fate !== 'ok' ? 'indeterminate' : 'ok',
  }));
}

const linearizableHistoryArb = fc.array(plannedArb, { minLength: 1, maxLength: 40 }).map(simulate);

test('property: histories of a real register always pass', (t) => {
  fc.assert(
    fc.property(linearizableHistoryArb, (history) => {
      const result = check(history);
      if (!result.ok) throw new Error(JSON.stringify(result.violations, null, 1));
      return result.timedOut.length === 0;
    }),
    { numRuns: NUM_RUNS },
  );
  t.pass();
});

test('property: changing one read to a value never written always fails', (t) => {
  const arb = linearizableHistoryArb
    .filter((history) => history.some((op) => op.kind === 'read'))
    .chain((history) => {
      const reads = history.flatMap((op, i) => (op.kind === 'read' ? [i] : []));
      return fc.tuple(fc.constant(history), fc.constantFrom(...reads));
    });
  fc.assert(
    fc.property(arb, ([history, victim]) => {
      const mutated = history.map((op, i) => (i === victim ? { ...op, value: 'never-written' } : op));
      const result = check(mutated);
      return !result.ok && result.violations.length === 1 && result.violations[0]!.operations.includes(mutated[victim]!);
    }),
    { numRuns: NUM_RUNS },
  );
  t.pass();
});

/**
 * Whether `first` must be linearized before `second`: it completed no later than
 * `second` began, unless both are instantaneous at the same instant.
 */
function precedes(first: Operation, second: Operation): boolean {
  if (first.outcome === 'indeterminate') return false;
  if (first.completedAt !== second.invokedAt) return first.completedAt < second.invokedAt;
  const secondInstantaneous = second.outcome === 'ok' && second.completedAt === second.invokedAt;
  return first.invokedAt < first.completedAt || !secondInstantaneous;
}

/**
 * A reference checker by brute force: tries every order of the operations that
 * respects real time. Indeterminate writes may be left out; indeterminate reads
 * are ignored. Exponential, for a handful of operations only.
 */
function bruteForceLinearizable(history: Operation[]): boolean {
  const ops = history.filter((op) => !(op.kind === 'read' && op.outcome === 'indeterminate'));
  const done = ops.map(() => false);
  const search = (state: string): boolean => {
    if (ops.every((op, i) => done[i] || (op.kind === 'write' && op.outcome === 'indeterminate'))) return true;
    return ops.some((op, i) => {
      if (done[i] || ops.some((other, j) => !done[j] && j !== i && precedes(other, op))) return false;
      if (op.kind === 'read' && op.value !== state) return false;
      done[i] = true;
      const found = search(op.kind === 'write' ? op.value : state);
      done[i] = false;
      return found;
    });
  };
  return search(INITIAL);
}

/** Small arbitrary (mostly not linearizable) histories on one key, with few values so that reads often match. */
const smallHistoryArb = fc.array(
  fc.record({
    key: fc.constant(KEY),
    kind: fc.constantFrom<'read' | 'write'>('read', 'write'),
    value: fc.constantFrom('0', 'a', 'b', 'c'),
    invokedAt: fc.integer({ min: 0, max: 8 }),
    duration: fc.integer({ min: 0, max: 5 }),
    outcome: fc.constantFrom<'ok' | 'indeterminate'>('ok', 'ok', 'ok', 'indeterminate'),
  }),
  { maxLength: 7 },
);

test('property: the checker agrees with a brute-force search on small histories', (t) => {
  let failing = 0;
  fc.assert(
    fc.property(smallHistoryArb, (planned) => {
      const history: Operation[] = planned.map(({ duration, ...op }) => ({ ...op, completedAt: op.invokedAt + duration }));
      const expected = bruteForceLinearizable(history);
      if (!expected) failing += 1;
      return check(history).ok === expected;
    }),
    { numRuns: 2_000, seed: 20_240_611 },
  );
  // The comparison means something only if both answers occur often.
  t.true(failing > 200, `only ${failing} non-linearizable histories`);
  t.true(failing < 1_800, `only ${2_000 - failing} linearizable histories`);
});

test('the witness stays small', (t) => {
  const history: Operation[] = [];
  for (let i = 0; i < 20; i++) history.push(write(`w${i}`, i * 10, i * 10 + 15), read(`w${i}`, i * 10 + 16, i * 10 + 30));
  history.push(read('w0', 500, 501));
  const result = check(history);
  t.false(result.ok);
  t.true(result.violations[0]!.operations.length <= WITNESS_OPERATIONS_MAX);
});

// ---------------------------------------------------------------------------
// Performance

/** A small seeded generator (mulberry32): the performance history is the same on every run. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), a | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface WorkloadShape {
  operations: number;
  keys: number;
  clients: number;
  /** Share of writes that time out; half of those still take effect, late. */
  lostWriteRatio: number;
}

/**
 * `clients` closed-loop clients each issuing one operation at a time on a random
 * key, against a real register per key: the shape of the chaos harness's workload.
 */
function clientWorkload(shape: WorkloadShape, seed: number): Operation[] {
  const random = seededRandom(seed);
  const clocks = new Array<number>(shape.clients).fill(0);
  const plan: Planned[] = [];
  for (let i = 0; i < shape.operations; i++) {
    const client = i % shape.clients;
    const invokedAt = clocks[client]! + Math.floor(random() * 3);
    const duration = 1 + Math.floor(random() * 20);
    clocks[client] = invokedAt + duration;
    const kind = random() < 0.5 ? 'write' : 'read';
    const lost = kind === 'write' && random() < shape.lostWriteRatio;
    plan.push({
      key: Math.floor(random() * shape.keys),
      kind,
      invokedAt,
      duration,
      point: 1 + Math.floor(random() * 998),
      fate: lost ? (random() < 0.5 ? 'lost-applied' : 'lost-dropped') : 'ok',
      lateBy: Math.floor(random() * 200),
    });
  }
  return simulate(plan);
}

test('performance: 2,000 operations on 50 keys from 8 clients check well within the step budget', (t) => {
  const history = clientWorkload({ operations: 2_000, keys: 50, clients: 8, lostWriteRatio: 0.05 }, 7);
  const started = performance.now();
  const result = check(history);
  const elapsedMs = performance.now() - started;
  t.true(result.ok);
  t.deepEqual(result.timedOut, []);
  t.is(result.keysChecked, 50);
  t.is(result.operationsChecked, 2_000);
  t.true(result.stepsMax < LINEARIZABILITY_STEPS_MAX / 100, `stepsMax ${result.stepsMax}`);
  t.log(`${result.operationsChecked} ops, ${result.keysChecked} keys: ${result.steps} steps, at most ${result.stepsMax} on one key, ${elapsedMs.toFixed(0)} ms`);
});

test('performance: 500 operations on one hot key from 8 clients check within the step budget', (t) => {
  const history = clientWorkload({ operations: 500, keys: 1, clients: 8, lostWriteRatio: 0.05 }, 11);
  const started = performance.now();
  const result = check(history);
  const elapsedMs = performance.now() - started;
  t.true(result.ok);
  t.deepEqual(result.timedOut, []);
  t.true(result.stepsMax < LINEARIZABILITY_STEPS_MAX, `stepsMax ${result.stepsMax}`);
  t.log(`${result.operationsChecked} ops on one key: ${result.steps} steps, ${elapsedMs.toFixed(0)} ms`);
});

test('performance: a violation late in a long hot-key history is still found within the budget', (t) => {
  const history = clientWorkload({ operations: 500, keys: 1, clients: 8, lostWriteRatio: 0 }, 13);
  const lastWrite = history.filter((op) => op.kind === 'write').reduce((a, b) => (b.completedAt > a.completedAt ? b : a));
  const end = Math.max(...history.map((op) => op.completedAt));
  // Read the initial value after everything: stale by hundreds of writes.
  history.push(read(INITIAL, end + 1, end + 2, lastWrite.key));
  const result = check(history);
  t.false(result.ok);
  t.deepEqual(result.timedOut, []);
  t.is(result.violations.length, 1);
  t.log(`stale read after 500 ops on one key: ${result.steps} steps`);
});

// ---------------------------------------------------------------------------
// No lost writes

function finalRead(value: string, invokedAt: number, completedAt = invokedAt + 1, key = KEY): FinalRead {
  return { key, value, invokedAt, completedAt };
}

function lost(history: Operation[], reads: FinalRead[]) {
  return checkNoLostWrites(history, reads, OPTIONS);
}

test('no lost writes: the last acknowledged value passes', (t) => {
  const result = lost([write('a', 0, 1), write('b', 2, 3)], [finalRead('b', 10)]);
  t.deepEqual(result, { ok: true, readsChecked: 1, violations: [], unread: [] });
});

test('no lost writes: after concurrent writes either value passes', (t) => {
  const writes = [write('a', 0, 5), write('b', 1, 6)];
  t.true(lost(writes, [finalRead('a', 10)]).ok);
  t.true(lost(writes, [finalRead('b', 10)]).ok);
});

test('no lost writes: an older value fails and names the write it should not precede', (t) => {
  const newer = write('b', 2, 3);
  const result = lost([write('a', 0, 1), newer], [finalRead('a', 10)]);
  t.false(result.ok);
  t.is(result.violations.length, 1);
  t.like(result.violations[0], { key: KEY, value: 'a', supersededBy: newer });
  t.regex(result.violations[0]!.message, /older than acknowledged write "b"/);
});

test('no lost writes: the initial value after an acknowledged write is a lost write', (t) => {
  const only = write('a', 0, 1);
  t.like(lost([only], [finalRead(INITIAL, 10)]).violations[0], { value: INITIAL, supersededBy: only });
  t.true(lost([], [finalRead(INITIAL, 10)]).ok);
  // Still in flight when the read began: the read may precede it.
  t.true(lost([write('a', 0, 20)], [finalRead(INITIAL, 10, 11)]).ok);
});

test('no lost writes: indeterminate writes may or may not have applied', (t) => {
  const history = [write('a', 0, 1), lostWrite('b', 2, 3)];
  t.true(lost(history, [finalRead('a', 10)]).ok);
  t.true(lost(history, [finalRead('b', 10)]).ok);
  // Even an indeterminate write invoked before a later acknowledged one may have applied last.
  t.true(lost([lostWrite('b', 0, 1), write('c', 2, 3)], [finalRead('b', 10)]).ok);
});

test('no lost writes: a value never written, or written only after the read, fails', (t) => {
  const ghost = lost([write('a', 0, 1)], [finalRead('ghost', 10)]);
  t.like(ghost.violations[0], { key: KEY, value: 'ghost', supersededBy: null });
  const future = lost([write('a', 0, 1), write('b', 20, 21)], [finalRead('b', 10, 11)]);
  t.like(future.violations[0], { value: 'b', supersededBy: null });
});

test('no lost writes: the same value written twice passes if its latest write is not superseded', (t) => {
  const history = [write('a', 0, 1), write('b', 2, 3), write('a', 4, 5)];
  t.true(lost(history, [finalRead('a', 10)]).ok);
  t.false(lost(history, [finalRead('b', 10)]).ok);
});

test('no lost writes: ties follow checkLinearizable (a completion at an instant precedes an invocation then)', (t) => {
  // b started as a completed (ordered after it) and completed as the read began (before it).
  t.false(lost([write('a', 0, 2), write('b', 2, 5)], [finalRead('a', 5)]).ok);
  t.true(lost([write('a', 0, 3), write('b', 2, 5)], [finalRead('a', 5)]).ok);
  t.true(lost([write('a', 0, 2), write('b', 2, 6)], [finalRead('a', 5, 7)]).ok);
});

test('no lost writes: impossible final read times are rejected as a harness bug', (t) => {
  t.throws(() => lost([], [finalRead('0', 5, 4)]), { instanceOf: RangeError });
});

test('no lost writes: keys with acknowledged writes but no final read are reported', (t) => {
  const result = lost([write('a', 0, 1, 'k1'), write('b', 0, 1, 'k2'), lostWrite('c', 0, 1, 'k3')], [finalRead('a', 5, 6, 'k1')]);
  t.false(result.ok);
  t.deepEqual(result.unread, ['k2']);
  t.deepEqual(result.violations, []);
});

test('property: every final value a linearizable read could return passes the lost-write check', (t) => {
  fc.assert(
    fc.property(linearizableHistoryArb, (history) => {
      const end = Math.max(...history.map((op) => op.completedAt)) + 1;
      for (const key of new Set(history.map((op) => op.key))) {
        const values = [INITIAL, ...history.filter((op) => op.key === key && op.kind === 'write').map((op) => op.value)];
        for (const value of values) {
          if (!check([...history, read(value, end, end + 1, key)]).ok) continue;
          if (lost(history, [finalRead(value, end, end + 1, key)]).violations.length > 0) return false;
        }
      }
      return true;
    }),
    { numRuns: 100 },
  );
  t.pass();
});
