/**
 * The data-path SDK against small fake members: node:http servers on 127.0.0.1
 * that answer as DESIGN.md's data API does, scripted per test (redirects, resets,
 * 503s, oversized bodies). Each test counts the requests each member saw.
 */
import test, { type ExecutionContext } from 'ava';
import diagnosticsChannel from 'node:diagnostics_channel';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import fc from 'fast-check';
import {
  DATA_REQUEST_BYTES_MAX,
  type ConnectCode,
  ERROR_BODY_BYTES_MAX,
  REDIRECTS_MAX,
  RETRY_CHANNEL,
  ShoalClient,
  type ShoalClientOptions,
  ShoalDataError,
  ShoalUnavailableError,
} from '../../src/client/index.js';
import { DEFAULT_RETRY_POLICY, RETRY_AFTER_MS_MAX, parseRetryAfterMs, retryDelayMs } from '../../src/client/retry.js';
import { requestRanges } from '../../src/client/transfer.js';
import { eventually } from '../integration/poll.js';

/** How long a test waits for a member's connections to close after the client moved on. */
const CLOSE_WAIT_MS = 5_000;
/** Fast retries, so tests of retrying take milliseconds. */
const FAST_RETRY = { attemptsMax: 4, budgetMs: 5_000, baseDelayMs: 1, maxDelayMs: 5 };

/** One request a fake member received. */
interface Hit {
  method: string;
  path: string;
  volume: string;
  offset: number;
  length: number | null;
  body: Buffer;
  headers: IncomingMessage['headers'];
}

type Handler = (hit: Hit, res: ServerResponse, req: IncomingMessage) => void;

interface FakeMember {
  id: string;
  url: string;
  hits: Hit[];
  /** The most requests it was answering at once. */
  inFlightMax: () => number;
  openSockets: () => number;
}

/** A member on 127.0.0.1:<random port> that records each request, then lets `handler` answer. */
async function fakeMember(t: ExecutionContext, id: string, handler: Handler): Promise<FakeMember> {
  const hits: Hit[] = [];
  const sockets = new Set<Socket>();
  let inFlight = 0;
  let inFlightMax = 0;
  const server = createServer((req, res) => {
    inFlight++;
    inFlightMax = Math.max(inFlightMax, inFlight);
    res.on('close', () => inFlight--);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const length = url.searchParams.get('length');
      const hit: Hit = {
        method: req.method ?? '',
        path: `${url.pathname}${url.search}`,
        volume: decodeURIComponent(url.pathname.split('/')[3] ?? ''),
        offset: Number(url.searchParams.get('offset')),
        length: length === null ? null : Number(length),
        body: Buffer.concat(chunks),
        headers: req.headers,
      };
      hits.push(hit);
      res.setHeader('Shoal-Member', id);
      handler(hit, res, req);
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  const { port } = server.address() as AddressInfo;
  return { id, url: `http://127.0.0.1:${port}`, hits, inFlightMax: () => inFlightMax, openSockets: () => sockets.size };
}

/** The byte at `position` of the patterned volume that `patterned` serves. */
const patternByte = (position: number): number => (position * 7 + 3) % 251;

/** An answer in the data API's error form. */
function sendError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ code, message }));
}

/** A handler serving a volume "demo" of `sizeBytes` held in memory: PUT stores, GET returns the range. */
function storeHandler(sizeBytes: number): { handler: Handler; bytes: Buffer } {
  const bytes = Buffer.alloc(sizeBytes);
  const handler: Handler = (hit, res) => {
    if (hit.volume !== 'demo') return sendError(res, 404, 'not_found', `volume "${hit.volume}" does not exist`);
    const end = hit.offset + (hit.method === 'PUT' ? hit.body.length : (hit.length ?? 0));
    if (end > sizeBytes) return sendError(res, 400, 'out_of_range', `bytes ${hit.offset}-${end} are past the end`);
    if (hit.method === 'PUT') {
      hit.body.copy(bytes, hit.offset);
      res.writeHead(204).end();
    } else {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(bytes.subarray(hit.offset, end));
    }
  };
  return { handler, bytes };
}

/** A handler answering every GET with the patterned bytes of its range. */
const patterned: Handler = (hit, res) => {
  const bytes = Buffer.alloc(hit.length ?? 0);
  for (let i = 0; i < bytes.length; i++) bytes[i] = patternByte(hit.offset + i);
  res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(bytes);
};

