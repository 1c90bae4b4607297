/**
 * The one compliance suite every Raft `Storage` implementation must pass, in the
 * manner of Level/abstract-level's shared test suite: a backend's test file calls
 * `storageComplianceSuite(name, make)` and gets the whole contract as ava tests.
 *
 * Reads are synchronous (the core reads from memory); writes may return promises,
 * because durable stores write asynchronously, so every write here is awaited.
 * Most tests start from etcd's fixture: entries 3, 4, 5 with terms 3, 4, 5 after a
 * snapshot and compaction at 3 (entry i has term i and i·3 bytes of data).
 */
import test, { type ExecutionContext } from 'ava';
import {
  AssertionFailure,
  CompactedError,
  type ConfState,
  type Entry,
  type HardState,
  type Snapshot,
  SnapshotOutOfDateError,
  type Storage,
  UnavailableError,
  entrySizeBytes,
} from '../../src/raft/index.js';

type MaybePromise<T> = T | Promise<T>;

/** A Storage plus the writes the suite drives; writes may be synchronous or async. */
export interface TestableStorage extends Storage {
  /** Appends entries, truncating a conflicting tail and ignoring compacted ones. */
  append(entries: readonly Entry[]): MaybePromise<void>;
  setHardState(hs: HardState): MaybePromise<void>;
  /** Replaces everything with the snapshot; older snapshots throw SnapshotOutOfDateError. */
  applySnapshot(snapshot: Snapshot): MaybePromise<void>;
  /** Records a snapshot at index `i` (≤ lastIndex) without compacting. */
  createSnapshot(i: number, confState: ConfState, data: Uint8Array): MaybePromise<unknown>;
  /** Discards entries before `i`; entry `i` becomes the dummy at firstIndex - 1. */
  compact(i: number): MaybePromise<void>;
  /** Releases resources (files, handles) after a test; optional. */
  close?(): MaybePromise<void>;
}

/** Size bound meaning "no bound". */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;
const CONF_STATE: ConfState = { voters: ['a', 'b', 'c'], learners: ['d'] };

/** Entry `index` of the fixtures: term = index unless given, index·3 bytes of data. */
export function fixtureEntry(index: number, term = index): Entry {
  return { index, term, type: 0, data: new Uint8Array(index * 3).fill(index & 0xff) };
}

/** [index, term] pairs → entries with the fixture's data. */
function ents(...pairs: [number, number][]): Entry[] {
  return pairs.map(([index, term]) => fixtureEntry(index, term));
}

function snapshotAt(index: number, term: number, confState: ConfState = CONF_STATE): Snapshot {
  return { metadata: { index, term, confState }, data: new Uint8Array([index, term]) };
}

/** [index, term] of every entry from firstIndex - 1 (the dummy) to lastIndex. */
function terms(s: Storage): [number, number][] {
  const out: [number, number][] = [];
  for (let i = s.firstIndex() - 1; i <= s.lastIndex(); i++) out.push([i, s.term(i)]);
  return out;
}

/**
 * Registers the Storage contract's tests under `name`. `make` returns a fresh, empty
 * storage for each test; it is closed (if it has `close`) when the test ends.
 */
