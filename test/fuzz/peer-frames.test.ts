/**
 * Chaos testing, "Bad input", for the peer protocol: random and mutated bytes (bit
 * flips, truncation, corrupted and huge length prefixes, lying varints, nested
 * protobuf garbage) fed first to the decoders one by one, then to a live listener
 * over TCP. Every decoder either returns a value within its bounds or throws the
 * transport's coded error (never another exception), holds no more than its limit
 * whatever length a prefix declares, and the listener cuts a bad connection without
 * crashing while its good peer keeps being served.
 *
 * Runs per property are named below; the whole file takes well under a minute on
 * two cores. A failing case prints its seed and path; replay it with fast-check's
 * `seed` and `path` parameters in fc.assert.
 */
import assert from 'node:assert/strict';
import test from 'ava';
import fc from 'fast-check';
import { ProtoDecodeError, decodeRaftMessage, encodeRaftMessage } from '../../src/proto/index.js';
import { LOCAL_MESSAGE_TYPES, type Message, MessageType, message } from '../../src/raft/types.js';
import {
  AcceptorHandshake,
  DialerHandshake,
  type Envelope,
  FRAME_ERROR_CODES,
  FRAME_HEADER_BYTES,
  FrameDecoder,
  FrameError,
  HANDSHAKE_ERROR_CODES,
  HANDSHAKE_FRAME_BYTES_MAX,
  HandshakeError,
  ID_BYTES_MAX,
  MAX_FRAME_BYTES,
  NONCE_BYTES,
  NonceCache,
  PAGE_ANSWER_ERROR_CODES,
  PAGE_ERROR_CODE_BYTES_MAX,
  PAGE_ERROR_MESSAGE_BYTES_MAX,
  REFUSAL_LINGER_MS,
  REFUSAL_REASON_BYTES_MAX,
  SnapshotReassembler,
  TransportError,
  chunkCountFor,
  decodeEnvelope,
  encodeEnvelope,
  encodeFrame,
  encodeSnapshotChunk,
} from '../../src/transport/index.js';
import { decodeBatchMessages } from '../../src/transport/envelope.js';
import type { HandshakeStep } from '../../src/transport/handshake.js';
import { PageServer } from '../../src/transport/page-server.js';
import { createStats } from '../../src/transport/stats.js';
import {
  deepGroupsArb,
  encodedMessageArb,
  envelopeArb,
  garbageArb,
  mutate,
  mutationsArb,
  pageRequestEnvelopeArb,
  plain,
  snapshotChunkEnvelopeArb,
  samePlain,
  snapshotHeader,
  varint,
} from './bytes.js';
import {
  FUZZ_PEER_ID,
  GROUP_ID,
  type FrameScan,
  type PeerFixture,
  RawPeer,
  STEP_TIMEOUT_MS,
  TARGET_ID,
  authenticatedPeer,
  dialerAs,
  scanFrames,
  startPeerFixture,
  stillServes,
} from './peer-socket.js';

// A failing property reports the assertion that failed, not only the counterexample.
fc.configureGlobal({ includeErrorInReport: true });

/** fast-check runs per property: the unit properties are cheap, the socket ones cost a round trip or a timeout each. */
const RUNS = {
  frameStreams: 600,
  envelopes: 3000,
  raftBatches: 1000,
  handshakeMutations: 1000,
  handshakeSequences: 600,
  snapshotChunks: 600,
  pageRequests: 400,
  socketBeforeHandshake: 60,
  socketHandshake: 80,
  socketEstablished: 120,
} as const;

/** A decode that takes this long is a hang for our purposes (inputs are at most a few KiB, or 50k group tags). */
const DECODE_TIME_MS_MAX = 1_000;
/**
 * The fuzzed listener cuts a silent or half-finished handshake after this long:
 * short, so runs that leave a connection waiting cost little, still far above
 * loopback round trips (the good peer's own handshake must fit in it on a busy
 * CI machine too).
 */
const FUZZ_HANDSHAKE_TIMEOUT_MS = 300;
/** How long a cut may take: the handshake timeout, the Refusal's linger, and slack for a busy machine. */
const CUT_WITHIN_MS = FUZZ_HANDSHAKE_TIMEOUT_MS + REFUSAL_LINGER_MS + STEP_TIMEOUT_MS;

const frameErrorCodes: ReadonlySet<string> = new Set(FRAME_ERROR_CODES);
const handshakeErrorCodes: ReadonlySet<string> = new Set(HANDSHAKE_ERROR_CODES);
const pageAnswerCodes: ReadonlySet<string> = new Set(PAGE_ANSWER_ERROR_CODES);
const handshakeKinds: ReadonlySet<string> = new Set(['hello', 'challenge', 'proof', 'welcome', 'refusal']);

