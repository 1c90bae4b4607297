/**
 * Chaos testing, "Bad input", for the client port of a real three-member group:
 * random requests — methods, paths, query strings, headers, bodies and their
 * framing — to the data API, the admin API (Connect, JSON and binary), /metrics,
 * /healthz and /readyz, written byte for byte over fresh TCP connections (see
 * ./raw-http.ts for why not undici). The properties:
 *
 * - every request gets an HTTP answer: no reset, no close without one, no hang;
 * - no answer is a 500, and a 5xx is only a documented one: 503 (unavailable, with
 *   Retry-After), 504 (deadline_exceeded), or 501 for an admin method that does not
 *   exist (Connect's `unimplemented`);
 * - every error answer of our handlers is JSON `{code, message}` with a Connect code,
 *   the status that code maps to, and a non-empty message (answers node:http gives
 *   itself to requests it cannot parse carry no Shoal-Member and are only held to
 *   being a 4xx);
 * - reads return the bytes that are there; no admin call without the group's token
 *   succeeds; a successful admin answer decodes in the codec asked for;
 * - after every run all three members answer /healthz, and at the end the pattern
 *   written first reads back byte for byte from every member and the scratch volume
 *   holds exactly what the writes answered 204 put there.
 *
 * Fuzzed writes go only to the scratch volume; the pattern volume only gets reads.
 *
 * Findings are reproduced by the `test.serial.failing` tests near the end (each
 * comment names the bug and its smallest request), and the general properties
 * leave those inputs out or forgive them, saying where: CONNECT requests, a
 * half-close after a complete request, admin method names from Object.prototype,
 * resets of large refused bodies, and malformed JSON numbers in CreateVolume.
 */
import assert from 'node:assert/strict';
import test from 'ava';
import fc from 'fast-check';
import { request } from 'undici';
import { shoal } from '../../src/proto/gen/shoal.js';
import { CONNECT_CODE_HTTP_STATUS } from '../../src/server/errors.js';
import { TestGroup } from '../integration/group.js';
import {
  CONNECT_METHOD,
  FUZZED_ADMIN_METHODS,
  type FuzzRequest,
  OBJECT_PROTOTYPE_NAMES,
  adminJsonBodyArb,
  adminMethodNameArb,
  adminProtoBodyArb,
  bodyArb,
  contentTypeArb,
  dataHeadersArb,
  dataPathShapeArb,
  deletesProtected,
  framedBodyArb,
  headerTextArb,
  methodArb,
  queryArb,
  volumeSegmentArb,
} from './http-arbitraries.js';
import { type Exchange, type Framing, type RawResponse, exchange, header } from './raw-http.js';

// A failing property reports the assertion that failed, not only the counterexample.
fc.configureGlobal({ includeErrorInReport: true });

/** fast-check runs per property; each run sends up to REQUESTS_PER_RUN_MAX requests, then checks every member's health. */
const RUNS = {
  dataApi: 250,
  adminApi: 150,
  observability: 80,
  regressionObjectPrototype: 10,
  regressionConnect: 5,
  regressionHalfClose: 20,
  regressionLargeRefusedBody: 60,
  regressionMalformedJson: 10,
} as const;
const REQUESTS_PER_RUN_MAX = 5;
/** Far above any answer on loopback (a proposal times out at 10 s, a read index at 5 s); reaching it is a hang. */
const REQUEST_TIMEOUT_MS = 15_000;
/** /healthz answers at once; a member that takes this long is not alive in any useful sense. */
const HEALTH_TIMEOUT_MS = 5_000;

const KiB = 1024;
const PAGE_BYTES = 64 * KiB;
/** Small, so bodies over the limit (413) cost little to send. */
const MAX_REQUEST_BYTES = 128 * KiB;
/** Written once before the fuzz, then only read: every owner holds some of it. */
const PATTERN_VOLUME = 'fuzz-pattern';
const PATTERN_BYTES = 8 * PAGE_BYTES;
/** Where fuzzed writes go; a model tracks what it must hold. */
const SCRATCH_VOLUME = 'fuzz-scratch';
const SCRATCH_BYTES = 4 * PAGE_BYTES;
const OWN_VOLUMES = [PATTERN_VOLUME, SCRATCH_VOLUME] as const;
const PROTECTED_VOLUMES: ReadonlySet<string> = new Set(OWN_VOLUMES);
const MEMBERS = ['n1', 'n2', 'n3'] as const;

const ADMIN_PREFIX = '/shoal.admin.v1.AdminService/';
const DATA_PATH = /^\/v1\/volumes\/([^/]+)\/data$/;
const CONNECT_CODES: ReadonlySet<string> = new Set(Object.keys(CONNECT_CODE_HTTP_STATUS));
/** Statuses our handlers use besides a code's own (HttpStatusError), with the code they carry. */
const SPECIAL_STATUS_CODES: ReadonlyMap<number, string> = new Map([
  [405, 'unimplemented'],
  [415, 'unimplemented'],
  [413, 'resource_exhausted'],
  [416, 'out_of_range'],
]);

/** The pattern: a hash of each byte's offset, so a byte read from the wrong page or offset shows. */
const pattern = Uint8Array.from({ length: PATTERN_BYTES }, (_, i) => (Math.imul(i, 2654435761) >>> 24) ^ (i >>> 16));

/** What the scratch volume must hold; a byte a write may or may not have reached is uncertain from then on. */
const scratch = { bytes: new Uint8Array(SCRATCH_BYTES), uncertain: new Uint8Array(SCRATCH_BYTES) };

let group: TestGroup;

