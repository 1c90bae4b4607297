import { randomBytes } from 'node:crypto';
import http from 'node:http';
import test from 'ava';
import { ShoalClient } from '../../src/client/index.js';
import { runShoalHere } from './cli-capture.js';
import { TestGroup } from './group.js';
import { metricValue, parseMetrics } from './metrics.js';
import { eventually } from './poll.js';

/**
 * Moving client connections on a real group: the member holding a connection
 * closes it when a committed move says so — at once when idle, after the request
 * in flight (answered with Connection: close and Shoal-Redirect) otherwise — and
 * an SDK client carries on against the new member without an error.
 */

const KiB = 1024;
const VOLUME = 'moves';
let group: TestGroup;

test.before(async () => {
  group = await TestGroup.start({ name: 'moves', size: 3 });
  await group.client('n1').createVolume({ name: VOLUME, sizeBytes: 4 * 1024 * KiB, pageSizeBytes: 64 * KiB });
});

test.after.always(async () => {
  await group?.close();
});

/** Data connections n1 holds (ones that made data requests), by id. */
async function dataConnections(member: string): Promise<Array<{ id: string; movingTo: string; bytes: number }>> {
  const answer = await group.client(member).listConnections({});
  return answer.connections
    .filter((c) => Object.keys(c.bytesByOwner ?? {}).length > 0)
    .map((c) => ({ id: c.id ?? '', movingTo: c.movingTo ?? '', bytes: Object.values(c.bytesByOwner ?? {}).reduce((a, b) => a + Number(b), 0) }));
}

async function movesOf(member: string, outcome: string): Promise<number> {
  const text = await (await fetch(`${group.endpoint(member)}/metrics`)).text();
  return metricValue(parseMetrics(text), 'shoal_connection_moves_total', { outcome }) ?? 0;
}

test.serial('ListConnections shows a data connection with its locality; an idle one that is moved is closed', async (t) => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (): Promise<{ status: number; socketClosed: Promise<void> }> =>
    new Promise((resolve, reject) => {
      const req = http.get(`${group.endpoint('n1')}/v1/volumes/${VOLUME}/data?offset=0&length=${200 * KiB}`, { agent }, (res) => {
        res.resume();
        const socketClosed = new Promise<void>((done) => req.socket!.once('close', () => done()));
        res.once('end', () => resolve({ status: res.statusCode ?? 0, socketClosed }));
      });
      req.once('error', reject);
    });
  const first = await get();
  t.is(first.status, 200);
  const [connection] = await dataConnections('n1');
  t.truthy(connection, 'the data connection is listed');
  t.is(connection!.bytes, 200 * KiB, 'its bytes, by the members owning the pages');
  const before = await movesOf('n1', 'closed-idle');
  await group.client('n3').moveConnection({ connection: connection!.id, to: 'n2' });
  await first.socketClosed;
  t.is(await movesOf('n1', 'closed-idle'), before + 1);
  agent.destroy();
});

test.serial('a connection moved mid-request gets its answer with Connection: close and Shoal-Redirect, then closes', async (t) => {
  const body = randomBytes(64 * KiB);
  const answer = new Promise<http.IncomingMessage>((resolve, reject) => {
    const req = http.request(`${group.endpoint('n1')}/v1/volumes/${VOLUME}/data?offset=${KiB}`, { method: 'PUT', headers: { 'content-length': body.length } }, resolve);
    req.once('error', reject);
    // Half the body now: the request is in flight on n1 until the rest arrives.
    req.write(body.subarray(0, body.length / 2));
    void (async () => {
      const localPort = await new Promise<number>((done) => req.once('socket', (socket) => socket.once('connect', () => done(socket.localPort!))));
      const id = await eventually('the in-flight PUT to be listed', async () => {
        const listed = await group.client('n1').listConnections({});
        return listed.connections.find((c) => c.remoteAddress === `127.0.0.1:${localPort}` && c.inFlight === 1)?.id ?? undefined;
      }, 10_000);
      await group.client('n2').moveConnection({ connection: id!, to: 'n3' });
      await eventually('the move to be applied on n1', async () => ((await group.client('n1').listConnections({})).connections.some((c) => c.id === id && c.movingTo) ? true : undefined), 10_000);
      req.end(body.subarray(body.length / 2));
    })().catch(reject);
  });
  const res = await answer;
  res.resume();
  t.is(res.statusCode, 204);
  t.is(res.headers.connection, 'close');
  t.is(res.headers['shoal-redirect'], group.endpoint('n3'));
  t.regex(String(res.headers['shoal-moved-connection']), /^n1-\d+$/, 'the redirect names the connection it leaves');
});

