import test from 'ava';
import { LevelRaftStorage } from '../../src/storage/index.js';
import { TestGroup } from './group.js';
import { eventually } from './poll.js';

/**
 * A member that falls far behind catches up by snapshot: with a tiny compaction
 * policy the leader compacts its log past the point the stopped member had reached,
 * so on restart the only way to catch up is an InstallSnapshot.
 */

const SNAPSHOT_ENTRIES = 20;
const RETAIN_ENTRIES = 5;
/** Many times SNAPSHOT_ENTRIES, so the leader compacts several times while the member is down. */
const ENTRIES_WHILE_DOWN = 120;
/** Proposals in flight at once: enough to be quick, few enough not to hit any queue bound. */
const PROPOSALS_IN_FLIGHT = 10;
/** Receiving and restoring one small snapshot plus a few entries over loopback. */
const CATCH_UP_TIMEOUT_MS = 15_000;

let group: TestGroup;

test.before(async () => {
  group = await TestGroup.start({
    name: 'snapshot',
    size: 3,
    serverArgs: ['--snapshot-entries', String(SNAPSHOT_ENTRIES), '--retain-entries', String(RETAIN_ENTRIES)],
  });
});

test.after.always(async () => {
  await group?.close();
});

test.serial('a member far behind catches up by snapshot after the leader compacted its log', async (t) => {
  const leader = await group.waitForLeader();
  const lagging = group.initialIds.find((id) => id !== leader.id)!;
  const reachedBeforeStop = (await group.status(lagging)).lastIndex;
  await group.kill(lagging);

  let lastIndex = 0;
  for (let done = 0; done < ENTRIES_WHILE_DOWN; done += PROPOSALS_IN_FLIGHT) {
    const batch = await Promise.all(Array.from({ length: PROPOSALS_IN_FLIGHT }, () => group.client(leader.id).proposeNoop()));
    lastIndex = Math.max(lastIndex, ...batch.map((r) => r.index));
  }
  t.true(lastIndex - reachedBeforeStop >= ENTRIES_WHILE_DOWN);

  // Debug logs carry the Raft core's "restored a snapshot" line.
  await group.startMember(lagging, ['--log-level', 'debug']);
  const caughtUp = await eventually(
    `${lagging} to apply index ${lastIndex}`,
    async () => {
      const s = await group.status(lagging);
      return s.appliedIndex >= lastIndex ? s : undefined;
    },
    CATCH_UP_TIMEOUT_MS,
  );
  t.truthy(caughtUp.leaderId, `${lagging} follows a leader again`);
  const restored = /restored a snapshot at index (\d+)/.exec(group.log(lagging));
  t.truthy(restored, `${lagging}'s log shows no snapshot restore`);
  t.true(Number(restored![1]) > reachedBeforeStop + RETAIN_ENTRIES);

  // The group goes on committing with the member back.
  const { index } = await group.client(lagging).proposeNoop();
  t.true(index > lastIndex);
});

test.serial("the leader's log on disk was compacted behind its snapshot", async (t) => {
  const leader = await group.waitForLeader();
  const { lastIndex } = await group.status(leader.id);
  const exit = await group.stop(leader.id);
  t.is(exit.code, 0);
  const storage = await LevelRaftStorage.open(`${group.slot(leader.id).dataDir}/raft`, {
    compaction: { snapshotEntries: SNAPSHOT_ENTRIES, retainEntries: RETAIN_ENTRIES },
  });
  try {
    const snapshotIndex = storage.snapshot().metadata.index;
    t.true(snapshotIndex >= lastIndex - 2 * SNAPSHOT_ENTRIES, `snapshot at ${snapshotIndex}, last index ${lastIndex}`);
    t.true(storage.firstIndex() > lastIndex - 2 * SNAPSHOT_ENTRIES, `first index ${storage.firstIndex()}`);
    t.true(storage.firstIndex() > 1);
  } finally {
    await storage.close();
  }
});
