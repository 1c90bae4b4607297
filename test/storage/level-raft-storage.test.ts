/**
 * LevelRaftStorage: the shared Storage compliance suite, then what only a durable
 * store must do — everything saved comes back after a reopen, one Ready is one synced
 * batch, and a failed write changes nothing that is read.
 */
import test from 'ava';
import { Level } from 'level';
import { AssertionFailure, type Entry, type Snapshot } from '../../src/raft/index.js';
import { LevelRaftStorage, type LogDatabase } from '../../src/storage/index.js';
import { storageComplianceSuite } from '../raft/storage-compliance.js';
import { entriesIn, makeTempDir, removeTempDir, tempDir } from './helpers.js';

const complianceDirs: string[] = [];
test.after.always(() => {
  for (const dir of complianceDirs) removeTempDir(dir);
});

storageComplianceSuite('LevelRaftStorage', async () => {
  const dir = makeTempDir();
  complianceDirs.push(dir);
  return LevelRaftStorage.open(dir);
});

const NO_LIMIT = Number.MAX_SAFE_INTEGER;
const CONF = { voters: ['n1', 'n2', 'n3'], learners: ['n4'] };

/** Opens `dir`, runs `fn`, closes. */
async function withStorage<T>(dir: string, fn: (s: LevelRaftStorage) => Promise<T> | T): Promise<T> {
  const s = await LevelRaftStorage.open(dir);
  try {
    return await fn(s);
  } finally {
    await s.close();
  }
}

/** Everything a reader sees, for comparing before and after a reopen. */
function view(s: LevelRaftStorage) {
  return {
    initialState: s.initialState(),
    firstIndex: s.firstIndex(),
    lastIndex: s.lastIndex(),
    dummyTerm: s.term(s.firstIndex() - 1),
    entries: s.entries(s.firstIndex(), s.lastIndex() + 1, NO_LIMIT),
    snapshot: s.snapshot(),
  };
}

test('reopen returns exactly what was saved: entries, hard state, snapshot and its conf state', async (t) => {
  const dir = tempDir(t);
  const big: Entry = { index: 11, term: 3, type: 1, data: new Uint8Array(100_000).map((_, i) => i * 7) };
  const before = await withStorage(dir, async (s) => {
    await s.save({ hardState: { term: 2, vote: 'n2', commit: 5 }, entries: entriesIn(1, 10, 2), snapshot: null });
    await s.save({ hardState: { term: 3, vote: 'n3', commit: 10 }, entries: [big], snapshot: null });
    await s.createSnapshot(8, CONF, new Uint8Array([1, 2, 3, 4]));
    return view(s);
  });
  const after = await withStorage(dir, view);
  t.deepEqual(after, before);
  t.deepEqual(after.initialState.hardState, { term: 3, vote: 'n3', commit: 10 });
  t.deepEqual(after.snapshot, { metadata: { index: 8, term: 2, confState: CONF }, data: new Uint8Array([1, 2, 3, 4]) });
  t.deepEqual(after.entries.at(-1), big, 'binary payloads and the entry type survive');
});

test('a fresh directory opens empty, and an empty directory opens again', async (t) => {
  const dir = tempDir(t);
  const first = await withStorage(dir, view);
  t.like(first, { firstIndex: 1, lastIndex: 0, dummyTerm: 0, entries: [] });
  t.deepEqual(await withStorage(dir, view), first);
});

test('truncation of a conflicting tail survives reopen, and no stale entry comes back', async (t) => {
  const dir = tempDir(t);
  await withStorage(dir, async (s) => {
    await s.save({ hardState: { term: 1, vote: 'n1', commit: 3 }, entries: entriesIn(1, 10, 1), snapshot: null });
    await s.save({ hardState: { term: 2, vote: 'n2', commit: 3 }, entries: entriesIn(6, 7, 2), snapshot: null });
  });
  await withStorage(dir, (s) => {
    t.is(s.lastIndex(), 7);
    t.deepEqual(s.entries(1, 8, NO_LIMIT), [...entriesIn(1, 5, 1), ...entriesIn(6, 7, 2)]);
    t.deepEqual(s.initialState().hardState, { term: 2, vote: 'n2', commit: 3 });
  });
});

