/**
 * Page requests between TcpTransports on loopback: a member asks a page's owner to
 * read or write bytes of it over the authenticated connection Raft uses. Answers
 * come back matched by id in any order; every request settles exactly once — with
 * the owner's data, the owner's error code (remote), or a local code when the peer
 * is unavailable or busy, the answer is late, the connection is lost or the
 * transport closes. Hand-written peers check that malformed requests and answers
 * are refused without cutting the connection.
 */
import test, { type ExecutionContext } from 'ava';
import { performance } from 'node:perf_hooks';
import type { NodeId } from '../../src/raft/types.js';
import {
  PAGE_DATA_BYTES_MAX,
  PAGE_REQUESTS_INFLIGHT_MAX,
  PAGE_REQUESTS_SERVING_MAX,
  type PageRequest,
  type PageResponseFrame,
  PeerRequestError,
  type TcpTransport,
} from '../../src/transport/index.js';
import { collect, fakeDialer, isConnected, newSecret, raftMessage, startGroup, startTransport, unusedPort, waitConnected, waitFor } from './helpers.js';

/** A read of `length` bytes of page `page` of volume `volumeId`. */
function read(volumeId: number, page: number, offsetInPage: number, length: number): PageRequest {
  return { volumeId, page, offsetInPage, length, write: false, data: new Uint8Array(0), minAppliedIndex: 0 };
}

/** A write of `data` at `offsetInPage`. */
function write(volumeId: number, page: number, offsetInPage: number, data: Uint8Array): PageRequest {
  return { volumeId, page, offsetInPage, length: data.byteLength, write: true, data, minAppliedIndex: 0 };
}

/** The bytes a test owner holds at a position: a function of where they are, so every answer can be checked. */
function contentAt(request: PageRequest): Uint8Array {
  const bytes = new Uint8Array(request.length);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (request.volumeId * 31 + request.page * 7 + request.offsetInPage + i) & 0xff;
  return bytes;
}

/** A promise and the function that settles it, for handlers that answer when a test says so. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Resolves to the error `promise` rejects with; fails the test if it resolves. */
async function rejection(t: ExecutionContext, promise: Promise<unknown>): Promise<PeerRequestError> {
  const error = await t.throwsAsync(promise, { instanceOf: PeerRequestError });
  return error!;
}

/** Whether `promise` settles before the event loop reaches I/O: nothing was waited for. */
async function settlesAtOnce(promise: Promise<unknown>): Promise<boolean> {
  const turn = new Promise<'later'>((resolve) => setImmediate(() => resolve('later')));
  const first = await Promise.race([promise.then(() => 'now', () => 'now'), turn]);
  return first === 'now';
}

/** Two connected transports `${name}1` and `${name}2`; ids of their own per test, for readable failures. */
async function pair(t: ExecutionContext, name: string): Promise<{ n1: TcpTransport; n2: TcpTransport }> {
  const group = await startGroup(t, [`${name}1`, `${name}2`]);
  await waitConnected(group);
  return { n1: group.get(`${name}1`)!, n2: group.get(`${name}2`)! };
}

