/**
 * Framing and the envelope codec: frames survive any split of the byte stream, bad
 * lengths fail with their codes before any payload is buffered, and arbitrary bytes
 * either decode or fail with TRANSPORT_FRAME_UNDECODABLE.
 */
import test from 'ava';
import fc from 'fast-check';
import {
  FRAME_HEADER_BYTES,
  FrameDecoder,
  FrameError,
  MAX_FRAME_BYTES,
  decodeEnvelope,
  encodeEnvelope,
  encodeFrame,
  type Envelope,
} from '../../src/transport/index.js';
import { encodeRaftBatch } from '../../src/transport/envelope.js';

/** Feeds `chunks` to a decoder and returns copies of the payloads it produced. */
function decodeChunks(decoder: FrameDecoder, chunks: Uint8Array[]): Buffer[] {
  const frames: Buffer[] = [];
  for (const chunk of chunks) decoder.push(chunk, (payload) => frames.push(Buffer.from(payload)));
  return frames;
}

function concat(payloads: Uint8Array[]): Buffer {
  return Buffer.concat(payloads.map((p) => encodeFrame(p)));
}

test('a frame is a 4-byte big-endian length followed by the payload', (t) => {
  const frame = encodeFrame(new Uint8Array([7, 8, 9]));
  t.deepEqual([...frame], [0, 0, 0, 3, 7, 8, 9]);
  t.deepEqual([...encodeFrame(new Uint8Array(0x0102_03).fill(1)).subarray(0, 4)], [0, 1, 2, 3]);
});

test('a frame split into single bytes decodes once complete', (t) => {
  const decoder = new FrameDecoder();
  const bytes = encodeFrame(Buffer.from('hello, peer'));
  const chunks = [...bytes].map((b) => new Uint8Array([b]));
  t.deepEqual(decodeChunks(decoder, chunks.slice(0, -1)), []);
  t.is(decoder.bufferedBytes, 'hello, peer'.length);
  t.deepEqual(decodeChunks(decoder, chunks.slice(-1)), [Buffer.from('hello, peer')]);
  t.is(decoder.bufferedBytes, 0);
});

test('many frames in one chunk all decode, in order', (t) => {
  const payloads = Array.from({ length: 100 }, (_, i) => Buffer.from(`frame ${i}`));
  t.deepEqual(decodeChunks(new FrameDecoder(), [concat(payloads)]), payloads);
});

test('a zero length is TRANSPORT_FRAME_INVALID', (t) => {
  const error = t.throws(() => decodeChunks(new FrameDecoder(), [new Uint8Array([0, 0, 0, 0, 1])]), { instanceOf: FrameError });
  t.is(error?.code, 'TRANSPORT_FRAME_INVALID');
});

test('a length over the limit is TRANSPORT_FRAME_TOO_LARGE from the header alone', (t) => {
  const decoder = new FrameDecoder();
  const header = Buffer.alloc(FRAME_HEADER_BYTES);
  header.writeUInt32BE(MAX_FRAME_BYTES + 1);
  const error = t.throws(() => decodeChunks(decoder, [header]), { instanceOf: FrameError });
  t.is(error?.code, 'TRANSPORT_FRAME_TOO_LARGE');
  // Nothing was allocated for the announced payload.
  t.is(decoder.bufferedBytes, 0);
});

test('the largest length prefix (2^32 − 1) is too large, not negative', (t) => {
  const error = t.throws(() => decodeChunks(new FrameDecoder(), [new Uint8Array([0xff, 0xff, 0xff, 0xff])]), { instanceOf: FrameError });
  t.is(error?.code, 'TRANSPORT_FRAME_TOO_LARGE');
});

test('a frame of exactly the limit is accepted', (t) => {
  const payload = Buffer.alloc(64, 1);
  t.deepEqual(decodeChunks(new FrameDecoder(64), [encodeFrame(payload)]), [payload]);
  t.throws(() => decodeChunks(new FrameDecoder(63), [encodeFrame(payload)]), { instanceOf: FrameError });
});

test('a raised limit applies from the next frame, even within the same chunk', (t) => {
  const decoder = new FrameDecoder(8);
  const small = Buffer.from('hi');
  const big = Buffer.alloc(100, 2);
  const frames: Buffer[] = [];
  decoder.push(concat([small, big]), (payload) => {
    frames.push(Buffer.from(payload));
    decoder.maxFrameBytes = MAX_FRAME_BYTES;
  });
  t.deepEqual(frames, [small, big]);
});

test('stop() ignores the rest of the chunk and later chunks', (t) => {
  const decoder = new FrameDecoder();
  let seen = 0;
  decoder.push(concat([Buffer.from('a'), Buffer.from('b')]), () => {
    seen += 1;
    decoder.stop();
  });
  decoder.push(concat([Buffer.from('c')]), () => (seen += 1));
  t.is(seen, 1);
});

