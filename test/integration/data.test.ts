import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import test from 'ava';
import fc from 'fast-check';
import { Agent, request } from 'undici';
import { BlockStore } from '../../src/storage/index.js';
import { TestGroup } from './group.js';
import { runShoalHere } from './cli-capture.js';
import { eventually } from './poll.js';
import { CLI_MAIN_PATH } from './process.js';

/**
 * The data path on a real three-member group (processes, LevelDB, loopback):
 * pages spread over the members, requests served through any member with the
 * other members' pages forwarded over the peer link, the API's answers to bad
 * input, a write while an owner is down, and a model check of random traffic.
 */

const KiB = 1024;
const PAGE = 64 * KiB;
/** Small enough to test 413 without megabytes of traffic. */
const MAX_REQUEST_BYTES = 256 * KiB;
const VOLUME = 'data';
const VOLUME_BYTES = 40 * PAGE;

let group: TestGroup;
const agent = new Agent({ keepAliveTimeout: 10_000, connections: 8 });

test.before(async () => {
  group = await TestGroup.start({ name: 'data', size: 3, serverArgs: ['--max-request-bytes', String(MAX_REQUEST_BYTES)] });
  await group.client('n1').createVolume({ name: VOLUME, sizeBytes: VOLUME_BYTES, pageSizeBytes: PAGE });
});

