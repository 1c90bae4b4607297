/**
 * Property tests of the Raft core's pure parts against naive models (fast-check):
 * quorum math, MemoryStorage, RaftLog.findConflictByTerm and the inflights ring.
 * Each model is written the obvious way, not the fast way, so the two disagree
 * only when the implementation is wrong.
 */
import assert from 'node:assert/strict';
import test from 'ava';
import fc from 'fast-check';
import { AssertionFailure, CompactedError, SnapshotOutOfDateError, UnavailableError } from '../../src/raft/errors.js';
import { Inflights } from '../../src/raft/inflights.js';
import { RaftLog } from '../../src/raft/log.js';
import { VoteResult, committedIndex, voteResult } from '../../src/raft/quorum.js';
import { MemoryStorage } from '../../src/raft/storage.js';
import { type ConfState, type Entry, entrySizeBytes } from '../../src/raft/types.js';

const RUNS = { numRuns: 300 };
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

/** Runs `fn` and returns the class of what it threw, or null. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
    return null;
  } catch (err) {
    return (err as object).constructor;
  }
}

// ---- Quorum ----

const votersArb = fc.integer({ min: 1, max: 7 }).map((n) => Array.from({ length: n }, (_, i) => `n${i}`));

test('committedIndex is the largest index a strict majority of voters acked (brute force)', (t) => {
  const arb = votersArb.chain((voters) =>
    fc.tuple(fc.constant(voters), fc.array(fc.option(fc.nat(20)), { minLength: voters.length, maxLength: voters.length })),
  );
  fc.assert(
    fc.property(arb, ([voters, acks]) => {
      const acked = new Map<string, number>();
      voters.forEach((id, i) => acks[i] !== null && acked.set(id, acks[i]!));
      acked.set('not-a-voter', 1000);
      let best = 0;
      for (let i = 0; i <= 20; i++) {
        const count = voters.filter((id) => (acked.get(id) ?? 0) >= i).length;
        if (2 * count > voters.length) best = i;
      }
      assert.equal(committedIndex(voters, (id) => acked.get(id)), best);
    }),
    RUNS,
  );
  t.is(committedIndex([], () => 0), Number.MAX_SAFE_INTEGER, 'no voters: nothing to wait for');
});

test('voteResult agrees with counting over every way the missing votes could go', (t) => {
  const answer = fc.constantFrom<boolean | null>(true, false, null);
  const arb = votersArb.chain((voters) =>
    fc.tuple(fc.constant(voters), fc.array(answer, { minLength: voters.length, maxLength: voters.length }), fc.boolean()),
  );
  fc.assert(
    fc.property(arb, ([voters, answers, strangerVote]) => {
      const votes = new Map<string, boolean>([['stranger', strangerVote]]);
      voters.forEach((id, i) => answers[i] !== null && votes.set(id, answers[i]!));
      const granted = answers.filter((a) => a === true).length;
      const missing = answers.filter((a) => a === null).length;
      const wins = new Set<boolean>();
      for (let more = 0; more <= missing; more++) wins.add(2 * (granted + more) > voters.length);
      const want = !wins.has(false) ? VoteResult.Won : !wins.has(true) ? VoteResult.Lost : VoteResult.Pending;
      assert.equal(voteResult(voters, votes), want);
    }),
    RUNS,
  );
  t.is(voteResult([], new Map()), VoteResult.Won, 'no voters: won');
});

// ---- MemoryStorage against an array model ----

/** The obvious model: the dummy (index, term), the entries after it, and the snapshot. */
interface StorageModel {
  dummyIndex: number;
  dummyTerm: number;
  entries: Entry[];
  snapshot: { index: number; term: number; confState: ConfState };
}

type StorageOp =
  | { kind: 'append'; pick: number; gap: boolean; terms: number[]; sizes: number[] }
  | { kind: 'compact'; pick: number }
  | { kind: 'createSnapshot'; pick: number; voters: number }
  | { kind: 'applySnapshot'; pick: number; term: number };

