import http from 'node:http';
import test from 'ava';
import { ShoalClient } from '../../src/client/index.js';
import { TestGroup } from './group.js';

/**
 * Placement of new connections (--placement round-robin): a member sends some new
 * connections elsewhere with 307, Location and Shoal-Redirect; the redirected
 * request is served there; an SDK client follows without noticing.
 */

const KiB = 1024;
const VOLUME = 'placement';
let group: TestGroup;

test.before(async () => {
  group = await TestGroup.start({ name: 'placement', size: 3, serverArgs: ['--placement', 'round-robin'] });
  await group.client('n1').createVolume({ name: VOLUME, sizeBytes: 1024 * KiB, pageSizeBytes: 64 * KiB });
});

test.after.always(async () => {
  await group?.close();
});

/** One GET on a fresh connection (no keep-alive reuse), not following redirects. */
function freshGet(url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false }, (res) => {
      res.resume();
      res.once('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.once('error', reject);
  });
}

test.serial('round-robin: new connections to n1 take turns over the members; a placed request is served where it was sent', async (t) => {
  const path = `/v1/volumes/${VOLUME}/data?offset=0&length=10`;
  const answers = [];
  for (let i = 0; i < 6; i++) answers.push(await freshGet(`${group.endpoint('n1')}${path}`));
  const served = answers.filter((a) => a.status === 200);
  const redirected = answers.filter((a) => a.status === 307);
  t.is(served.length, 2, 'n1 keeps its own turns');
  t.is(redirected.length, 4);
  const targets = new Set(redirected.map((a) => a.headers['shoal-redirect']));
  t.deepEqual([...targets].sort(), [group.endpoint('n2'), group.endpoint('n3')].sort());
  for (const a of redirected) {
    t.is(a.headers.location, `${a.headers['shoal-redirect']}${path}&placed=1`);
    t.is(a.headers.connection, 'close');
    const followed = await freshGet(String(a.headers.location));
    t.is(followed.status, 200, 'the placed request is served, not bounced again');
  }
});

test.serial('an SDK client placed elsewhere reads and writes without noticing', async (t) => {
  const clients = Array.from({ length: 3 }, () => new ShoalClient({ members: [group.endpoint('n1')] }));
  try {
    const bytes = Buffer.alloc(4 * KiB, 7);
    for (const c of clients) {
      await c.volume(VOLUME).write(8 * KiB, bytes);
      t.true(Buffer.from(await c.volume(VOLUME).read(8 * KiB, bytes.length)).equals(bytes));
    }
    const members = new Set(clients.map((c) => c.lastMemberId()));
    t.true(members.size >= 2, `clients were spread: ${[...members].join(', ')}`);
  } finally {
    await Promise.all(clients.map((c) => c.close()));
  }
});
