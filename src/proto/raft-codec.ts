/**
 * Maps the Raft core's plain objects (src/raft/types.ts) to and from the protobuf
 * wire format of `shoal.raft.v1` (proto/shoal/raft/v1/raft.proto).
 *
 * Decoding treats its input as untrusted: anything that is not a valid encoding
 * throws ProtoDecodeError, and what it returns is a fresh plain object with every
 * field filled, sharing no memory with the input, so `decode(encode(m))` deep-equals
 * `m` and the core may keep or mutate what it is given. Encoding is given the core's
 * own objects, so a bad value there is a bug and fails an assert.
 */
import assert from 'node:assert/strict';
import {
  type ConfChange,
  ConfChangeType,
  type ConfState,
  type Entry,
  EntryType,
  type Message,
  MessageType,
  type Snapshot,
} from '../raft/index.js';
import { ProtoDecodeError } from './errors.js';
import { shoal } from './gen/shoal.js';

const wire = shoal.raft.v1;

/** Encodes a Raft message for the peer transport. */
export function encodeRaftMessage(m: Message): Uint8Array {
  assertKnown(MessageType, m.type, 'Message.type');
  for (const field of ['term', 'logTerm', 'index', 'commit', 'rejectHint'] as const) {
    assertUint(m[field], `Message.${field}`);
  }
  const entries = m.entries.map(entryToWire);
  const snapshot = m.snapshot === null ? null : snapshotToWire(m.snapshot);
  return finish(wire.Message.encode({ ...m, type: m.type as number, entries, snapshot }));
}

/**
 * Decodes a Raft message received from a peer.
 * @throws ProtoDecodeError when `bytes` is not a valid `shoal.raft.v1.Message`.
 */
export function decodeRaftMessage(bytes: Uint8Array): Message {
  const typeName = 'shoal.raft.v1.Message';
  const decoded = decodeWith(typeName, () => wire.Message.decode(bytes));
  return checked(typeName, () => ({
    type: known(MessageType, decoded.type, 'Message.type'),
    to: decoded.to ?? '',
    from: decoded.from ?? '',
    term: uint(decoded.term, 'Message.term'),
    logTerm: uint(decoded.logTerm, 'Message.logTerm'),
    index: uint(decoded.index, 'Message.index'),
    entries: (decoded.entries ?? []).map(entryFromWire),
    commit: uint(decoded.commit, 'Message.commit'),
    snapshot: decoded.snapshot ? snapshotFromWire(decoded.snapshot) : null,
    reject: decoded.reject ?? false,
    rejectHint: uint(decoded.rejectHint, 'Message.rejectHint'),
    context: copyBytes(decoded.context),
  }));
}

/**
 * Encodes a membership change with the generated code. The core has its own
 * hand-written encoder (src/raft/confchange-codec.ts); both produce bytes the other
 * decodes, which test/proto/confchange-compat.test.ts checks.
 */
export function encodeConfChange(cc: ConfChange): Uint8Array {
  assertKnown(ConfChangeType, cc.type, 'ConfChange.type');
  return finish(wire.ConfChange.encode({ type: cc.type as number, nodeId: cc.nodeId, context: cc.context }));
}

/**
 * Decodes a membership change (the data of an EntryType.ConfChange entry).
 * @throws ProtoDecodeError when `bytes` is not a valid `shoal.raft.v1.ConfChange`.
 */
export function decodeConfChange(bytes: Uint8Array): ConfChange {
  const typeName = 'shoal.raft.v1.ConfChange';
  const decoded = decodeWith(typeName, () => wire.ConfChange.decode(bytes));
  return checked(typeName, () => ({
    type: known(ConfChangeType, decoded.type, 'ConfChange.type'),
    nodeId: decoded.nodeId ?? '',
    context: copyBytes(decoded.context),
  }));
}

function entryToWire(e: Entry): shoal.raft.v1.Entry.$Properties {
  assertKnown(EntryType, e.type, 'Entry.type');
  assertUint(e.term, 'Entry.term');
  assertUint(e.index, 'Entry.index');
  return { term: e.term, index: e.index, type: e.type as number, data: e.data };
}

function entryFromWire(e: shoal.raft.v1.Entry.$Properties): Entry {
  return {
    term: uint(e.term, 'Entry.term'),
    index: uint(e.index, 'Entry.index'),
    type: known(EntryType, e.type, 'Entry.type'),
    data: copyBytes(e.data),
  };
}

function snapshotToWire(s: Snapshot): shoal.raft.v1.Snapshot.$Properties {
  assertUint(s.metadata.index, 'SnapshotMetadata.index');
  assertUint(s.metadata.term, 'SnapshotMetadata.term');
  return { metadata: s.metadata, data: s.data };
}

function snapshotFromWire(s: shoal.raft.v1.Snapshot.$Properties): Snapshot {
  // An all-zero snapshot encodes as an empty submessage, so metadata may be absent
  // even though the snapshot itself is present.
  const metadata = s.metadata ?? {};
  return {
    metadata: {
      confState: confStateFromWire(metadata.confState ?? {}),
      index: uint(metadata.index, 'SnapshotMetadata.index'),
      term: uint(metadata.term, 'SnapshotMetadata.term'),
    },
    data: copyBytes(s.data),
  };
}

function confStateFromWire(cs: shoal.raft.v1.ConfState.$Properties): ConfState {
  // Copies: absent repeated fields decode to protobufjs's shared frozen empty array.
  return { voters: [...(cs.voters ?? [])], learners: [...(cs.learners ?? [])] };
}

/**
 * Returns the writer's bytes as a fresh, exactly sized Uint8Array. protobufjs hands
 * back a Buffer (or a view) carved from a shared 8 KiB pool; a caller that keeps
 * the result, or reads its `.buffer`, must not see other messages' bytes.
 */
function finish(writer: { finish(): Uint8Array }): Uint8Array {
  return new Uint8Array(writer.finish());
}

/** Copies decoded bytes: protobufjs returns views into the input (Buffer slices in Node). */
function copyBytes(bytes: Uint8Array | null | undefined): Uint8Array {
  return bytes ? new Uint8Array(bytes) : new Uint8Array(0);
}

function decodeWith<T>(typeName: string, decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    throw new ProtoDecodeError(typeName, error);
  }
}

/** Runs a mapping whose field checks throw RangeError, reporting them as decode errors. */
function checked<T>(typeName: string, map: () => T): T {
  try {
    return map();
  } catch (error) {
    if (error instanceof RangeError) throw new ProtoDecodeError(typeName, error);
    throw error;
  }
}

/** A uint64 from the wire as the core holds it: a safe integer, so exact. */
function uint(value: number | null | undefined, field: string): number {
  const n = value ?? 0;
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`${field} is ${n}, not an integer in [0, 2^53)`);
  }
  return n;
}

/** An enum value from the wire, if this version knows it (numeric enums map back to names). */
function known<E extends number>(
  enumObject: Record<number, string>,
  value: number | null | undefined,
  field: string,
): E {
  const n = value ?? 0;
  if (typeof enumObject[n] !== 'string') throw new RangeError(`${field} ${n} is not a known value`);
  return n as E;
}

function assertUint(value: number, field: string): void {
  assert.ok(Number.isSafeInteger(value) && value >= 0, `${field} must be a safe non-negative integer, got ${value}`);
}

function assertKnown(enumObject: Record<number, string>, value: number, field: string): void {
  assert.ok(typeof enumObject[value] === 'string', `${field} ${value} is not a known value`);
}
