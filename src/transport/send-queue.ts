/**
 * The bounded send queue of one peer connection. A frame counts against the bounds
 * from the moment it is admitted until the kernel has taken it (the socket's write
 * callback), so frames waiting in our queue and frames buffered inside the socket
 * are bounded together.
 */
import assert from 'node:assert/strict';
import { SEND_QUEUE_BYTES_MAX, SEND_QUEUE_FRAMES_MAX } from './constants.js';

/** One frame on its way to a peer. */
export interface OutboundFrame {
  /** The 4-byte length prefix. */
  header: Buffer;
  payload: Uint8Array;
  /** Header plus payload. */
  sizeBytes: number;
  /** Raft messages in the frame (for drop counts). */
  messageCount: number;
  /** Told once whether the frame reached the kernel (true) or was dropped (false); MsgSnap frames use it. */
  onSettled: ((delivered: boolean) => void) | null;
}

/** FIFO of frames with a bound on frames and bytes; see the module comment. */
export class SendQueue {
  private pending: OutboundFrame[] = [];
  private head = 0;
  private readonly inSocket = new Set<OutboundFrame>();
  private frameCount = 0;
  private byteCount = 0;

  constructor(
    private readonly framesMax: number = SEND_QUEUE_FRAMES_MAX,
    private readonly bytesMax: number = SEND_QUEUE_BYTES_MAX,
  ) {
    assert.ok(framesMax > 0 && bytesMax > 0);
  }

  /** Frames admitted and not yet settled. */
  get frames(): number {
    return this.frameCount;
  }

  /** Bytes of frames admitted and not yet settled. */
  get bytes(): number {
    return this.byteCount;
  }

  /** Whether frames wait to be written to the socket. */
  get hasPending(): boolean {
    return this.head < this.pending.length;
  }

  /** Queues `frame` if it fits both bounds; false (and nothing queued) if not. */
  admit(frame: OutboundFrame): boolean {
    if (this.frameCount + 1 > this.framesMax || this.byteCount + frame.sizeBytes > this.bytesMax) return false;
    this.pending.push(frame);
    this.frameCount += 1;
    this.byteCount += frame.sizeBytes;
    return true;
  }

  /** The oldest pending frame, now counted as written to the socket until settled. */
  takeNext(): OutboundFrame | undefined {
    if (!this.hasPending) return undefined;
    const frame = this.pending[this.head]!;
    this.head += 1;
    // Compact now and then so the array does not grow with every frame ever sent.
    if (this.head === this.pending.length) {
      this.pending = [];
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= this.pending.length) {
      this.pending = this.pending.slice(this.head);
      this.head = 0;
    }
    this.inSocket.add(frame);
    return frame;
  }

  /** A written frame reached the kernel (or failed); releases its room. Idempotent. */
  settle(frame: OutboundFrame, delivered: boolean): void {
    if (!this.inSocket.delete(frame)) return;
    this.release(frame, delivered);
  }

  /**
   * Drops everything not yet settled (the connection is gone) and returns how many
   * Raft messages were lost.
   */
  clear(): number {
    let lost = 0;
    const unsettled = [...this.inSocket, ...this.pending.slice(this.head)];
    this.inSocket.clear();
    this.pending = [];
    this.head = 0;
    for (const frame of unsettled) {
      lost += frame.messageCount;
      this.release(frame, false);
    }
    assert.equal(this.frameCount, 0);
    assert.equal(this.byteCount, 0);
    return lost;
  }

  private release(frame: OutboundFrame, delivered: boolean): void {
    this.frameCount -= 1;
    this.byteCount -= frame.sizeBytes;
    assert.ok(this.frameCount >= 0 && this.byteCount >= 0, 'send queue released more than it admitted');
    frame.onSettled?.(delivered);
  }
}
