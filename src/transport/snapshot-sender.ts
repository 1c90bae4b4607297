/**
 * The sending side of a chunked snapshot: one MsgSnap too large for one frame, cut
 * into SnapshotChunk frames as its connection asks for them. A chunk is made only
 * when it is about to be written, as a small head (length prefix and envelope
 * fields) and a view of the snapshot's data, which is never copied; the next one
 * only once the kernel has taken the previous one. With the connection writing its
 * queued frames first, that is what keeps heartbeats and appends from waiting
 * behind the whole snapshot (./peer-writer.ts).
 */
import assert from 'node:assert/strict';
import { FRAME_HEADER_BYTES, SNAPSHOT_BYTES_MAX, SNAPSHOT_CHUNK_BYTES, SNAPSHOT_HEADER_BYTES_MAX } from './constants.js';
import { frameHeader } from './frame.js';
import { chunkBytesAt, chunkCountFor, encodeSnapshotChunkPrefix } from './snapshot-chunk.js';

const EMPTY = new Uint8Array(0);

/** One chunk's frame, written as `head` then `data`. */
export interface ChunkFrame {
  /** The frame's length prefix and the envelope's fields before the data. */
  head: Buffer;
  /** A view of the snapshot's data. */
  data: Uint8Array;
  /** Head plus data. */
  sizeBytes: number;
  chunkIndex: number;
  /** Whether this is the snapshot's last chunk (the one that completes it). */
  last: boolean;
}

/** One snapshot on its way to a peer in chunks; see the module comment. */
export class OutgoingSnapshot {
  /** Chunks the snapshot's data is cut into. */
  readonly chunkCount: number;
  /** Told once: true after the last chunk reached the kernel, false when the snapshot failed or was abandoned. */
  onSettled: ((delivered: boolean) => void) | null = null;
  private nextIndex = 0;
  private chunkInSocket = false;
  private outcome: boolean | null = null;

  /**
   * @param header the MsgSnap without its data (encodeSnapshotHeader)
   * @param data the snapshot's data, read chunk by chunk until the last one is out;
   *   the caller does not change it meanwhile (the core never changes a snapshot)
   */
  constructor(
    readonly snapshotId: number,
    private readonly header: Uint8Array,
    private readonly data: Uint8Array,
    private readonly chunkBytes: number = SNAPSHOT_CHUNK_BYTES,
  ) {
    assert.ok(Number.isSafeInteger(snapshotId) && snapshotId > 0, `snapshot id ${snapshotId}`);
    assert.ok(header.byteLength > 0 && header.byteLength <= SNAPSHOT_HEADER_BYTES_MAX, `snapshot header of ${header.byteLength} bytes`);
    assert.ok(data.byteLength <= SNAPSHOT_BYTES_MAX, 'an oversized snapshot is refused before it is planned');
    assert.ok(Number.isInteger(chunkBytes) && chunkBytes > 0 && chunkBytes <= SNAPSHOT_CHUNK_BYTES);
    this.chunkCount = chunkCountFor(data.byteLength, chunkBytes);
  }

  /** Bytes of the snapshot's data. */
  get totalBytes(): number {
    return this.data.byteLength;
  }

  /** Whether the outcome is known (and reported to onSettled). */
  get settled(): boolean {
    return this.outcome !== null;
  }

  /** Whether a chunk could be written now: one is left and none is in the socket. */
  get wantsToWrite(): boolean {
    return this.outcome === null && !this.chunkInSocket && this.nextIndex < this.chunkCount;
  }

  /** Data bytes not yet handed to the socket. */
  get bytesQueued(): number {
    return this.outcome === null ? Math.max(0, this.data.byteLength - this.nextIndex * this.chunkBytes) : 0;
  }

  /** The next chunk's frame, now counted as in the socket; null when none may be written now. */
  takeChunk(): ChunkFrame | null {
    if (!this.wantsToWrite) return null;
    const chunkIndex = this.nextIndex;
    const start = chunkIndex * this.chunkBytes;
    const data = this.data.subarray(start, start + chunkBytesAt(chunkIndex, this.data.byteLength, this.chunkBytes));
    const fields = { snapshotId: this.snapshotId, chunkIndex, chunkCount: this.chunkCount, totalBytes: this.data.byteLength, message: chunkIndex === 0 ? this.header : EMPTY };
    const prefix = encodeSnapshotChunkPrefix(fields, data.byteLength);
    const payloadBytes = prefix.byteLength + data.byteLength;
    this.nextIndex += 1;
    this.chunkInSocket = true;
    const head = Buffer.concat([frameHeader(payloadBytes), prefix]);
    return { head, data, sizeBytes: FRAME_HEADER_BYTES + payloadBytes, chunkIndex, last: this.nextIndex === this.chunkCount };
  }

  /** The chunk last taken reached the kernel (`ok`) or failed; the last one settles the snapshot. */
  chunkWritten(ok: boolean): void {
    // After abandon() the socket may still report on its last chunk; the outcome stands.
    if (this.outcome !== null) return;
    assert.ok(this.chunkInSocket, 'chunkWritten without a chunk in the socket');
    this.chunkInSocket = false;
    if (!ok) this.settle(false);
    else if (this.nextIndex === this.chunkCount) this.settle(true);
  }

  /** Gives up (the connection is gone); true if the snapshot was still unsettled, and is now failed. */
  abandon(): boolean {
    if (this.outcome !== null) return false;
    this.settle(false);
    return true;
  }

  private settle(delivered: boolean): void {
    this.outcome = delivered;
    this.onSettled?.(delivered);
  }
}
