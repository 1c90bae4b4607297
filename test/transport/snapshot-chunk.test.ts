/**
 * Chunked snapshots without sockets: the chunk encoder writes the generated
 * encoder's bytes, any snapshot splits into chunks and reassembles to the same
 * message, the sender hands out one chunk at a time and reports its outcome once,
 * and the reassembler refuses every inconsistent stream (out of order, oversize,
 * unknown or restarted ids, wrong sizes, bad headers), keeps at most one partial
 * snapshot, and drops it after its idle timeout.
 */
import test, { type ExecutionContext } from 'ava';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { type Message, MessageType, message } from '../../src/raft/types.js';
import { encodeRaftMessage } from '../../src/proto/index.js';
import {
  FRAME_HEADER_BYTES,
  OutgoingSnapshot,
  SNAPSHOT_BYTES_MAX,
  SNAPSHOT_CHUNK_BYTES,
  SNAPSHOT_CHUNK_TIMEOUT_MS,
  type SnapshotChunk,
  SnapshotReassembler,
  TransportError,
  type TransportErrorCode,
  chunkCountFor,
  decodeEnvelope,
  encodeEnvelope,
  encodeSnapshotChunk,
  encodeSnapshotHeader,
} from '../../src/transport/index.js';
import type { ChunkFrame } from '../../src/transport/snapshot-sender.js';

/** A MsgSnap from n1 to n2 carrying `data`. */
function snap(data: Uint8Array, overrides: Partial<Message> = {}): Message {
  const metadata = { confState: { voters: ['n1', 'n2'], learners: ['n3'] }, index: 40, term: 3 };
  return message({ type: MessageType.Snap, from: 'n1', to: 'n2', term: 3, snapshot: { metadata, data }, ...overrides });
}

/** A chunk frame as the receiver decodes it (head and data joined, length prefix stripped). */
function decoded(frame: ChunkFrame): SnapshotChunk {
  const bytes = Buffer.concat([frame.head, frame.data]);
  if (bytes.readUInt32BE(0) !== bytes.byteLength - FRAME_HEADER_BYTES) throw new Error('the length prefix does not match the frame');
  const envelope = decodeEnvelope(bytes.subarray(FRAME_HEADER_BYTES));
  if (envelope.kind !== 'snapshotChunk') throw new Error(`decoded a ${envelope.kind}`);
  return envelope;
}

/** Every chunk of `m` as its sender cuts them, decoded. */
function chunksOf(m: Message, chunkBytes: number, snapshotId = 1): SnapshotChunk[] {
  const sender = new OutgoingSnapshot(snapshotId, encodeSnapshotHeader(m), m.snapshot!.data, chunkBytes);
  const chunks: SnapshotChunk[] = [];
  for (let frame = sender.takeChunk(); frame !== null; frame = sender.takeChunk()) {
    chunks.push(decoded(frame));
    sender.chunkWritten(true);
  }
  return chunks;
}

/** Feeds `chunks` in order; returns what came out (null until the last). */
function feed(reassembler: SnapshotReassembler, chunks: SnapshotChunk[], nowMs = 0): Message | null {
  let out: Message | null = null;
  for (const chunk of chunks) out = reassembler.accept(chunk, nowMs);
  return out;
}

function violation(t: ExecutionContext, fn: () => unknown, message: RegExp, code: TransportErrorCode = 'TRANSPORT_PROTOCOL_VIOLATION'): void {
  const error = t.throws(fn, { instanceOf: TransportError, message });
  t.is(error?.code, code);
}

const CHUNK = 16;

test('the chunk encoder writes the generated encoder\'s bytes', (t) => {
  const uint = fc.oneof(fc.constantFrom(0, 1, 127, 128, 2 ** 32 - 1), fc.nat());
  fc.assert(
    fc.property(fc.maxSafeNat(), uint, uint, fc.maxSafeNat(), fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (snapshotId, chunkIndex, chunkCount, totalBytes, message, data) => {
      const chunk = { snapshotId, chunkIndex, chunkCount, totalBytes, message, data };
      return Buffer.from(encodeSnapshotChunk(chunk)).equals(Buffer.from(encodeEnvelope({ kind: 'snapshotChunk', ...chunk })));
    }),
    { numRuns: 500 },
  );
  t.pass();
});

test('property: a snapshot of any size from 0 to 5 chunks splits and reassembles to the same message', (t) => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 64 }).chain((chunkBytes) => fc.tuple(fc.constant(chunkBytes), fc.uint8Array({ maxLength: 5 * chunkBytes }))), ([chunkBytes, data]) => {
      const m = snap(data);
      const chunks = chunksOf(m, chunkBytes);
      if (chunks.length !== chunkCountFor(data.byteLength, chunkBytes)) return false;
      const reassembler = new SnapshotReassembler('n1', 'n2', { chunkBytes });
      const out = feed(reassembler, chunks);
      return out !== null && reassembler.progress === null && isDeepStrictEqual(out, m);
    }),
    { numRuns: 1000 },
  );
  t.pass();
});