test('reads and writes go both ways and return the owner handler data', async (t) => {
  const { n1, n2 } = await pair(t, 'rw');
  const seen: Array<[NodeId, PageRequest]> = [];
  for (const owner of [n1, n2]) {
    owner.onPageRequest(async (from, request) => {
      seen.push([from, request]);
      return request.write ? new Uint8Array(0) : contentAt(request);
    });
  }
  const request = { ...read(3, 17, 100, 4096), minAppliedIndex: 42 };
  t.deepEqual(await n1.requestPage('rw2', request), contentAt(request));
  t.deepEqual(await n2.requestPage('rw1', read(1, 2, 3, 5)), contentAt(read(1, 2, 3, 5)));
  const data = Uint8Array.from([9, 8, 7, 6]);
  t.deepEqual(await n1.requestPage('rw2', write(3, 17, 8, data)), new Uint8Array(0));
  t.deepEqual(await n1.requestPage('rw2', read(3, 17, 0, 0)), new Uint8Array(0), 'an empty read');
  t.deepEqual(
    seen.map(([from, r]) => [from, r.volumeId, r.page, r.offsetInPage, r.length, r.write, [...r.data], r.minAppliedIndex]),
    [
      ['rw1', 3, 17, 100, 4096, false, [], 42],
      ['rw2', 1, 2, 3, 5, false, [], 0],
      ['rw1', 3, 17, 8, 4, true, [9, 8, 7, 6], 0],
      ['rw1', 3, 17, 0, 0, false, [], 0],
    ],
  );
  t.like(n1.stats(), { pageRequestsSent: 3, pageRequestsSucceeded: 3, pageRequestsServed: 1 });
  t.like(n2.stats(), { pageRequestsSent: 1, pageRequestsServed: 3, pageRequestsServedWithError: 0 });
});

test('a large write and a large read cross intact', async (t) => {
  const { n1, n2 } = await pair(t, 'large');
  let written: Uint8Array | null = null;
  n2.onPageRequest(async (_, request) => {
    if (request.write) written = request.data;
    return request.write ? new Uint8Array(0) : contentAt(request);
  });
  const data = contentAt(read(5, 5, 5, PAGE_DATA_BYTES_MAX));
  await n1.requestPage('large2', write(5, 5, 5, data));
  // Buffer.equals, not deepEqual: ava's diffing of 15 MiB would stall the other tests in this process.
  t.true(written !== null && Buffer.from(data).equals(written));
  t.true(Buffer.from(data).equals(await n1.requestPage('large2', read(5, 5, 5, PAGE_DATA_BYTES_MAX))));
});

test("the owner's error code comes back with remote = true; an error without a code is 'internal'", async (t) => {
  const { n1, n2 } = await pair(t, 'err');
  n2.onPageRequest(async (_, request) => {
    if (request.volumeId === 1) throw Object.assign(new Error('no volume 1'), { code: 'VOLUME_NOT_FOUND' });
    if (request.volumeId === 2) throw new Error('disk on fire');
    throw 'a string'; // a handler in plain JavaScript might throw anything
  });
  t.like(await rejection(t, n1.requestPage('err2', read(1, 0, 0, 8))), { code: 'VOLUME_NOT_FOUND', message: 'no volume 1', remote: true });
  t.like(await rejection(t, n1.requestPage('err2', read(2, 0, 0, 8))), { code: 'internal', message: 'disk on fire', remote: true });
  t.like(await rejection(t, n1.requestPage('err2', read(3, 0, 0, 8))), { code: 'internal', remote: true });
  // A handler that throws synchronously is answered the same way.
  n2.onPageRequest(() => {
    throw Object.assign(new Error('not the owner'), { code: 'PAGE_NOT_OWNED' });
  });
  t.like(await rejection(t, n1.requestPage('err2', read(1, 0, 0, 8))), { code: 'PAGE_NOT_OWNED', remote: true });
  t.like(n1.stats(), { pageRequestsRemoteErrors: 4 });
  t.like(n2.stats(), { pageRequestsServed: 4, pageRequestsServedWithError: 4 });
});

test('an owner without a handler answers TRANSPORT_NOT_SERVING', async (t) => {
  const { n1 } = await pair(t, 'nohandler');
  t.like(await rejection(t, n1.requestPage('nohandler2', read(1, 0, 0, 8))), { code: 'TRANSPORT_NOT_SERVING', remote: true });
});

test('an unknown or unconnected peer is TRANSPORT_PEER_UNAVAILABLE at once, without waiting for a dial', async (t) => {
  const n1 = await startTransport(t, 'un1', { secret: newSecret(), peers: new Map([['un2', `127.0.0.1:${await unusedPort()}`]]) });
  for (const peer of ['un2', 'un9', 'un1']) {
    const request = n1.requestPage(peer, read(1, 0, 0, 8));
    t.true(await settlesAtOnce(request), peer);
    t.like(await rejection(t, request), { code: 'TRANSPORT_PEER_UNAVAILABLE', remote: false });
  }
  t.is(n1.stats().pageRequestErrors.TRANSPORT_PEER_UNAVAILABLE, 3);
  t.is(n1.stats().pageRequestsSent, 0);
});

