/**
 * PageRequest and PageResponse frames: the hand-written encoders produce the
 * generated encoder's bytes, decoding keeps untrusted numbers for the answering
 * side to judge (except a request id, which must be exact), and the bounds both
 * sides check say what is wrong.
 */
import test from 'ava';
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import {
  FrameError,
  PAGE_DATA_BYTES_MAX,
  PAGE_ERROR_MESSAGE_BYTES_MAX,
  type PageRequest,
  decodeEnvelope,
  encodeEnvelope,
  encodePageRequest,
  encodePageResponse,
} from '../../src/transport/index.js';
import { errorText, pageRequestProblem, timeoutProblem } from '../../src/transport/page-codec.js';

/** Numbers that need 1 to 8 varint bytes, zero (left out) included. */
const indexArb = fc.oneof(fc.constant(0), fc.nat(), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
const uint32Arb = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2 ** 32 - 1 }));

const requestArb = fc
  .record({
    volumeId: indexArb,
    page: indexArb,
    offsetInPage: uint32Arb,
    write: fc.boolean(),
    data: fc.uint8Array({ maxLength: 300 }),
    readLength: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: PAGE_DATA_BYTES_MAX })),
    minAppliedIndex: indexArb,
  })
  .map(({ readLength, ...r }): PageRequest => (r.write ? { ...r, length: r.data.byteLength } : { ...r, length: readLength, data: new Uint8Array(0) }));

test('property: the hand-written PageRequest encoding is byte for byte the generated one, and decodes back', (t) => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), requestArb, (requestId, request) => {
      t.is(pageRequestProblem(request), null);
      const hand = Buffer.from(encodePageRequest(requestId, request));
      const generated = Buffer.from(encodeEnvelope({ kind: 'pageRequest', requestId, ...request }));
      if (!hand.equals(generated)) return false;
      const decoded = decodeEnvelope(hand);
      t.deepEqual({ ...decoded, data: [...(decoded as { data: Uint8Array }).data] }, { kind: 'pageRequest', requestId, ...request, data: [...request.data] });
      return true;
    }),
    { numRuns: 300 },
  );
});

test('property: the hand-written PageResponse encoding is byte for byte the generated one', (t) => {
  const responseArb = fc.oneof(
    fc.record({ requestId: indexArb, errorCode: fc.constant(''), errorMessage: fc.constant(''), data: fc.uint8Array({ maxLength: 5000 }) }),
    fc.record({
      requestId: indexArb,
      errorCode: fc.string({ minLength: 1, maxLength: 30 }),
      errorMessage: fc.string({ maxLength: 200 }),
      data: fc.constant(new Uint8Array(0)),
    }),
  );
  fc.assert(
    fc.property(responseArb, (response) => {
      const hand = Buffer.from(encodePageResponse(response));
      return hand.equals(Buffer.from(encodeEnvelope({ kind: 'pageResponse', ...response })));
    }),
    { numRuns: 300 },
  );
  t.pass();
});

test('a request id beyond 2^53 makes the frame undecodable; other fields beyond it are left to the answering side', (t) => {
  const base = { requestId: 1, volumeId: 1, page: 1, offsetInPage: 0, length: 0, write: false, data: new Uint8Array(0), minAppliedIndex: 0 };
  for (const kind of ['pageRequest', 'pageResponse'] as const) {
    const payload = kind === 'pageRequest' ? encodeEnvelope({ kind, ...base, requestId: 2 ** 60 }) : encodeEnvelope({ kind, requestId: 2 ** 60, errorCode: '', errorMessage: '', data: new Uint8Array(0) });
    const error = t.throws(() => decodeEnvelope(payload), { instanceOf: FrameError });
    t.is(error?.code, 'TRANSPORT_FRAME_UNDECODABLE');
  }
  const decoded = decodeEnvelope(encodeEnvelope({ kind: 'pageRequest', ...base, volumeId: 2 ** 60 }));
  t.is(decoded.kind, 'pageRequest');
  t.regex(pageRequestProblem(decoded as PageRequest) ?? '', /2\^53/);
});