test('property: with the real chunk size, sizes around chunk boundaries reassemble byte for byte', (t) => {
  const sizes = fc.oneof(fc.integer({ min: 0, max: 5 * SNAPSHOT_CHUNK_BYTES }), fc.integer({ min: 0, max: 5 }).map((k) => k * SNAPSHOT_CHUNK_BYTES + (k % 2 === 0 ? 1 : -1) * (k > 0 ? 1 : 0)));
  fc.assert(
    fc.property(sizes, fc.integer({ min: 0, max: 255 }), (size, seed) => {
      const data = Buffer.alloc(size);
      for (let i = 0; i < size; i += 4093) data[i] = (seed + i) & 0xff;
      const out = feed(new SnapshotReassembler('n1', 'n2'), chunksOf(snap(data), SNAPSHOT_CHUNK_BYTES));
      return out !== null && Buffer.from(out.snapshot!.data).equals(data);
    }),
    { numRuns: 25 },
  );
  t.pass();
});

test('the sender hands out one chunk at a time and reports delivered only after the last', (t) => {
  const outcomes: boolean[] = [];
  const sender = new OutgoingSnapshot(7, encodeSnapshotHeader(snap(new Uint8Array(0))), new Uint8Array(3 * CHUNK + 1), CHUNK);
  sender.onSettled = (delivered) => outcomes.push(delivered);
  t.is(sender.chunkCount, 4);
  for (let i = 0; i < 4; i++) {
    const frame = sender.takeChunk();
    t.is(frame?.chunkIndex, i);
    t.is(sender.takeChunk(), null, 'never two chunks in the socket');
    t.false(sender.settled);
    sender.chunkWritten(true);
  }
  t.deepEqual(outcomes, [true]);
  t.is(sender.takeChunk(), null);
  t.false(sender.abandon());
  t.deepEqual(outcomes, [true]);
});

test('the sender fails on a chunk that could not be written, or when abandoned, and reports once', (t) => {
  for (const fail of ['write', 'abandon'] as const) {
    const outcomes: boolean[] = [];
    const sender = new OutgoingSnapshot(7, encodeSnapshotHeader(snap(new Uint8Array(0))), new Uint8Array(3 * CHUNK), CHUNK);
    sender.onSettled = (delivered) => outcomes.push(delivered);
    sender.takeChunk();
    sender.chunkWritten(true);
    sender.takeChunk();
    if (fail === 'write') sender.chunkWritten(false);
    else t.true(sender.abandon());
    // The socket may still report on the chunk it held; the outcome stands.
    sender.chunkWritten(true);
    t.deepEqual(outcomes, [false], fail);
    t.is(sender.takeChunk(), null);
    t.is(sender.bytesQueued, 0);
  }
});

/** Three chunks of a 3-chunk snapshot (CHUNK bytes each but the last). */
function threeChunks(snapshotId = 1): SnapshotChunk[] {
  return chunksOf(snap(new Uint8Array(2 * CHUNK + 5).fill(9)), CHUNK, snapshotId);
}

function reassembler(abandoned: string[] = []): SnapshotReassembler {
  return new SnapshotReassembler('n1', 'n2', { chunkBytes: CHUNK, snapshotBytesMax: 10 * CHUNK, idleTimeoutMs: 1000, onAbandoned: (id, why) => abandoned.push(`${id}: ${why}`) });
}

test('out of order: a skipped or repeated chunk is a violation, and the partial snapshot is dropped', (t) => {
  const [c0, c1, c2] = threeChunks();
  for (const [name, next] of [['skipped', c2!], ['repeated', c0!], ['repeated later', c1!]] as const) {
    const abandoned: string[] = [];
    const r = reassembler(abandoned);
    feed(r, name === 'repeated later' ? [c0!, c1!] : [c0!]);
    violation(t, () => r.accept(next, 0), name === 'repeated' ? /started twice/ : /out of order|expected chunk/);
    t.is(r.progress, null, name);
    t.is(abandoned.length, 1, name);
    // Whatever follows is a chunk of no snapshot being received.
    violation(t, () => r.accept(c1!, 0), /not being received/);
  }
});

test('a chunk for an unknown snapshot id, or with no snapshot started, is a violation', (t) => {
  const [c0, c1] = threeChunks(1);
  violation(t, () => reassembler().accept(c1!, 0), /not being received/);
  const r = reassembler();
  r.accept(c0!, 0);
  violation(t, () => r.accept({ ...c1!, snapshotId: 2 }, 0), /snapshot 2, which is not being received/);
});