function client(t: ExecutionContext, members: string[], options: Partial<ShoalClientOptions> = {}): ShoalClient {
  const c = new ShoalClient({ members, retry: FAST_RETRY, ...options });
  t.teardown(() => c.close());
  return c;
}

/** The error a promise rejects with, which must be a ShoalDataError. */
async function failure(t: ExecutionContext, promise: Promise<unknown>): Promise<ShoalDataError> {
  const err = await t.throwsAsync(promise);
  if (!(err instanceof ShoalDataError)) throw new Error(`expected a ShoalDataError, got ${String(err)}`);
  return err;
}

const sample = (length: number, seed = 1): Uint8Array => Uint8Array.from({ length }, (_, i) => (i * 31 + seed) % 256);

test('writes then reads back through one member, which names itself', async (t) => {
  const store = storeHandler(64 * 1024);
  const a = await fakeMember(t, 'n1', store.handler);
  const c = client(t, [a.url.replace('http://', '')]);
  const bytes = sample(5000);
  await c.volume('demo').write(1000, bytes);
  t.deepEqual(await c.volume('demo').read(1000, 5000), bytes);
  t.deepEqual(await c.volume('demo').read(0, 4), new Uint8Array(4), 'never-written bytes read as zeros');
  t.is(c.currentMember(), a.url);
  t.is(c.lastMemberId(), 'n1');
  t.deepEqual(
    a.hits.map((h) => h.path),
    ['/v1/volumes/demo/data?offset=1000', '/v1/volumes/demo/data?offset=1000&length=5000', '/v1/volumes/demo/data?offset=0&length=4'],
  );
  t.is(a.hits[0]!.headers['content-type'], 'application/octet-stream');
});

test('a volume name is escaped in the path, and the token is sent as a bearer token', async (t) => {
  const a = await fakeMember(t, 'n1', (_, res) => res.writeHead(204).end());
  const c = client(t, [a.url], { token: 's3cret' });
  await c.volume('a b/c').write(0, sample(3));
  t.is(a.hits[0]!.path, '/v1/volumes/a%20b%2Fc/data?offset=0');
  t.is(a.hits[0]!.headers.authorization, 'Bearer s3cret');
});

test('a 307 is followed to its Location, and the client stays on the new member', async (t) => {
  const store = storeHandler(64 * 1024);
  const b = await fakeMember(t, 'n2', store.handler);
  const a = await fakeMember(t, 'n1', (hit, res) => {
    res.writeHead(307, { Location: `${b.url}${hit.path}`, 'Shoal-Redirect': b.url }).end();
  });
  const c = client(t, [a.url]);
  const bytes = sample(100);
  await c.volume('demo').write(10, bytes);
  t.is(c.currentMember(), b.url);
  t.deepEqual(await c.volume('demo').read(10, 100), bytes);
  t.is(a.hits.length, 1, 'only the first request went to n1');
  t.deepEqual(
    b.hits.map((h) => h.method),
    ['PUT', 'GET'],
  );
  t.is(c.lastMemberId(), 'n2');
  t.deepEqual(c.knownMembers(), [a.url, b.url], 'the redirect target is learned for failover');
  await eventually('the connection to n1 to close', () => a.openSockets() === 0, CLOSE_WAIT_MS);
});

test('a redirect loop stops after REDIRECTS_MAX hops', async (t) => {
  const a = await fakeMember(t, 'n1', (hit, res) => res.writeHead(307, { Location: hit.path }).end());
  const c = client(t, [a.url]);
  const err = await failure(t, c.volume('demo').read(0, 10));
  t.is(err.code, 'unavailable');
  t.regex(err.message, /redirects/);
  t.is(a.hits.length, REDIRECTS_MAX + 1);
});

test('Shoal-Redirect with Connection: close keeps the answer and moves the next request', async (t) => {
  const store = storeHandler(64 * 1024);
  const b = await fakeMember(t, 'n2', store.handler);
  const a = await fakeMember(t, 'n1', (hit, res) => {
    hit.body.copy(store.bytes, hit.offset);
    res.writeHead(204, { Connection: 'close', 'Shoal-Redirect': `${b.url}/` }).end();
  });
  const c = client(t, [a.url, b.url]);
  const bytes = sample(64);
  await c.volume('demo').write(0, bytes);
  t.is(a.hits.length, 1, 'the answer with Shoal-Redirect was taken as it was');
  t.is(c.currentMember(), b.url);
  t.deepEqual(await c.volume('demo').read(0, 64), bytes);
  t.is(b.hits.length, 1);
  t.is(a.hits.length, 1);
  t.is(b.hits[0]!.headers['shoal-moved-from'], undefined, 'no connection was named, so none is named on');
  await eventually('the connection to n1 to close', () => a.openSockets() === 0, CLOSE_WAIT_MS);
});