test.serial('an SDK client whose connection is moved carries on against the new member, with no error', async (t) => {
  const client = new ShoalClient({ members: [group.endpoint('n1')] });
  const bytes = randomBytes(8 * KiB);
  let stop = false;
  let operations = 0;
  const loop = (async () => {
    while (!stop) {
      await client.volume(VOLUME).write(16 * KiB, bytes);
      const back = await client.volume(VOLUME).read(16 * KiB, bytes.length);
      if (!Buffer.from(back).equals(bytes)) throw new Error('read back other bytes');
      operations += 2;
    }
  })();
  try {
    const connections = await eventually('the SDK connection on n1', async () => {
      const listed = await dataConnections('n1');
      return listed.length > 0 ? listed : undefined;
    }, 10_000);
    for (const c of connections) await group.client('n1').moveConnection({ connection: c.id, to: 'n3' });
    await eventually('the SDK to be served by n3', async () => (client.lastMemberId() === 'n3' ? true : undefined), 10_000);
    const movedAt = operations;
    await eventually('more operations on n3', async () => (operations > movedAt + 10 ? true : undefined), 10_000);
    // The cooldown follows the client: its new connection names the one it was moved off.
    const onN3 = (await group.client('n3').listConnections({})).connections.filter((c) => Object.keys(c.bytesByOwner ?? {}).length > 0);
    t.true(onN3.length > 0 && onN3.every((c) => connections.some((old) => old.id === c.movedFrom)), JSON.stringify(onN3.map((c) => [c.id, c.movedFrom])));
    const { recentMoves } = await group.client('n2').getLoad({});
    for (const c of connections) t.true(recentMoves.some((m) => m.connection === c.id && m.to === 'n3' && Number(m.atMs) > 0), `the move of ${c.id} is remembered`);
  } finally {
    stop = true;
    await loop;
    await client.close();
  }
  t.is(client.currentMember(), group.endpoint('n3'));
  t.true(operations > 10);
});

test.serial('a malformed Shoal-Moved-From is refused with 400 naming the header', async (t) => {
  const res = await fetch(`${group.endpoint('n2')}/v1/volumes/${VOLUME}/data?offset=0&length=16`, { headers: { 'Shoal-Moved-From': 'not a connection' } });
  t.is(res.status, 400);
  const body = (await res.json()) as { code: string; message: string };
  t.is(body.code, 'invalid_argument');
  t.regex(body.message, /Shoal-Moved-From "not a connection" is not a connection id/);
});

test.serial('bad moves are refused with clear errors', async (t) => {
  const admin = group.client('n2');
  const cases: Array<[{ connection: string; to: string }, RegExp]> = [
    [{ connection: 'not-an-id', to: 'n2' }, /not a connection id/],
    [{ connection: 'n9-1', to: 'n2' }, /n9.*not a member/],
    [{ connection: 'n1-1', to: 'n7' }, /n7.*not in the group/],
    [{ connection: 'n1-1', to: 'n1' }, /already held by n1/],
  ];
  for (const [request, message] of cases) {
    const error = await t.throwsAsync(admin.moveConnection(request));
    t.regex(String(error?.message), message);
  }
});

test.serial('shoal connections lists every member\'s connections; shoal connections move refuses a bad id', async (t) => {
  const client = new ShoalClient({ members: [group.endpoint('n2')] });
  try {
    await client.volume(VOLUME).read(0, 200 * KiB);
    const listed = await runShoalHere(['connections', '--endpoint', group.endpoint('n1')]);
    t.is(listed.code, 0, listed.stderr);
    t.regex(listed.stdout, /MEMBER\s+CONNECTION\s+CLIENT/);
    t.regex(listed.stdout, /n2\s+n2-\d+\s+127\.0\.0\.1:\d+\s+\d+\s+.*n1 \d+%/, 'the SDK connection on n2, with its pages by owner');
    const json = JSON.parse((await runShoalHere(['connections', '--json', '--endpoint', group.endpoint('n3')])).stdout) as Array<{ memberId: string }>;
    t.deepEqual(json.map((m) => m.memberId), ['n1', 'n2', 'n3']);
    const bad = await runShoalHere(['connections', 'move', 'nope', '--to', 'n1', '--endpoint', group.endpoint('n1')]);
    t.is(bad.code, 1);
    t.regex(bad.stderr, /invalid_argument: connection "nope" is not a connection id/);
  } finally {
    await client.close();
  }
});

