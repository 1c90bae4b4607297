import test from 'ava';
import { AdminError, AdminRole } from '../../src/client/index.js';
import { TestGroup } from './group.js';
import { eventually } from './poll.js';
import { runShoalHere } from './cli-capture.js';

/**
 * Membership with real processes: a fourth member started with --join is added
 * (through the CLI, on a follower, so the call is forwarded), catches up and
 * becomes a voter; a linearizable ListMembers on another follower sees it at once;
 * then it is removed and its id can never come back.
 */

/** A new member catching up on a short log over loopback. */
const JOIN_TIMEOUT_MS = 15_000;

let group: TestGroup;

test.before(async () => {
  group = await TestGroup.start({ name: 'membership', size: 3, adminToken: true });
  await group.addSlot('n4');
  await group.startMember('n4', ['--join']);
});

test.after.always(async () => {
  await group?.close();
});

test.serial('add a member: it joins as a learner, catches up and becomes a voter', async (t) => {
  const leader = await group.waitForLeader(group.initialIds);
  const [caller, reader] = group.initialIds.filter((id) => id !== leader.id) as [string, string];
  const slot = group.slot('n4');
  const add = await runShoalHere([
    ...['members', 'add', 'n4', '--client-url', group.endpoint('n4'), '--peer-address', `127.0.0.1:${slot.peerPort}`],
    ...['--endpoint', group.endpoint(caller), '--token-file', group.tokenPath!],
  ]);
  t.is(add.code, 0, add.stderr);
  t.regex(add.stdout, /added n4 as a voter/);

  // Linearizable: a read on another follower right after the change returned sees it.
  const members = await group.client(reader).listMembers();
  t.deepEqual(members.members.map((m) => m.id), ['n1', 'n2', 'n3', 'n4']);
  t.true(members.members.every((m) => m.voter));
  t.is(members.leaderId, leader.id);

  const joined = await eventually(
    'n4 to know the leader and all four members',
    async () => {
      const s = await group.status('n4');
      return s.leaderId === leader.id && s.members.length === 4 && s.appliedIndex >= s.commitIndex ? s : undefined;
    },
    JOIN_TIMEOUT_MS,
  );
  t.is(joined.role, AdminRole.ROLE_FOLLOWER);
  const { index } = await group.client('n4').proposeNoop();
  t.true(index > 0);
});

test.serial('adding a voter again or with a bad address is refused with the right code', async (t) => {
  const again = await t.throwsAsync(
    () => group.client('n1').addMember({ id: 'n4', clientUrl: group.endpoint('n4'), peerAddress: `127.0.0.1:${group.slot('n4').peerPort}` }),
    { instanceOf: AdminError },
  );
  t.is(again?.code, 'already_exists');
  const badUrl = await t.throwsAsync(() => group.client('n1').addMember({ id: 'n5', clientUrl: 'ftp://x', peerAddress: '127.0.0.1:1' }), {
    instanceOf: AdminError,
  });
  t.is(badUrl?.code, 'invalid_argument');
});

test.serial('remove a member: the others go on without it and its id is never reused', async (t) => {
  await group.client('n2').removeMember({ id: 'n4' });
  const members = await group.client('n3').listMembers();
  t.deepEqual(members.members.map((m) => m.id), ['n1', 'n2', 'n3']);

  const listed = await runShoalHere(['members', '--json', '--endpoint', group.endpoint('n1'), '--token-file', group.tokenPath!]);
  t.is(listed.code, 0, listed.stderr);
  t.deepEqual((JSON.parse(listed.stdout) as { members: { id: string }[] }).members.map((m) => m.id), ['n1', 'n2', 'n3']);

  const leader = await group.waitForLeader(group.initialIds);
  const { index } = await group.client(leader.id).proposeNoop();
  t.true(index > 0);

  const reuse = await t.throwsAsync(
    () => group.client('n1').addMember({ id: 'n4', clientUrl: group.endpoint('n4'), peerAddress: `127.0.0.1:${group.slot('n4').peerPort}` }),
    { instanceOf: AdminError },
  );
  t.is(reuse?.code, 'failed_precondition');
});