test('a move names the connection it leaves; the client names it on every request to the new member, and a malformed one is ignored', async (t) => {
  const store = storeHandler(64 * 1024);
  const c2 = await fakeMember(t, 'n3', store.handler);
  const b = await fakeMember(t, 'n2', (_, res) => res.writeHead(204, { Connection: 'close', 'Shoal-Redirect': c2.url, 'Shoal-Moved-Connection': 'bad id!' }).end());
  const a = await fakeMember(t, 'n1', (_, res) => res.writeHead(204, { Connection: 'close', 'Shoal-Redirect': b.url, 'Shoal-Moved-Connection': 'n1-7' }).end());
  const c = client(t, [a.url]);
  await c.volume('demo').write(0, sample(8));
  await c.volume('demo').write(0, sample(8));
  t.is(b.hits[0]!.headers['shoal-moved-from'], 'n1-7');
  await c.volume('demo').write(0, sample(8));
  await c.volume('demo').read(0, 8);
  t.deepEqual(c2.hits.map((h) => h.headers['shoal-moved-from']), [undefined, undefined], 'a malformed id is not passed on');
});

test('a read whose connection is reset is retried on the next member', async (t) => {
  const store = storeHandler(64 * 1024);
  const b = await fakeMember(t, 'n2', store.handler);
  const a = await fakeMember(t, 'n1', (_, _res, req) => req.socket.destroy());
  const c = client(t, [a.url, b.url]);
  const moves: unknown[] = [];
  // Channels are process-wide and tests run concurrently: keep this client's moves only.
  const onMove = (message: unknown): void => {
    if ((message as { from: string }).from === a.url) moves.push(message);
  };
  diagnosticsChannel.subscribe('shoal:client:member', onMove);
  t.teardown(() => diagnosticsChannel.unsubscribe('shoal:client:member', onMove));
  t.deepEqual(await c.volume('demo').read(0, 10), new Uint8Array(10));
  t.is(a.hits.length, 1);
  t.is(b.hits.length, 1);
  t.is(c.currentMember(), b.url);
  t.deepEqual(moves, [{ from: a.url, to: b.url, reason: 'connection-lost' }]);
});

test('a write whose connection is reset after it was sent is not sent again: its outcome is unknown', async (t) => {
  const store = storeHandler(64 * 1024);
  const b = await fakeMember(t, 'n2', store.handler);
  const a = await fakeMember(t, 'n1', (_, _res, req) => req.socket.destroy());
  const c = client(t, [a.url, b.url]);
  const err = await failure(t, c.volume('demo').write(0, sample(10)));
  t.true(err.outcomeUnknown);
  t.false(err.retryable);
  t.regex(err.message, /may or may not have been applied/);
  t.is(a.hits.length, 1);
  t.is(b.hits.length, 0, 'another writer may have written since: a resend could overwrite it');
  t.is(c.currentMember(), b.url, 'the next request goes to the next member');
  await c.volume('demo').write(0, sample(10));
  t.is(b.hits.length, 1);
});

test('a connection reset on the only member is retried there', async (t) => {
  const store = storeHandler(1024);
  const a = await fakeMember(t, 'n1', (hit, res, req) => {
    if (a.hits.length === 1) return void req.socket.destroy();
    store.handler(hit, res, req);
  });
  const c = client(t, [a.url]);
  t.deepEqual(await c.volume('demo').read(0, 8), new Uint8Array(8));
  t.is(a.hits.length, 2);
});

test('a refused connection fails over to the next address', async (t) => {
  const a = await fakeMember(t, 'n1', patterned);
  // A port that was just listened on and closed: nothing answers there, connections are refused.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise((resolve) => closed.close(resolve));
  const c = client(t, [deadUrl, a.url]);
  const bytes = await c.volume('demo').read(0, 16);
  t.is(bytes[5], patternByte(5));
  t.is(c.currentMember(), a.url);
  t.is(a.hits.length, 1);
});