test('requests out of bounds are TRANSPORT_BAD_REQUEST before anything is sent', async (t) => {
  const { n1 } = await pair(t, 'badlocal');
  const cases: PageRequest[] = [
    read(1, 0, 0, PAGE_DATA_BYTES_MAX + 1),
    read(2 ** 53, 0, 0, 8),
    { ...read(1, 0, 0, 8), data: new Uint8Array(8) },
    { ...write(1, 0, 0, new Uint8Array(8)), length: 9 },
  ];
  for (const request of cases) t.like(await rejection(t, n1.requestPage('badlocal2', request)), { code: 'TRANSPORT_BAD_REQUEST', remote: false });
  t.like(await rejection(t, n1.requestPage('badlocal2', read(1, 0, 0, 8), { timeoutMs: 0 })), { code: 'TRANSPORT_BAD_REQUEST' });
  t.is(n1.stats().pageRequestsSent, 0);
});

test('past PAGE_REQUESTS_INFLIGHT_MAX outstanding, a request is TRANSPORT_PEER_BUSY at once; the others are answered', async (t) => {
  const { n1, n2 } = await pair(t, 'busy');
  const release = gate();
  let arrived = 0;
  n2.onPageRequest(async (_, request) => {
    arrived += 1;
    await release.opened;
    return contentAt(request);
  });
  const requests = Array.from({ length: PAGE_REQUESTS_INFLIGHT_MAX }, (_, i) => n1.requestPage('busy2', read(1, i, 0, 64)));
  const over = n1.requestPage('busy2', read(1, 0, 0, 64));
  t.true(await settlesAtOnce(over));
  t.like(await rejection(t, over), { code: 'TRANSPORT_PEER_BUSY', remote: false });
  await waitFor('every request at the owner', () => arrived === PAGE_REQUESTS_INFLIGHT_MAX);
  release.open();
  const answers = await Promise.all(requests);
  answers.forEach((answer, i) => t.deepEqual(answer, contentAt(read(1, i, 0, 64))));
  // The bound is free again.
  t.deepEqual(await n1.requestPage('busy2', read(1, 0, 0, 64)), contentAt(read(1, 0, 0, 64)));
});

test('past PAGE_REQUEST_BYTES_INFLIGHT_MAX outstanding, a request is TRANSPORT_PEER_BUSY', async (t) => {
  const { n1, n2 } = await pair(t, 'bytes');
  const release = gate();
  n2.onPageRequest(async (_, request) => {
    await release.opened;
    return request.write ? new Uint8Array(0) : contentAt(request);
  });
  const big = n1.requestPage('bytes2', read(1, 0, 0, PAGE_DATA_BYTES_MAX));
  // 15 MiB are outstanding; 2 MiB more (a read's answer, or a write's data) exceed the 16 MiB bound.
  t.like(await rejection(t, n1.requestPage('bytes2', read(1, 1, 0, 2 * 1024 * 1024))), { code: 'TRANSPORT_PEER_BUSY' });
  t.like(await rejection(t, n1.requestPage('bytes2', write(1, 1, 0, new Uint8Array(2 * 1024 * 1024)))), { code: 'TRANSPORT_PEER_BUSY' });
  const small = n1.requestPage('bytes2', read(1, 1, 0, 4096));
  release.open();
  t.is((await big).byteLength, PAGE_DATA_BYTES_MAX);
  t.is((await small).byteLength, 4096);
});