const storageOpArb: fc.Arbitrary<StorageOp> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('append' as const),
      pick: fc.nat(),
      // One append in ten leaves a gap, which must be refused.
      gap: fc.nat(9).map((n) => n === 0),
      terms: fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 6 }),
      sizes: fc.array(fc.nat(40), { minLength: 6, maxLength: 6 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('compact' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('createSnapshot' as const), pick: fc.nat(), voters: fc.integer({ min: 1, max: 5 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('applySnapshot' as const), pick: fc.nat(), term: fc.integer({ min: 1, max: 9 }) }),
  },
);

const lastOf = (m: StorageModel) => m.dummyIndex + m.entries.length;
const termOf = (m: StorageModel, i: number) => (i === m.dummyIndex ? m.dummyTerm : m.entries[i - m.dummyIndex - 1]!.term);
/**
 * An index in [lo, hi] chosen by `pick`; `lo` when the range is empty (e.g. the log
 * was truncated below the snapshot, which MemoryStorage allows).
 */
const within = (pick: number, lo: number, hi: number) => (hi < lo ? lo : lo + (pick % (hi - lo + 1)));

/** Applies `op` to both; returns the error class the model expects (null = success). */
function applyStorageOp(s: MemoryStorage, m: StorageModel, op: StorageOp): unknown {
  const last = lastOf(m);
  switch (op.kind) {
    case 'append': {
      const start = op.gap ? last + 2 : within(op.pick, Math.max(1, m.dummyIndex - 2), last + 1);
      const ents = op.terms.map((term, i) => ({ index: start + i, term, type: 0, data: new Uint8Array(op.sizes[i]!) }));
      const expect = ents.length > 0 && start > last + 1 ? AssertionFailure : null;
      assert.equal(thrown(() => s.append(ents)), expect, `append at ${start}`);
      const fresh = ents.filter((e) => e.index > m.dummyIndex);
      if (expect === null && fresh.length > 0) m.entries = m.entries.slice(0, fresh[0]!.index - m.dummyIndex - 1).concat(fresh);
      return expect;
    }
    case 'compact': {
      const i = within(op.pick, Math.max(0, m.dummyIndex - 1), last + 1);
      const expect = i <= m.dummyIndex ? CompactedError : i > last ? AssertionFailure : null;
      assert.equal(thrown(() => s.compact(i)), expect, `compact ${i}`);
      if (expect === null) {
        m.dummyTerm = termOf(m, i);
        m.entries = m.entries.slice(i - m.dummyIndex);
        m.dummyIndex = i;
      }
      return expect;
    }
    case 'createSnapshot': {
      // Left out: compacted indexes above the snapshot, where MemoryStorage has no defined error yet.
      const i = within(op.pick, Math.max(0, m.snapshot.index - 1, m.dummyIndex), last + 1);
      const confState = { voters: Array.from({ length: op.voters }, (_, k) => `v${k}`), learners: [] };
      const expect = i <= m.snapshot.index ? SnapshotOutOfDateError : i > last ? AssertionFailure : null;
      assert.equal(thrown(() => s.createSnapshot(i, confState, new Uint8Array([i]))), expect, `createSnapshot ${i}`);
      if (expect === null) m.snapshot = { index: i, term: termOf(m, i), confState };
      return expect;
    }
    case 'applySnapshot': {
      const i = within(op.pick, Math.max(0, m.snapshot.index - 1), last + 3);
      const confState = { voters: ['a'], learners: ['b'] };
      const snap = { metadata: { index: i, term: op.term, confState }, data: new Uint8Array(0) };
      const expect = i <= m.snapshot.index ? SnapshotOutOfDateError : null;
      assert.equal(thrown(() => s.applySnapshot(snap)), expect, `applySnapshot ${i}`);
      if (expect === null) Object.assign(m, { dummyIndex: i, dummyTerm: op.term, entries: [], snapshot: { index: i, term: op.term, confState } });
      return expect;
    }
  }
}

/** Every read of the Storage interface agrees with the model. */
function checkStorage(s: MemoryStorage, m: StorageModel, query: [number, number, number]): void {
  const last = lastOf(m);
  assert.equal(s.firstIndex(), m.dummyIndex + 1);
  assert.equal(s.lastIndex(), last);
  for (let i = m.dummyIndex; i <= last; i++) assert.equal(s.term(i), termOf(m, i), `term(${i})`);
  if (m.dummyIndex > 0) assert.equal(thrown(() => s.term(m.dummyIndex - 1)), CompactedError);
  assert.equal(thrown(() => s.term(last + 1)), UnavailableError);
  assert.deepEqual(s.entries(m.dummyIndex + 1, last + 1, NO_LIMIT), m.entries);
  assert.deepEqual(s.snapshot().metadata, m.snapshot);
  assert.deepEqual(s.initialState().confState, m.snapshot.confState);
  // A random bounded read: the first entry always, then more while the total fits.
  const lo = within(query[0], m.dummyIndex + 1, last + 1);
  const hi = within(query[1], lo, last + 1);
  const want: Entry[] = [];
  let total = 0;
  for (const e of m.entries.slice(lo - m.dummyIndex - 1, hi - m.dummyIndex - 1)) {
    total += entrySizeBytes(e);
    if (want.length > 0 && total > query[2]) break;
    want.push(e);
  }
  assert.deepEqual(s.entries(lo, hi, query[2]), want, `entries(${lo}, ${hi}, ${query[2]})`);
}

test('MemoryStorage agrees with an array model after every append, compaction and snapshot', (t) => {
  const stepArb = fc.tuple(storageOpArb, fc.tuple(fc.nat(), fc.nat(), fc.nat(200)));
  fc.assert(
    fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
      const s = new MemoryStorage();
      const m: StorageModel = { dummyIndex: 0, dummyTerm: 0, entries: [], snapshot: { index: 0, term: 0, confState: { voters: [], learners: [] } } };
      for (const [op, query] of steps) {
        applyStorageOp(s, m, op);
        checkStorage(s, m, query);
      }
    }),
    RUNS,
  );
  t.pass();
});

