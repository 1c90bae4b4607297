/**
 * The compaction policy: when to snapshot, how much log to keep behind the snapshot,
 * and the limits checked up front.
 */
import test from 'ava';
import {
  DEFAULT_COMPACTION_POLICY,
  LevelRaftStorage,
  compactionIndex,
  resolveCompactionPolicy,
  shouldCompact,
} from '../../src/storage/index.js';
import { entriesIn, tempDir } from './helpers.js';

const policy = resolveCompactionPolicy({ snapshotEntries: 100, snapshotBytes: 10_000, retainEntries: 10 });

test('the defaults keep fewer entries behind a snapshot than it takes to trigger one', (t) => {
  t.deepEqual(resolveCompactionPolicy(), { ...DEFAULT_COMPACTION_POLICY });
  t.true(DEFAULT_COMPACTION_POLICY.retainEntries < DEFAULT_COMPACTION_POLICY.snapshotEntries);
});

test('shouldCompact triggers on entries applied or bytes written since the last snapshot', (t) => {
  t.false(shouldCompact({ appliedIndex: 99, snapshotIndex: 0, bytesSinceSnapshot: 0 }, policy));
  t.true(shouldCompact({ appliedIndex: 100, snapshotIndex: 0, bytesSinceSnapshot: 0 }, policy));
  t.false(shouldCompact({ appliedIndex: 150, snapshotIndex: 100, bytesSinceSnapshot: 9_999 }, policy));
  t.true(shouldCompact({ appliedIndex: 150, snapshotIndex: 100, bytesSinceSnapshot: 10_000 }, policy));
  t.false(shouldCompact({ appliedIndex: 100, snapshotIndex: 100, bytesSinceSnapshot: 1e9 }, policy), 'nothing applied since');
});

test('compactionIndex keeps retainEntries behind the snapshot and never goes backwards', (t) => {
  t.is(compactionIndex(100, 1, policy), 90);
  t.is(compactionIndex(100, 91, policy), 0, 'already compacted to 90');
  t.is(compactionIndex(5, 1, policy), 0, 'fewer than retainEntries in the log');
});

test('resolveCompactionPolicy names the bad limit', (t) => {
  t.throws(() => resolveCompactionPolicy({ snapshotEntries: -1 }), { instanceOf: RangeError, message: /snapshotEntries/ });
  t.throws(() => resolveCompactionPolicy({ snapshotBytes: 1.5 }), { instanceOf: RangeError, message: /snapshotBytes/ });
  t.throws(() => resolveCompactionPolicy({ snapshotEntries: 10, retainEntries: 10 }), { message: /retainEntries \(10\) must be below/ });
});

test('the driver loop: snapshot at the applied index when the policy says so, then compact behind it', async (t) => {
  const s = await LevelRaftStorage.open(tempDir(t), { compaction: { snapshotEntries: 100, retainEntries: 10 } });
  t.teardown(() => s.close());
  for (let lo = 1; lo <= 250; lo += 25) {
    await s.save({ hardState: { term: 1, vote: 'n1', commit: lo + 24 }, entries: entriesIn(lo, lo + 24, 1), snapshot: null });
    const applied = lo + 24;
    if (!shouldCompact(s.compactionStats(applied), s.compactionPolicy)) continue;
    await s.createSnapshot(applied, { voters: ['n1'], learners: [] }, new Uint8Array([applied]));
    const to = compactionIndex(applied, s.firstIndex(), s.compactionPolicy);
    if (to > 0) await s.compact(to);
  }
  t.is(s.snapshot().metadata.index, 200);
  t.is(s.firstIndex(), 191, 'retainEntries (10) kept behind the snapshot at 200');
  t.is(s.lastIndex(), 250);
});