test.before(async () => {
  group = await TestGroup.start({ name: 'fuzz-http', size: 3, adminToken: true, serverArgs: ['--max-request-bytes', String(MAX_REQUEST_BYTES)] });
  await group.client('n1').createVolume({ name: PATTERN_VOLUME, sizeBytes: PATTERN_BYTES, pageSizeBytes: PAGE_BYTES });
  await group.client('n1').createVolume({ name: SCRATCH_VOLUME, sizeBytes: SCRATCH_BYTES, pageSizeBytes: PAGE_BYTES });
  for (let offset = 0; offset < PATTERN_BYTES; offset += MAX_REQUEST_BYTES) {
    const body = pattern.subarray(offset, offset + MAX_REQUEST_BYTES);
    const response = await request(`${group.endpoint('n1')}/v1/volumes/${PATTERN_VOLUME}/data?offset=${offset}`, { method: 'PUT', body });
    await response.body.dump();
    if (response.statusCode !== 204) throw new Error(`writing the pattern at ${offset}: ${response.statusCode}`);
  }
});

test.after.always(async () => {
  await group?.close();
});

// ---------------------------------------------------------------------------
// Checks every answer must pass.
// ---------------------------------------------------------------------------

/** A request in one line, enough to send it again by hand (bodies over 64 bytes only by length). */
function describeRequest(member: string, r: FuzzRequest): string {
  const cut = (s: string): string => (s.length > 200 ? `${s.slice(0, 200)}… (${s.length} chars)` : s);
  const headers = r.headers.map(([n, v]) => `${n}: ${cut(v)}`).join(' | ');
  const body = r.body.byteLength <= 64 ? Buffer.from(r.body).toString('hex') : `${r.body.byteLength} bytes`;
  return `${member} ← ${cut(r.method)} ${cut(r.target)} [${headers}] body=${body} framing=${JSON.stringify(r.framing)} halfClose=${r.halfClose}`;
}

/** Whether our handlers answered (they name the member first thing); node:http's own answers do not. */
function fromShoal(response: RawResponse): boolean {
  return response.headers.has('shoal-member');
}

/**
 * Bodies from this size on may lose an early answer to a TCP reset (a finding of
 * this fuzz; see the `test.failing` below about refused bodies): the general
 * properties forgive a reset there, and count it.
 */
const RESET_PRONE_BODY_BYTES = 64 * KiB;
let forgivenResets = 0;

/** Checks the answer to one request against the properties in the module comment; returns it (null: a forgiven reset). */
function checkAnswer(member: string, r: FuzzRequest, ex: Exchange): RawResponse | null {
  const what = describeRequest(member, r);
  if (ex.kind === 'reset' && r.body.byteLength >= RESET_PRONE_BODY_BYTES) {
    forgivenResets += 1;
    return null;
  }
  if (ex.kind !== 'answered') assert.fail(`no HTTP answer (${ex.kind}: ${ex.detail}) after ${ex.elapsedMs.toFixed(0)} ms to ${what}`);
  const response = ex.response;
  const { status } = response;
  const body = response.body.toString('utf8');
  assert.notEqual(status, 500, `500 (${body.slice(0, 300)}) for ${what}`);
  if (!fromShoal(response)) {
    // node:http refused the request before our handler saw it (a parse error, a header too large, an Expect it does not know).
    assert.ok(status >= 400 && status < 500, `node:http answered ${status} for ${what}`);
    return response;
  }
  assert.equal(header(response, 'shoal-member'), member, `Shoal-Member for ${what}`);
  const path = r.target.split('?')[0]!;
  const readinessText = path === '/readyz' && (status === 200 || status === 503);
  if (status >= 400 && r.method !== 'HEAD' && !readinessText) {
    let error: unknown;
    try {
      error = JSON.parse(body);
    } catch {
      assert.fail(`error answer ${status} is not JSON (${body.slice(0, 200)}) for ${what}`);
    }
    const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
    assert.ok(typeof code === 'string' && CONNECT_CODES.has(code), `error code ${String(code)} for ${what}`);
    assert.ok(typeof message === 'string' && message.trim() !== '', `empty error message for ${what}`);
    const expected = CONNECT_CODE_HTTP_STATUS[code as keyof typeof CONNECT_CODE_HTTP_STATUS];
    assert.ok(status === expected || SPECIAL_STATUS_CODES.get(status) === code, `status ${status} with code ${code} for ${what}`);
    if (code === 'unavailable') assert.ok(header(response, 'retry-after') !== undefined, `503 without Retry-After for ${what}`);
  }
  if (status >= 500) {
    const allowed = status === 503 || status === 504 || (status === 501 && path.startsWith(ADMIN_PREFIX));
    assert.ok(allowed, `${status} for ${what}`);
  }
  return response;
}

/** Sends one fuzzed request to `member` and checks the answer (null: a forgiven reset). */
async function send(member: string, r: FuzzRequest): Promise<RawResponse | null> {
  const ex = await exchange(group.slot(member).clientPort, r, REQUEST_TIMEOUT_MS);
  return checkAnswer(member, r, ex);
}

/** Sends one request that must get a real answer (the bug tests). */
async function sendStrict(member: string, r: FuzzRequest): Promise<RawResponse> {
  const ex = await exchange(group.slot(member).clientPort, r, REQUEST_TIMEOUT_MS);
  if (ex.kind !== 'answered') assert.fail(`no HTTP answer (${ex.kind}: ${ex.detail}) to ${describeRequest(member, r)}`);
  return checkAnswer(member, r, ex)!;
}

/** Every member still runs and answers /healthz with 200. */
async function assertAllAlive(): Promise<void> {
  for (const id of MEMBERS) {
    assert.ok(group.isRunning(id), `${id} exited: ${group.logTail(id)}`);
    const response = await request(`${group.endpoint(id)}/healthz`, { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) });
    await response.body.dump();
    assert.equal(response.statusCode, 200, `${id} /healthz`);
  }
}

// ---------------------------------------------------------------------------
// The data API.
// ---------------------------------------------------------------------------