test('compaction survives reopen, keeping the entries behind the snapshot', async (t) => {
  const dir = tempDir(t);
  await withStorage(dir, async (s) => {
    await s.save({ hardState: { term: 4, vote: 'n1', commit: 20 }, entries: entriesIn(1, 20, 4), snapshot: null });
    await s.createSnapshot(15, CONF, new Uint8Array([15]));
    await s.compact(10);
  });
  await withStorage(dir, (s) => {
    t.is(s.firstIndex(), 11);
    t.is(s.term(10), 4, 'the dummy keeps the compacted entry’s term');
    t.deepEqual(s.entries(11, 21, NO_LIMIT), entriesIn(11, 20, 4));
    t.like(s.snapshot().metadata, { index: 15, term: 4 });
    t.throws(() => s.entries(10, 11, NO_LIMIT), { code: 'RAFT_COMPACTED' });
  });
});

test('a snapshot from the leader replaces the log and survives reopen with the entries after it', async (t) => {
  const dir = tempDir(t);
  const snap: Snapshot = { metadata: { index: 50, term: 7, confState: CONF }, data: new Uint8Array([5, 0]) };
  await withStorage(dir, async (s) => {
    await s.save({ hardState: { term: 3, vote: 'n1', commit: 5 }, entries: entriesIn(1, 30, 3), snapshot: null });
    await s.save({ hardState: { term: 7, vote: '', commit: 52 }, entries: entriesIn(51, 52, 7), snapshot: snap });
  });
  await withStorage(dir, (s) => {
    t.deepEqual(s.snapshot(), snap);
    t.is(s.firstIndex(), 51);
    t.is(s.term(50), 7);
    t.deepEqual(s.entries(51, 53, NO_LIMIT), entriesIn(51, 52, 7));
    t.deepEqual(s.initialState(), { hardState: { term: 7, vote: '', commit: 52 }, confState: CONF });
  });
});

test('one save() is one LevelDB batch, however many entries it carries', async (t) => {
  const db: LogDatabase = new Level<string, Uint8Array>(tempDir(t), { keyEncoding: 'utf8', valueEncoding: 'view' });
  await db.open();
  const s = await LevelRaftStorage.load(db);
  t.teardown(() => s.close());
  let batches = 0;
  db.on('write', () => batches++);
  await s.save({ hardState: { term: 1, vote: 'n1', commit: 0 }, entries: entriesIn(1, 500, 1), snapshot: null });
  t.is(batches, 1);
  await s.save({ hardState: null, entries: [], snapshot: null });
  t.is(batches, 1, 'an empty Ready writes nothing');
});

test('a batch that fails leaves the cache unchanged, refuses later writes, and the disk keeps the old state', async (t) => {
  const dir = tempDir(t);
  const db: LogDatabase = new Level<string, Uint8Array>(dir, { keyEncoding: 'utf8', valueEncoding: 'view' });
  await db.open();
  const s = await LevelRaftStorage.load(db);
  await s.save({ hardState: { term: 1, vote: 'n1', commit: 2 }, entries: entriesIn(1, 3, 1), snapshot: null });
  const before = view(s);
  db.hooks.prewrite.add(() => {
    throw new Error('injected disk failure');
  });
  const failed = await t.throwsAsync(s.save({ hardState: { term: 2, vote: 'n2', commit: 3 }, entries: entriesIn(2, 5, 2), snapshot: null }), {
    code: 'STORAGE_WRITE_FAILED',
  });
  t.truthy(failed?.cause, 'the LevelDB error is the cause');
  t.deepEqual(view(s), before);
  await t.throwsAsync(s.compact(2), { code: 'STORAGE_WRITE_FAILED' }, 'after a failed fsync the disk is unknown: fail-stop');
  t.deepEqual(view(s), before);
  await s.close();
  t.deepEqual(await withStorage(dir, view), before);
});

