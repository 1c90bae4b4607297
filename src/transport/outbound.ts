/**
 * Turns the messages for one peer into what its connection sends: consecutive
 * messages share a RaftBatch frame up to MAX_FRAME_BYTES; a MsgSnap that fits in
 * SNAPSHOT_CHUNK_BYTES gets a frame of its own (so that its fate, flushed or
 * dropped, can be reported to the core); a larger one becomes an OutgoingSnapshot
 * that the connection sends in chunks beside the frames.
 */
import assert from 'node:assert/strict';
import { type Message, MessageType } from '../raft/types.js';
import {
  BATCH_OVERHEAD_BYTES,
  FRAME_HEADER_BYTES,
  MAX_FRAME_BYTES,
  MESSAGE_OVERHEAD_BYTES,
  SNAPSHOT_BYTES_MAX,
  SNAPSHOT_CHUNK_BYTES,
  SNAPSHOT_CHUNK_OVERHEAD_BYTES,
  SNAPSHOT_HEADER_BYTES_MAX,
} from './constants.js';
import { encodeBatchMessage, encodeRaftBatch } from './envelope.js';
import { frameHeader } from './frame.js';
import type { OutboundFrame } from './send-queue.js';
import { encodeSnapshotHeader } from './snapshot-chunk.js';
import { OutgoingSnapshot } from './snapshot-sender.js';
import type { DropCounts } from './transport.js';

/** A frame for one peer, and whether it carries a snapshot. */
export interface PlannedFrame {
  frame: OutboundFrame;
  snapshot: boolean;
}

/** A message that cannot be sent at all, and why. */
export interface RefusedMessage {
  message: Message;
  reason: keyof Pick<DropCounts, 'frameTooLarge' | 'snapshotTooLarge'>;
}

/** What planFrames makes of one peer's messages. */
export interface Plan {
  frames: PlannedFrame[];
  /** Snapshots to send in chunks, in the order they came. */
  snapshots: OutgoingSnapshot[];
  refused: RefusedMessage[];
}

/**
 * The plan for `messages` (all to one peer, in order). `nextSnapshotId` numbers the
 * chunked snapshots; it is called once for each.
 */
export function planFrames(messages: readonly Message[], nextSnapshotId: () => number): Plan {
  const plan: Plan = { frames: [], snapshots: [], refused: [] };
  let batch: Uint8Array[] = [];
  let batchBytes = BATCH_OVERHEAD_BYTES;
  const flushBatch = (): void => {
    if (batch.length > 0) plan.frames.push({ frame: toFrame(batch), snapshot: false });
    batch = [];
    batchBytes = BATCH_OVERHEAD_BYTES;
  };
  for (const m of messages) {
    if (m.type === MessageType.Snap && m.snapshot !== null && planLargeSnapshot(m, plan, nextSnapshotId)) continue;
    const encoded = encodeBatchMessage(m);
    const sizeBytes = encoded.byteLength + MESSAGE_OVERHEAD_BYTES;
    if (sizeBytes + BATCH_OVERHEAD_BYTES > MAX_FRAME_BYTES) {
      plan.refused.push({ message: m, reason: 'frameTooLarge' });
    } else if (m.type === MessageType.Snap) {
      flushBatch();
      plan.frames.push({ frame: toFrame([encoded]), snapshot: true });
    } else {
      if (batchBytes + sizeBytes > MAX_FRAME_BYTES) flushBatch();
      batch.push(encoded);
      batchBytes += sizeBytes;
    }
  }
  flushBatch();
  return plan;
}

/**
 * Plans a MsgSnap too large for one SNAPSHOT_CHUNK_BYTES frame (chunked, or refused
 * when over the bounds) and returns true; false for a small one, which travels as
 * one frame. The size is judged without encoding the snapshot's data.
 */
function planLargeSnapshot(m: Message, plan: Plan, nextSnapshotId: () => number): boolean {
  const data = m.snapshot!.data;
  if (data.byteLength > SNAPSHOT_BYTES_MAX) {
    plan.refused.push({ message: m, reason: 'snapshotTooLarge' });
    return true;
  }
  const header = encodeSnapshotHeader(m);
  if (header.byteLength + data.byteLength + SNAPSHOT_CHUNK_OVERHEAD_BYTES <= SNAPSHOT_CHUNK_BYTES) return false;
  if (header.byteLength > SNAPSHOT_HEADER_BYTES_MAX) plan.refused.push({ message: m, reason: 'frameTooLarge' });
  else plan.snapshots.push(new OutgoingSnapshot(nextSnapshotId(), header, data));
  return true;
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
