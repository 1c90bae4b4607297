/**
 * The receiving side of chunked snapshots, for one peer's connection, pure (time is
 * passed in). It rebuilds the peer's MsgSnap from its SnapshotChunk frames and
 * hands it out only once the last chunk arrived and everything was consistent:
 * chunks in order without gaps, one snapshot id throughout, each chunk exactly the
 * size its index implies, the total within the bound. Anything else is the peer
 * breaking the protocol: accept() throws TRANSPORT_PROTOCOL_VIOLATION, drops the
 * partial snapshot, and the connection is cut — nothing partial is ever delivered.
 *
 * Memory: at most one partial snapshot, one buffer of its declared total (at most
 * snapshotBytesMax). It is dropped when a new snapshot id starts, when no chunk came
 * for idleTimeoutMs (expire), or when the connection ends (abandon). The buffer is
 * zero-filled on allocation, which the OS does lazily for large sizes, so a peer
 * that declares a large snapshot and stops costs little until it really sends.
 */
import { ProtoDecodeError, decodeRaftMessage } from '../proto/index.js';
import { type Message, MessageType, type NodeId } from '../raft/types.js';
import { SNAPSHOT_BYTES_MAX, SNAPSHOT_CHUNK_BYTES, SNAPSHOT_CHUNK_TIMEOUT_MS, SNAPSHOT_HEADER_BYTES_MAX } from './constants.js';
import type { SnapshotChunk } from './envelope.js';
import { FrameError } from './errors.js';
import { checkFromPeer, violation } from './inbound.js';
import { chunkBytesAt, chunkCountFor } from './snapshot-chunk.js';

/** The reassembler's bounds (the transport's constants unless a test shrinks them) and its abandonment report. */
export interface ReassemblerOptions {
  chunkBytes: number;
  snapshotBytesMax: number;
  idleTimeoutMs: number;
  /** Told when a partial snapshot is dropped without being delivered, and why. */
  onAbandoned: (snapshotId: number, why: string) => void;
}

/** A snapshot being received. */
interface PartialSnapshot {
  snapshotId: number;
  header: Message;
  data: Uint8Array;
  chunkCount: number;
  nextIndex: number;
  lastChunkAtMs: number;
}

/** What a partial snapshot looks like from outside (tests, stats). */
export interface PartialProgress {
  snapshotId: number;
  chunksReceived: number;
  chunkCount: number;
  totalBytes: number;
}

/** See the module comment. */
export class SnapshotReassembler {
  private partial: PartialSnapshot | null = null;
  private readonly options: ReassemblerOptions;

  constructor(
    private readonly peerId: NodeId,
    private readonly selfId: NodeId,
    options: Partial<ReassemblerOptions> = {},
  ) {
    this.options = {
      chunkBytes: SNAPSHOT_CHUNK_BYTES,
      snapshotBytesMax: SNAPSHOT_BYTES_MAX,
      idleTimeoutMs: SNAPSHOT_CHUNK_TIMEOUT_MS,
      onAbandoned: () => {},
      ...options,
    };
  }

  /** The snapshot being received, if any. */
  get progress(): PartialProgress | null {
    const p = this.partial;
    return p === null ? null : { snapshotId: p.snapshotId, chunksReceived: p.nextIndex, chunkCount: p.chunkCount, totalBytes: p.data.byteLength };
  }

  /** When the partial snapshot expires unless another chunk comes; null when there is none. */
  get deadlineMs(): number | null {
    return this.partial === null ? null : this.partial.lastChunkAtMs + this.options.idleTimeoutMs;
  }

  /**
   * Takes the next chunk (its bytes are copied before returning): the whole MsgSnap
   * once this was its last chunk, else null.
   * @throws TransportError TRANSPORT_PROTOCOL_VIOLATION (or FrameError
   *   TRANSPORT_FRAME_UNDECODABLE for a header that does not decode); the partial
   *   snapshot is dropped first.
   */
  accept(chunk: SnapshotChunk, nowMs: number): Message | null {
    try {
      return this.add(chunk, nowMs);
    } catch (error) {
      this.abandon('the peer broke the snapshot protocol');
      throw error;
    }
  }

  /** Drops the partial snapshot if no chunk came for idleTimeoutMs; true if it did. */
  expire(nowMs: number): boolean {
    const deadline = this.deadlineMs;
    if (deadline === null || nowMs < deadline) return false;
    return this.abandon(`no chunk for ${this.options.idleTimeoutMs} ms`);
  }

