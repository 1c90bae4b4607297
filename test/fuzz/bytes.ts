/**
 * Byte-level fuzzing pieces shared by the fuzz tests: mutations of valid encodings
 * (bit flips, overwritten bytes, truncation, insertion, deletion, duplication,
 * lying varint lengths), protobuf-shaped garbage nested to any depth, and valid
 * peer envelopes to start from. Every mutation is plain data, so fast-check prints
 * and shrinks a failing case to the few edits that matter.
 */
import fc from 'fast-check';
import { encodeRaftMessage } from '../../src/proto/index.js';
import { type Message, MessageType, message } from '../../src/raft/types.js';
import { type Envelope, NONCE_BYTES, PROOF_BYTES, PROTOCOL_VERSION } from '../../src/transport/index.js';
import { messageArb } from '../proto/arbitraries.js';

/** One edit of a byte string. Positions are taken modulo the length (plus one, for "at the end"). */
export type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'set'; at: number; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'duplicate'; at: number; count: number }
  | { kind: 'varint'; at: number; bytes: Uint8Array };

/**
 * Varints a decoder must survive: the largest 32- and 64-bit values, 2^53 + 1 (not a
 * safe integer), an 11-byte varint (longer than protobuf allows) and an unterminated one.
 */
export const HOSTILE_VARINTS: readonly Uint8Array[] = [
  Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x0f),
  Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01),
  Uint8Array.of(0x81, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10),
  Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01),
  Uint8Array.of(0x80, 0x80, 0x80),
];

/** The longest run of bytes one mutation inserts: enough to add a whole small field. */
const INSERT_BYTES_MAX = 24;
/** The most bytes one mutation deletes or duplicates. */
const SPAN_BYTES_MAX = 16;

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.oneof(fc.constantFrom(0x00, 0x7f, 0x80, 0xff), fc.integer({ min: 0, max: 255 })) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: INSERT_BYTES_MAX }) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: SPAN_BYTES_MAX }) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), count: fc.integer({ min: 1, max: SPAN_BYTES_MAX }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('varint' as const), at: fc.nat(), bytes: fc.constantFrom(...HOSTILE_VARINTS) }), weight: 2 },
);

/** One to four edits; one most of the time, so that a mutated encoding often still decodes (and its checks run). */
export const mutationsArb: fc.Arbitrary<Mutation[]> = fc.oneof(
  { arbitrary: fc.array(mutationArb, { minLength: 1, maxLength: 1 }), weight: 2 },
  { arbitrary: fc.array(mutationArb, { minLength: 2, maxLength: 4 }), weight: 1 },
);

/** `bytes` with `mutations` applied in order (a new array; the input is not changed). */
export function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let out: Buffer = Buffer.from(bytes);
  for (const m of mutations) out = applyOne(out, m);
  return new Uint8Array(out);
}

function applyOne(bytes: Buffer, m: Mutation): Buffer {
  const at = m.at % (bytes.byteLength + 1);
  switch (m.kind) {
    case 'flip':
    case 'set': {
      if (bytes.byteLength === 0) return bytes;
      const copy = Buffer.from(bytes);
      const i = m.at % bytes.byteLength;
      copy[i] = m.kind === 'flip' ? copy[i]! ^ (1 << m.bit) : m.value;
      return copy;
    }
    case 'truncate':
      return bytes.subarray(0, at);
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)]);
    case 'delete':
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.count)]);
    case 'duplicate':
      return Buffer.concat([bytes.subarray(0, at + m.count), bytes.subarray(at)]);
    case 'varint':
      // Overwrites what is there (a length or a number field, with luck) and keeps the length.
      return Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at + m.bytes.byteLength)]);
  }
}

/** A protobuf varint of a non-negative safe integer. */
export function varint(value: number): Uint8Array {
  const out: number[] = [];
  while (value >= 0x80) {
    out.push((value % 128) | 0x80);
    value = Math.floor(value / 128);
  }
  out.push(value);
  return Uint8Array.from(out);
}

/** Deepest nesting of protobuf-shaped garbage built by garbageArb. */
const GARBAGE_DEPTH_MAX = 6;

/**
 * Bytes shaped like protobuf: fields of every wire type with small field numbers
 * (so they hit real fields of the peer messages), length prefixes that may lie by a
 * few bytes, groups that may be left open, nested up to GARBAGE_DEPTH_MAX deep.
 */
export const garbageArb: fc.Arbitrary<Uint8Array> = fc.letrec<{ node: Uint8Array }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: GARBAGE_DEPTH_MAX },
    fc.uint8Array({ maxLength: 12 }),
    fc
      .record({
        field: fc.integer({ min: 1, max: 12 }),
        wire: fc.constantFrom(0, 1, 2, 2, 2, 3, 4, 5, 6, 7),
        lie: fc.oneof({ arbitrary: fc.constant(0), weight: 4 }, { arbitrary: fc.integer({ min: -3, max: 3 }), weight: 1 }),
        inner: tie('node'),
      })
      .map(({ field, wire, lie, inner }) => fieldBytes(field, wire, lie, inner)),
    fc.array(tie('node'), { maxLength: 3 }).map((parts) => new Uint8Array(Buffer.concat(parts))),
  ),
})).node;