test('an answer whose error message is over its bound is undecodable', (t) => {
  const payload = encodeEnvelope({ kind: 'pageResponse', requestId: 1, errorCode: 'X', errorMessage: 'm'.repeat(PAGE_ERROR_MESSAGE_BYTES_MAX + 1), data: new Uint8Array(0) });
  t.is(t.throws(() => decodeEnvelope(payload), { instanceOf: FrameError })?.code, 'TRANSPORT_FRAME_UNDECODABLE');
});

test('pageRequestProblem names what is out of bounds', (t) => {
  const read: PageRequest = { volumeId: 1, page: 2, offsetInPage: 3, length: 4096, write: false, data: new Uint8Array(0), minAppliedIndex: 5 };
  t.is(pageRequestProblem(read), null);
  t.is(pageRequestProblem({ ...read, length: PAGE_DATA_BYTES_MAX }), null);
  t.regex(pageRequestProblem({ ...read, length: PAGE_DATA_BYTES_MAX + 1 })!, /length/);
  t.regex(pageRequestProblem({ ...read, volumeId: -1 })!, /2\^53/);
  t.regex(pageRequestProblem({ ...read, page: 1.5 })!, /2\^53/);
  t.regex(pageRequestProblem({ ...read, minAppliedIndex: 2 ** 53 })!, /2\^53/);
  t.regex(pageRequestProblem({ ...read, offsetInPage: 2 ** 32 })!, /uint32/);
  t.regex(pageRequestProblem({ ...read, data: new Uint8Array(1) })!, /a read carries/);
  t.regex(pageRequestProblem({ ...read, write: true })!, /a write of length 4096 carries 0 bytes/);
  t.is(pageRequestProblem({ ...read, write: true, length: 2, data: new Uint8Array(2) }), null);
  t.is(timeoutProblem(1), null);
  t.truthy(timeoutProblem(0));
  t.truthy(timeoutProblem(Number.NaN));
  t.truthy(timeoutProblem(10 * 60_000));
});

test('errorText cuts a long message at a character boundary, within the bound', (t) => {
  t.is(errorText('short', 10), 'short');
  const cut = errorText('é'.repeat(100), 11); // 2 bytes each: 5 fit
  t.is(cut, 'ééééé');
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 0, max: 300 }), (text, maxBytes) => {
      const result = errorText(text, maxBytes);
      return Buffer.byteLength(result) <= maxBytes && text.startsWith(result) && !result.includes('\ufffd');
    }),
    { numRuns: 500 },
  );
});

test('the hand-written encoders against the generated one (timing, for the record)', (t) => {
  const request: PageRequest = { volumeId: 12, page: 3456, offsetInPage: 0, length: 4096, write: false, data: new Uint8Array(0), minAppliedIndex: 123_456 };
  const data = new Uint8Array(4096).fill(7);
  const rounds = 20_000;
  const time = (encode: (i: number) => Uint8Array): number => {
    const start = performance.now();
    let bytes = 0;
    for (let i = 1; i <= rounds; i++) bytes += encode(i).byteLength;
    t.true(bytes > 0);
    return performance.now() - start;
  };
  // Once each to warm up, then measured.
  for (let pass = 0; pass < 2; pass++) {
    const hand = time((i) => encodePageRequest(i, request)) + time((i) => encodePageResponse({ requestId: i, errorCode: '', errorMessage: '', data }));
    const generated =
      time((i) => encodeEnvelope({ kind: 'pageRequest', requestId: i, ...request })) +
      time((i) => encodeEnvelope({ kind: 'pageResponse', requestId: i, errorCode: '', errorMessage: '', data }));
    if (pass === 1) t.log(`${rounds} request+response encodings (4 KiB read): hand ${hand.toFixed(1)} ms, generated ${generated.toFixed(1)} ms`);
  }
});