function isUndecodable(error: unknown): boolean {
  return error instanceof FrameError && error.code === 'TRANSPORT_FRAME_UNDECODABLE';
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name} ${(error as { code?: string }).code ?? ''}: ${error.message}` : String(error);
}

/** Runs `decode` and fails when it takes longer than DECODE_TIME_MS_MAX. */
function timed<T>(what: string, decode: () => T): T {
  const started = performance.now();
  const check = (): void => {
    const ms = performance.now() - started;
    if (ms > DECODE_TIME_MS_MAX) throw new Error(`${what} took ${ms.toFixed(0)} ms`);
  };
  let result: T;
  try {
    result = decode();
  } catch (error) {
    check();
    throw error;
  }
  check();
  return result;
}

// ---------------------------------------------------------------------------
// The decoders, one by one.
// ---------------------------------------------------------------------------

/** Declared lengths a stream may carry: the edges of both limits, the largest uint32, and any other. */
const declaredLengthArb = fc.oneof(
  fc.constantFrom(0, 1, 64, 65, HANDSHAKE_FRAME_BYTES_MAX, HANDSHAKE_FRAME_BYTES_MAX + 1, MAX_FRAME_BYTES + 1, 2 ** 31, 2 ** 32 - 1),
  fc.nat({ max: 2 ** 32 - 1 }),
);

const frameStreamArb = fc.record({
  limit: fc.constantFrom(64, HANDSHAKE_FRAME_BYTES_MAX, MAX_FRAME_BYTES),
  payloads: fc.array(fc.oneof(envelopeArb.map(encodeEnvelope), fc.uint8Array({ minLength: 1, maxLength: 200 })), { minLength: 1, maxLength: 6 }),
  headerEdits: fc.array(fc.record({ frame: fc.nat(), length: declaredLengthArb }), { maxLength: 2 }),
  mutations: fc.option(mutationsArb, { nil: null }),
  cuts: fc.uniqueArray(fc.nat(), { maxLength: 12 }),
});

test('frame decoder: mutated streams in random pieces give the reference frames or its FrameError, within the limit', (t) => {
  fc.assert(
    fc.property(frameStreamArb, ({ limit, payloads, headerEdits, mutations, cuts }) => {
      const frames = payloads.map((p) => Buffer.from(encodeFrame(p)));
      for (const { frame, length } of headerEdits) frames[frame % frames.length]!.writeUInt32BE(length, 0);
      const edited = Buffer.concat(frames);
      const mutated = mutations === null ? edited : mutate(edited, mutations);
      // The reference reading of the whole stream, padded with zeros to a frame boundary.
      const stream = Buffer.concat([mutated, Buffer.alloc(scanFrames(mutated, limit).padding)]);
      const reference = scanFrames(stream, limit);
      const bounds = [...new Set([0, ...cuts.map((c) => c % (stream.byteLength + 1)), stream.byteLength])].sort((a, b) => a - b);
      const decoder = new FrameDecoder(limit);
      const got: Buffer[] = [];
      let error: unknown = null;
      for (let i = 1; i < bounds.length && error === null; i++) {
        try {
          decoder.push(stream.subarray(bounds[i - 1], bounds[i]), (payload) => got.push(Buffer.from(payload)));
        } catch (e) {
          error = e;
        }
        assert.ok(decoder.bufferedBytes <= limit, `holds ${decoder.bufferedBytes} bytes over a limit of ${limit}`);
      }
      if (error !== null) {
        assert.ok(error instanceof FrameError && frameErrorCodes.has(error.code), describe(error));
        t.is<string | null, string | null>((error as FrameError).code, reference.error);
      } else {
        assert.equal(reference.error, null);
        assert.equal(decoder.bufferedBytes, 0);
      }
      assert.deepEqual(got, reference.payloads.map((p) => Buffer.from(p)));
      for (const p of got) assert.ok(p.byteLength >= 1 && p.byteLength <= limit);
    }),
    { numRuns: RUNS.frameStreams },
  );
  t.pass();
});

/** Why a decoded envelope breaks a bound the decoder promises, or null. */
function envelopeProblem(e: Envelope): string | null {
  const utf8 = (s: string): number => Buffer.byteLength(s, 'utf8');
  const isUint32 = (n: number): boolean => Number.isInteger(n) && n >= 0 && n < 2 ** 32;
  const isSafe = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;
  switch (e.kind) {
    case 'hello':
    case 'challenge':
      if (utf8(e.groupId) > ID_BYTES_MAX || utf8(e.memberId) > ID_BYTES_MAX) return 'an id over ID_BYTES_MAX';
      if (!(e.nonce instanceof Uint8Array)) return 'a nonce that is not bytes';
      if (e.kind === 'hello' && !isUint32(e.protocolVersion)) return `protocol version ${e.protocolVersion}`;
      return e.kind === 'challenge' && !(e.proof instanceof Uint8Array) ? 'a proof that is not bytes' : null;
    case 'proof':
      return e.proof instanceof Uint8Array ? null : 'a proof that is not bytes';
    case 'welcome':
      return null;
    case 'refusal':
      return utf8(e.reason) > REFUSAL_REASON_BYTES_MAX ? 'a reason over REFUSAL_REASON_BYTES_MAX' : null;
    case 'raftBatch':
      return e.messages.every((m) => m instanceof Uint8Array) ? null : 'a message that is not bytes';
    case 'snapshotChunk':
      if (!isSafe(e.snapshotId) || !isSafe(e.totalBytes)) return 'a snapshot id or size beyond 2^53';
      return isUint32(e.chunkIndex) && isUint32(e.chunkCount) ? null : 'a chunk index or count that is not a uint32';
    case 'pageRequest':
      return isSafe(e.requestId) ? null : 'a request id beyond 2^53';
    case 'pageResponse':
      if (!isSafe(e.requestId)) return 'a request id beyond 2^53';
      if (utf8(e.errorCode) > PAGE_ERROR_CODE_BYTES_MAX || utf8(e.errorMessage) > PAGE_ERROR_MESSAGE_BYTES_MAX) return 'error text over its bound';
      return null;
  }
}

/** Whether every number of a decoded envelope is a safe integer (so re-encoding it is exact). */
function numbersExact(e: Envelope): boolean {
  return Object.values(e).every((v) => typeof v !== 'number' || Number.isSafeInteger(v));
}

/** Wraps `inner` as envelope field `field`, length-delimited: garbage inside a real body. */
const wrappedGarbageArb = fc
  .tuple(fc.integer({ min: 1, max: 15 }), fc.oneof(garbageArb, deepGroupsArb.map((g) => g.subarray(0, 2_000))))
  .map(([field, inner]) => new Uint8Array(Buffer.concat([varint(field * 8 + 2), varint(inner.byteLength), inner])));

const envelopePayloadArb = fc.oneof(
  { arbitrary: fc.tuple(envelopeArb, mutationsArb).map(([e, m]) => mutate(encodeEnvelope(e), m)), weight: 5 },
  { arbitrary: garbageArb, weight: 2 },
  { arbitrary: wrappedGarbageArb, weight: 2 },
  { arbitrary: deepGroupsArb, weight: 1 },
  { arbitrary: fc.uint8Array({ maxLength: 64 }), weight: 1 },
);

/** The decoded envelope, or null when the decoder refused it — with the one error it may throw. */
function decodeOrUndecodable(payload: Uint8Array, timedDecode: boolean): Envelope | null {
  try {
    return timedDecode ? timed('decodeEnvelope', () => decodeEnvelope(payload)) : decodeEnvelope(payload);
  } catch (error) {
    assert.ok(isUndecodable(error), describe(error));
    return null;
  }
}

test('envelope decoder: mutated envelopes and nested garbage decode within bounds, or fail with TRANSPORT_FRAME_UNDECODABLE', (t) => {
  let decoded = 0;
  fc.assert(
    fc.property(envelopePayloadArb, (payload) => {
      const envelope = decodeOrUndecodable(payload, true);
      if (envelope === null) return;
      decoded += 1;
      assert.equal(envelopeProblem(envelope), null, envelope.kind);
      // What decodes re-encodes to the same value: nothing was half-read.
      if (numbersExact(envelope)) assert.deepEqual(plain(decodeEnvelope(encodeEnvelope(envelope))), plain(envelope));
    }),
    { numRuns: RUNS.envelopes },
  );
  t.log(`${decoded} of ${RUNS.envelopes} payloads decoded`);
  t.pass();
});

/** Why a decoded Raft message is not one the core may be handed, or null. */
function messageProblem(m: Message): string | null {
  if (typeof MessageType[m.type] !== 'string') return `unknown type ${m.type}`;
  for (const n of [m.term, m.logTerm, m.index, m.commit, m.rejectHint, ...m.entries.flatMap((e) => [e.term, e.index])]) {
    if (!Number.isSafeInteger(n) || n < 0) return `a number ${n} beyond 2^53`;
  }
  if (!(m.context instanceof Uint8Array) || !m.entries.every((e) => e.data instanceof Uint8Array)) return 'bytes that are not a Uint8Array';
  return null;
}

const batchMessageArb = fc.oneof(
  { arbitrary: encodedMessageArb, weight: 2 },
  { arbitrary: fc.tuple(encodedMessageArb, mutationsArb).map(([m, edits]) => mutate(m, edits)), weight: 4 },
  { arbitrary: garbageArb, weight: 2 },
  { arbitrary: deepGroupsArb, weight: 1 },
);

test('Raft batches: mutated and garbage messages decode to messages the core accepts, or fail with a coded error', (t) => {
  fc.assert(
    fc.property(fc.array(batchMessageArb, { maxLength: 4 }), fc.option(mutationsArb, { nil: null }), (messages, envelopeEdits) => {
      const encoded = encodeEnvelope({ kind: 'raftBatch', messages });
      const payload = envelopeEdits === null ? encoded : mutate(encoded, envelopeEdits);
      const envelope = decodeOrUndecodable(payload, true);
      if (envelope === null || envelope.kind !== 'raftBatch') return;
      // Each message alone: a message or PROTO_DECODE.
      const alone = envelope.messages.map((bytes) => {
        try {
          return timed('decodeRaftMessage', () => decodeRaftMessage(bytes));
        } catch (error) {
          assert.ok(error instanceof ProtoDecodeError && error.code === 'PROTO_DECODE', describe(error));
          return null;
        }
      });
      // The batch: all of them, or TRANSPORT_FRAME_UNDECODABLE caused by the first PROTO_DECODE.
      try {
        const batch = decodeBatchMessages(envelope);
        assert.ok(!alone.includes(null), 'the batch decoded though one of its messages does not');
        for (const m of batch) assert.equal(messageProblem(m), null);
      } catch (error) {
        assert.ok(isUndecodable(error) && (error as Error).cause instanceof ProtoDecodeError, describe(error));
        assert.ok(alone.includes(null), 'the batch failed though each message decodes');
      }
    }),
    { numRuns: RUNS.raftBatches },
  );
  t.pass();
});

const SECRET = new Uint8Array(32).fill(0x5a);

/** Checks the shape of a handshake step; returns it. */
function checkedStep(step: HandshakeStep): HandshakeStep {
  if (step.outcome === 'failed') {
    assert.ok(step.error instanceof HandshakeError && handshakeErrorCodes.has(step.error.code), describe(step.error));
    assert.ok(step.reply === null || (step.reply.kind === 'refusal' && step.reply.reason === step.error.code), 'a refusal names the failure');
  }
  return step;
}

/** What a handshaking connection reads from some bytes. */
interface HandshakeRead {
  /** The envelopes, in order, up to the first bad frame. */
  envelopes: Envelope[];
  /** Whether a bad frame (length or payload) came after them: the connection is cut there. */
  cut: boolean;
  /** Bytes of a frame begun but not finished: they would prefix whatever is sent next. */
  leftoverBytes: number;
}

/**
 * Reads `bytes` as a connection still in its handshake does (frames of at most
 * HANDSHAKE_FRAME_BYTES_MAX). Frames are handled in order, so those before a bad
 * one still count; and once a frame completes the handshake, what follows is
 * traffic under the larger limit and no concern of the handshake.
 */
function readHandshakeBytes(bytes: Uint8Array): HandshakeRead {
  const decoder = new FrameDecoder(HANDSHAKE_FRAME_BYTES_MAX);
  const envelopes: Envelope[] = [];
  let cut = false;
  try {
    decoder.push(bytes, (payload) => envelopes.push(decodeEnvelope(payload)));
  } catch (error) {
    if (!(error instanceof FrameError && frameErrorCodes.has(error.code))) throw error;
    cut = true;
  }
  return { envelopes, cut, leftoverBytes: cut ? 0 : decoder.bufferedBytes };
}

const HONEST_ORDER = ['hello', 'challenge', 'proof', 'welcome'] as const;

test('handshake: an honest exchange with one mutated frame completes only if the mutation changed nothing it means', (t) => {
  fc.assert(
    fc.property(
      fc.constantFrom(...HONEST_ORDER),
      mutationsArb,
      fc.uint8Array({ minLength: NONCE_BYTES, maxLength: NONCE_BYTES }),
      fc.uint8Array({ minLength: NONCE_BYTES, maxLength: NONCE_BYTES }),
      (mutated, edits, dialerNonce, acceptorNonce) => {
        const dialer = new DialerHandshake({ groupId: GROUP_ID, selfId: FUZZ_PEER_ID, secret: SECRET, nonce: dialerNonce }, TARGET_ID);
        const acceptor = new AcceptorHandshake({ groupId: GROUP_ID, selfId: TARGET_ID, secret: SECRET, nonce: acceptorNonce }, (id) => id === FUZZ_PEER_ID, new NonceCache());
        // What each side was sent, and what it made of the bytes after the mutation, up to its end.
        const sentTo = { acceptor: [] as Envelope[], dialer: [] as Envelope[] };
        const receivedBy = { acceptor: [] as Envelope[], dialer: [] as Envelope[] };
        const established = { acceptor: false, dialer: false };
        let next: Envelope | null = dialer.start();
        for (let i = 0; next !== null && i < HONEST_ORDER.length; i++) {
          const side = i % 2 === 0 ? 'acceptor' : 'dialer';
          const receiver = side === 'acceptor' ? acceptor : dialer;
          sentTo[side].push(next);
          const honest = encodeFrame(encodeEnvelope(next));
          const { envelopes } = readHandshakeBytes(HONEST_ORDER[i] === mutated ? mutate(honest, edits) : honest);
          next = null;
          for (const envelope of envelopes) {
            receivedBy[side].push(envelope);
            const step = checkedStep(receiver.receive(envelope));
            next = step.reply;
            if (step.outcome === 'failed') {
              next = null;
              break;
            }
            // From here on the connection reads frames as traffic, not handshake.
            if (step.outcome === 'established') {
              established[side] = true;
              break;
            }
          }
        }
        // A side that completed received exactly what it was sent.
        if (established.acceptor) assert.ok(samePlain(receivedBy.acceptor, sentTo.acceptor), 'the acceptor welcomed a changed Hello or Proof');
        if (established.dialer) {
          assert.ok(established.acceptor, 'the dialer completed without the acceptor');
          assert.ok(samePlain(receivedBy.dialer, sentTo.dialer), 'the dialer completed on a changed Challenge or Welcome');
        }
      },
    ),
    { numRuns: RUNS.handshakeMutations },
  );
  t.pass();
});

test('handshake: arbitrary envelopes never complete either side, and every failure is coded', (t) => {
  const decodedOrArbitrary = fc.oneof(
    envelopeArb,
    fc.tuple(envelopeArb, mutationsArb).map(([e, edits]) => {
      try {
        return decodeEnvelope(mutate(encodeEnvelope(e), edits));
      } catch {
        return e;
      }
    }),
  );
  fc.assert(
    fc.property(fc.array(decodedOrArbitrary, { minLength: 1, maxLength: 5 }), (envelopes) => {
      const acceptor = new AcceptorHandshake({ groupId: GROUP_ID, selfId: TARGET_ID, secret: SECRET, nonce: new Uint8Array(NONCE_BYTES).fill(2) }, (id) => id === FUZZ_PEER_ID, new NonceCache());
      const dialer = dialerAs(FUZZ_PEER_ID, SECRET);
      dialer.start();
      for (const envelope of envelopes) {
        assert.notEqual(checkedStep(acceptor.receive(envelope)).outcome, 'established');
        assert.notEqual(checkedStep(dialer.receive(envelope)).outcome, 'established');
      }
    }),
    { numRuns: RUNS.handshakeSequences },
  );
  t.pass();
});

/** Small reassembly bounds, so whole snapshots are a few chunks and the size bound is reachable. */
const TEST_CHUNK_BYTES = 32;
const TEST_SNAPSHOT_BYTES_MAX = 512;
const SNAPSHOT_ID = 7;

/** The frame payloads of one honest chunked snapshot from n0 to n2 with `data`. */
function honestChunks(data: Uint8Array): Uint8Array[] {
  const chunkCount = chunkCountFor(data.byteLength, TEST_CHUNK_BYTES);
  return Array.from({ length: chunkCount }, (_, chunkIndex) =>
    encodeSnapshotChunk({
      snapshotId: SNAPSHOT_ID,
      chunkIndex,
      chunkCount,
      totalBytes: data.byteLength,
      message: chunkIndex === 0 ? snapshotHeader(FUZZ_PEER_ID, TARGET_ID) : new Uint8Array(0),
      data: data.subarray(chunkIndex * TEST_CHUNK_BYTES, (chunkIndex + 1) * TEST_CHUNK_BYTES),
    }),
  );
}

/** One change to a sequence of chunk payloads. */
const chunkEditArb = fc.oneof(
  fc.record({ op: fc.constant('mutate' as const), at: fc.nat(), edits: mutationsArb }),
  fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('repeat' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), envelope: envelopeArb.filter((e) => e.kind === 'snapshotChunk') }),
);
type ChunkEdit = typeof chunkEditArb extends fc.Arbitrary<infer E> ? E : never;

function editChunks(payloads: Uint8Array[], edits: readonly ChunkEdit[]): Uint8Array[] {
  const out = [...payloads];
  for (const edit of edits) {
    const at = edit.at % Math.max(1, out.length);
    if (edit.op === 'insert') out.splice(at, 0, encodeEnvelope(edit.envelope));
    else if (out.length === 0) continue;
    else if (edit.op === 'mutate') out[at] = mutate(out[at]!, edit.edits);
    else if (edit.op === 'drop') out.splice(at, 1);
    else if (edit.op === 'repeat') out.splice(at, 0, out[at]!);
    else if (at + 1 < out.length) [out[at], out[at + 1]] = [out[at + 1]!, out[at]!];
  }
  return out;
}

test('snapshot chunks: edited chunk sequences deliver a whole consistent snapshot or are refused with a code, within the size bound', (t) => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), fc.array(chunkEditArb, { maxLength: 3 }), (data, edits) => {
      const reassembler = new SnapshotReassembler(FUZZ_PEER_ID, TARGET_ID, { chunkBytes: TEST_CHUNK_BYTES, snapshotBytesMax: TEST_SNAPSHOT_BYTES_MAX });
      const delivered: Message[] = [];
      let nowMs = 0;
      for (const payload of editChunks(honestChunks(data), edits)) {
        const envelope = decodeOrUndecodable(payload, false);
        if (envelope === null) break; // the connection is cut here
        if (envelope.kind !== 'snapshotChunk') continue; // handled elsewhere on a connection
        try {
          const m = reassembler.accept(envelope, (nowMs += 1));
          if (m !== null) delivered.push(m);
        } catch (error) {
          const coded = error instanceof TransportError && (error.code === 'TRANSPORT_PROTOCOL_VIOLATION' || error.code === 'TRANSPORT_FRAME_UNDECODABLE');
          assert.ok(coded, describe(error));
          assert.equal(reassembler.progress, null, 'a refused snapshot is dropped');
          break;
        }
        assert.ok((reassembler.progress?.totalBytes ?? 0) <= TEST_SNAPSHOT_BYTES_MAX, 'holds a snapshot over its bound');
      }
      for (const m of delivered) {
        assert.ok(m.type === MessageType.Snap && m.from === FUZZ_PEER_ID && m.to === TARGET_ID && m.snapshot !== null);
        assert.ok(m.snapshot!.data.byteLength <= TEST_SNAPSHOT_BYTES_MAX);
      }
      if (edits.length === 0) assert.deepEqual(delivered.map((m) => Buffer.from(m.snapshot!.data)), [Buffer.from(data)]);
    }),
    { numRuns: RUNS.snapshotChunks },
  );
  t.pass();
});

/** How the page handler behaves in a run. */
const handlerModeArb = fc.constantFrom('answers', 'rejects with a code', 'rejects without a code', 'throws', 'none');
type HandlerMode = typeof handlerModeArb extends fc.Arbitrary<infer M> ? M : never;

/** The page handler's code when it rejects with one. */
const HANDLER_CODE = 'VOLUME_NOT_FOUND';

function pageHandler(mode: HandlerMode): ((from: string, request: { write: boolean; length: number }) => Promise<Uint8Array>) | null {
  switch (mode) {
    case 'answers':
      return async (_from, request) => (request.write ? new Uint8Array(0) : new Uint8Array(request.length));
    case 'rejects with a code':
      return async () => Promise.reject(Object.assign(new Error('x'.repeat(3000)), { code: HANDLER_CODE }));
    case 'rejects without a code':
      return async () => Promise.reject(new Error('no code'));
    case 'throws':
      return () => {
        throw new RangeError('thrown synchronously');
      };
    case 'none':
      return null;
  }
}

test('page requests: mutated requests are each answered exactly once, with the data due or a coded error', async (t) => {
  const requestPayloadArb = fc.oneof(
    pageRequestEnvelopeArb.map(encodeEnvelope),
    fc.tuple(pageRequestEnvelopeArb, mutationsArb).map(([e, edits]) => mutate(encodeEnvelope(e), edits)),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(requestPayloadArb, { minLength: 1, maxLength: 5 }), handlerModeArb, async (payloads, mode) => {
      const answers: Uint8Array[] = [];
      const handler = pageHandler(mode);
      const server = new PageServer({ peerId: FUZZ_PEER_ID, stats: createStats(), handler: () => handler, answer: (p) => answers.push(p) > 0 });
      const served: Array<{ requestId: number; write: boolean; length: number }> = [];
      for (const payload of payloads) {
        const envelope = decodeOrUndecodable(payload, false);
        if (envelope === null || envelope.kind !== 'pageRequest') continue;
        server.serve(envelope);
        served.push(envelope);
      }
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(answers.length, served.length, 'one answer per request');
      assert.equal(server.count, 0);
      const answered = answers.map((a) => decodeEnvelope(a));
      for (const a of answered) assert.equal(a.kind, 'pageResponse');
      // A fitting answer per request: with its id, and a coded error or the data due (ids may repeat in fuzzed requests).
      const fits = (a: Envelope, request: (typeof served)[number]): boolean =>
        a.kind === 'pageResponse' &&
        a.requestId === request.requestId &&
        (a.errorCode === '' ? a.data.byteLength === (request.write ? 0 : request.length) : pageAnswerCodes.has(a.errorCode) || a.errorCode === HANDLER_CODE);
      // Data answers first, then coded errors: with repeated ids, a request must not take an
      // error meant for another when its own data answer is there (found by CI: a length-0
      // read took the error of a malformed read with the same id).
      const unmatched: typeof served = [];
      for (const request of served) {
        const i = answered.findIndex((a) => a.kind === 'pageResponse' && a.errorCode === '' && fits(a, request));
        if (i >= 0) answered.splice(i, 1);
        else unmatched.push(request);
      }
      for (const request of unmatched) {
        const i = answered.findIndex((a) => fits(a, request));
        assert.ok(i >= 0, `no fitting answer for request ${JSON.stringify(request)} among ${JSON.stringify(answered.map(plain))}`);
        answered.splice(i, 1);
      }
    }),
    { numRuns: RUNS.pageRequests },
  );
  t.pass();
});

// ---------------------------------------------------------------------------
// A live listener over TCP.
// ---------------------------------------------------------------------------

let fixture: PeerFixture;

test.before(async () => {
  fixture = await startPeerFixture(FUZZ_HANDSHAKE_TIMEOUT_MS);
  if (!(await stillServes(fixture))) throw new Error('the good peer never connected to the target');
});

test.after.always(async () => {
  await fixture?.close();
});

/** A byte stream written in pieces. */
interface Written {
  bytes: Uint8Array;
  cuts: number[];
}

/** Writes `stream` to `peer` in the pieces its cuts say, letting the listener run between pieces. */
async function writeInPieces(peer: RawPeer, stream: Written): Promise<void> {
  const { bytes, cuts } = stream;
  const bounds = [...new Set([0, ...cuts.map((c) => c % (bytes.byteLength + 1)), bytes.byteLength])].sort((a, b) => a - b);
  for (let i = 1; i < bounds.length; i++) {
    await peer.write(bytes.subarray(bounds[i - 1], bounds[i]));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** An honest Hello from n0 (or from a stranger), as a frame. */
const helloFrameArb = fc
  .record({ memberId: fc.constantFrom(FUZZ_PEER_ID, 'n1', 'n9', ''), nonce: fc.uint8Array({ minLength: NONCE_BYTES, maxLength: NONCE_BYTES }) })
  .map(({ memberId, nonce }) => encodeFrame(encodeEnvelope({ kind: 'hello', groupId: GROUP_ID, memberId, nonce, protocolVersion: 1 })));

/** What a stranger might send first: garbage, mutated Hellos, hostile length prefixes, well-framed junk. */
const strangerStreamArb: fc.Arbitrary<Written> = fc.record({
  bytes: fc.oneof(
    fc.uint8Array({ minLength: 1, maxLength: 2 * HANDSHAKE_FRAME_BYTES_MAX }),
    fc.tuple(helloFrameArb, mutationsArb).map(([frame, edits]) => mutate(frame, edits)),
    fc.tuple(helloFrameArb, fc.array(envelopeArb, { maxLength: 3 })).map(([hello, more]) => new Uint8Array(Buffer.concat([hello, ...more.map((e) => encodeFrame(encodeEnvelope(e)))]))),
    declaredLengthArb.map((length) => {
      const header = Buffer.alloc(FRAME_HEADER_BYTES + 8, 0x41);
      header.writeUInt32BE(length, 0);
      return new Uint8Array(header);
    }),
    fc.oneof(garbageArb, wrappedGarbageArb, deepGroupsArb.map((g) => g.subarray(0, HANDSHAKE_FRAME_BYTES_MAX))).filter((p) => p.byteLength > 0).map((p) => new Uint8Array(encodeFrame(p))),
  ),
  cuts: fc.uniqueArray(fc.nat(), { maxLength: 6 }),
});

test.serial('listener, before the handshake: strangers\' streams are cut, nobody gets in, and the good peer is still served', async (t) => {
  // Every connection the target accepts must be one the good peer made (it may redial on a busy machine).
  const established = (): number => fixture.target.stats().connectionsEstablished - fixture.good.stats().connectionsEstablished;
  const before = established();
  await fc.assert(
    fc.asyncProperty(fc.array(strangerStreamArb, { minLength: 1, maxLength: 4 }), async (streams) => {
      // Several strangers at once, each on its own connection.
      const peers = await Promise.all(streams.map(() => RawPeer.connect(fixture.target.port())));
      try {
        await Promise.all(peers.map((peer, i) => writeInPieces(peer, streams[i]!)));
        const cut = await Promise.all(peers.map((peer) => peer.closedWithin(CUT_WITHIN_MS)));
        assert.deepEqual(cut, peers.map(() => true), 'every stranger is cut');
        for (const peer of peers) {
          assert.equal(peer.garbled, null, 'the listener only ever sends valid frames');
          // All it may say is a Challenge to a Hello, then a Refusal with a handshake code.
          for (const e of peer.envelopes) assert.ok(e.kind === 'challenge' || (e.kind === 'refusal' && handshakeErrorCodes.has(e.reason)), e.kind);
        }
      } finally {
        for (const peer of peers) peer.destroy();
      }
      assert.ok(await stillServes(fixture), 'the good peer is still served');
    }),
    { numRuns: RUNS.socketBeforeHandshake },
  );
  t.is(established(), before, 'no stranger completed a handshake');
});

test.serial('listener, during the handshake: a member whose Hello or Proof is mutated is welcomed only if nothing it means changed', async (t) => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom('hello', 'proof'), mutationsArb, fc.uniqueArray(fc.nat(), { maxLength: 4 }), async (mutated, edits, cuts) => {
      const peer = await RawPeer.connect(fixture.target.port());
      try {
        const dialer = dialerAs(FUZZ_PEER_ID, fixture.secret);
        const hello = dialer.start();
        const helloHonest = encodeFrame(encodeEnvelope(hello));
        const helloSent = mutated === 'hello' ? mutate(helloHonest, edits) : helloHonest;
        // Kept: exactly the Hello arrives, with nothing half-sent after it to garble the Proof.
        const helloRead = readHandshakeBytes(helloSent);
        const helloKept = !helloRead.cut && helloRead.leftoverBytes === 0 && samePlain(helloRead.envelopes, [hello]);
        await writeInPieces(peer, { bytes: helloSent, cuts });
        assert.ok(await peer.until(() => peer.envelopes.length > 0 || peer.closed), 'an answer or a cut');
        const challenge = peer.envelopes[0];
        if (challenge?.kind !== 'challenge') {
          assert.ok(!helloKept, 'an honest Hello gets a Challenge');
          assert.ok(await peer.closedWithin(CUT_WITHIN_MS), 'cut when no Challenge came');
          return;
        }
        const step = checkedStep(dialer.receive(challenge));
        if (step.outcome !== 'continue' || step.reply.kind !== 'proof') {
          // The acceptor proved itself over the Hello it saw, not ours: we refuse, it cuts.
          assert.ok(!helloKept, 'the Challenge to an honest Hello verifies');
          if (step.reply !== null) await peer.send(step.reply);
          assert.ok(await peer.closedWithin(CUT_WITHIN_MS), 'cut after our refusal');
          return;
        }
        const proofHonest = encodeFrame(encodeEnvelope(step.reply));
        const proofSent = mutated === 'proof' ? mutate(proofHonest, edits) : proofHonest;
        // Kept: the Proof arrives first; what follows it is traffic of an established connection.
        const proofKept = samePlain(readHandshakeBytes(proofSent).envelopes.slice(0, 1), [step.reply]);
        await writeInPieces(peer, { bytes: proofSent, cuts });
        const welcomed = (): boolean => peer.envelopes.some((e) => e.kind === 'welcome');
        assert.ok(await peer.until(() => welcomed() || peer.closed, CUT_WITHIN_MS), 'a Welcome or a cut');
        if (welcomed()) assert.ok(helloKept && proofKept, 'welcomed after a mutation that changed the Hello or the Proof');
        else assert.ok(!(helloKept && proofKept), 'an honest handshake is welcomed');
        assert.equal(peer.garbled, null, 'the listener only ever sends valid frames');
      } finally {
        peer.destroy();
      }
      assert.ok(await stillServes(fixture), 'the good peer is still served');
    }),
    { numRuns: RUNS.socketHandshake },
  );
  t.pass();
});

/** Page requests the fuzz sends to check that a connection still works; ids far above the fuzzed ones. */
let nextPingId = 2 ** 40;

const emptyBytes = new Uint8Array(0);

/** What an authenticated peer might send: good traffic, traffic that breaks the rules, and garbage. */
const establishedPieceArb: fc.Arbitrary<Uint8Array> = fc.oneof(
  {
    arbitrary: fc.nat({ max: 1000 }).map((commit) => encodeFrame(encodeEnvelope({ kind: 'raftBatch', messages: [encodedHeartbeat(commit)] }))),
    weight: 4,
  },
  {
    arbitrary: fc.record({ requestId: fc.integer({ min: 1, max: 1000 }), length: fc.nat({ max: 64 }) }).map(({ requestId, length }) =>
      encodeFrame(encodeEnvelope({ kind: 'pageRequest', requestId, volumeId: 1, page: 0, offsetInPage: 0, length, write: false, data: emptyBytes, minAppliedIndex: 0 })),
    ),
    weight: 4,
  },
  { arbitrary: fc.uint8Array({ maxLength: 1000 }).map((data) => encodeFrame(honestSnapshotChunk(data))), weight: 2 },
  { arbitrary: fc.oneof(pageRequestEnvelopeArb, snapshotChunkEnvelopeArb, envelopeArb).map((e) => encodeFrame(encodeEnvelope(e))), weight: 2 },
  { arbitrary: fc.tuple(envelopeArb, mutationsArb).map(([e, edits]) => mutate(encodeFrame(encodeEnvelope(e)), edits)), weight: 1 },
  { arbitrary: fc.oneof(garbageArb, wrappedGarbageArb, deepGroupsArb).filter((p) => p.byteLength > 0).map((p) => encodeFrame(p)), weight: 1 },
  { arbitrary: fc.uint8Array({ minLength: 1, maxLength: 64 }), weight: 1 },
  {
    arbitrary: declaredLengthArb.map((length) => {
      const header = Buffer.alloc(FRAME_HEADER_BYTES);
      header.writeUInt32BE(length, 0);
      return new Uint8Array(header);
    }),
    weight: 1,
  },
);

/** Usually no edit of the whole stream (its pieces carry their own), sometimes a few. */
const streamEditsArb = fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: mutationsArb, weight: 1 });

function encodedHeartbeat(commit: number): Uint8Array {
  return encodeRaftMessage(message({ type: MessageType.Heartbeat, from: FUZZ_PEER_ID, to: TARGET_ID, term: 1, commit }));
}

/** A whole one-chunk snapshot from n0 to n2 at the transport's real chunk size. */
function honestSnapshotChunk(data: Uint8Array): Uint8Array {
  return encodeSnapshotChunk({ snapshotId: 1, chunkIndex: 0, chunkCount: 1, totalBytes: data.byteLength, message: snapshotHeader(FUZZ_PEER_ID, TARGET_ID), data });
}

/**
 * Whether the listener must cut a connection that receives `payloads` after its
 * handshake, by the transport's own pure rules applied independently of the
 * connection: a frame that does not decode, a handshake message, a batch with a
 * message that does not decode or is not from n0 to n2 of a type that travels, a
 * snapshot chunk the reassembler refuses. Page requests and answers never cut.
 */
function mustCut(scan: FrameScan): boolean {
  if (scan.error !== null) return true;
  const reassembler = new SnapshotReassembler(FUZZ_PEER_ID, TARGET_ID);
  try {
    for (const payload of scan.payloads) {
      const envelope = decodeEnvelope(payload);
      if (handshakeKinds.has(envelope.kind)) return true;
      if (envelope.kind === 'raftBatch') {
        const ok = (m: Message): boolean => m.from === FUZZ_PEER_ID && m.to === TARGET_ID && !LOCAL_MESSAGE_TYPES.has(m.type);
        if (!decodeBatchMessages(envelope).every(ok)) return true;
      }
      if (envelope.kind === 'snapshotChunk') reassembler.accept(envelope, Date.now());
    }
  } catch (error) {
    if (error instanceof TransportError) return true;
    throw error;
  } finally {
    reassembler.abandon('the reference reading is done');
  }
  return false;
}

test.serial('listener, after the handshake: an authenticated peer\'s bad frames cut its connection exactly when the rules say, and nothing else breaks', async (t) => {
  let cuts = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(establishedPieceArb, { minLength: 1, maxLength: 5 }),
      streamEditsArb,
      fc.uniqueArray(fc.nat(), { maxLength: 6 }),
      async (pieces, edits, pieceCuts) => {
        const joined = new Uint8Array(Buffer.concat(pieces));
        const stream = edits === null ? joined : mutate(joined, edits);
        // Zeros complete a frame the stream ends inside of, so the ping below is read as a frame of its own.
        const padded = Buffer.concat([stream, Buffer.alloc(scanFrames(stream, MAX_FRAME_BYTES).padding)]);
        const expectCut = mustCut(scanFrames(padded, MAX_FRAME_BYTES));
        const peer = await authenticatedPeer(fixture.target.port(), fixture.secret);
        try {
          await writeInPieces(peer, { bytes: padded, cuts: pieceCuts });
          const pingId = nextPingId++;
          await peer.send({ kind: 'pageRequest', requestId: pingId, volumeId: 1, page: 0, offsetInPage: 0, length: 1, write: false, data: emptyBytes, minAppliedIndex: 0 });
          const ponged = (): boolean => peer.envelopes.some((e) => e.kind === 'pageResponse' && e.requestId === pingId);
          assert.ok(await peer.until(() => ponged() || peer.closed, CUT_WITHIN_MS), 'the connection hangs: no answer and no cut');
          if (expectCut) {
            assert.ok(await peer.closedWithin(CUT_WITHIN_MS), 'cut');
            assert.ok(!ponged(), 'a cut connection answers nothing more');
            cuts += 1;
          } else {
            assert.ok(ponged() && !peer.closed, 'kept and still answering');
          }
          assert.equal(peer.garbled, null, 'the listener only ever sends valid frames');
          for (const e of peer.envelopes) assert.equal(e.kind, 'pageResponse');
        } finally {
          peer.destroy();
        }
        assert.ok(await stillServes(fixture), 'the good peer is still served');
      },
    ),
    { numRuns: RUNS.socketEstablished },
  );
  t.log(`${cuts} of ${RUNS.socketEstablished} connections cut`);
  t.pass();
});