test('503 with Retry-After is retried until it succeeds', async (t) => {
  const a = await fakeMember(t, 'n1', (hit, res, req) => {
    if (a.hits.length <= 2) return sendError(res, 503, 'unavailable', 'no leader yet', { 'Retry-After': '0' });
    patterned(hit, res, req);
  });
  const c = client(t, [a.url]);
  const bytes = await c.volume('demo').read(100, 10);
  t.is(bytes[0], patternByte(100));
  t.is(a.hits.length, 3);
  t.is(c.currentMember(), a.url, 'a 503 does not move the client');
});

test('Retry-After is honoured: the retry waits as long as the member asked', async (t) => {
  const a = await fakeMember(t, 'n1', (hit, res, req) => {
    if (a.hits.length === 1) return sendError(res, 503, 'unavailable', 'busy', { 'Retry-After': '1' });
    patterned(hit, res, req);
  });
  const delays: number[] = [];
  const onRetry = (message: unknown): void => {
    const { member, delayMs } = message as { member: string; delayMs: number };
    if (member === a.url) delays.push(delayMs);
  };
  diagnosticsChannel.subscribe(RETRY_CHANNEL, onRetry);
  t.teardown(() => diagnosticsChannel.unsubscribe(RETRY_CHANNEL, onRetry));
  const c = client(t, [a.url]);
  const started = performance.now();
  await c.volume('demo').read(0, 1);
  t.true(performance.now() - started >= 1000);
  t.is(delays.length, 1);
  t.true(delays[0]! >= 1000 && delays[0]! < 1000 + FAST_RETRY.baseDelayMs + 1);
});

test('retries stop after attemptsMax with ShoalUnavailableError carrying the last failure', async (t) => {
  const a = await fakeMember(t, 'n1', (_, res) => sendError(res, 503, 'unavailable', 'owner of page 3 unreachable', { 'Retry-After': '0' }));
  const c = client(t, [a.url], { retry: { ...FAST_RETRY, attemptsMax: 3 } });
  const err = await failure(t, c.volume('demo').read(0, 10));
  t.true(err instanceof ShoalUnavailableError);
  t.is(err.code, 'unavailable');
  t.is((err as ShoalUnavailableError).attempts, 3);
  t.regex(err.message, /owner of page 3 unreachable/);
  const cause = err.cause as ShoalDataError;
  t.is(cause.status, 503);
  t.is(cause.member, a.url);
  t.is(a.hits.length, 3);
});

test('retries stop when the next wait would pass the time budget', async (t) => {
  const a = await fakeMember(t, 'n1', (_, res) => sendError(res, 503, 'unavailable', 'busy', { 'Retry-After': '2' }));
  const c = client(t, [a.url], { retry: { ...FAST_RETRY, budgetMs: 500 } });
  const started = performance.now();
  const err = await failure(t, c.volume('demo').write(0, sample(4)));
  t.true(err instanceof ShoalUnavailableError);
  t.is(a.hits.length, 1, 'a 2 s Retry-After does not fit a 500 ms budget');
  t.true(performance.now() - started < 2000);
});

test('every member down ends in ShoalUnavailableError after trying each', async (t) => {
  const down = await fakeMember(t, 'n1', (_, _res, req) => req.socket.destroy());
  const alsoDown = await fakeMember(t, 'n2', (_, _res, req) => req.socket.destroy());
  const c = client(t, [down.url, alsoDown.url]);
  const err = await failure(t, c.volume('demo').read(0, 1));
  t.true(err instanceof ShoalUnavailableError);
  t.is((err.cause as ShoalDataError).status, null, 'the last failure is a lost connection');
  t.is(down.hits.length + alsoDown.hits.length, FAST_RETRY.attemptsMax);
  t.true(down.hits.length >= 1 && alsoDown.hits.length >= 1, 'the client alternated between members');
});