function fieldBytes(field: number, wire: number, lie: number, inner: Uint8Array): Uint8Array {
  const tag = varint(field * 8 + wire);
  if (wire === 2) return new Uint8Array(Buffer.concat([tag, varint(Math.max(0, inner.byteLength + lie)), inner]));
  // A start group wraps the inner bytes and (usually) closes again.
  if (wire === 3) return new Uint8Array(Buffer.concat([tag, inner, lie === 0 ? varint(field * 8 + 4) : new Uint8Array(0)]));
  return new Uint8Array(Buffer.concat([tag, inner]));
}

/** The most nested start-group tags: deep enough to overflow a recursive skipper's stack. */
export const GROUP_NESTING_MAX = 50_000;

/** `count` start-group tags of one field, unterminated: recursion a decoder must bound. */
export const deepGroupsArb: fc.Arbitrary<Uint8Array> = fc
  .record({ field: fc.integer({ min: 1, max: 15 }), count: fc.integer({ min: 1, max: GROUP_NESTING_MAX }) })
  .map(({ field, count }) => new Uint8Array(count).fill(field * 8 + 3));

/** Short names: usually ASCII, sometimes any code point; the bounds of the decoders are tested separately. */
const nameArb = fc.oneof(fc.constantFrom('g1', 'n0', 'n1', 'n2', ''), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 }));
const bytes32Arb = fc.oneof(fc.uint8Array({ minLength: NONCE_BYTES, maxLength: NONCE_BYTES }), fc.uint8Array({ maxLength: 40 }));
/** 64-bit wire numbers: small ones, edges, and values past 2^53 that the decoders must refuse or carry. */
const bigNumberArb = fc.oneof(fc.nat({ max: 1000 }), fc.constantFrom(0, 1, 2 ** 32 - 1, 2 ** 32, Number.MAX_SAFE_INTEGER));
const u32Arb = fc.oneof(fc.nat({ max: 64 }), fc.constantFrom(0, 1, 2 ** 31, 2 ** 32 - 1));

/** An encoded Raft message: any field values (see test/proto/arbitraries.ts). */
export const encodedMessageArb: fc.Arbitrary<Uint8Array> = messageArb.map(encodeRaftMessage);

/** A MsgSnap header (no snapshot data) from `from` to `to`, as a first SnapshotChunk carries it. */
export function snapshotHeader(from: string, to: string, index = 5): Uint8Array {
  const m: Message = message({
    type: MessageType.Snap,
    from,
    to,
    term: 2,
    snapshot: { metadata: { confState: { voters: [from, to], learners: [] }, index, term: 2 }, data: new Uint8Array(0) },
  });
  return encodeRaftMessage(m);
}

/** A SnapshotChunk envelope with any field values. */
export const snapshotChunkEnvelopeArb: fc.Arbitrary<Envelope> = fc.record({
  kind: fc.constant('snapshotChunk' as const),
  snapshotId: bigNumberArb,
  chunkIndex: u32Arb,
  chunkCount: u32Arb,
  totalBytes: bigNumberArb,
  message: fc.oneof(fc.constant(new Uint8Array(0)), fc.constant(snapshotHeader('n0', 'n2')), encodedMessageArb),
  data: fc.uint8Array({ maxLength: 64 }),
});

/** A PageRequest envelope with any field values, from valid to out of every bound. */
export const pageRequestEnvelopeArb: fc.Arbitrary<Envelope> = fc.record({
  kind: fc.constant('pageRequest' as const),
  requestId: bigNumberArb,
  volumeId: bigNumberArb,
  page: bigNumberArb,
  offsetInPage: u32Arb,
  length: u32Arb,
  write: fc.boolean(),
  data: fc.uint8Array({ maxLength: 64 }),
  minAppliedIndex: bigNumberArb,
});

/** Any peer envelope, with field values from plausible to hostile; encodable by encodeEnvelope. */
export const envelopeArb: fc.Arbitrary<Envelope> = fc.oneof(
  fc.record({ kind: fc.constant('hello' as const), groupId: nameArb, memberId: nameArb, nonce: bytes32Arb, protocolVersion: fc.oneof(fc.constant(PROTOCOL_VERSION), u32Arb) }),
  fc.record({ kind: fc.constant('challenge' as const), groupId: nameArb, memberId: nameArb, nonce: bytes32Arb, proof: fc.uint8Array({ minLength: PROOF_BYTES, maxLength: PROOF_BYTES }) }),
  fc.record({ kind: fc.constant('proof' as const), proof: bytes32Arb }),
  fc.constant({ kind: 'welcome' as const }),
  fc.record({ kind: fc.constant('refusal' as const), reason: nameArb }),
  fc.record({ kind: fc.constant('raftBatch' as const), messages: fc.array(fc.oneof(encodedMessageArb, fc.uint8Array({ maxLength: 16 })), { maxLength: 4 }) }),
  snapshotChunkEnvelopeArb,
  pageRequestEnvelopeArb,
  fc.record({
    kind: fc.constant('pageResponse' as const),
    requestId: bigNumberArb,
    errorCode: fc.oneof(fc.constant(''), nameArb),
    errorMessage: fc.string({ maxLength: 20 }),
    data: fc.uint8Array({ maxLength: 64 }),
  }),
);

/** Byte fields as plain arrays, so Buffer views and Uint8Arrays with the same bytes compare equal. */
export function plain(value: unknown): unknown {
  if (value instanceof Uint8Array) return [...value];
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/** Whether two decoded values are the same, byte fields compared by content. */
export function samePlain(a: unknown, b: unknown): boolean {
  return JSON.stringify(plain(a)) === JSON.stringify(plain(b));
}
