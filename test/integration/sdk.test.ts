import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import test from 'ava';
import { ShoalClient, ShoalDataError } from '../../src/client/index.js';
import { TestGroup } from './group.js';

/**
 * The SDK against a real three-member group: reads and writes through any member,
 * failover when the member it talks to dies, and a write that waits out (by
 * retrying) an owner that is down for a moment.
 */

const KiB = 1024;
const PAGE = 64 * KiB;
const VOLUME = 'sdk';

let group: TestGroup;
const clients: ShoalClient[] = [];

function clientFor(...ids: string[]): ShoalClient {
  const client = new ShoalClient({ members: ids.map((id) => group.endpoint(id)), retry: { budgetMs: 30_000, attemptsMax: 40 } });
  clients.push(client);
  return client;
}

/** The owner of each page, from the routing table. */
async function owners(): Promise<string[]> {
  const table = await group.client('n1').getRoutingTable({ volume: VOLUME });
  const run = table.runs[0]!;
  return Array.from({ length: Number(table.volume!.pageCount) }, (_, p) => run.owners![p % run.owners!.length]!);
}

test.before(async () => {
  group = await TestGroup.start({ name: 'sdk', size: 3 });
  await group.client('n2').createVolume({ name: VOLUME, sizeBytes: 32 * PAGE, pageSizeBytes: PAGE });
});

test.after.always(async () => {
  await Promise.all(clients.map((c) => c.close().catch(() => undefined)));
  await group?.close();
});

test.serial('what one client writes through one member another reads through another', async (t) => {
  const bytes = randomBytes(5 * PAGE + 123);
  await clientFor('n1').volume(VOLUME).write(PAGE - 7, bytes);
  const reader = clientFor('n3', 'n1');
  const read = await reader.volume(VOLUME).read(PAGE - 7, bytes.length);
  t.true(Buffer.from(read).equals(bytes));
  t.is(reader.lastMemberId(), 'n3');
});

test.serial('unknown volumes and bad arguments are errors with stable codes, not retried', async (t) => {
  const client = clientFor('n2');
  const missing = await t.throwsAsync(client.volume('absent').read(0, 10), { instanceOf: ShoalDataError });
  t.is(missing?.code, 'not_found');
  const pastEnd = await t.throwsAsync(client.volume(VOLUME).write(32 * PAGE - 1, new Uint8Array(2)), { instanceOf: ShoalDataError });
  t.is(pastEnd?.code, 'out_of_range');
  const negative = await t.throwsAsync(client.volume(VOLUME).read(-1, 1), { instanceOf: ShoalDataError });
  t.is(negative?.code, 'invalid_argument');
});

test.serial('when its member dies the client carries on through the next one', async (t) => {
  const map = await owners();
  const notOnN1 = map.findIndex((o) => o !== 'n1');
  const bytes = randomBytes(4 * KiB);
  const client = clientFor('n1', 'n2', 'n3');
  await client.volume(VOLUME).write(notOnN1 * PAGE, bytes);
  t.is(client.lastMemberId(), 'n1');
  await group.kill('n1');
  const read = await client.volume(VOLUME).read(notOnN1 * PAGE, bytes.length);
  t.true(Buffer.from(read).equals(bytes));
  t.not(client.lastMemberId(), 'n1', 'the read was served by another member');
  await group.startMember('n1');
  await group.waitForLeader();
});

test.serial('a write to a page whose owner is briefly down succeeds once it is back, by retrying', async (t) => {
  const map = await owners();
  const page = map.findIndex((o, p) => o === 'n3' && p > 4);
  const bytes = randomBytes(8 * KiB);
  const client = clientFor('n1');
  await group.kill('n3');
  const writing = client.volume(VOLUME).write(page * PAGE + 10, bytes);
  await group.startMember('n3');
  await writing;
  const read = await clientFor('n2').volume(VOLUME).read(page * PAGE + 10, bytes.length);
  t.true(Buffer.from(read).equals(bytes));
});

test.serial('the example in docs/ runs against a group and reads back what it wrote', async (t) => {
  await group.client('n1').createVolume({ name: 'demo', sizeBytes: 4 * 1024 * 1024 });
  const example = fileURLToPath(new URL('../../docs/examples/sdk-example.ts', import.meta.url));
  const run = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), example], {
    env: { ...process.env, SHOAL_MEMBERS: ['n1', 'n2', 'n3'].map((id) => group.endpoint(id)).join(',') },
    encoding: 'utf8',
    timeout: 30_000,
  });
  t.is(run.status, 0, run.stderr);
  t.regex(run.stdout, /read 12288 bytes back via n\d .*: identical/);
});