test('4xx answers are not retried and keep their code, status and message', async (t) => {
  const cases: [number, ConnectCode][] = [
    [404, 'not_found'],
    [400, 'out_of_range'],
    [413, 'resource_exhausted'],
    [429, 'resource_exhausted'],
  ];
  for (const [status, code] of cases) {
    const a = await fakeMember(t, 'n1', (_, res) => sendError(res, status, code, `refused with ${status}`));
    const c = client(t, [a.url]);
    const err = await failure(t, c.volume('demo').read(0, 10));
    t.is(err.code, code);
    t.is(err.status, status);
    t.is(err.message, `refused with ${status}`);
    t.false(err.retryable);
    t.is(err.member, a.url);
    t.is(a.hits.length, 1, `HTTP ${status} was sent once`);
  }
});

test('an error without a JSON body takes its code from the status', async (t) => {
  const a = await fakeMember(t, 'n1', (_, res) => res.writeHead(500, { 'Content-Type': 'text/plain' }).end('oops'));
  const c = client(t, [a.url]);
  const err = await failure(t, c.volume('demo').read(0, 10));
  t.is(err.code, 'internal');
  t.is(a.hits.length, 1);
});

test('a 504 (an owner did not answer: outcome unknown) is retried for a read, and ends a write with outcomeUnknown', async (t) => {
  let answered = 0;
  const a = await fakeMember(t, 'n1', (hit, res) => {
    if (answered++ % 2 === 0) {
      res.writeHead(504, { 'Content-Type': 'application/json' }).end(JSON.stringify({ code: 'deadline_exceeded', message: 'owner n3 did not answer' }));
      return;
    }
    if (hit.method === 'GET') res.writeHead(200, { 'Content-Length': '10' }).end(Buffer.alloc(10));
    else res.writeHead(204).end();
  });
  const c = client(t, [a.url]);
  t.deepEqual(await c.volume('demo').read(0, 10), new Uint8Array(10));
  t.is(a.hits.length, 2, 'the read was sent again');
  const err = await failure(t, c.volume('demo').write(0, new Uint8Array(10)));
  t.is(err.code, 'deadline_exceeded');
  t.true(err.outcomeUnknown);
  t.is(a.hits.length, 3, 'the write was not');
});

test('a write on a connection that was never made (refused) is sent to the next member', async (t) => {
  const store = storeHandler(64 * 1024);
  const b = await fakeMember(t, 'n2', store.handler);
  const c = client(t, ['http://127.0.0.1:1', b.url]);
  await c.volume('demo').write(0, sample(10));
  t.is(b.hits.length, 1);
});

test('arguments are checked before any request is sent', async (t) => {
  const a = await fakeMember(t, 'n1', patterned);
  const c = client(t, [a.url]);
  const volume = c.volume('demo');
  const cases: [() => Promise<unknown>, RegExp][] = [
    [() => volume.read(-1, 10), /offset/],
    [() => volume.read(0.5, 10), /offset/],
    [() => volume.read(0, -3), /length/],
    [() => volume.read(0, Number.NaN), /length/],
    [() => volume.read(Number.MAX_SAFE_INTEGER, 2), /offset \+ length/],
    [() => volume.write(0, 'text' as unknown as Uint8Array), /bytes must be a Uint8Array.*string/],
    [() => volume.write(Number.MAX_SAFE_INTEGER, new Uint8Array(1)), /offset \+ length/],
  ];
  for (const [call, message] of cases) {
    const err = await failure(t, call());
    t.is(err.code, 'invalid_argument');
    t.regex(err.message, message);
  }
  const thrown = (fn: () => unknown): ShoalDataError => t.throws(fn, { instanceOf: ShoalDataError }) as ShoalDataError;
  t.regex(thrown(() => c.volume('')).message, /volume name/);
  t.regex(thrown(() => new ShoalClient({ members: [] })).message, /members/);
  t.regex(thrown(() => new ShoalClient({ members: ['ftp://x:1'] })).message, /members\[0\]/);
  t.regex(thrown(() => new ShoalClient({ members: [a.url], maxRequestBytes: 0 })).message, /maxRequestBytes/);
  t.regex(thrown(() => new ShoalClient({ members: [a.url], retry: { attemptsMax: 0 } })).message, /retry\.attemptsMax/);
  t.is(a.hits.length, 0);
});

test('zero bytes are read and written without a request', async (t) => {
  const a = await fakeMember(t, 'n1', patterned);
  const c = client(t, [a.url]);
  t.deepEqual(await c.volume('demo').read(5, 0), new Uint8Array(0));
  await c.volume('demo').write(5, new Uint8Array(0));
  t.is(a.hits.length, 0);
});

