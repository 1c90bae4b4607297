/**
 * Maps the peer protocol's Envelope (proto/shoal/peer/v1/peer.proto) to a plain
 * discriminated union and back. Decoding treats its input as untrusted: anything
 * that is not a valid Envelope with a body and fields within their bounds throws
 * FrameError TRANSPORT_FRAME_UNDECODABLE.
 */
import assert from 'node:assert/strict';
import { decodeRaftMessage, encodeRaftMessage } from '../proto/index.js';
import { shoal } from '../proto/gen/shoal.js';
import type { Message } from '../raft/types.js';
import type { PageRequest } from './transport.js';
import { ID_BYTES_MAX, PAGE_ERROR_CODE_BYTES_MAX, PAGE_ERROR_MESSAGE_BYTES_MAX, REFUSAL_REASON_BYTES_MAX } from './constants.js';
import { FrameError } from './errors.js';
import { bytesTag, varintBytes, writeByte, writeVarint } from './varint.js';

const wire = shoal.peer.v1;

/** The dialer's opening message. */
export interface Hello {
  kind: 'hello';
  groupId: string;
  memberId: string;
  nonce: Uint8Array;
  protocolVersion: number;
}

/** The acceptor's answer with its nonce and proof. */
export interface Challenge {
  kind: 'challenge';
  groupId: string;
  memberId: string;
  nonce: Uint8Array;
  proof: Uint8Array;
}

/** The dialer's proof. */
export interface Proof {
  kind: 'proof';
  proof: Uint8Array;
}

/** The handshake succeeded. */
export interface Welcome {
  kind: 'welcome';
}

/** The sender is closing the connection; `reason` is a stable code. */
export interface Refusal {
  kind: 'refusal';
  reason: string;
}

/** Encoded Raft messages (shoal.raft.v1.Message each). */
export interface RaftBatch {
  kind: 'raftBatch';
  messages: Uint8Array[];
}

/**
 * One piece of a large MsgSnap (see SnapshotChunk in peer.proto). When decoded,
 * `message` and `data` are views into the frame payload, valid only while the frame
 * is being handled: a chunk is up to SNAPSHOT_CHUNK_BYTES, and the reassembler
 * copies it once, straight into the snapshot's buffer.
 */
export interface SnapshotChunk {
  kind: 'snapshotChunk';
  snapshotId: number;
  chunkIndex: number;
  chunkCount: number;
  totalBytes: number;
  /** The encoded MsgSnap without its snapshot data; first chunk only, else empty. */
  message: Uint8Array;
  data: Uint8Array;
}

/**
 * A page request (see PageRequest in peer.proto and in ./transport.ts). When
 * decoded, `data` is a view into the frame payload, valid only while the frame is
 * being handled (the answering side copies it once, for its handler), and the
 * numbers are as received: only `requestId` is checked here (a safe integer, or the
 * frame is undecodable), the rest by the answering side, which answers
 * TRANSPORT_BAD_REQUEST rather than cutting the connection.
 */
export interface PageRequestFrame extends PageRequest {
  kind: 'pageRequest';
  requestId: number;
}

/**
 * The answer to a page request. When decoded, `data` is a view into the frame
 * payload (the requester copies it once, for its caller); `requestId` is a safe
 * integer and the strings are within their bounds, or the frame is undecodable.
 */
export interface PageResponseFrame {
  kind: 'pageResponse';
  requestId: number;
  /** Empty on success. */
  errorCode: string;
  errorMessage: string;
  data: Uint8Array;
}

/** One frame's payload. */
export type Envelope = Hello | Challenge | Proof | Welcome | Refusal | RaftBatch | SnapshotChunk | PageRequestFrame | PageResponseFrame;

/** Encodes an envelope as a frame payload. */
export function encodeEnvelope(envelope: Envelope): Uint8Array {
  const { kind, ...fields } = envelope;
  return wire.Envelope.encode({ [kind]: fields }).finish();
}

/**
 * Decodes a frame payload.
 * @throws FrameError TRANSPORT_FRAME_UNDECODABLE when it is not a valid Envelope.
 */
export function decodeEnvelope(payload: Uint8Array): Envelope {
  let decoded: shoal.peer.v1.Envelope;
  try {
    decoded = wire.Envelope.decode(payload);
  } catch (error) {
    throw undecodable('not a valid shoal.peer.v1.Envelope', error);
  }
  switch (decoded.body) {
    case 'hello': {
      const h = decoded.hello ?? {};
      return { kind: 'hello', groupId: id(h.groupId), memberId: id(h.memberId), nonce: bytes(h.nonce), protocolVersion: h.protocolVersion ?? 0 };
    }
    case 'challenge': {
      const c = decoded.challenge ?? {};
      return { kind: 'challenge', groupId: id(c.groupId), memberId: id(c.memberId), nonce: bytes(c.nonce), proof: bytes(c.proof) };
    }
    case 'proof':
      return { kind: 'proof', proof: bytes(decoded.proof?.proof) };
    case 'welcome':
      return { kind: 'welcome' };
    case 'refusal':
      return { kind: 'refusal', reason: bounded(decoded.refusal?.reason ?? '', REFUSAL_REASON_BYTES_MAX, 'refusal reason') };
    case 'raftBatch':
      return { kind: 'raftBatch', messages: [...(decoded.raftBatch?.messages ?? [])] };
    case 'snapshotChunk':
      return snapshotChunk(decoded.snapshotChunk ?? {});
    case 'pageRequest':
      return pageRequest(decoded.pageRequest ?? {});
    case 'pageResponse':
      return pageResponse(decoded.pageResponse ?? {});
    default:
      // No body: an empty payload or only fields this version does not know.
      throw undecodable('envelope has no body this version knows', undefined);
  }
}

