import test from 'ava';
import { request } from 'undici';
import { AdminClient, AdminError, AdminRole } from '../../src/client/index.js';
import { LEADER_TIMEOUT_MS, TestGroup } from './group.js';
import { metricValue, parseMetrics } from './metrics.js';
import { eventually } from './poll.js';

/**
 * The admin API and observability endpoints of a real three-member group, called
 * the way DESIGN.md promises: Connect unary calls with JSON (as curl would) or
 * binary protobuf, Connect error codes and statuses, the admin token, /metrics,
 * /healthz and /readyz.
 */

const GET_STATUS = '/shoal.admin.v1.AdminService/GetStatus';
/** A member answers once it knows a leader and has applied what it was told is committed. */
const READY_TIMEOUT_MS = 10_000;

let group: TestGroup;

test.before(async () => {
  group = await TestGroup.start({ name: 'api', size: 3, adminToken: true });
});

test.after.always(async () => {
  await group?.close();
});

/** A raw HTTP call, like curl: no SDK in between. */
/** What a raw call answered. */
interface RawAnswer {
  status: number;
  headers: Record<string, unknown>;
  json: Record<string, unknown>;
}

async function post(id: string, path: string, body: string, headers: Record<string, string>): Promise<RawAnswer> {
  const response = await request(`${group.endpoint(id)}${path}`, { method: 'POST', body, headers });
  const text = await response.body.text();
  return { status: response.statusCode, headers: response.headers, json: JSON.parse(text) as Record<string, unknown> };
}

const jsonHeaders = (): Record<string, string> => ({ 'content-type': 'application/json', authorization: `Bearer ${group.token}` });

test.serial('election: exactly one leader, and every member agrees on it and its term', async (t) => {
  // Polled as a whole, so a re-election on a busy machine between two reads is no failure.
  const statuses = await eventually(
    'one leader that every member names, at one term',
    async () => {
      const all = await Promise.all(group.initialIds.map((id) => group.status(id)));
      const leaders = all.filter((s) => s.role === AdminRole.ROLE_LEADER);
      const agreed = leaders.length === 1 && all.every((s) => s.leaderId === leaders[0]!.memberId && s.term === leaders[0]!.term);
      return agreed ? all : undefined;
    },
    LEADER_TIMEOUT_MS,
  );
  t.is(statuses.filter((s) => s.role === AdminRole.ROLE_LEADER).length, 1);
  t.is(new Set(statuses.map((s) => `${s.leaderId}@${s.term}`)).size, 1);
  for (const s of statuses) t.deepEqual(s.members.map((m) => m.id), ['n1', 'n2', 'n3']);
});

test.serial('GetStatus over plain HTTP with JSON, as curl calls it', async (t) => {
  const res = await post('n2', GET_STATUS, '{}', jsonHeaders());
  t.is(res.status, 200);
  t.is(res.headers['content-type'], 'application/json');
  t.is(res.headers['shoal-member'], 'n2');
  t.is(res.json.memberId, 'n2');
  t.regex(String(res.json.role), /^ROLE_(LEADER|FOLLOWER)$/);
  t.is(res.json.pid, group.process('n2').pid);
  t.is(res.json.groupId, 'shoal');
  t.true(Number(res.json.term) >= 1, 'term is a uint64 and arrives as a decimal string');
  const members = res.json.members as { id: string; peerAddress: string; reachable: boolean }[];
  t.deepEqual(members.map((m) => m.id), ['n1', 'n2', 'n3']);
  t.is(members.find((m) => m.id === 'n3')?.peerAddress, `127.0.0.1:${group.slot('n3').peerPort}`);
});

test.serial('GetStatus with application/proto through the SDK', async (t) => {
  const status = await group.client('n3').getStatus();
  t.is(status.memberId, 'n3');
  t.is(status.pid, group.process('n3').pid);
  t.true(status.commitIndex >= 1);
  t.true(status.appliedIndex <= status.commitIndex);
  t.true(status.commitIndex <= status.lastIndex);
  t.true(status.members.every((m) => m.voter));
});

test.serial('errors are Connect errors with fitting statuses', async (t) => {
  const unknown = await post('n1', '/shoal.admin.v1.AdminService/NoSuchMethod', '{}', jsonHeaders());
  t.is(unknown.status, 501);
  t.is(unknown.json.code, 'unimplemented');
  t.regex(String(unknown.json.message), /NoSuchMethod/);

  const badJson = await post('n1', GET_STATUS, '{not json', jsonHeaders());
  t.is(badJson.status, 400);
  t.is(badJson.json.code, 'invalid_argument');

  const unknownField = await post('n1', GET_STATUS, '{"bogus": 1}', jsonHeaders());
  t.is(unknownField.status, 400);
  t.regex(String(unknownField.json.message), /bogus/);
  // The message lists the request's real fields, and a method name is not one of them.
  const listMembersBogus = await post('n1', '/shoal.admin.v1.AdminService/ListMembers', '{"toJSON": 1}', jsonHeaders());
  t.is(listMembersBogus.status, 400);
  t.regex(String(listMembersBogus.json.message), /unknown field "toJSON"; this request takes: local$/);

  const wrongType = await post('n1', GET_STATUS, '{}', { 'content-type': 'text/plain', authorization: `Bearer ${group.token}` });
  t.is(wrongType.status, 415);
  t.is(typeof wrongType.json.code, 'string');
});