test('a large read is split into aligned requests, sent a few at a time, assembled in order', async (t) => {
  const a = await fakeMember(t, 'n1', patterned);
  const c = client(t, [a.url], { maxRequestBytes: 1000, concurrency: 2 });
  const progress: number[] = [];
  const bytes = await c.volume('demo').read(500, 3000, { onProgress: (done, total) => progress.push(total === 3000 ? done : -1) });
  t.is(bytes.length, 3000);
  t.true(
    bytes.every((b, i) => b === patternByte(500 + i)),
    'every byte is in its place',
  );
  const ranges = a.hits.map((h) => [h.offset, h.length]).sort((x, y) => x[0]! - y[0]!);
  t.deepEqual(ranges, [
    [500, 500],
    [1000, 1000],
    [2000, 1000],
    [3000, 500],
  ]);
  t.true(a.inFlightMax() <= 2, `at most 2 requests at once, saw ${a.inFlightMax()}`);
  t.is(progress.length, 4);
  t.is(progress.at(-1), 3000);
});

test('a read over the request limit works with the default 8 MiB requests', async (t) => {
  const a = await fakeMember(t, 'n1', patterned);
  const c = client(t, [a.url]);
  const length = 2 * DATA_REQUEST_BYTES_MAX + 12_345;
  const bytes = await c.volume('demo').read(0, length);
  t.is(bytes.length, length);
  t.is(bytes[length - 1], patternByte(length - 1));
  t.is(bytes[DATA_REQUEST_BYTES_MAX], patternByte(DATA_REQUEST_BYTES_MAX));
  t.deepEqual(
    a.hits.map((h) => h.length).sort((x, y) => y! - x!),
    [DATA_REQUEST_BYTES_MAX, DATA_REQUEST_BYTES_MAX, 12_345],
  );
});

test('a large write is split too and every part lands in place', async (t) => {
  const store = storeHandler(10_000);
  const a = await fakeMember(t, 'n1', store.handler);
  const c = client(t, [a.url], { maxRequestBytes: 1024 });
  const bytes = sample(5000, 7);
  await c.volume('demo').write(300, bytes);
  t.deepEqual(new Uint8Array(store.bytes.subarray(300, 5300)), bytes);
  t.deepEqual(
    a.hits.map((h) => [h.offset, h.body.length]).sort((x, y) => x[0]! - y[0]!),
    [
      [300, 724],
      [1024, 1024],
      [2048, 1024],
      [3072, 1024],
      [4096, 1024],
      [5120, 180],
    ],
  );
});

test('one failing part fails the transfer and no further parts start', async (t) => {
  const a = await fakeMember(t, 'n1', (hit, res, req) => {
    if (hit.offset === 1000) return sendError(res, 400, 'out_of_range', 'past the end');
    patterned(hit, res, req);
  });
  const c = client(t, [a.url], { maxRequestBytes: 1000, concurrency: 1 });
  const err = await failure(t, c.volume('demo').read(0, 10_000));
  t.is(err.code, 'out_of_range');
  t.is(a.hits.length, 2);
});

test('a body longer than the read asked for is aborted, not retried', async (t) => {
  const a = await fakeMember(t, 'n1', (_, res) => {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' }); // chunked: no Content-Length
    res.end(Buffer.alloc(100 * 1024));
  });
  const c = client(t, [a.url]);
  const err = await failure(t, c.volume('demo').read(0, 100));
  t.is(err.code, 'internal');
  t.regex(err.message, /more than the 100 bytes/);
  t.is(a.hits.length, 1);
});

test('a Content-Length other than the read length is refused before reading', async (t) => {
  const a = await fakeMember(t, 'n1', (_, res) => res.writeHead(200, { 'Content-Length': '50' }).end(Buffer.alloc(50)));
  const c = client(t, [a.url]);
  const err = await failure(t, c.volume('demo').read(0, 100));
  t.is(err.code, 'internal');
  t.regex(err.message, /announced 50 bytes/);
});

test('an error body over the limit is discarded; the status still gives the code', async (t) => {
  const a = await fakeMember(t, 'n1', (_, res) => {
    res.writeHead(500, { 'Content-Type': 'application/json' });
    res.end(Buffer.alloc(ERROR_BODY_BYTES_MAX * 4, 0x20));
  });
  const c = client(t, [a.url]);
  const err = await failure(t, c.volume('demo').write(0, sample(10)));
  t.is(err.code, 'internal');
  t.regex(err.message, new RegExp(`over ${ERROR_BODY_BYTES_MAX} bytes`));
  t.is(a.hits.length, 1);
});