  /** Drops the partial snapshot, if any, reporting `why`; true if there was one. */
  abandon(why: string): boolean {
    const p = this.partial;
    if (p === null) return false;
    this.partial = null;
    this.options.onAbandoned(p.snapshotId, why);
    return true;
  }

  private add(chunk: SnapshotChunk, nowMs: number): Message | null {
    const p = chunk.chunkIndex === 0 ? this.begin(chunk, nowMs) : this.continued(chunk);
    const { chunkBytes } = this.options;
    const expectedBytes = chunkBytesAt(chunk.chunkIndex, p.data.byteLength, chunkBytes);
    if (chunk.data.byteLength !== expectedBytes) {
      throw violation(`chunk ${chunk.chunkIndex} of snapshot ${p.snapshotId} has ${chunk.data.byteLength} bytes, not ${expectedBytes}`);
    }
    p.data.set(chunk.data, chunk.chunkIndex * chunkBytes);
    p.nextIndex += 1;
    p.lastChunkAtMs = nowMs;
    if (p.nextIndex < p.chunkCount) return null;
    this.partial = null;
    return { ...p.header, snapshot: { ...p.header.snapshot!, data: p.data } };
  }

  /** A first chunk: validates the declared size and the header, and starts a partial snapshot. */
  private begin(chunk: SnapshotChunk, nowMs: number): PartialSnapshot {
    const { snapshotId, totalBytes, chunkCount } = chunk;
    if (this.partial?.snapshotId === snapshotId) throw violation(`snapshot ${snapshotId} started twice`);
    this.abandon(`snapshot ${snapshotId} started`);
    const { snapshotBytesMax, chunkBytes } = this.options;
    if (totalBytes > snapshotBytesMax) throw violation(`snapshot ${snapshotId} of ${totalBytes} bytes exceeds the limit of ${snapshotBytesMax}`);
    const expectedCount = chunkCountFor(totalBytes, chunkBytes);
    if (chunkCount !== expectedCount) throw violation(`snapshot ${snapshotId} of ${totalBytes} bytes in ${chunkCount} chunks, not ${expectedCount}`);
    const header = this.header(snapshotId, chunk.message);
    this.partial = { snapshotId, header, data: new Uint8Array(totalBytes), chunkCount, nextIndex: 0, lastChunkAtMs: nowMs };
    return this.partial;
  }

  /** A later chunk: it must continue the partial snapshot, in order, with the same declared size. */
  private continued(chunk: SnapshotChunk): PartialSnapshot {
    const p = this.partial;
    const what = `chunk ${chunk.chunkIndex} of snapshot ${chunk.snapshotId}`;
    if (p === null || p.snapshotId !== chunk.snapshotId) throw violation(`${what}, which is not being received`);
    if (chunk.chunkIndex !== p.nextIndex) throw violation(`${what} out of order: expected chunk ${p.nextIndex}`);
    if (chunk.chunkCount !== p.chunkCount || chunk.totalBytes !== p.data.byteLength) throw violation(`${what} changes the snapshot's size`);
    if (chunk.message.byteLength !== 0) throw violation(`${what} repeats the header`);
    return p;
  }

  /** The first chunk's MsgSnap header: a valid MsgSnap from the peer, to us, with empty snapshot data. */
  private header(snapshotId: number, bytes: Uint8Array): Message {
    if (bytes.byteLength === 0 || bytes.byteLength > SNAPSHOT_HEADER_BYTES_MAX) {
      throw violation(`snapshot ${snapshotId} has a header of ${bytes.byteLength} bytes (1 to ${SNAPSHOT_HEADER_BYTES_MAX})`);
    }
    let m: Message;
    try {
      m = decodeRaftMessage(bytes);
    } catch (error) {
      if (!(error instanceof ProtoDecodeError)) throw error;
      throw new FrameError('TRANSPORT_FRAME_UNDECODABLE', `the header of snapshot ${snapshotId} does not decode`, { cause: error });
    }
    if (m.type !== MessageType.Snap || m.snapshot === null || m.snapshot.data.byteLength !== 0) {
      throw violation(`the header of snapshot ${snapshotId} is not a MsgSnap without data`);
    }
    checkFromPeer(m, this.peerId, this.selfId);
    return m;
  }
}