test.after.always(async () => {
  await agent.close();
  await group?.close();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

async function call(member: string, method: string, path: string, options: { body?: Uint8Array; headers?: Record<string, string> } = {}): Promise<Answer> {
  const response = await request(`${group.endpoint(member)}${path}`, { method: method as 'GET', body: options.body, headers: options.headers, dispatcher: agent });
  const body = Buffer.from(await response.body.arrayBuffer());
  return { status: response.statusCode, headers: response.headers, body };
}

const dataPath = (volume: string, query: string): string => `/v1/volumes/${volume}/data${query}`;
const put = (member: string, offset: number, bytes: Uint8Array): Promise<Answer> => call(member, 'PUT', dataPath(VOLUME, `?offset=${offset}`), { body: bytes });
const get = (member: string, offset: number, length: number): Promise<Answer> => call(member, 'GET', dataPath(VOLUME, `?offset=${offset}&length=${length}`));
const errorCode = (a: Answer): string => (JSON.parse(a.body.toString('utf8')) as { code: string }).code;

/** The owner of each page, from the routing table. */
async function owners(): Promise<string[]> {
  const table = await group.client('n2').getRoutingTable({ volume: VOLUME });
  const result: string[] = [];
  for (const run of table.runs) {
    for (let p = Number(run.firstPage); p < Number(run.firstPage) + Number(run.pageCount); p++) result.push(run.owners![p % run.owners!.length]!);
  }
  return result;
}

/** Waits until every member serves a read of a page of every owner (peer links up after a restart). */
async function everyMemberReachesEveryOwner(): Promise<void> {
  const map = await owners();
  const pageOf = ['n1', 'n2', 'n3'].map((id) => map.indexOf(id));
  await eventually(
    'every member to read a page of every owner',
    async () => {
      for (const member of ['n1', 'n2', 'n3']) {
        for (const page of pageOf) if ((await get(member, page * PAGE, 1)).status !== 200) return undefined;
      }
      return true;
    },
    20_000,
  );
}

test.serial('the routing table spreads the pages over all three members', async (t) => {
  const map = await owners();
  t.is(map.length, 40);
  const table = await group.client('n3').getRoutingTable({ volume: VOLUME });
  t.deepEqual(table.owners.map((o) => [o.memberId, Number(o.pages)]).map(([id]) => id), ['n1', 'n2', 'n3']);
  t.true(table.owners.every((o) => Number(o.pages) >= 13));
  const listed = await group.client('n2').listVolumes({});
  t.deepEqual(listed.volumes.map((v) => [v.name, Number(v.sizeBytes), v.pageSizeBytes, Number(v.pageCount)]), [[VOLUME, VOLUME_BYTES, PAGE, 40]]);
});

test.serial('a write through n1 spanning pages of all three members reads back byte for byte through n2 and n3', async (t) => {
  const map = await owners();
  const offset = PAGE / 2;
  const bytes = randomBytes(3 * PAGE);
  t.deepEqual([...new Set(map.slice(0, 4))].sort(), ['n1', 'n2', 'n3'], 'the range spans pages of every member');
  const written = await put('n1', offset, bytes);
  t.is(written.status, 204);
  t.is(written.headers['shoal-member'], 'n1');
  for (const member of ['n2', 'n3']) {
    const read = await get(member, offset, bytes.length);
    t.is(read.status, 200);
    t.is(read.headers['shoal-member'], member);
    t.true(read.body.equals(bytes), `read through ${member}`);
  }
  const ranged = await call('n3', 'GET', dataPath(VOLUME, ''), { headers: { range: `bytes=${offset + 10}-${offset + 10 + PAGE}` } });
  t.is(ranged.status, 206);
  t.is(ranged.headers['content-range'], `bytes ${offset + 10}-${offset + 10 + PAGE}/${VOLUME_BYTES}`);
  t.true(ranged.body.equals(bytes.subarray(10, 10 + PAGE + 1)));
  const zeros = await get('n2', 20 * PAGE, 100);
  t.true(zeros.body.equals(Buffer.alloc(100)), 'never-written bytes read as zeros');
});

test.serial('bad input gets a clear JSON error with a fitting status and changes nothing', async (t) => {
  const before = await get('n1', 0, 4 * PAGE);
  const body = Buffer.alloc(100, 7);
  const cases: Array<[string, () => Promise<Answer>, number, string]> = [
    ['unknown volume (GET)', () => call('n2', 'GET', dataPath('nope', '?offset=0&length=1')), 404, 'not_found'],
    ['unknown volume (PUT)', () => call('n2', 'PUT', dataPath('nope', '?offset=0'), { body }), 404, 'not_found'],
    ['bad volume name', () => call('n2', 'GET', dataPath('No%20Way', '?offset=0&length=1')), 400, 'invalid_argument'],
    ['offset not an integer', () => call('n1', 'GET', dataPath(VOLUME, '?offset=1.5&length=1')), 400, 'invalid_argument'],
    ['negative offset', () => call('n1', 'PUT', dataPath(VOLUME, '?offset=-1'), { body }), 400, 'invalid_argument'],
    ['length missing', () => call('n1', 'GET', dataPath(VOLUME, '?offset=0')), 400, 'invalid_argument'],
    ['unknown parameter', () => call('n1', 'GET', dataPath(VOLUME, '?offset=0&length=1&lenght=2')), 400, 'invalid_argument'],
    ['read past the end', () => get('n1', VOLUME_BYTES - 10, 11), 400, 'out_of_range'],
    ['write past the end', () => put('n3', VOLUME_BYTES - 10, body), 400, 'out_of_range'],
    ['read longer than a request may be', () => get('n1', 0, MAX_REQUEST_BYTES + 1), 400, 'invalid_argument'],
    ['unsatisfiable Range', () => call('n1', 'GET', dataPath(VOLUME, ''), { headers: { range: `bytes=${VOLUME_BYTES}-` } }), 416, 'out_of_range'],
    ['malformed Range', () => call('n1', 'GET', dataPath(VOLUME, ''), { headers: { range: 'pages=1-2' } }), 400, 'invalid_argument'],
    ['body too large', () => put('n2', 0, Buffer.alloc(MAX_REQUEST_BYTES + 1, 9)), 413, 'resource_exhausted'],
    ['wrong method', () => call('n1', 'DELETE', dataPath(VOLUME, '?offset=0')), 405, 'unimplemented'],
    ['unknown data path', () => call('n1', 'GET', '/v1/volumes'), 404, 'not_found'],
  ];
  for (const [what, send, status, code] of cases) {
    const answer = await send();
    t.is(answer.status, status, what);
    t.is(errorCode(answer), code, what);
    t.truthy(answer.headers['shoal-member'], `${what}: Shoal-Member`);
    t.regex(String(answer.headers['content-type']), /application\/json/, what);
  }
  const after = await get('n2', 0, 4 * PAGE);
  t.true(after.body.equals(before.body), 'no bad request changed a byte');
  const wrongMethod = await call('n1', 'POST', dataPath(VOLUME, '?offset=0'), { body });
  t.is(wrongMethod.headers.allow, 'GET, PUT');
});

test.serial('a write to a page whose owner is down fails with 503 and Retry-After, and succeeds once it is back', async (t) => {
  const map = await owners();
  const downPage = map.findIndex((o, p) => o === 'n3' && p >= 8);
  const livePage = map.findIndex((o, p) => o === 'n1' && p >= 8);
  const acknowledged = randomBytes(PAGE);
  t.is((await put('n1', downPage * PAGE, acknowledged)).status, 204);
  await group.kill('n3');
  await group.waitForLeader(['n1', 'n2']);
  const attempt = randomBytes(2 * KiB);
  const failed = await put('n1', downPage * PAGE + 100, attempt);
  t.is(failed.status, 503);
  t.is(errorCode(failed), 'unavailable');
  t.is(failed.headers['retry-after'], '1');
  t.regex(JSON.parse(failed.body.toString()).message as string, /n3/, 'the message names the unreachable owner');
  t.is((await get('n2', downPage * PAGE, 10)).status, 503, 'reads of its pages fail too');
  t.is((await put('n2', livePage * PAGE, attempt)).status, 204, 'pages of live members are still served');
  await group.startMember('n3');
  await eventually('the write to n3\'s page to succeed', async () => ((await put('n1', downPage * PAGE + 100, attempt)).status === 204 ? true : undefined), 20_000);
  // n2 redials n3 with a backoff, so its reads may answer 503 for a moment more.
  await everyMemberReachesEveryOwner();
  const read = await get('n2', downPage * PAGE, PAGE);
  const expected = Buffer.from(acknowledged);
  expected.set(attempt, 100);
  t.is(read.status, 200);
  t.true(read.body.equals(expected), 'what was acknowledged before survived; the retried write landed');
});

test.serial('property: random writes and reads through random members match an in-memory model', async (t) => {
  const region = { offset: 24 * PAGE, bytes: 8 * PAGE };
  const model = Buffer.alloc(region.bytes);
  t.is((await put('n1', region.offset, model.subarray(0, region.bytes / 2))).status, 204);
  t.is((await put('n1', region.offset + region.bytes / 2, model.subarray(region.bytes / 2))).status, 204);
  const op = fc.record({
    member: fc.constantFrom('n1', 'n2', 'n3'),
    write: fc.boolean(),
    start: fc.nat(region.bytes - 1),
    length: fc.integer({ min: 1, max: 3 * PAGE }),
    seed: fc.nat(255),
  });
  await fc.assert(
    fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
      for (const o of ops) {
        const length = Math.min(o.length, region.bytes - o.start);
        if (o.write) {
          const bytes = Buffer.alloc(length, o.seed);
          if ((await put(o.member, region.offset + o.start, bytes)).status !== 204) return false;
          bytes.copy(model, o.start);
        } else {
          const read = await get(o.member, region.offset + o.start, length);
          if (read.status !== 200 || !read.body.equals(model.subarray(o.start, o.start + length))) return false;
        }
      }
      return true;
    }),
    { numRuns: 25 },
  );
  t.pass();
});