test('oversize: a snapshot declared over the bound, or a chunk count or size that does not match, is a violation', (t) => {
  const [c0, c1] = threeChunks();
  violation(t, () => reassembler().accept({ ...c0!, totalBytes: 10 * CHUNK + 1, chunkCount: 11 }, 0), /exceeds the limit/);
  violation(t, () => new SnapshotReassembler('n1', 'n2').accept({ ...c0!, totalBytes: SNAPSHOT_BYTES_MAX + 1 }, 0), /exceeds the limit/);
  violation(t, () => reassembler().accept({ ...c0!, chunkCount: 4 }, 0), /in 4 chunks, not 3/);
  violation(t, () => reassembler().accept({ ...c0!, data: new Uint8Array(CHUNK + 1) }, 0), /has 17 bytes, not 16/);
  violation(t, () => reassembler().accept({ ...c0!, data: new Uint8Array(CHUNK - 1) }, 0), /has 15 bytes, not 16/);
  const r = reassembler();
  r.accept(c0!, 0);
  violation(t, () => r.accept({ ...c1!, totalBytes: 2 * CHUNK + 6 }, 0), /changes the snapshot's size/);
});

test('the header must be a MsgSnap from the peer to us, without data, and only in the first chunk', (t) => {
  const [c0, c1] = threeChunks();
  const header = (m: Message): SnapshotChunk => ({ ...c0!, message: encodeRaftMessage(m) });
  violation(t, () => reassembler().accept({ ...c0!, message: new Uint8Array(0) }, 0), /header of 0 bytes/);
  violation(t, () => reassembler().accept({ ...c0!, message: new Uint8Array([0xff, 0xff]) }, 0), /does not decode/, 'TRANSPORT_FRAME_UNDECODABLE');
  violation(t, () => reassembler().accept(header(snap(new Uint8Array(0), { type: MessageType.App, snapshot: null })), 0), /not a MsgSnap/);
  violation(t, () => reassembler().accept(header(snap(new Uint8Array([1]))), 0), /not a MsgSnap without data/);
  violation(t, () => reassembler().accept(header(snap(new Uint8Array(0), { from: 'n3' })), 0), /from "n3"/);
  violation(t, () => reassembler().accept(header(snap(new Uint8Array(0), { to: 'n3' })), 0), /to "n3"/);
  const r = reassembler();
  r.accept(c0!, 0);
  violation(t, () => r.accept({ ...c1!, message: c0!.message }, 0), /repeats the header/);
});

test('a new snapshot id abandons the partial snapshot; at most one is held', (t) => {
  const abandoned: string[] = [];
  const r = reassembler(abandoned);
  const first = threeChunks(1);
  const second = threeChunks(2);
  r.accept(first[0]!, 0);
  r.accept(first[1]!, 0);
  t.deepEqual(r.progress, { snapshotId: 1, chunksReceived: 2, chunkCount: 3, totalBytes: 2 * CHUNK + 5 });
  r.accept(second[0]!, 0);
  t.deepEqual(abandoned, ['1: snapshot 2 started']);
  t.is(r.progress?.snapshotId, 2);
  // The abandoned snapshot's chunks are now unknown.
  violation(t, () => r.accept(first[2]!, 0), /snapshot 1, which is not being received/);
  t.deepEqual(feed(reassembler(), second)?.snapshot?.data, new Uint8Array(2 * CHUNK + 5).fill(9));
});

test('a partial snapshot is dropped after the idle timeout, not before; each chunk moves the deadline', (t) => {
  const abandoned: string[] = [];
  const r = reassembler(abandoned);
  const [c0, c1, c2] = threeChunks();
  t.is(r.deadlineMs, null);
  t.false(r.expire(1_000_000));
  r.accept(c0!, 100);
  t.is(r.deadlineMs, 1100);
  t.false(r.expire(1099));
  r.accept(c1!, 1000);
  t.false(r.expire(1100));
  t.true(r.expire(2000));
  t.deepEqual(abandoned, ['1: no chunk for 1000 ms']);
  t.is(r.progress, null);
  violation(t, () => r.accept(c2!, 2001), /not being received/);
});

test('the default idle timeout is SNAPSHOT_CHUNK_TIMEOUT_MS', (t) => {
  const r = new SnapshotReassembler('n1', 'n2');
  r.accept(chunksOf(snap(new Uint8Array(3 * SNAPSHOT_CHUNK_BYTES)), SNAPSHOT_CHUNK_BYTES)[0]!, 5);
  t.is(r.deadlineMs, 5 + SNAPSHOT_CHUNK_TIMEOUT_MS);
  t.true(r.abandon('the connection closed'));
  t.false(r.abandon('again'));
});
