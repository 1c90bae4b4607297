/**
 * Turns the messages for one peer into frames: consecutive messages share a
 * RaftBatch frame up to MAX_FRAME_BYTES, and each MsgSnap gets a frame of its own
 * so that its fate (flushed or dropped) can be reported to the core.
 */
import assert from 'node:assert/strict';
import { type Message, MessageType } from '../raft/types.js';
import { BATCH_OVERHEAD_BYTES, FRAME_HEADER_BYTES, MAX_FRAME_BYTES, MESSAGE_OVERHEAD_BYTES } from './constants.js';
import { encodeBatchMessage, encodeRaftBatch } from './envelope.js';
import { frameHeader } from './frame.js';
import type { OutboundFrame } from './send-queue.js';

/** A frame for one peer, and whether it carries a snapshot. */
export interface PlannedFrame {
  frame: OutboundFrame;
  snapshot: boolean;
}

/** The frames for `messages` (all to one peer, in order), and the messages too large for any frame. */
export function planFrames(messages: readonly Message[]): { frames: PlannedFrame[]; tooLarge: Message[] } {
  const frames: PlannedFrame[] = [];
  const tooLarge: Message[] = [];
  let batch: Uint8Array[] = [];
  let batchBytes = BATCH_OVERHEAD_BYTES;
  const flushBatch = (): void => {
    if (batch.length > 0) frames.push({ frame: toFrame(batch), snapshot: false });
    batch = [];
    batchBytes = BATCH_OVERHEAD_BYTES;
  };
  for (const m of messages) {
    const encoded = encodeBatchMessage(m);
    const sizeBytes = encoded.byteLength + MESSAGE_OVERHEAD_BYTES;
    if (sizeBytes + BATCH_OVERHEAD_BYTES > MAX_FRAME_BYTES) {
      tooLarge.push(m);
    } else if (m.type === MessageType.Snap) {
      flushBatch();
      frames.push({ frame: toFrame([encoded]), snapshot: true });
    } else {
      if (batchBytes + sizeBytes > MAX_FRAME_BYTES) flushBatch();
      batch.push(encoded);
      batchBytes += sizeBytes;
    }
  }
  flushBatch();
  return { frames, tooLarge };
}

function toFrame(encodedMessages: Uint8Array[]): OutboundFrame {
  const payload = encodeRaftBatch(encodedMessages);
  // The overhead constants are upper bounds, so a planned frame always fits.
  assert.ok(payload.byteLength <= MAX_FRAME_BYTES, `planned frame of ${payload.byteLength} bytes`);
  return {
    header: frameHeader(payload.byteLength),
    payload,
    sizeBytes: FRAME_HEADER_BYTES + payload.byteLength,
    messageCount: encodedMessages.length,
    onSettled: null,
  };
}