/** The volume a target reaches, as the data API reads it (null: not the data path, or not a name that decodes). */
function routedVolume(target: string): string | null {
  const match = DATA_PATH.exec(target.split('?')[0]!);
  if (match === null) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}

/** The query as the data API reads it. */
function queryOf(target: string): URLSearchParams {
  const start = target.indexOf('?');
  return new URLSearchParams(start < 0 ? '' : target.slice(start + 1));
}

/** A whole number of bytes as the data API accepts one, or null. */
function wholeNumber(text: string | null): number | null {
  if (text === null || !/^\d+$/.test(text)) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : null;
}

/**
 * The bytes the server takes as the body: 'incomplete' when the client announced
 * more than it sent (the body never completes, so nothing can be written), and
 * 'unknown' when the request's own headers contradict its framing.
 */
function effectiveBody(r: FuzzRequest): Uint8Array | 'incomplete' | 'unknown' {
  if (r.headers.some(([name]) => /^(content-length|transfer-encoding)$/i.test(name))) return 'unknown';
  switch (r.framing.kind) {
    case 'length':
    case 'chunked':
      return r.body;
    case 'none':
      return new Uint8Array(0);
    case 'lying-length':
      return r.framing.declared <= r.body.byteLength ? r.body.subarray(0, r.framing.declared) : 'incomplete';
  }
}

/** Updates the scratch model after a PUT to it; `response` is null when nothing came back. */
function applyPut(r: FuzzRequest, response: RawResponse | null): void {
  const offset = wholeNumber(queryOf(r.target).get('offset'));
  if (offset === null || offset >= SCRATCH_BYTES) return; // refused before any byte is written
  const body = effectiveBody(r);
  if (body === 'incomplete') return;
  if (response !== null && fromShoal(response)) {
    if (response.status !== 204) return; // a failed write wrote nothing
    if (body !== 'unknown') {
      assert.ok(offset + body.byteLength <= SCRATCH_BYTES, `a write past the end was answered 204: ${describeRequest('?', r)}`);
      scratch.bytes.set(body, offset);
      return;
    }
  }
  // Our handler may have written, but node:http answered for it (a parse error in
  // what followed the request), or the request's headers leave its body unknowable.
  const end = Math.min(SCRATCH_BYTES, offset + (body === 'unknown' ? r.body.byteLength : body.byteLength));
  scratch.uncertain.fill(1, offset, end);
}

/** The range a simple Range header selects in a volume of `size` bytes, by RFC 9110's rules; null for other forms. */
function simpleRange(value: string, size: number): { first: number; last: number } | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(value.trim());
  if (match === null || (match[1] === '' && match[2] === '')) return null;
  if (match[1] === '') return { first: Math.max(0, size - Number(match[2])), last: size - 1 };
  const last = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  return { first: Number(match[1]), last };
}

/** Checks that a successful read of one of our volumes returned the bytes that are there. */
function checkRead(r: FuzzRequest, response: RawResponse): void {
  const volume = routedVolume(r.target);
  if (!fromShoal(response) || (response.status !== 200 && response.status !== 206) || volume === null) return;
  const what = describeRequest('?', r);
  assert.ok(volume === PATTERN_VOLUME || volume === SCRATCH_VOLUME, `a read of ${volume} succeeded: ${what}`);
  const size = volume === PATTERN_VOLUME ? PATTERN_BYTES : SCRATCH_BYTES;
  let first: number;
  let last: number;
  if (response.status === 200) {
    const query = queryOf(r.target);
    first = wholeNumber(query.get('offset'))!;
    last = first + wholeNumber(query.get('length'))! - 1;
  } else {
    const contentRange = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(header(response, 'content-range') ?? '');
    assert.ok(contentRange !== null && Number(contentRange[3]) === size, `206 with Content-Range ${header(response, 'content-range')}: ${what}`);
    [first, last] = [Number(contentRange[1]), Number(contentRange[2])];
    const rangeHeader = r.headers.find(([n]) => n === 'Range')?.[1];
    const expected = rangeHeader === undefined ? null : simpleRange(rangeHeader, size);
    if (expected !== null) assert.deepEqual({ first, last }, expected, `the range served for ${rangeHeader}: ${what}`);
  }
  assert.equal(response.body.byteLength, last - first + 1, `read length: ${what}`);
  for (let i = 0; i < response.body.byteLength; i++) {
    const at = first + i;
    if (volume === PATTERN_VOLUME) assert.equal(response.body[i], pattern[at], `pattern byte ${at}: ${what}`);
    else if (scratch.uncertain[at] === 0) assert.equal(response.body[i], scratch.bytes[at], `scratch byte ${at}: ${what}`);
  }
}

/** A request the data API should serve: a read of either volume (query or Range), or a write of the scratch volume, within bounds. */
const validDataRequestArb: fc.Arbitrary<FuzzRequest> = fc
  .record({
    write: fc.boolean(),
    volume: fc.constantFrom(...OWN_VOLUMES),
    offset: fc.nat(),
    length: fc.oneof({ arbitrary: fc.nat({ max: 4096 }), weight: 4 }, { arbitrary: fc.nat({ max: MAX_REQUEST_BYTES }), weight: 1 }),
    range: fc.oneof({ arbitrary: fc.constant(null), weight: 2 }, { arbitrary: fc.constantFrom('first-last', 'first-', 'suffix'), weight: 1 }),
    body: fc.uint8Array({ maxLength: 2048 }),
    chunkBytes: fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fc.integer({ min: 1, max: 4096 }), weight: 1 }),
  })
  .map(({ write, volume, offset, length, range, body, chunkBytes }): FuzzRequest => {
    const framing: Framing = chunkBytes === null ? { kind: 'length' } : { kind: 'chunked', chunkBytes };
    if (write) {
      const at = offset % SCRATCH_BYTES;
      return { method: 'PUT', target: `/v1/volumes/${SCRATCH_VOLUME}/data?offset=${at}`, headers: [], body: body.subarray(0, SCRATCH_BYTES - at), framing, halfClose: false };
    }
    const size = volume === PATTERN_VOLUME ? PATTERN_BYTES : SCRATCH_BYTES;
    const at = offset % size;
    const n = Math.min(length, size - at);
    const read = { method: 'GET', body: new Uint8Array(0), framing: { kind: 'none' } as Framing, halfClose: false };
    if (range === null) return { ...read, target: `/v1/volumes/${volume}/data?offset=${at}&length=${n}`, headers: [] };
    const value = range === 'suffix' ? `bytes=-${Math.max(1, n)}` : range === 'first-' ? `bytes=${at}-` : `bytes=${at}-${at + Math.max(0, n - 1)}`;
    return { ...read, target: `/v1/volumes/${volume}/data`, headers: [['Range', value]] };
  });