/** Envelope field 6 (raft_batch) and RaftBatch field 1 (messages), both length-delimited. */
const RAFT_BATCH_TAG = bytesTag(6);
const MESSAGES_TAG = bytesTag(1);

/**
 * A RaftBatch envelope's payload for already encoded messages, written by hand:
 * the generated writer grows and copies its buffer (about 12 ms per MiB here),
 * while this sizes the payload exactly and copies each message once. The bytes are
 * the generated encoder's, which test/transport/frame.test.ts checks.
 */
export function encodeRaftBatch(encodedMessages: Uint8Array[]): Uint8Array {
  assert.ok(encodedMessages.length > 0, 'an empty RaftBatch is never sent');
  let batchBytes = 0;
  for (const m of encodedMessages) batchBytes += 1 + varintBytes(m.byteLength) + m.byteLength;
  const payload = Buffer.allocUnsafe(1 + varintBytes(batchBytes) + batchBytes);
  let offset = writeVarint(payload, writeByte(payload, 0, RAFT_BATCH_TAG), batchBytes);
  for (const m of encodedMessages) {
    offset = writeVarint(payload, writeByte(payload, offset, MESSAGES_TAG), m.byteLength);
    payload.set(m, offset);
    offset += m.byteLength;
  }
  assert.equal(offset, payload.byteLength);
  return payload;
}

/** Encodes one Raft message for a RaftBatch. */
export function encodeBatchMessage(m: Message): Uint8Array {
  return encodeRaftMessage(m);
}

/**
 * Decodes the messages of a RaftBatch.
 * @throws FrameError TRANSPORT_FRAME_UNDECODABLE when one is not a valid Raft message.
 */
export function decodeBatchMessages(batch: RaftBatch): Message[] {
  try {
    return batch.messages.map(decodeRaftMessage);
  } catch (error) {
    throw undecodable('a Raft message in the batch does not decode', error);
  }
}

function snapshotChunk(c: shoal.peer.v1.SnapshotChunk.$Properties): SnapshotChunk {
  const totalBytes = c.totalBytes ?? 0;
  const snapshotId = c.snapshotId ?? 0;
  // uint64 fields decode to doubles; beyond 2^53 they are no longer exact.
  if (!Number.isSafeInteger(totalBytes) || !Number.isSafeInteger(snapshotId)) throw undecodable('snapshot chunk id or size beyond 2^53', undefined);
  const empty = new Uint8Array(0);
  return { kind: 'snapshotChunk', snapshotId, chunkIndex: c.chunkIndex ?? 0, chunkCount: c.chunkCount ?? 0, totalBytes, message: c.message ?? empty, data: c.data ?? empty };
}

const EMPTY = new Uint8Array(0);

function pageRequest(r: shoal.peer.v1.PageRequest.$Properties): PageRequestFrame {
  return {
    kind: 'pageRequest',
    requestId: requestId(r.requestId),
    volumeId: r.volumeId ?? 0,
    page: r.page ?? 0,
    offsetInPage: r.offsetInPage ?? 0,
    length: r.length ?? 0,
    write: r.write ?? false,
    data: r.data ?? EMPTY,
    minAppliedIndex: r.minAppliedIndex ?? 0,
  };
}

function pageResponse(r: shoal.peer.v1.PageResponse.$Properties): PageResponseFrame {
  return {
    kind: 'pageResponse',
    requestId: requestId(r.requestId),
    errorCode: bounded(r.errorCode ?? '', PAGE_ERROR_CODE_BYTES_MAX, 'page error code'),
    errorMessage: bounded(r.errorMessage ?? '', PAGE_ERROR_MESSAGE_BYTES_MAX, 'page error message'),
    data: r.data ?? EMPTY,
  };
}

/** A request id must be exact: uint64 fields decode to doubles, which beyond 2^53 no longer are. */
function requestId(value: number | null | undefined): number {
  const id = value ?? 0;
  if (!Number.isSafeInteger(id)) throw undecodable('page request id beyond 2^53', undefined);
  return id;
}

function id(value: string | null | undefined): string {
  return bounded(value ?? '', ID_BYTES_MAX, 'id');
}

function bounded(value: string, maxBytes: number, what: string): string {
  if (Buffer.byteLength(value, 'utf8') > maxBytes) throw undecodable(`${what} longer than ${maxBytes} bytes`, undefined);
  return value;
}

/** Copies: protobufjs returns views into the payload, which may be a reused socket chunk. */
function bytes(value: Uint8Array | null | undefined): Uint8Array {
  return value ? new Uint8Array(value) : new Uint8Array(0);
}

function undecodable(message: string, cause: unknown): FrameError {
  return new FrameError('TRANSPORT_FRAME_UNDECODABLE', message, cause === undefined ? undefined : { cause });
}