// ---- RaftLog.findConflictByTerm ----

/** A log with monotone terms: entries 1..n, compacted up to `dummy`, stable up to `stable`, the rest unstable. */
const monotoneLogArb = fc
  .array(fc.nat(2), { maxLength: 30 })
  .map((steps) => {
    const terms: number[] = [];
    let term = 1;
    for (const step of steps) terms.push((term += step));
    return terms;
  })
  .chain((terms) =>
    fc.record({
      terms: fc.constant(terms),
      stable: fc.integer({ min: 0, max: terms.length }),
      dummyPick: fc.nat(),
      index: fc.integer({ min: 0, max: terms.length + 2 }),
      term: fc.integer({ min: 0, max: (terms[terms.length - 1] ?? 0) + 1 }),
    }),
  );

test('findConflictByTerm returns the largest index ≤ the given one whose term is ≤ the given term', (t) => {
  fc.assert(
    fc.property(monotoneLogArb, ({ terms, stable, dummyPick, index, term }) => {
      const ents = terms.map((tm, i) => ({ index: i + 1, term: tm, type: 0, data: new Uint8Array(0) }));
      const storage = new MemoryStorage();
      storage.append(ents.slice(0, stable));
      const dummy = dummyPick % (stable + 1);
      if (dummy > 0) storage.compact(dummy);
      const log = new RaftLog(storage, NO_LIMIT);
      log.append(ents.slice(stable));
      const termAt = (i: number) => (i === 0 ? 0 : terms[i - 1]!);
      let want = { index, term: 0 }; // past our log: unknown, so it may match
      if (index <= terms.length) {
        // Walk back; a compacted (unknown) term may match, so it ends the walk with term 0.
        // termAt(0) = 0 ≤ term, so the walk always ends.
        for (let j = index; ; j--) {
          if (j < dummy || termAt(j) <= term) {
            want = { index: j, term: j < dummy ? 0 : termAt(j) };
            break;
          }
        }
      }
      assert.deepEqual(log.findConflictByTerm(index, term), want, `log terms ${terms}, dummy ${dummy}`);
    }),
    RUNS,
  );
  t.pass();
});

// ---- Inflights against a queue ----

type InflightOp = { kind: 'add'; gap: number; sizeBytes: number } | { kind: 'free'; pick: number } | { kind: 'reset' };

const inflightOpArb: fc.Arbitrary<InflightOp> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('add' as const), gap: fc.integer({ min: 1, max: 3 }), sizeBytes: fc.nat(60) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('free' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reset' as const) }) },
);

test('Inflights behaves like a bounded queue of (index, size) by count and bytes', (t) => {
  const arb = fc.record({
    capacity: fc.integer({ min: 1, max: 8 }),
    maxBytes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200 })),
    ops: fc.array(inflightOpArb, { maxLength: 60 }),
  });
  fc.assert(
    fc.property(arb, ({ capacity, maxBytes, ops }) => {
      const inflights = new Inflights(capacity, maxBytes);
      let queue: { index: number; sizeBytes: number }[] = [];
      let lastIndex = 0;
      const bytes = () => queue.reduce((sum, q) => sum + q.sizeBytes, 0);
      const full = () => queue.length >= capacity || (maxBytes > 0 && bytes() >= maxBytes);
      for (const op of ops) {
        if (op.kind === 'add') {
          const index = lastIndex + op.gap;
          const expect = full() ? AssertionFailure : null;
          assert.equal(thrown(() => inflights.add(index, op.sizeBytes)), expect);
          if (expect === null) {
            queue.push({ index, sizeBytes: op.sizeBytes });
            lastIndex = index;
          }
        } else if (op.kind === 'free') {
          const upTo = op.pick % (lastIndex + 2);
          inflights.freeLE(upTo);
          // The queue frees from the front only: what is acknowledged in order.
          while (queue.length > 0 && queue[0]!.index <= upTo) queue.shift();
        } else {
          inflights.reset();
          queue = [];
        }
        assert.equal(inflights.size(), queue.length);
        assert.equal(inflights.sizeBytes(), bytes());
        assert.equal(inflights.full(), full());
        const copy = inflights.clone();
        assert.deepEqual([copy.size(), copy.sizeBytes(), copy.full()], [queue.length, bytes(), full()]);
      }
    }),
    RUNS,
  );
  t.pass();
});