/** A request with every part drawn from the wild arbitraries. */
const wildDataRequestArb: fc.Arbitrary<FuzzRequest> = fc
  .record({
    method: fc.oneof({ arbitrary: fc.constantFrom('GET', 'PUT'), weight: 6 }, { arbitrary: methodArb, weight: 2 }),
    segment: volumeSegmentArb(OWN_VOLUMES),
    shape: dataPathShapeArb,
    query: queryArb(PATTERN_BYTES),
    headers: dataHeadersArb,
    framed: framedBodyArb(bodyArb(MAX_REQUEST_BYTES)),
  })
  .map(({ method, segment, shape, query, headers, framed }) => ({ method, target: `${shape(segment)}${query}`, headers, ...framed }));

/** The parts of a data request that the fuzz swaps between a valid request and a wild one. */
const DATA_PARTS = ['method', 'path', 'query', 'headers', 'body'] as const;
type DataPart = (typeof DATA_PARTS)[number];

/** Takes `parts` of `wild` into `valid`. */
function mixRequests(valid: FuzzRequest, wild: FuzzRequest, parts: readonly DataPart[]): FuzzRequest {
  const [validPath, validQuery = ''] = splitTarget(valid.target);
  const [wildPath, wildQuery = ''] = splitTarget(wild.target);
  const take = (part: DataPart): boolean => parts.includes(part);
  const query = take('query') ? wildQuery : validQuery;
  return {
    method: take('method') ? wild.method : valid.method,
    target: `${take('path') ? wildPath : validPath}${query === '' ? '' : `?${query}`}`,
    headers: take('headers') ? [...valid.headers, ...wild.headers] : valid.headers,
    ...(take('body') ? { body: wild.body, framing: wild.framing, halfClose: wild.halfClose } : { body: valid.body, framing: valid.framing, halfClose: valid.halfClose }),
  };
}

function splitTarget(target: string): [string, string?] {
  const q = target.indexOf('?');
  return q < 0 ? [target] : [target.slice(0, q), target.slice(q + 1)];
}

/**
 * Data requests: valid ones, valid ones with one or two parts gone wild, and wild
 * ones. A request that is not a read and would reach the pattern volume goes to
 * the scratch volume instead: the pattern only ever gets reads.
 */
const dataRequestArb: fc.Arbitrary<{ member: string; request: FuzzRequest }> = fc
  .record({
    member: fc.constantFrom(...MEMBERS),
    valid: validDataRequestArb,
    wild: wildDataRequestArb,
    parts: fc.oneof(
      { arbitrary: fc.constant([] as DataPart[]), weight: 3 },
      { arbitrary: fc.subarray([...DATA_PARTS], { minLength: 1, maxLength: 2 }), weight: 4 },
      { arbitrary: fc.constant([...DATA_PARTS]), weight: 2 },
    ),
  })
  .map(({ member, valid, wild, parts }) => {
    const r = mixRequests(valid, wild, parts);
    if (r.method !== 'GET' && r.method !== 'HEAD' && routedVolume(r.target) === PATTERN_VOLUME) {
      const [, query] = splitTarget(r.target);
      r.target = `/v1/volumes/${SCRATCH_VOLUME}/data${query === undefined ? '' : `?${query}`}`;
    }
    return { member, request: r };
  });

/** How many answers of each status a property saw, for the log: a fuzz that only ever gets 400 tests little. */
function tally(statuses: Map<number, number>, ex: Exchange): void {
  const status = ex.kind === 'answered' ? ex.response.status : 0;
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
}

function tallyText(statuses: Map<number, number>): string {
  return [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ');
}

test.serial('data API: random requests are answered, never with a 500, errors as JSON, reads with the bytes that are there', async (t) => {
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(fc.array(dataRequestArb, { minLength: 1, maxLength: REQUESTS_PER_RUN_MAX }), async (requests) => {
      for (const { member, request: r } of requests) {
        assert.ok(r.method === 'GET' || r.method === 'HEAD' || routedVolume(r.target) !== PATTERN_VOLUME, 'the fuzz never writes the pattern');
        const ex = await exchange(group.slot(member).clientPort, r, REQUEST_TIMEOUT_MS);
        tally(statuses, ex);
        const touchesScratch = r.method === 'PUT' && routedVolume(r.target) === SCRATCH_VOLUME;
        if (touchesScratch) applyPut(r, ex.kind === 'answered' ? ex.response : null);
        const response = checkAnswer(member, r, ex);
        if (response !== null && r.method === 'GET') checkRead(r, response);
      }
      await assertAllAlive();
    }),
    { numRuns: RUNS.dataApi },
  );
  t.log(`statuses: ${tallyText(statuses)}`);
  t.pass();
});

// ---------------------------------------------------------------------------
// The admin API.
// ---------------------------------------------------------------------------

type AuthKind = 'right' | 'none' | 'wrong' | 'malformed';