test.serial('the CLI creates, lists, maps and removes volumes, and refuses bad sizes naming the flag', async (t) => {
  const endpoint = ['--endpoint', group.endpoint('n2')];
  const created = await runShoalHere(['volume', 'create', 'cli-vol', '--size', '1MiB', '--page-size', '64KiB', ...endpoint]);
  t.is(created.code, 0, created.stderr);
  t.regex(created.stdout, /created volume cli-vol: 1 MiB in 16 pages of 64 KiB/);
  const listed = await runShoalHere(['volume', 'ls', ...endpoint]);
  t.regex(listed.stdout, /cli-vol\s+1 MiB\s+64 KiB\s+16/);
  const map = await runShoalHere(['volume', 'map', 'cli-vol', '--json', ...endpoint]);
  const parsed = JSON.parse(map.stdout) as { owners: Array<{ memberId: string; pages: number }> };
  t.deepEqual(parsed.owners.map((o) => o.memberId), ['n1', 'n2', 'n3']);
  t.is(parsed.owners.reduce((sum, o) => sum + o.pages, 0), 16);
  const badSize = await runShoalHere(['volume', 'create', 'x', '--size', '10 parsecs', ...endpoint]);
  t.is(badSize.code, 2);
  t.regex(badSize.stderr, /--size/);
  const badPage = await runShoalHere(['volume', 'create', 'x', '--size', '1MiB', '--page-size', '100KiB', ...endpoint]);
  t.is(badPage.code, 1);
  t.regex(badPage.stderr, /invalid_argument.*page_size_bytes/);
  const twice = await runShoalHere(['volume', 'create', 'cli-vol', '--size', '1MiB', ...endpoint]);
  t.regex(twice.stderr, /already_exists/);
  const removed = await runShoalHere(['volume', 'rm', 'cli-vol', ...endpoint]);
  t.is(removed.code, 0, removed.stderr);
  t.regex((await runShoalHere(['volume', 'rm', 'cli-vol', ...endpoint])).stderr, /not_found/);
});