/** Frame payloads (never empty), and cut positions into their concatenated stream. */
const streamArb = fc
  .array(fc.uint8Array({ minLength: 1, maxLength: 300 }), { minLength: 1, maxLength: 20 })
  .chain((payloads) => {
    const length = concat(payloads).byteLength;
    return fc.tuple(fc.constant(payloads), fc.uniqueArray(fc.integer({ min: 1, max: length - 1 }), { maxLength: 40 }));
  });

test('property: any split of a stream of frames decodes to the same frames', (t) => {
  fc.assert(
    fc.property(streamArb, ([payloads, cuts]) => {
      const stream = concat(payloads);
      const bounds = [0, ...[...cuts].sort((a, b) => a - b), stream.byteLength];
      const chunks = bounds.slice(1).map((end, i) => stream.subarray(bounds[i], end));
      t.deepEqual(decodeChunks(new FrameDecoder(), chunks), payloads.map((p) => Buffer.from(p)));
    }),
    { numRuns: 500 },
  );
});

test('property: a decoder never holds more than one frame of its limit', (t) => {
  const limit = 300;
  fc.assert(
    fc.property(streamArb, ([payloads, cuts]) => {
      const stream = concat(payloads);
      const decoder = new FrameDecoder(limit);
      const bounds = [0, ...[...cuts].sort((a, b) => a - b), stream.byteLength];
      for (let i = 1; i < bounds.length; i++) {
        decoder.push(stream.subarray(bounds[i - 1], bounds[i]), () => {});
        if (decoder.bufferedBytes > limit) return false;
      }
      return decoder.bufferedBytes === 0;
    }),
    { numRuns: 300 },
  );
  t.pass();
});

const envelopes: Envelope[] = [
  { kind: 'hello', groupId: 'g', memberId: 'n1', nonce: new Uint8Array(32).fill(1), protocolVersion: 1 },
  { kind: 'challenge', groupId: 'g', memberId: 'n2', nonce: new Uint8Array(32).fill(2), proof: new Uint8Array(32).fill(3) },
  { kind: 'proof', proof: new Uint8Array(32).fill(4) },
  { kind: 'welcome' },
  { kind: 'refusal', reason: 'TRANSPORT_HANDSHAKE_WRONG_GROUP' },
  { kind: 'raftBatch', messages: [new Uint8Array([8, 3]), new Uint8Array([8, 8])] },
  { kind: 'pageRequest', requestId: 7, volumeId: 3, page: 2 ** 40, offsetInPage: 512, length: 4, write: true, data: new Uint8Array([1, 2, 3, 4]), minAppliedIndex: 99 },
  { kind: 'pageResponse', requestId: 7, errorCode: '', errorMessage: '', data: new Uint8Array(4096).fill(5) },
  { kind: 'pageResponse', requestId: 8, errorCode: 'VOLUME_NOT_FOUND', errorMessage: 'no volume 3', data: new Uint8Array(0) },
];

/** Byte fields as plain arrays, so Buffer views and Uint8Arrays with the same bytes compare equal. */
function plain(value: unknown): unknown {
  if (value instanceof Uint8Array) return [...value];
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

for (const [i, envelope] of envelopes.entries()) {
  // Kinds that appear more than once (a page answer with data, one with an error) are told apart by position.
  const suffix = envelopes.findIndex((e) => e.kind === envelope.kind) === i ? '' : ` #${i}`;
  test(`envelope round trip: ${envelope.kind}${suffix}`, (t) => {
    t.deepEqual(plain(decodeEnvelope(encodeEnvelope(envelope))), plain(envelope));
  });
}

test('property: the hand-written RaftBatch encoding is byte for byte the generated one', (t) => {
  fc.assert(
    fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { minLength: 1, maxLength: 10 }), (messages) => {
      const generated = Buffer.from(encodeEnvelope({ kind: 'raftBatch', messages }));
      return Buffer.from(encodeRaftBatch(messages)).equals(generated);
    }),
    { numRuns: 500 },
  );
  // Lengths that need multi-byte varints at both levels.
  const large = [new Uint8Array(200_000).fill(1), new Uint8Array(130).fill(2)];
  t.true(Buffer.from(encodeRaftBatch(large)).equals(Buffer.from(encodeEnvelope({ kind: 'raftBatch', messages: large }))));
});

test('an envelope without a body is undecodable (field 10 is reserved, not known)', (t) => {
  for (const payload of [new Uint8Array(0), new Uint8Array([0x52, 0x00])]) {
    const error = t.throws(() => decodeEnvelope(payload), { instanceOf: FrameError });
    t.is(error?.code, 'TRANSPORT_FRAME_UNDECODABLE');
  }
});

test('property: arbitrary bytes decode or fail with TRANSPORT_FRAME_UNDECODABLE, nothing else', (t) => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      try {
        decodeEnvelope(bytes);
        return true;
      } catch (error) {
        return error instanceof FrameError && error.code === 'TRANSPORT_FRAME_UNDECODABLE';
      }
    }),
    { numRuns: 2000 },
  );
  t.pass();
});