const adminPathArb: fc.Arbitrary<(name: string) => string> = fc.oneof(
  { arbitrary: fc.constant((name: string) => `${ADMIN_PREFIX}${name}`), weight: 12 },
  {
    arbitrary: fc.constantFrom(
      (name: string) => `${ADMIN_PREFIX}${name}?x=1`,
      (name: string) => `${ADMIN_PREFIX}${name}/`,
      (name: string) => `/shoal.admin.v1.AdminService${name}`,
      (name: string) => `/shoal.admin.v1.adminservice/${name}`,
      (name: string) => `/shoal.admin.v2.AdminService/${name}`,
      (name: string) => `${ADMIN_PREFIX}/${name}`,
    ),
    weight: 2,
  },
);

/** A binary request is asked for by content type; anything else reads (or fails to read) as JSON. */
function asksForProto(contentType: string | null): boolean {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/proto';
}

const adminCallArb = fc
  .record({
    member: fc.constantFrom(...MEMBERS),
    method: fc.oneof({ arbitrary: fc.constant('POST'), weight: 12 }, { arbitrary: methodArb, weight: 2 }),
    name: adminMethodNameArb,
    path: adminPathArb,
    contentType: fc.oneof(
      { arbitrary: fc.constant('application/json'), weight: 5 },
      { arbitrary: fc.constant('application/proto'), weight: 4 },
      { arbitrary: contentTypeArb, weight: 2 },
      { arbitrary: fc.constant(null), weight: 1 },
    ),
    connectVersion: fc.oneof({ arbitrary: fc.constant(null), weight: 6 }, { arbitrary: fc.constant('1'), weight: 2 }, { arbitrary: headerTextArb, weight: 1 }),
    auth: fc.oneof(
      { arbitrary: fc.constant<AuthKind>('right'), weight: 10 },
      { arbitrary: fc.constantFrom<AuthKind>('none', 'wrong', 'malformed'), weight: 2 },
    ),
    badToken: headerTextArb,
  })
  .chain((call) =>
    framedBodyArb(asksForProto(call.contentType) ? adminProtoBodyArb(call.name, OWN_VOLUMES) : adminJsonBodyArb(call.name, OWN_VOLUMES)).map((framed) => ({ ...call, ...framed })),
  );

type AdminCall = typeof adminCallArb extends fc.Arbitrary<infer C> ? C : never;

/** The request of an admin call; a DeleteVolume of one of our volumes becomes an empty DeleteVolume. */
function adminRequest(call: AdminCall): FuzzRequest {
  const headers: Array<[string, string]> = [];
  if (call.contentType !== null) headers.push(['Content-Type', call.contentType]);
  if (call.connectVersion !== null) headers.push(['Connect-Protocol-Version', call.connectVersion]);
  if (call.auth === 'right') headers.push(['Authorization', `Bearer ${group.token}`]);
  if (call.auth === 'wrong') headers.push(['Authorization', `Bearer ${call.badToken}`]);
  if (call.auth === 'malformed') headers.push(['Authorization', call.badToken]);
  const target = call.path(call.name);
  const deletes = target.split('?')[0] === `${ADMIN_PREFIX}DeleteVolume`;
  const declared = call.framing.kind === 'lying-length' ? call.body.subarray(0, call.framing.declared) : call.body;
  if (deletes && (deletesProtected(call.body, PROTECTED_VOLUMES) || deletesProtected(declared, PROTECTED_VOLUMES))) {
    return { method: call.method, target, headers, body: new Uint8Array(0), framing: { kind: 'length' }, halfClose: false };
  }
  return { method: call.method, target, headers, body: call.body, framing: call.framing, halfClose: call.halfClose };
}

const adminTypes = shoal.admin.v1 as unknown as Record<string, { decode(bytes: Uint8Array): unknown }>;

/**
 * A uint64 or uint32 field's value as the proto3 JSON mapping defines it: an
 * integral JSON number, or a string of decimal digits; null reads as absent (0).
 * Anything else (other strings, booleans, arrays, objects, fractions, negatives)
 * is malformed and must be refused.
 */
function jsonUint(value: unknown, max: number): number | 'malformed' {
  if (value === null || value === undefined) return 0;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n >= 0 && n <= max ? n : 'malformed';
}

/** The fields of a JSON request as the server reads its keys (both spellings, the last one wins). */
function jsonFields(body: Uint8Array): Record<string, unknown> | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body).toString('utf8'));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed)) fields[key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase())] = value;
  return fields;
}

/** The default page size of CreateVolume (page_size_bytes 0). */
const DEFAULT_PAGE_BYTES = 1024 * KiB;
/** CreateVolume calls answered 200 although a JSON field was malformed (the misreading bug below); counted, not failed, here. */
let malformedAccepted = 0;
/** CreateVolume calls answered 200 whose volume was checked against the body. */
let createdChecked = 0;

/**
 * A JSON CreateVolume that succeeded made the volume its body asks for: the name,
 * size and page size as proto3 JSON reads them. One whose fields are malformed
 * should have been refused; that is the known bug below, counted here.
 */
function checkCreatedAsAsked(r: FuzzRequest, response: RawResponse): void {
  const body = effectiveBody(r);
  const fields = body === 'unknown' || body === 'incomplete' ? null : jsonFields(body);
  if (fields === null) return;
  const { name } = fields;
  const sizeBytes = jsonUint(fields.sizeBytes, Number.MAX_SAFE_INTEGER);
  const pageSizeBytes = jsonUint(fields.pageSizeBytes, 2 ** 32 - 1);
  if (typeof name !== 'string' || sizeBytes === 'malformed' || pageSizeBytes === 'malformed') {
    malformedAccepted += 1;
    return;
  }
  const { volume } = JSON.parse(response.body.toString('utf8')) as { volume?: { name?: string; sizeBytes?: string; pageSizeBytes?: number } };
  createdChecked += 1;
  const made = { name: volume?.name, sizeBytes: Number(volume?.sizeBytes), pageSizeBytes: volume?.pageSizeBytes };
  assert.deepEqual(made, { name, sizeBytes, pageSizeBytes: pageSizeBytes || DEFAULT_PAGE_BYTES }, `the volume made for ${describeRequest('?', r)}`);
}