test('after close, reads fail with canceled and nothing is sent', async (t) => {
  const a = await fakeMember(t, 'n1', patterned);
  const c = new ShoalClient({ members: [a.url] });
  await c.close();
  const err = await failure(t, c.volume('demo').read(0, 1));
  t.is(err.code, 'canceled');
  t.is(a.hits.length, 0);
});

test('an aborted transfer fails with canceled', async (t) => {
  const a = await fakeMember(t, 'n1', () => undefined); // never answers
  const c = client(t, [a.url]);
  const controller = new AbortController();
  const pending = c.volume('demo').read(0, 1, { signal: controller.signal });
  await eventually('the request to arrive', () => a.hits.length === 1, CLOSE_WAIT_MS);
  controller.abort();
  const err = await failure(t, pending);
  t.is(err.code, 'canceled');
});

test('closing the client cancels a transfer in flight', async (t) => {
  const a = await fakeMember(t, 'n1', () => undefined); // never answers
  const c = new ShoalClient({ members: [a.url] });
  const pending = c.volume('demo').write(0, sample(10));
  await eventually('the request to arrive', () => a.hits.length === 1, CLOSE_WAIT_MS);
  await c.close();
  const err = await failure(t, pending);
  t.is(err.code, 'canceled');
  t.regex(err.message, /closed/);
});

test('requestRanges covers the range exactly with aligned requests within the limit', (t) => {
  fc.assert(
    fc.property(fc.nat(1 << 20), fc.nat(1 << 16), fc.integer({ min: 1, max: 5000 }), (offset, length, maxBytes) => {
      const ranges = [...requestRanges(offset, length, maxBytes)];
      let at = offset;
      for (const [i, range] of ranges.entries()) {
        if (range.offset !== at || range.length < 1 || range.length > maxBytes) return false;
        const end = range.offset + range.length;
        if (i < ranges.length - 1 && end % maxBytes !== 0) return false;
        at = end;
      }
      return at === offset + length;
    }),
  );
  t.pass();
});

test('retry waits grow exponentially within bounds and follow Retry-After', (t) => {
  const policy = DEFAULT_RETRY_POLICY;
  for (let attempt = 1; attempt <= 12; attempt++) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    t.is(retryDelayMs(attempt, policy, null, 0), Math.floor(ceiling / 2));
    t.true(retryDelayMs(attempt, policy, null, 0.999) <= ceiling);
  }
  t.is(retryDelayMs(1, policy, 3000, 0), 3000);
  t.is(retryDelayMs(1, policy, 60_000, 0), RETRY_AFTER_MS_MAX);
  t.is(parseRetryAfterMs('2', 0), 2000);
  t.is(parseRetryAfterMs('3600', 0), RETRY_AFTER_MS_MAX);
  t.is(parseRetryAfterMs(new Date(5000).toUTCString(), 1000), 4000);
  t.is(parseRetryAfterMs('soon', 0), null);
  t.is(parseRetryAfterMs(undefined, 0), null);
});

test('a member with a smaller request limit says so, and the client splits to it and sends the transfer again', async (t) => {
  const limit = 1000;
  const a = await fakeMember(t, 'n1', (hit, res) => {
    if (hit.body.length > limit) {
      res.writeHead(413, { 'Content-Type': 'application/json', 'Shoal-Max-Request-Bytes': String(limit), Connection: 'close' });
      res.end(JSON.stringify({ code: 'resource_exhausted', message: 'too large' }));
      return;
    }
    res.writeHead(204).end();
  });
  const c = client(t, [a.url]);
  await c.volume('demo').write(0, sample(2500));
  const accepted = a.hits.filter((h) => h.body.length <= limit).sort((x, y) => x.offset - y.offset);
  t.deepEqual(accepted.map((h) => [h.offset, h.body.length]), [[0, 1000], [1000, 1000], [2000, 500]]);
  // Later transfers use the learned limit from the start.
  const before = a.hits.length;
  await c.volume('demo').write(0, sample(1500));
  t.deepEqual(a.hits.slice(before).sort((x, y) => x.offset - y.offset).map((h) => h.body.length), [1000, 500]);
});