test.serial('the admin token is required when configured', async (t) => {
  const missing = await post('n1', GET_STATUS, '{}', { 'content-type': 'application/json' });
  t.is(missing.status, 401);
  t.is(missing.json.code, 'unauthenticated');

  const wrong = new AdminClient({ endpoint: group.endpoint('n1'), token: 'not-the-token' });
  try {
    const err = await t.throwsAsync(() => wrong.getStatus(), { instanceOf: AdminError });
    t.is(err?.code, 'unauthenticated');
    t.is(err?.status, 401);
  } finally {
    await wrong.close();
  }
});

test.serial('an unreachable endpoint is `unavailable`, naming the endpoint', async (t) => {
  // The port of a member that is not running: n1's peer port speaks no HTTP, so use a slot never started.
  const slot = await group.addSlot('nobody');
  const client = new AdminClient({ endpoint: `127.0.0.1:${slot.clientPort}`, token: group.token });
  try {
    const err = await t.throwsAsync(() => client.getStatus(), { instanceOf: AdminError });
    t.is(err?.code, 'unavailable');
    t.is(err?.status, null);
    t.true(err?.message.includes(`127.0.0.1:${slot.clientPort}`));
  } finally {
    await client.close();
  }
});

test.serial('/metrics has the Raft gauges and per-peer metrics', async (t) => {
  const leader = await group.waitForLeader();
  const response = await request(`${group.endpoint('n1')}/metrics`);
  t.is(response.statusCode, 200);
  const samples = parseMetrics(await response.body.text());
  t.is(metricValue(samples, 'shoal_raft_term', { member: 'n1' }), leader.term);
  t.true((metricValue(samples, 'shoal_raft_commit_index', { member: 'n1' }) ?? 0) >= 1);
  t.true((metricValue(samples, 'shoal_raft_save_seconds_count', { member: 'n1' }) ?? 0) >= 1);
  for (const peer of ['n2', 'n3']) {
    t.is(metricValue(samples, 'shoal_peer_connected', { member: 'n1', peer }), 1, `n1 → ${peer} connected`);
    t.true((metricValue(samples, 'shoal_peer_frames_sent', { member: 'n1', peer }) ?? 0) > 0);
    t.true((metricValue(samples, 'shoal_peer_bytes_received', { member: 'n1', peer }) ?? 0) > 0);
    t.not(metricValue(samples, 'shoal_peer_dropped_messages', { member: 'n1', peer }), undefined);
  }
});

test.serial('/healthz is 200, and /readyz is 200 once the member is ready', async (t) => {
  for (const id of group.initialIds) {
    const health = await request(`${group.endpoint(id)}/healthz`);
    t.is(health.statusCode, 200);
    await health.body.dump();
    const text = await eventually(
      `${id} to be ready`,
      async () => {
        const ready = await request(`${group.endpoint(id)}/readyz`);
        const body = await ready.body.text();
        return ready.statusCode === 200 ? body : undefined;
      },
      READY_TIMEOUT_MS,
    );
    t.regex(text, /^ready: (leader|follower), leader n\d/);
  }
});

test.serial('TransferLeader called on a follower is forwarded and moves leadership', async (t) => {
  const before = await group.waitForLeader();
  const [target, caller] = group.initialIds.filter((id) => id !== before.id) as [string, string];
  const answer = await group.client(caller).transferLeader({ to: target });
  t.is(answer.leaderId, target);
  const after = await group.waitForLeader();
  t.is(after.id, target);
  t.true(after.term > before.term);

  const unknown = await t.throwsAsync(() => group.client(target).transferLeader({ to: 'n9' }), { instanceOf: AdminError });
  t.is(unknown?.code, 'not_found');
  const bad = await t.throwsAsync(() => group.client(target).transferLeader({ to: 'Not An Id' }), { instanceOf: AdminError });
  t.is(bad?.code, 'invalid_argument');
});

test.serial('ProposeNoop on a follower commits through the leader and is applied there', async (t) => {
  const leader = await group.waitForLeader();
  const follower = group.initialIds.find((id) => id !== leader.id)!;
  const { index } = await group.client(follower).proposeNoop({ payload: new Uint8Array([1, 2, 3]) });
  const status = await group.status(follower);
  t.true(status.appliedIndex >= index);
});

test.serial('GetStateDigest: members at the same applied index show the same log and state digests', async (t) => {
  await group.client('n1').proposeNoop({});
  // Load reports keep the log moving: ask all three until they answer at one index.
  const answers = await eventually(
    'all three members to answer at the same applied index',
    async () => {
      const got = await Promise.all(['n1', 'n2', 'n3'].map((id) => group.client(id).getStateDigest({})));
      return got.every((d) => Number(d.appliedIndex) === Number(got[0]!.appliedIndex)) ? got : undefined;
    },
    20_000,
  );
  t.deepEqual(answers.map((d) => d.memberId), ['n1', 'n2', 'n3']);
  t.regex(answers[0]!.logDigest, /^[0-9a-f]{64}$/);
  t.is(new Set(answers.map((d) => d.logDigest)).size, 1, JSON.stringify(answers));
  t.is(new Set(answers.map((d) => d.stateDigest)).size, 1, JSON.stringify(answers));
});