test('no answer within timeoutMs is TRANSPORT_REQUEST_TIMEOUT, and the late answer is ignored', async (t) => {
  const { n1, n2 } = await pair(t, 'late');
  const release = gate();
  n2.onPageRequest(async (_, request) => {
    await release.opened;
    return contentAt(request);
  });
  const startMs = performance.now();
  const error = await rejection(t, n1.requestPage('late2', read(1, 0, 0, 8), { timeoutMs: 50 }));
  const elapsedMs = performance.now() - startMs;
  t.like(error, { code: 'TRANSPORT_REQUEST_TIMEOUT', remote: false });
  t.true(elapsedMs >= 45, `timed out after ${elapsedMs} ms`);
  // Requests with other timeouts on the same connection each expire on their own.
  const [short, long] = [n1.requestPage('late2', read(1, 1, 0, 8), { timeoutMs: 20 }), n1.requestPage('late2', read(1, 2, 0, 8), { timeoutMs: 30_000 })];
  t.like(await rejection(t, short), { code: 'TRANSPORT_REQUEST_TIMEOUT' });
  release.open();
  t.deepEqual(await long, contentAt(read(1, 2, 0, 8)));
  await waitFor('the two late answers arrive and are ignored', () => n1.stats().pageResponsesIgnored === 2);
  t.is(n1.stats().pageRequestErrors.TRANSPORT_REQUEST_TIMEOUT, 2);
  t.true(isConnected(n1, 'late2'));
});

test("the owner's transport closing fails outstanding requests with TRANSPORT_CONNECTION_LOST, promptly", async (t) => {
  const { n1, n2 } = await pair(t, 'lost');
  let arrived = 0;
  n2.onPageRequest(async () => {
    arrived += 1;
    return new Promise<Uint8Array>(() => {}); // never answers
  });
  const requests = Array.from({ length: 10 }, (_, i) => n1.requestPage('lost2', read(1, i, 0, 8), { timeoutMs: 30_000 }));
  await waitFor('the requests at the owner', () => arrived === 10);
  const startMs = performance.now();
  await n2.close();
  for (const request of requests) t.like(await rejection(t, request), { code: 'TRANSPORT_CONNECTION_LOST', remote: false });
  t.true(performance.now() - startMs < 5_000);
  t.like(await rejection(t, n1.requestPage('lost2', read(1, 0, 0, 8))), { code: 'TRANSPORT_PEER_UNAVAILABLE' });
});

test("this transport closing fails outstanding requests with TRANSPORT_CLOSED, and later ones too", async (t) => {
  const { n1, n2 } = await pair(t, 'closed');
  n2.onPageRequest(() => new Promise<Uint8Array>(() => {}));
  const outstanding = n1.requestPage('closed2', read(1, 0, 0, 8));
  const closing = n1.close();
  t.like(await rejection(t, outstanding), { code: 'TRANSPORT_CLOSED', remote: false });
  await closing;
  t.like(await rejection(t, n1.requestPage('closed2', read(1, 0, 0, 8))), { code: 'TRANSPORT_CLOSED' });
});

test('an answer to a connection that has gone is dropped and counted', async (t) => {
  const { n1, n2 } = await pair(t, 'gone');
  const release = gate();
  let arrived = false;
  n2.onPageRequest(async (_, request) => {
    arrived = true;
    await release.opened;
    return contentAt(request);
  });
  const request = n1.requestPage('gone2', read(1, 0, 0, 8));
  await waitFor('the request at the owner', () => arrived);
  n1.setPeers(new Map()); // cuts the connection
  t.like(await rejection(t, request), { code: 'TRANSPORT_CONNECTION_LOST' });
  await waitFor('the owner sees the connection gone', () => !isConnected(n2, 'gone1'));
  release.open();
  await waitFor('the answer is dropped', () => n2.stats().pageAnswersDropped === 1);
  t.is(n2.stats().pageRequestsServed, 0);
});