/** Checks what only admin answers promise: the token guards every method, and a success decodes in its codec. */
function checkAdminAnswer(call: AdminCall, r: FuzzRequest, response: RawResponse): void {
  if (!fromShoal(response)) return;
  const what = describeRequest(call.member, r);
  const real = (FUZZED_ADMIN_METHODS as readonly string[]).includes(call.name) && r.target.split('?')[0] === `${ADMIN_PREFIX}${call.name}`;
  if (call.auth !== 'right' && real && r.method === 'POST') assert.equal(response.status, 401, `a call without the token: ${what}`);
  if (response.status !== 200) return;
  assert.ok(real && call.auth === 'right', `200 for ${what}`);
  const contentType = header(response, 'content-type');
  if (asksForProto(call.contentType)) {
    assert.equal(contentType, 'application/proto', what);
    assert.doesNotThrow(() => adminTypes[`${call.name}Response`]!.decode(response.body), `a binary answer that does not decode: ${what}`);
  } else {
    assert.equal(contentType, 'application/json', what);
    const parsed: unknown = JSON.parse(response.body.toString('utf8'));
    assert.ok(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed), `a JSON answer that is not an object: ${what}`);
    if (call.name === 'CreateVolume') checkCreatedAsAsked(r, response);
  }
}

test.serial('admin API: random Connect calls are answered, never with a 500, errors as Connect JSON, the token always checked', async (t) => {
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(fc.array(adminCallArb, { minLength: 1, maxLength: REQUESTS_PER_RUN_MAX }), async (calls) => {
      for (const call of calls) {
        const r = adminRequest(call);
        const response = await send(call.member, r);
        if (response === null) continue;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        checkAdminAnswer(call, r, response);
      }
      await assertAllAlive();
    }),
    { numRuns: RUNS.adminApi },
  );
  t.log(`statuses: ${tallyText(statuses)}`);
  t.log(`${createdChecked} created volumes matched their JSON body; ${malformedAccepted} CreateVolume calls with a malformed JSON field answered 200 (the misreading bug below)`);
  t.pass();
});

// ---------------------------------------------------------------------------
// Observability endpoints and everything else on the client port.
// ---------------------------------------------------------------------------

const otherPathArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom('/metrics', '/healthz', '/readyz'), weight: 6 },
  { arbitrary: fc.tuple(fc.constantFrom('/metrics', '/healthz', '/readyz'), fc.webQueryParameters()).map(([p, q]) => `${p}?${q}`), weight: 2 },
  {
    arbitrary: fc.constantFrom('/', '*', '/metrics/', '/healthz/', '/HEALTHZ', '/%2e%2e/healthz', '/../healthz', '/./readyz', '//metrics', '/v1', '/v2/volumes/x/data', '/shoal.admin.v1.AdminService'),
    weight: 2,
  },
  { arbitrary: fc.webPath().filter((p) => p.startsWith('/')), weight: 2 },
  { arbitrary: fc.integer({ min: 1_000, max: 20_000 }).map((n) => `/${'a'.repeat(n)}`), weight: 1 },
);

const otherRequestArb = fc
  .record({
    member: fc.constantFrom(...MEMBERS),
    method: fc.oneof({ arbitrary: fc.constantFrom('GET', 'HEAD'), weight: 4 }, { arbitrary: methodArb, weight: 2 }),
    target: otherPathArb,
    headers: fc.array(
      fc.oneof(
        fc.tuple(fc.constantFrom('Accept', 'Accept-Encoding', 'Range', 'Content-Type', 'X-Forwarded-For', 'If-None-Match', 'Content-Length', 'Transfer-Encoding'), headerTextArb),
        fc.constantFrom<[string, string]>(['Content-Length', '-1'], ['Content-Length', 'abc'], ['Transfer-Encoding', 'gzip'], ['Transfer-Encoding', 'chunked, gzip']),
      ),
      { maxLength: 2 },
    ),
    framed: framedBodyArb(bodyArb(MAX_REQUEST_BYTES)),
  })
  .map(({ member, method, target, headers, framed }) => ({ member, request: { method, target, headers, ...framed } satisfies FuzzRequest }));