test.serial('every member reports its load through the log; a busy connection shows with its work and pages', async (t) => {
  const client = new ShoalClient({ members: [group.endpoint('n2')] });
  let stop = false;
  const loop = (async () => {
    while (!stop) await client.volume(VOLUME).read(0, 256 * KiB);
  })();
  try {
    const members = await eventually('loads from all three members, n2 with a busy connection', async () => {
      const answer = await group.client('n3').getLoad({});
      const n2 = answer.members.find((m) => m.memberId === 'n2');
      const busy = n2?.connections?.find((c) => (c.work ?? 0) > 0 && Object.keys(c.pages ?? {}).length === 3);
      return answer.members.length === 3 && busy ? answer.members : undefined;
    }, 20_000);
    t.deepEqual(members.map((m) => m.memberId), ['n1', 'n2', 'n3']);
    const n2 = members.find((m) => m.memberId === 'n2')!;
    t.true((n2.utilization ?? 0) > 0 && (n2.utilization ?? 0) <= 1);
    t.true((n2.requestsPerSecond ?? 0) > 0);
    const busy = n2.connections!.find((c) => (c.work ?? 0) > 0 && Object.keys(c.pages ?? {}).length === 3)!;
    const shares = Object.values(busy.pages ?? {});
    t.true(Math.abs(shares.reduce((a, b) => a + b, 0) - 1) < 1e-9, 'page fractions sum to 1');
    const shown = await runShoalHere(['load', '--endpoint', group.endpoint('n1')]);
    t.is(shown.code, 0, shown.stderr);
    t.regex(shown.stdout, /MEMBER\s+UTILIZATION\s+BACKGROUND/);
    t.regex(shown.stdout, /n2\s+n2-\d+\s+work [\d.]+\s+pages n1 \d+%, n2 \d+%, n3 \d+%/);
    // Its reads span pages of all three members: n2 forwards about two thirds of the bytes.
    const forwarded = metricValue(parseMetrics(await (await fetch(`${group.endpoint('n2')}/metrics`)).text()), 'shoal_load_forwarded_fraction') ?? -1;
    t.true(forwarded > 0.3 && forwarded < 0.95, `n2 forwarded ${forwarded} of its clients' bytes`);
  } finally {
    stop = true;
    await loop;
    await client.close();
  }
});

test.serial('a member stopped gracefully sends its busy clients to the others first: they carry on without an error', async (t) => {
  const client = new ShoalClient({ members: [group.endpoint('n3')] });
  const bytes = randomBytes(4 * KiB);
  // A page n1 owns: pages are not replicated, so n3's own pages are out of reach while it is down.
  const table = await group.client('n1').getRoutingTable({ volume: VOLUME });
  const run = table.runs[0]!;
  const page = Array.from({ length: run.owners!.length }, (_, i) => Number(run.firstPage) + i).find((p) => run.owners![p % run.owners!.length] === 'n1')!;
  const offset = page * 64 * KiB;
  let stop = false;
  const errors: string[] = [];
  let operations = 0;
  const loop = (async () => {
    while (!stop) {
      try {
        await client.volume(VOLUME).write(offset, bytes);
        const back = await client.volume(VOLUME).read(offset, bytes.length);
        if (!Buffer.from(back).equals(bytes)) errors.push('read back other bytes');
        operations += 2;
      } catch (err) {
        errors.push(String(err));
      }
    }
  })();
  try {
    await eventually('the client to be busy on n3', async () => (operations > 20 && client.lastMemberId() === 'n3' ? true : undefined), 10_000);
    const exit = await group.stop('n3');
    t.deepEqual(exit, { code: 0, signal: null });
    const before = operations;
    await eventually('more operations elsewhere', async () => (operations > before + 20 ? true : undefined), 10_000);
  } finally {
    stop = true;
    await loop;
    await client.close();
  }
  t.deepEqual(errors, [], 'no request failed across the stop');
  t.not(client.lastMemberId(), 'n3');
});

test.serial('an admin client polling on a keep-alive connection is not a client connection with work (nothing to move)', async (t) => {
  const started = Date.now();
  let polls = 0;
  const snapshot = await eventually(
    'a load snapshot of n1 measured while an admin client polls it',
    async () => {
      // The same cached AdminClient: one keep-alive connection, many calls.
      for (let i = 0; i < 10; i++) await group.client('n1').getStatus({});
      polls += 10;
      const load = (await group.client('n1').getLoad({})).members.find((m) => m.memberId === 'n1');
      return load && Number(load.takenAtMs) > started + 1_500 ? load : undefined;
    },
    20_000,
  );
  t.true(polls >= 10);
  t.deepEqual((snapshot.connections ?? []).filter((c) => Object.keys(c.pages ?? {}).length === 0).map((c) => c.id), [], 'no connection without data requests has work');
});
