/**
 * Framing: every frame on a peer connection is a 4-byte big-endian payload length
 * followed by the payload (one encoded Envelope). TCP delivers a byte stream in
 * arbitrary pieces, so the decoder reassembles frames across reads and splits many
 * frames out of one read.
 */
import assert from 'node:assert/strict';
import { FRAME_HEADER_BYTES, MAX_FRAME_BYTES } from './constants.js';
import { FrameError } from './errors.js';

/** The 4-byte length prefix for a payload of `payloadBytes` bytes. */
export function frameHeader(payloadBytes: number): Buffer {
  assert.ok(Number.isInteger(payloadBytes) && payloadBytes > 0 && payloadBytes <= MAX_FRAME_BYTES, `frame payload of ${payloadBytes} bytes`);
  const header = Buffer.allocUnsafe(FRAME_HEADER_BYTES);
  header.writeUInt32BE(payloadBytes, 0);
  return header;
}

/** One frame as a single buffer (header then payload); the transport writes the two parts separately instead. */
export function encodeFrame(payload: Uint8Array): Buffer {
  return Buffer.concat([frameHeader(payload.byteLength), payload]);
}

/**
 * Splits a byte stream into frame payloads. It holds at most one partial header
 * and one partial payload, and allocates the payload buffer only once the length
 * has been checked against the current limit, so a connection never costs more
 * than one maximal frame.
 *
 * After a FrameError the decoder is failed: the stream has lost its framing and
 * nothing after the error can be trusted, so the caller cuts the connection.
 */
export class FrameDecoder {
  private maxBytes: number;
  private readonly header = Buffer.alloc(FRAME_HEADER_BYTES);
  private headerFilled = 0;
  private body: Buffer | null = null;
  private bodyFilled = 0;
  private failed = false;
  private stopped = false;

  /** @param maxFrameBytes the largest payload accepted; at most MAX_FRAME_BYTES. */
  constructor(maxFrameBytes: number = MAX_FRAME_BYTES) {
    this.maxBytes = checkedLimit(maxFrameBytes);
  }

  /** The largest payload currently accepted. */
  get maxFrameBytes(): number {
    return this.maxBytes;
  }

  /**
   * Changes the limit for frames whose header has not been read yet (a connection
   * raises it once the handshake completes). A frame already being read keeps the
   * limit it was checked against.
   */
  set maxFrameBytes(value: number) {
    this.maxBytes = checkedLimit(value);
  }

  /** Bytes currently held for a partial frame (for tests and assertions). */
  get bufferedBytes(): number {
    return this.headerFilled + (this.body === null ? 0 : this.body.byteLength);
  }

  /**
   * Stops delivering frames: the rest of the current chunk and later chunks are
   * ignored. The caller uses it from `onFrame` when the connection is being closed.
   */
  stop(): void {
    this.stopped = true;
  }

  /**
   * Feeds the next piece of the stream. `onFrame` is called for each complete
   * payload in order; the payload may be a view into `chunk`, valid until the
   * callback returns (the caller copies what it keeps).
   * @throws FrameError TRANSPORT_FRAME_INVALID for a zero length,
   *   TRANSPORT_FRAME_TOO_LARGE for a length over the limit.
   */
  push(chunk: Uint8Array, onFrame: (payload: Uint8Array) => void): void {
    if (this.stopped) return;
    assert.ok(!this.failed, 'FrameDecoder used after a FrameError');
    let offset = 0;
    while (offset < chunk.byteLength && !this.stopped) {
      if (this.body === null) {
        const available = chunk.byteLength - offset;
        let length: number;
        if (this.headerFilled === 0 && available >= FRAME_HEADER_BYTES) {
          // Fast path: the whole header is in this chunk.
          length = readLength(chunk, offset);
          offset += FRAME_HEADER_BYTES;
        } else {
          const take = Math.min(FRAME_HEADER_BYTES - this.headerFilled, available);
          this.header.set(chunk.subarray(offset, offset + take), this.headerFilled);
          this.headerFilled += take;
          offset += take;
          if (this.headerFilled < FRAME_HEADER_BYTES) return;
          this.headerFilled = 0;
          length = this.header.readUInt32BE(0);
        }
        this.checkLength(length);
        if (chunk.byteLength - offset >= length) {
          // Fast path: the whole payload is in this chunk; hand out a view, no copy.
          onFrame(chunk.subarray(offset, offset + length));
          offset += length;
          continue;
        }
        this.body = Buffer.allocUnsafe(length);
        this.bodyFilled = 0;
      }
      const take = Math.min(this.body.byteLength - this.bodyFilled, chunk.byteLength - offset);
      this.body.set(chunk.subarray(offset, offset + take), this.bodyFilled);
      this.bodyFilled += take;
      offset += take;
      if (this.bodyFilled === this.body.byteLength) {
        const payload = this.body;
        this.body = null;
        onFrame(payload);
      }
    }
  }

  private checkLength(length: number): void {
    if (length === 0) {
      this.failed = true;
      throw new FrameError('TRANSPORT_FRAME_INVALID', 'frame with a zero length');
    }
    if (length > this.maxBytes) {
      this.failed = true;
      throw new FrameError('TRANSPORT_FRAME_TOO_LARGE', `frame of ${length} bytes exceeds the limit of ${this.maxBytes}`);
    }
  }
}

function readLength(chunk: Uint8Array, offset: number): number {
  // Unsigned: the top byte may be ≥ 0x80, and `<< 24` would make it negative.
  return ((chunk[offset]! << 24) >>> 0) + (chunk[offset + 1]! << 16) + (chunk[offset + 2]! << 8) + chunk[offset + 3]!;
}

function checkedLimit(value: number): number {
  assert.ok(Number.isInteger(value) && value > 0 && value <= MAX_FRAME_BYTES, `frame limit ${value} must be in [1, MAX_FRAME_BYTES]`);
  return value;
}