test('500 requests outstanding at once, to two owners, answered out of order: each gets its own answer; Raft traffic flows alongside', async (t) => {
  const group = await startGroup(t, ['many1', 'many2', 'many3']);
  await waitConnected(group);
  const n1 = group.get('many1')!;
  const received = collect(group.get('many2')!);
  const parked: Array<() => void> = [];
  for (const owner of ['many2', 'many3']) {
    group.get(owner)!.onPageRequest(
      (_, request) =>
        new Promise<Uint8Array>((resolve) => {
          parked.push(() => resolve(contentAt(request)));
        }),
    );
  }
  const requests: Array<[PageRequest, Promise<Uint8Array>]> = [];
  for (let i = 0; i < 500; i++) {
    const request = read(i % 7, i, i % 100, 64 + (i % 300));
    requests.push([request, n1.requestPage(i % 2 === 0 ? 'many2' : 'many3', request)]);
    if (i % 50 === 0) n1.send([raftMessage('many1', 'many2', i)]);
  }
  await waitFor('all 500 at their owners', () => parked.length === 500);
  // Answer in a scrambled order (a fixed permutation: every 7th, wrapping around).
  for (let k = 0; k < 500; k++) parked[(k * 7) % 500]!();
  for (const [request, answer] of requests) t.deepEqual(await answer, contentAt(request));
  await waitFor('the Raft messages', () => received.length === 10);
  t.deepEqual(received.map((m) => m.commit), Array.from({ length: 10 }, (_, i) => i * 50));
  t.like(n1.stats(), { pageRequestsSent: 500, pageRequestsSucceeded: 500 });
});

/** A real member `${name}2` with a hand-written `${name}1` connected to it. */
async function withFakePeer(t: ExecutionContext, name: string): Promise<{ n2: TcpTransport; fake: Awaited<ReturnType<typeof fakeDialer>> }> {
  const secret = newSecret();
  const n2 = await startTransport(t, `${name}2`, { secret, peers: new Map([[`${name}1`, '127.0.0.1:1']]) });
  const fake = await fakeDialer(t, n2.port(), { id: `${name}1`, acceptorId: `${name}2`, secret });
  await waitFor('the fake peer connected', () => isConnected(n2, `${name}1`));
  return { n2, fake };
}

/** The answers the fake peer received, by request id. */
function answers(fake: { received: Array<{ kind: string }> }): Map<number, PageResponseFrame> {
  const frames = fake.received.filter((e): e is PageResponseFrame => e.kind === 'pageResponse');
  return new Map(frames.map((f) => [f.requestId, f]));
}

test('malformed requests are answered TRANSPORT_BAD_REQUEST and the connection stays', async (t) => {
  const { n2, fake } = await withFakePeer(t, 'malformed');
  n2.onPageRequest(async (_, request) => contentAt(request));
  const base = { kind: 'pageRequest' as const, volumeId: 1, page: 1, offsetInPage: 0, length: 8, write: false, data: new Uint8Array(0), minAppliedIndex: 0 };
  fake.send({ ...base, requestId: 1, volumeId: 2 ** 60 });
  fake.send({ ...base, requestId: 2, page: 2 ** 53 + 2 });
  fake.send({ ...base, requestId: 3, minAppliedIndex: 2 ** 63 });
  fake.send({ ...base, requestId: 4, length: PAGE_DATA_BYTES_MAX + 1 });
  fake.send({ ...base, requestId: 5, write: true, data: new Uint8Array(3) });
  fake.send({ ...base, requestId: 6, data: new Uint8Array(8) });
  fake.send({ ...base, requestId: 7 });
  await waitFor('seven answers', () => answers(fake).size === 7);
  const byId = answers(fake);
  for (let id = 1; id <= 6; id++) t.is(byId.get(id)!.errorCode, 'TRANSPORT_BAD_REQUEST', `request ${id}`);
  t.deepEqual([...byId.get(7)!.data], [...contentAt({ ...base, volumeId: 1 })]);
  t.true(isConnected(n2, 'malformed1'));
  t.like(n2.stats(), { pageRequestsServed: 7, pageRequestsServedWithError: 6, protocolViolations: 0 });
});

