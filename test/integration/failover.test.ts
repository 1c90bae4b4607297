import test from 'ava';
import { ELECTION_TIMEOUT_MS_MAX, TestGroup } from './group.js';
import { eventually } from './poll.js';

/**
 * Failover with real processes: kill -9 the leader, a new one takes over and keeps
 * every committed entry; the killed member comes back and catches up; a leader
 * stopped with SIGTERM hands leadership over before it exits.
 */

/** "A few election timeouts": ten of the longest, to absorb scheduling noise on two busy cores. */
const FAILOVER_TIMEOUT_MS = 10 * ELECTION_TIMEOUT_MS_MAX;
/** Catching up a few entries over loopback. */
const CATCH_UP_TIMEOUT_MS = 15_000;
/** Entries committed before the failover whose survival we check. */
const ENTRIES_BEFORE_FAILOVER = 5;

let group: TestGroup;

test.before(async () => {
  group = await TestGroup.start({ name: 'failover', size: 3 });
});

test.after.always(async () => {
  await group?.close();
});

test.serial('kill -9 the leader: a new leader within a few election timeouts, committed entries survive', async (t) => {
  const before = await group.waitForLeader();
  const indexes: number[] = [];
  for (let i = 0; i < ENTRIES_BEFORE_FAILOVER; i++) indexes.push((await group.client(before.id).proposeNoop()).index);
  const lastCommitted = Math.max(...indexes);

  const killedAt = Date.now();
  const exit = await group.kill(before.id);
  t.is(exit.signal, 'SIGKILL');
  const survivors = group.running();
  const after = await group.waitForLeader(survivors, FAILOVER_TIMEOUT_MS);
  t.log(`new leader ${after.id} (term ${after.term}) ${Date.now() - killedAt} ms after the kill`);
  t.not(after.id, before.id);
  t.true(after.term > before.term);

  // A follower learns the last commit from the new leader's first entries: it applies it soon after the election, not at once.
  for (const id of survivors) {
    const applied = await eventually(`${id} to apply the entries committed before the kill`, async () => {
      const status = await group.status(id);
      return status.appliedIndex >= lastCommitted ? status.appliedIndex : undefined;
    }, FAILOVER_TIMEOUT_MS);
    t.true(applied >= lastCommitted);
  }
  const next = await group.client(after.id).proposeNoop();
  t.true(next.index > lastCommitted);
});

test.serial('restart the killed member: it catches up with the leader', async (t) => {
  const [killed] = group.initialIds.filter((id) => !group.isRunning(id));
  t.truthy(killed, 'the previous test left one member down');
  await group.startMember(killed!);
  const leader = await group.waitForLeader();
  const { index } = await group.client(leader.id).proposeNoop();
  const caughtUp = await eventually(
    `${killed} to apply index ${index}`,
    async () => {
      const s = await group.status(killed!);
      return s.appliedIndex >= index ? s : undefined;
    },
    CATCH_UP_TIMEOUT_MS,
  );
  t.truthy(caughtUp.leaderId, `${killed} follows a leader again`);
});

test.serial('SIGTERM the leader: it hands leadership over before exiting and the group keeps committing', async (t) => {
  const before = await group.waitForLeader();
  const exit = await group.stop(before.id);
  t.deepEqual(exit, { code: 0, signal: null });
  const log = group.log(before.id);
  t.regex(log, /transferring leadership before stopping/);
  t.notRegex(log, /leadership did not move in time/);
  const after = await group.waitForLeader(group.running(), FAILOVER_TIMEOUT_MS);
  t.not(after.id, before.id);
  const { index } = await group.client(after.id).proposeNoop();
  t.true(index > 0);
});