export function storageComplianceSuite(name: string, make: () => Promise<TestableStorage> | TestableStorage): void {
  /** A fresh storage with entries 1..last (term = index), snapshotted and compacted at `compactedTo`. */
  async function seeded(t: ExecutionContext, last: number, compactedTo: number): Promise<TestableStorage> {
    const s = await make();
    t.teardown(async () => {
      await s.close?.();
    });
    const all: Entry[] = [];
    for (let i = 1; i <= last; i++) all.push(fixtureEntry(i));
    await s.append(all);
    if (compactedTo > 0) {
      await s.createSnapshot(compactedTo, CONF_STATE, new Uint8Array([7]));
      await s.compact(compactedTo);
    }
    return s;
  }
  /** etcd's fixture: {3,3} (dummy), {4,4}, {5,5}. */
  const etcdFixture = (t: ExecutionContext) => seeded(t, 5, 3);

  const compacted = { instanceOf: CompactedError, code: 'RAFT_COMPACTED' };
  const unavailable = { instanceOf: UnavailableError, code: 'RAFT_UNAVAILABLE' };
  const outOfDate = { instanceOf: SnapshotOutOfDateError, code: 'RAFT_SNAPSHOT_OUT_OF_DATE' };
  const assertion = { instanceOf: AssertionFailure };

  test(`${name}: a new storage is empty: firstIndex 1, lastIndex 0, term(0) = 0`, async (t) => {
    const s = await seeded(t, 0, 0);
    t.is(s.firstIndex(), 1);
    t.is(s.lastIndex(), 0);
    t.is(s.term(0), 0);
    t.throws(() => s.term(1), unavailable);
    t.deepEqual(s.entries(1, 1, NO_LIMIT), []);
    t.throws(() => s.entries(1, 2, NO_LIMIT), unavailable);
    t.deepEqual(s.initialState(), { hardState: { term: 0, vote: '', commit: 0 }, confState: { voters: [], learners: [] } });
    t.like(s.snapshot().metadata, { index: 0, term: 0 });
  });

  test(`${name}: term() answers from the dummy at firstIndex - 1 to lastIndex, and throws outside`, async (t) => {
    const s = await etcdFixture(t);
    t.throws(() => s.term(2), compacted);
    t.throws(() => s.term(0), compacted);
    t.deepEqual(terms(s), [[3, 3], [4, 4], [5, 5]]);
    t.throws(() => s.term(6), unavailable);
    t.throws(() => s.term(100), unavailable);
  });

  test(`${name}: firstIndex and lastIndex follow compaction`, async (t) => {
    const s = await etcdFixture(t);
    t.is(s.firstIndex(), 4);
    t.is(s.lastIndex(), 5);
    await s.append(ents([6, 5]));
    t.is(s.lastIndex(), 6);
    await s.compact(4);
    t.is(s.firstIndex(), 5);
    t.is(s.lastIndex(), 6);
  });

  test(`${name}: entries(lo, hi) throws below firstIndex (the dummy included) and past lastIndex + 1`, async (t) => {
    const s = await seeded(t, 6, 3);
    t.throws(() => s.entries(2, 6, NO_LIMIT), compacted);
    t.throws(() => s.entries(3, 4, NO_LIMIT), compacted);
    t.throws(() => s.entries(4, 8, NO_LIMIT), unavailable);
    t.deepEqual(s.entries(4, 7, NO_LIMIT), ents([4, 4], [5, 5], [6, 6]));
    t.deepEqual(s.entries(4, 5, NO_LIMIT), ents([4, 4]));
    t.deepEqual(s.entries(7, 7, NO_LIMIT), [], 'lo = hi = lastIndex + 1 is an empty answer');
    t.deepEqual(s.entries(5, 5, 0), [], 'lo = hi is empty even with the at-least-one rule');
  });

  test(`${name}: entries() is limited by maxBytes (entrySizeBytes) and returns at least one entry`, async (t) => {
    const s = await seeded(t, 6, 3);
    const [e4, e5, e6] = ents([4, 4], [5, 5], [6, 6]) as [Entry, Entry, Entry];
    const size = (...es: Entry[]) => es.reduce((sum, e) => sum + entrySizeBytes(e), 0);
    const cases: [number, Entry[]][] = [
      [0, [e4]],
      [size(e4) - 1, [e4]],
      [size(e4), [e4]],
      [size(e4, e5) - 1, [e4]],
      [size(e4, e5), [e4, e5]],
      [size(e4, e5) + size(e6) / 2, [e4, e5]],
      [size(e4, e5, e6) - 1, [e4, e5]],
      [size(e4, e5, e6), [e4, e5, e6]],
      [NO_LIMIT, [e4, e5, e6]],
    ];
    for (const [maxBytes, want] of cases) t.deepEqual(s.entries(4, 7, maxBytes), want, `maxBytes ${maxBytes}`);
    t.deepEqual(s.entries(6, 7, 0), [e6], 'a single entry larger than maxBytes still comes back');
  });

  test(`${name}: append extends, truncates a conflicting tail, and ignores what is compacted`, async (t) => {
    const cases: [string, Entry[], [number, number][]][] = [
      ['all compacted', ents([1, 1], [2, 2]), [[3, 3], [4, 4], [5, 5]]],
      ['identical', ents([3, 3], [4, 4], [5, 5]), [[3, 3], [4, 4], [5, 5]]],
      ['conflicting tail', ents([3, 3], [4, 6], [5, 6]), [[3, 3], [4, 6], [5, 6]]],
      ['extends', ents([3, 3], [4, 4], [5, 5], [6, 5]), [[3, 3], [4, 4], [5, 5], [6, 5]]],
      ['overlaps the compacted prefix', ents([2, 3], [3, 3], [4, 5]), [[3, 3], [4, 5]]],
      ['truncates from the first index', ents([4, 5]), [[3, 3], [4, 5]]],
      ['right after the last index', ents([6, 5]), [[3, 3], [4, 4], [5, 5], [6, 5]]],
      ['nothing', [], [[3, 3], [4, 4], [5, 5]]],
    ];
    for (const [what, appended, want] of cases) {
      const s = await etcdFixture(t);
      await s.append(appended);
      t.deepEqual(terms(s), want, what);
      const expected = want.slice(1).map(([i, term]) => fixtureEntry(i, term));
      t.deepEqual(s.entries(s.firstIndex(), s.lastIndex() + 1, NO_LIMIT), expected, `${what}: entries`);
    }
  });

  test(`${name}: an appended tail replaces the old entries' data too`, async (t) => {
    const s = await etcdFixture(t);
    const replacement: Entry = { index: 5, term: 9, type: 0, data: new Uint8Array([1, 2, 3]) };
    await s.append([replacement]);
    t.deepEqual(s.entries(5, 6, NO_LIMIT), [replacement]);
    t.is(s.lastIndex(), 5);
  });

  test(`${name}: an append that would leave a gap after lastIndex is an AssertionFailure`, async (t) => {
    const s = await etcdFixture(t);
    await t.throwsAsync(async () => s.append(ents([7, 5])), assertion);
    t.deepEqual(terms(s), [[3, 3], [4, 4], [5, 5]], 'the failed append changed nothing');
  });

  test(`${name}: compact moves the dummy to the compact index; at or below the dummy is CompactedError`, async (t) => {
    const s = await etcdFixture(t);
    await t.throwsAsync(async () => s.compact(2), compacted);
    await t.throwsAsync(async () => s.compact(3), compacted);
    await s.compact(4);
    t.deepEqual(terms(s), [[4, 4], [5, 5]]);
    t.throws(() => s.term(3), compacted);
    await s.compact(5);
    t.deepEqual(terms(s), [[5, 5]], 'compacting everything leaves only the dummy');
    t.is(s.firstIndex(), 6);
    await s.append(ents([6, 6]));
    t.deepEqual(terms(s), [[5, 5], [6, 6]], 'appending right after a full compaction');
  });

  test(`${name}: compact past lastIndex is an AssertionFailure`, async (t) => {
    const s = await etcdFixture(t);
    await t.throwsAsync(async () => s.compact(6), assertion);
    t.deepEqual(terms(s), [[3, 3], [4, 4], [5, 5]]);
  });

  test(`${name}: createSnapshot records index, term, confState and data without compacting`, async (t) => {
    const s = await etcdFixture(t);
    const data = new Uint8Array([1, 2, 3]);
    await s.createSnapshot(4, CONF_STATE, data);
    t.deepEqual(s.snapshot(), { metadata: { index: 4, term: 4, confState: CONF_STATE }, data });
    t.is(s.firstIndex(), 4, 'createSnapshot leaves the log alone');
    await s.createSnapshot(5, { voters: ['a'], learners: [] }, data);
    t.deepEqual(s.snapshot().metadata, { index: 5, term: 5, confState: { voters: ['a'], learners: [] } });
    t.deepEqual(s.initialState().confState, { voters: ['a'], learners: [] });
  });

  test(`${name}: createSnapshot at or below the current snapshot throws SnapshotOutOfDateError`, async (t) => {
    const s = await etcdFixture(t);
    await t.throwsAsync(async () => s.createSnapshot(3, CONF_STATE, new Uint8Array(0)), outOfDate);
    await t.throwsAsync(async () => s.createSnapshot(2, CONF_STATE, new Uint8Array(0)), outOfDate);
    t.is(s.snapshot().metadata.index, 3);
  });

  test(`${name}: createSnapshot past lastIndex is an AssertionFailure`, async (t) => {
    const s = await etcdFixture(t);
    await t.throwsAsync(async () => s.createSnapshot(6, CONF_STATE, new Uint8Array(0)), assertion);
    t.is(s.snapshot().metadata.index, 3);
  });

  test(`${name}: applySnapshot replaces the log; older or equal snapshots throw SnapshotOutOfDateError`, async (t) => {
    const s = await seeded(t, 0, 0);
    await s.append(ents([1, 1], [2, 2], [3, 3]));
    const snap = snapshotAt(4, 4);
    await s.applySnapshot(snap);
    t.deepEqual(s.snapshot(), snap);
    t.is(s.firstIndex(), 5);
    t.is(s.lastIndex(), 4);
    t.deepEqual(terms(s), [[4, 4]]);
    t.throws(() => s.term(3), compacted);
    await t.throwsAsync(async () => s.applySnapshot(snapshotAt(4, 4)), outOfDate);
    await t.throwsAsync(async () => s.applySnapshot(snapshotAt(3, 3)), outOfDate);
    t.deepEqual(s.snapshot(), snap, 'a refused snapshot changes nothing');
    await s.append(ents([5, 4]));
    t.deepEqual(terms(s), [[4, 4], [5, 4]], 'the log continues after the snapshot');
  });

  test(`${name}: applySnapshot inside the log discards every entry, also those after it`, async (t) => {
    const s = await seeded(t, 6, 0);
    await s.applySnapshot(snapshotAt(3, 7));
    t.is(s.lastIndex(), 3, 'entries after the snapshot may conflict with it and must go');
    t.deepEqual(terms(s), [[3, 7]], 'the dummy carries the snapshot term');
    t.throws(() => s.entries(4, 5, NO_LIMIT), unavailable);
  });

  test(`${name}: the hard state round-trips through initialState and is stored by value`, async (t) => {
    const s = await seeded(t, 5, 0);
    const hs: HardState = { term: 7, vote: 'b', commit: 5 };
    await s.setHardState(hs);
    t.deepEqual(s.initialState().hardState, { term: 7, vote: 'b', commit: 5 });
    hs.term = 99;
    t.is(s.initialState().hardState.term, 7, 'changing the caller’s object later does not change the store');
    s.initialState().hardState.commit = 0;
    t.is(s.initialState().hardState.commit, 5, 'changing a returned object does not change the store');
    await s.setHardState({ term: 8, vote: '', commit: 5 });
    t.deepEqual(s.initialState().hardState, { term: 8, vote: '', commit: 5 });
  });

  test(`${name}: initialState's confState comes from the snapshot`, async (t) => {
    const s = await seeded(t, 0, 0);
    const confState = { voters: ['n1', 'n2'], learners: ['n3'] };
    await s.applySnapshot(snapshotAt(10, 2, confState));
    t.deepEqual(s.initialState().confState, confState);
    s.initialState().confState.voters.push('x');
    t.deepEqual(s.initialState().confState, confState, 'a returned confState is a copy');
  });
}