test('past PAGE_REQUESTS_SERVING_MAX being served, the owner answers TRANSPORT_PEER_BUSY at once', async (t) => {
  const { n2, fake } = await withFakePeer(t, 'serving');
  const release = gate();
  n2.onPageRequest(async (_, request) => {
    await release.opened;
    return contentAt(request);
  });
  const base = { kind: 'pageRequest' as const, volumeId: 1, page: 1, offsetInPage: 0, length: 16, write: false, data: new Uint8Array(0), minAppliedIndex: 0 };
  for (let id = 1; id <= PAGE_REQUESTS_SERVING_MAX + 1; id++) fake.send({ ...base, requestId: id });
  await waitFor('the busy answer', () => answers(fake).size === 1);
  t.is(answers(fake).get(PAGE_REQUESTS_SERVING_MAX + 1)!.errorCode, 'TRANSPORT_PEER_BUSY');
  release.open();
  await waitFor('every answer', () => answers(fake).size === PAGE_REQUESTS_SERVING_MAX + 1);
  t.true([...answers(fake).values()].filter((a) => a.errorCode === '').every((a) => a.data.byteLength === 16));
});

test('an answer of the wrong length is TRANSPORT_BAD_RESPONSE, an answer to no request is ignored, and the connection stays', async (t) => {
  const { n2, fake } = await withFakePeer(t, 'badresp');
  const first = n2.requestPage('badresp1', read(1, 0, 0, 4));
  await waitFor('the request at the fake peer', () => fake.received.some((e) => e.kind === 'pageRequest'));
  const request = fake.received.find((e) => e.kind === 'pageRequest') as { requestId: number };
  fake.send({ kind: 'pageResponse', requestId: request.requestId + 1000, errorCode: '', errorMessage: '', data: new Uint8Array(4) });
  fake.send({ kind: 'pageResponse', requestId: request.requestId, errorCode: '', errorMessage: '', data: new Uint8Array(3) });
  t.like(await rejection(t, first), { code: 'TRANSPORT_BAD_RESPONSE', remote: false });
  t.is(n2.stats().pageResponsesIgnored, 1);
  // A write's answer carries no data either.
  const second = n2.requestPage('badresp1', write(1, 0, 0, new Uint8Array(2)));
  await waitFor('the second request', () => fake.received.filter((e) => e.kind === 'pageRequest').length === 2);
  const secondId = (fake.received.filter((e) => e.kind === 'pageRequest')[1] as { requestId: number }).requestId;
  fake.send({ kind: 'pageResponse', requestId: secondId, errorCode: '', errorMessage: '', data: new Uint8Array(2) });
  t.like(await rejection(t, second), { code: 'TRANSPORT_BAD_RESPONSE' });
  t.true(isConnected(n2, 'badresp1'));
  t.is(n2.stats().protocolViolations, 0);
});

test('throughput: 4 KiB reads over loopback with 64 in flight (for the record)', async (t) => {
  const { n1, n2 } = await pair(t, 'speed');
  const page = new Uint8Array(4096).fill(1);
  n2.onPageRequest(async () => page);
  const inFlight = 64;
  const total = 40_000;
  const run = async (count: number): Promise<number> => {
    let next = 0;
    const startMs = performance.now();
    const worker = async (): Promise<void> => {
      while (next < count) {
        next += 1;
        const data = await n1.requestPage('speed2', read(1, next, 0, 4096));
        if (data.byteLength !== 4096) throw new Error('short read');
      }
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
    return performance.now() - startMs;
  };
  await run(5_000); // warm up
  const elapsedMs = await run(total);
  t.log(`${total} reads of 4 KiB, ${inFlight} in flight: ${Math.round((total / elapsedMs) * 1000)} reads/s (${(elapsedMs / total * 1000).toFixed(1)} µs each)`);
  t.is(n1.stats().pageRequestErrors.TRANSPORT_PEER_BUSY, 0);
});