/** What a GET of an observability endpoint must answer. */
function checkObservability(r: FuzzRequest, response: RawResponse): void {
  if (!fromShoal(response) || r.method !== 'GET') return;
  const path = r.target.split('?')[0];
  const what = describeRequest('?', r);
  const text = response.body.toString('utf8');
  if (path === '/healthz') assert.deepEqual([response.status, text], [200, 'ok\n'], what);
  if (path === '/readyz') assert.ok([200, 503].includes(response.status) && /^(not )?ready: \S/.test(text), what);
  if (path === '/metrics') {
    assert.equal(response.status, 200, what);
    // Prometheus text: comments, or a metric name, optional labels, and a value.
    for (const line of text.split('\n').filter((l) => l !== '')) assert.match(line, /^(#.*|[a-zA-Z_:][a-zA-Z0-9_:]*(\{.*\})? \S+( \d+)?)$/, what);
  }
}

test.serial('observability and unknown routes: random requests are answered, /healthz ok, /metrics well-formed, errors as JSON', async (t) => {
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(fc.array(otherRequestArb, { minLength: 1, maxLength: REQUESTS_PER_RUN_MAX }), async (requests) => {
      for (const { member, request: r } of requests) {
        const response = await send(member, r);
        if (response === null) continue;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        checkObservability(r, response);
      }
      await assertAllAlive();
    }),
    { numRuns: RUNS.observability },
  );
  t.log(`statuses: ${tallyText(statuses)}`);
  t.pass();
});

// ---------------------------------------------------------------------------
// Findings: each reproduces a bug the fuzz found; they fail until it is fixed.
// ---------------------------------------------------------------------------

// BUG (admin routes): `POST /shoal.admin.v1.AdminService/constructor` (or __proto__,
// toString, valueOf, hasOwnProperty, …) answers 500 `internal` ("Cannot read
// properties of undefined (reading 'prototype')") with JSON, and 400 leaking a
// TypeError with application/proto; it should be 501 `unimplemented` like any
// unknown method. src/server/http-server.ts looks the method up with
// `routes.adminMethods[name]`, a plain object, so inherited properties are found.
test.serial('regression: admin method names inherited from Object.prototype answer 501 unimplemented, not 500', async (t) => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...MEMBERS),
      fc.constantFrom(...OBJECT_PROTOTYPE_NAMES),
      fc.constantFrom('application/json', 'application/proto'),
      fc.oneof(fc.constant(new Uint8Array(0)), fc.constant(new Uint8Array(Buffer.from('{}'))), fc.uint8Array({ maxLength: 16 })),
      async (member, name, contentType, body) => {
        const r: FuzzRequest = {
          method: 'POST',
          target: `${ADMIN_PREFIX}${name}`,
          headers: [['Content-Type', contentType], ['Authorization', `Bearer ${group.token}`]],
          body,
          framing: { kind: 'length' },
          halfClose: false,
        };
        const response = await sendStrict(member, r);
        assert.equal(response.status, 501, `expected 501 unimplemented for ${describeRequest(member, r)}`);
      },
    ),
    { numRuns: RUNS.regressionObjectPrototype },
  );
  t.pass();
});

// BUG (client port): a CONNECT request (`CONNECT /healthz HTTP/1.1` or
// `CONNECT 127.0.0.1:80 HTTP/1.1`) gets no HTTP answer: node:http closes the socket
// when the server has no 'connect' listener. Every request should get an answer
// (e.g. 405 with Allow, as JSON), as every other unknown method does.
test.serial('regression: a CONNECT request gets an HTTP answer (405), not a closed socket', async (t) => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...MEMBERS), fc.constantFrom('/healthz', `/v1/volumes/${SCRATCH_VOLUME}/data`, '127.0.0.1:80', `${ADMIN_PREFIX}GetStatus`), async (member, target) => {
      await sendStrict(member, { method: CONNECT_METHOD, target, headers: [], body: new Uint8Array(0), framing: { kind: 'none' }, halfClose: false });
    }),
    { numRuns: RUNS.regressionConnect },
  );
  t.pass();
});

// BUG (client port): a client that sends a whole request and then half-closes its
// side (as `nc -N` or a shell pipe does) gets no answer from a handler that waits
// for IO: `printf 'POST /shoal.admin.v1.AdminService/ListMembers HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}' | nc -N 127.0.0.1 <port>`
// prints nothing (ListMembers waits for a ReadIndex round); so does a read of
// pages on other members. node:http's default (httpAllowHalfOpen false) aborts the
// request and ends the socket when the client's FIN arrives; only answers written
// before that get out (/healthz, or a handler that finishes on microtasks alone).
// HTTP/1.1 lets a client half-close after its last request and still read the answer.
test.serial('regression: a complete request followed by a half-close still gets its answer', async (t) => {
  const json = (target: string): { method: string; target: string; headers: Array<[string, string]>; body: Uint8Array } => ({
    method: 'POST',
    target,
    headers: [['Content-Type', 'application/json']],
    body: new Uint8Array(Buffer.from('{}')),
  });
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...MEMBERS),
      fc.constantFrom(
        json(`${ADMIN_PREFIX}ListMembers`),
        json(`${ADMIN_PREFIX}ListVolumes`),
        { method: 'GET', target: `/v1/volumes/${PATTERN_VOLUME}/data?offset=0&length=${MAX_REQUEST_BYTES}`, headers: [] as Array<[string, string]>, body: new Uint8Array(0) },
      ),
      async (member, base) => {
        const headers: Array<[string, string]> = [...base.headers, ['Authorization', `Bearer ${group.token}`]];
        await sendStrict(member, { ...base, headers, framing: { kind: 'length' }, halfClose: true });
      },
    ),
    { numRuns: RUNS.regressionHalfClose },
  );
  t.pass();
});

let nextBugVolume = 1;

/** JSON field values proto3 JSON does not allow for CreateVolume, with what protobufjs's fromObject makes of them. */
const MALFORMED_CREATE_FIELDS: ReadonlyArray<Record<string, unknown>> = [
  { sizeBytes: '1e9' }, // parseInt: a 1-byte volume
  { sizeBytes: '10GiB' }, // parseInt: a 10-byte volume
  { sizeBytes: { low: 65536, high: 0 } }, // a Long's parts: 65536 bytes
  { sizeBytes: 65536, pageSizeBytes: '65536x' }, // NaN >>> 0 = 0: the default 1 MiB pages
  { sizeBytes: 65536, pageSizeBytes: 65536.5 }, // truncated to 65536
  { sizeBytes: 65536, pageSizeBytes: -4294901760 }, // >>> 0 wraps to 65536
  { sizeBytes: 65536, pageSizeBytes: [65536] }, // an array coerced to 65536
  { sizeBytes: 65536, pageSizeBytes: '0x10000' }, // hex read as 65536
];