test.serial('shoal write and shoal read move bytes through stdin and stdout', (t) => {
  const bytes = randomBytes(300 * KiB); // over the members' 256 KiB limit: the SDK learns it from the 413
  const cli = (args: string[], input?: Buffer) =>
    spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), CLI_MAIN_PATH, ...args, '--endpoint', group.endpoint('n3')], { input, maxBuffer: 1 << 24, timeout: 30_000 });
  const wrote = cli(['write', VOLUME, '--offset', String(30 * PAGE + 5)], bytes);
  t.is(wrote.status, 0, wrote.stderr.toString());
  const read = cli(['read', VOLUME, '--offset', String(30 * PAGE + 5), '--length', String(bytes.length)]);
  t.is(read.status, 0, read.stderr.toString());
  t.true(read.stdout.equals(bytes));
  const missing = cli(['read', 'nope', '--offset', '0', '--length', '1']);
  t.is(missing.status, 1);
  t.regex(missing.stderr.toString(), /not_found/);
});

test.serial('a member that owns pages cannot be removed (its pages would be lost)', async (t) => {
  const error = await t.throwsAsync(group.client('n1').removeMember({ id: 'n3' }));
  t.regex(String(error?.message), /owns pages of volume/);
  t.deepEqual((await group.client('n1').listMembers({})).members.map((m) => m.id), ['n1', 'n2', 'n3']);
});

test.serial('a deleted volume is gone everywhere, and each member stored only its own pages', async (t) => {
  await group.client('n1').createVolume({ name: 'doomed', sizeBytes: 6 * PAGE, pageSizeBytes: PAGE });
  t.is((await call('n2', 'PUT', dataPath('doomed', '?offset=1'), { body: randomBytes(3 * PAGE) })).status, 204);
  const doomedId = Number((await group.client('n1').listVolumes({})).volumes.find((v) => v.name === 'doomed')!.id);
  await group.client('n3').deleteVolume({ name: 'doomed' });
  t.is((await call('n1', 'GET', dataPath('doomed', '?offset=0&length=1'))).status, 404);
  const map = await owners();
  const volumeId = Number((await group.client('n1').listVolumes({})).volumes.find((v) => v.name === VOLUME)!.id);
  for (const id of ['n1', 'n2', 'n3']) await group.stop(id);
  for (const id of ['n1', 'n2', 'n3']) {
    const store = await BlockStore.open(join(group.slot(id).dataDir, 'blocks'));
    try {
      const pages = await store.storedPages();
      t.true(pages.length > 0, `${id} holds pages`);
      t.deepEqual(pages.filter((p) => p.volumeId === volumeId && map[p.page] !== id), [], `${id} holds only pages it owns`);
      t.deepEqual(pages.filter((p) => p.volumeId === doomedId), [], `${id} freed the deleted volume's pages`);
    } finally {
      await store.close();
    }
  }
});