test('a refused write (an invariant or a stale snapshot) writes nothing and keeps the storage usable', async (t) => {
  const dir = tempDir(t);
  await withStorage(dir, async (s) => {
    await s.save({ hardState: { term: 3, vote: 'n1', commit: 2 }, entries: entriesIn(1, 4, 3), snapshot: null });
    await s.createSnapshot(2, CONF, new Uint8Array([2]));
    const before = view(s);
    const stale: Snapshot = { metadata: { index: 2, term: 3, confState: CONF }, data: new Uint8Array(0) };
    await t.throwsAsync(s.applySnapshot(stale), { code: 'RAFT_SNAPSHOT_OUT_OF_DATE' });
    const assertion = { instanceOf: AssertionFailure };
    await t.throwsAsync(s.setHardState({ term: 3, vote: 'n2', commit: 2 }), assertion, 'a second vote in one term');
    await t.throwsAsync(s.setHardState({ term: 2, vote: 'n1', commit: 2 }), assertion, 'the term goes back');
    await t.throwsAsync(s.setHardState({ term: 3, vote: 'n1', commit: 1 }), assertion, 'the commit goes back');
    await t.throwsAsync(s.setHardState({ term: 3, vote: 'n1', commit: 5 }), assertion, 'the commit passes the log');
    await t.throwsAsync(s.save({ hardState: null, entries: [...entriesIn(5, 5, 3), ...entriesIn(7, 7, 3)], snapshot: null }), assertion);
    t.deepEqual(view(s), before);
    await s.setHardState({ term: 4, vote: 'n2', commit: 4 });
  });
  await withStorage(dir, (s) => t.deepEqual(s.initialState().hardState, { term: 4, vote: 'n2', commit: 4 }));
});

test('calls after close() throw STORAGE_CLOSED; close() is idempotent and waits for queued writes', async (t) => {
  const s = await LevelRaftStorage.open(tempDir(t));
  const pending = s.append(entriesIn(1, 100, 1));
  await s.close();
  await pending;
  await s.close();
  t.throws(() => s.lastIndex(), { code: 'STORAGE_CLOSED' });
  await t.throwsAsync(s.append(entriesIn(101, 101, 1)), { code: 'STORAGE_CLOSED' });
});

test('writes issued without awaiting are applied in order', async (t) => {
  const dir = tempDir(t);
  await withStorage(dir, async (s) => {
    await Promise.all([s.append(entriesIn(1, 5, 1)), s.append(entriesIn(4, 6, 2)), s.setHardState({ term: 2, vote: 'n1', commit: 6 })]);
  });
  await withStorage(dir, (s) => t.deepEqual(s.entries(1, 7, NO_LIMIT), [...entriesIn(1, 3, 1), ...entriesIn(4, 6, 2)]));
});

test('a second open of a directory in use is STORAGE_OPEN_FAILED', async (t) => {
  const dir = tempDir(t);
  await withStorage(dir, async () => {
    await t.throwsAsync(LevelRaftStorage.open(dir), { code: 'STORAGE_OPEN_FAILED' });
  });
});

test('compactionStats counts the log bytes written since the last snapshot', async (t) => {
  await withStorage(tempDir(t), async (s) => {
    await s.append(entriesIn(1, 10, 1));
    t.deepEqual(s.compactionStats(10), { appliedIndex: 10, snapshotIndex: 0, bytesSinceSnapshot: 10 * (3 + 16) });
    await s.createSnapshot(8, CONF, new Uint8Array(0));
    t.deepEqual(s.compactionStats(10), { appliedIndex: 10, snapshotIndex: 8, bytesSinceSnapshot: 2 * (3 + 16) });
  });
});