// FIXED (admin API, JSON): malformed values of numeric and string fields were misread
// instead of refused, so a call answered 200 having done something else than asked.
// decodeRequest now refuses any value that does not come back from fromObject as sent.
// `POST /shoal.admin.v1.AdminService/CreateVolume` with
// `{"name":"db","sizeBytes":"1e9"}` creates a 1-byte volume (parseInt), "10GiB" a
// 10-byte one; `"pageSizeBytes":"65536x"` silently gives 1 MiB pages, -4294901760
// or [65536] or "0x10000" give 64 KiB; `"name":123` creates volume "123". The
// Connect JSON decoding (src/server/connect.ts decodeRequest) hands the object to
// protobufjs's fromObject, which coerces rather than validates; proto3 JSON allows
// only integral numbers or decimal strings for integers and strings for strings,
// and anything else should be `invalid_argument` (400).
test.serial('regression: malformed JSON field values in CreateVolume are refused, not coerced', async (t) => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...MEMBERS),
      fc.oneof(fc.constantFrom(...MALFORMED_CREATE_FIELDS), fc.constant({ sizeBytes: 65536, nameIsNumber: true })),
      async (member, fields) => {
        // A fresh name per call (shrinking repeats calls): a refusal must be for the field, not "already exists".
        const serial = nextBugVolume++;
        const { nameIsNumber, ...rest } = fields as Record<string, unknown>;
        const body = JSON.stringify({ name: nameIsNumber === true ? 900_000_000 + serial : `fzbug${serial}`, ...rest });
        const r: FuzzRequest = {
          method: 'POST',
          target: `${ADMIN_PREFIX}CreateVolume`,
          headers: [['Content-Type', 'application/json'], ['Authorization', `Bearer ${group.token}`]],
          body: new Uint8Array(Buffer.from(body)),
          framing: { kind: 'length' },
          halfClose: false,
        };
        const response = await sendStrict(member, r);
        assert.equal(response.status, 400, `expected invalid_argument for ${body}, got ${response.status} ${response.body.toString('utf8').slice(0, 200)}`);
      },
    ),
    { numRuns: RUNS.regressionMalformedJson },
  );
  t.pass();
});

/** A body far larger than the sockets' buffers, so most of it is still on its way when the server answers. */
const LARGE_REFUSED_BODY_BYTES = 4 * 1024 * KiB;

// FIXED (client port): an error answered before the body is read — the documented
// 413 for a body over --max-request-bytes, and equally 404, 401 or 501 — was often
// lost to a TCP reset when the body was large: the socket was destroyed with the
// unread body in its receive buffer, and the kernel's RST made the client drop the
// answer (one try in three for `PUT /v1/volumes/<any>/data?offset=0` with 4 MiB
// against --max-request-bytes 128 KiB). src/server/linger.ts now closes lingering
// (RFC 9112 §9.6): FIN after the answer, the rest read and dropped, bounded.
test.serial('regression: an answer given before a large body is read arrives, not a TCP reset (lingering close)', async (t) => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...MEMBERS),
      fc.constantFrom(
        { method: 'PUT', target: `/v1/volumes/${SCRATCH_VOLUME}/data?offset=0` },
        { method: 'PUT', target: '/v1/volumes/no-such-volume/data?offset=0' },
        { method: 'POST', target: `${ADMIN_PREFIX}NoSuchMethod` },
      ),
      fc.constantFrom<Framing>({ kind: 'length' }, { kind: 'chunked', chunkBytes: 64 * KiB }),
      async (member, base, framing) => {
        const headers: Array<[string, string]> = [['Content-Type', 'application/json'], ['Authorization', `Bearer ${group.token}`]];
        await sendStrict(member, { ...base, headers, body: new Uint8Array(LARGE_REFUSED_BODY_BYTES).fill(0x61), framing, halfClose: false });
      },
    ),
    { numRuns: RUNS.regressionLargeRefusedBody },
  );
  t.pass();
});

// ---------------------------------------------------------------------------
// Afterwards: nothing the fuzz did changed what it must not.
// ---------------------------------------------------------------------------

/** Reads a whole volume through `member` with undici, in pieces the data API accepts. */
async function readVolume(member: string, volume: string, sizeBytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let offset = 0; offset < sizeBytes; offset += MAX_REQUEST_BYTES) {
    const length = Math.min(MAX_REQUEST_BYTES, sizeBytes - offset);
    const response = await request(`${group.endpoint(member)}/v1/volumes/${volume}/data?offset=${offset}&length=${length}`, {
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = Buffer.from(await response.body.arrayBuffer());
    if (response.statusCode !== 200) throw new Error(`reading ${volume} at ${offset} through ${member}: ${response.statusCode} ${body.toString()}`);
    parts.push(body);
  }
  return Buffer.concat(parts);
}

test.serial('afterwards: the pattern reads back byte for byte from every member, the scratch volume as its writes left it, all members alive', async (t) => {
  await assertAllAlive();
  for (const member of MEMBERS) t.true((await readVolume(member, PATTERN_VOLUME, PATTERN_BYTES)).equals(Buffer.from(pattern)), `the pattern through ${member}`);
  const held = await readVolume('n2', SCRATCH_VOLUME, SCRATCH_BYTES);
  let uncertain = 0;
  let wrong = 0;
  for (let i = 0; i < SCRATCH_BYTES; i++) {
    if (scratch.uncertain[i] === 1) uncertain += 1;
    else if (held[i] !== scratch.bytes[i]) wrong += 1;
  }
  t.is(wrong, 0, 'scratch bytes that differ from what the 204 writes put there');
  t.log(`${forgivenResets} resets forgiven for bodies of ${RESET_PRONE_BODY_BYTES} bytes or more (node's own answers to requests it cannot parse still close at once)`);
  t.log(`${uncertain} scratch bytes uncertain (a write whose answer node:http replaced with a parse error)`);
  const volumes = await group.client('n3').listVolumes({});
  const own = volumes.volumes.filter((v) => PROTECTED_VOLUMES.has(v.name ?? '')).map((v) => [v.name, Number(v.sizeBytes)]);
  t.deepEqual(own.sort(), [[PATTERN_VOLUME, PATTERN_BYTES], [SCRATCH_VOLUME, SCRATCH_BYTES]]);
});
