/**
 * SnapshotChunk frames, shared by the sender (./snapshot-sender.ts) and the
 * receiver (./snapshot-reassembler.ts): how a snapshot's data splits into chunks,
 * the header the first chunk carries, and a hand-written encoder of everything
 * before a chunk's data, so that the data goes to the socket without a copy (the
 * generated writer grows and copies its buffer, about 12 ms per MiB here).
 */
import assert from 'node:assert/strict';
import { encodeRaftMessage } from '../proto/index.js';
import { type Message, MessageType } from '../raft/types.js';
import type { SnapshotChunk } from './envelope.js';
import { bytesTag, varintBytes, varintTag, writeByte, writeVarint } from './varint.js';

/** How many chunks carry `totalBytes` of data: at least one, so an empty snapshot still has a first chunk. */
export function chunkCountFor(totalBytes: number, chunkBytes: number): number {
  assert.ok(Number.isSafeInteger(totalBytes) && totalBytes >= 0 && chunkBytes > 0);
  return Math.max(1, Math.ceil(totalBytes / chunkBytes));
}

/** Data bytes in chunk `chunkIndex`: `chunkBytes`, except in the last chunk. */
export function chunkBytesAt(chunkIndex: number, totalBytes: number, chunkBytes: number): number {
  assert.ok(chunkIndex >= 0 && chunkIndex < chunkCountFor(totalBytes, chunkBytes), `chunk ${chunkIndex} of ${totalBytes} bytes`);
  return Math.min(chunkBytes, totalBytes - chunkIndex * chunkBytes);
}

/** A MsgSnap without its snapshot data, encoded: what the first chunk carries. */
export function encodeSnapshotHeader(m: Message): Uint8Array {
  assert.ok(m.type === MessageType.Snap && m.snapshot !== null, 'only a MsgSnap with a snapshot is chunked');
  return encodeRaftMessage({ ...m, snapshot: { ...m.snapshot, data: new Uint8Array(0) } });
}

/** Envelope field 7 (snapshot_chunk), length-delimited. */
const SNAPSHOT_CHUNK_TAG = bytesTag(7);
/** SnapshotChunk field 6 (data), length-delimited: the last field, so the data ends the payload. */
const DATA_TAG = bytesTag(6);

/**
 * The bytes of a SnapshotChunk envelope's payload that come before its data. The
 * data is the last field, so the payload is this prefix followed by the data: the
 * sender writes the two to the socket as they are, and never copies the data.
 * Like the generated encoder (proto3), it leaves out fields at their zero value,
 * so prefix and data together are the generated encoder's bytes, which
 * test/transport/snapshot-chunk.test.ts checks.
 */
export function encodeSnapshotChunkPrefix(chunk: Omit<SnapshotChunk, 'kind' | 'data'>, dataBytes: number): Uint8Array {
  const numbers: Array<[number, number]> = [
    [varintTag(1), chunk.snapshotId],
    [varintTag(2), chunk.chunkIndex],
    [varintTag(3), chunk.chunkCount],
    [varintTag(4), chunk.totalBytes],
  ];
  const message = chunk.message;
  let fieldsBytes = 0;
  for (const [, value] of numbers) if (value !== 0) fieldsBytes += 1 + varintBytes(value);
  if (message.byteLength > 0) fieldsBytes += 1 + varintBytes(message.byteLength) + message.byteLength;
  const dataFieldBytes = dataBytes > 0 ? 1 + varintBytes(dataBytes) + dataBytes : 0;
  const bodyBytes = fieldsBytes + dataFieldBytes;
  const prefix = Buffer.allocUnsafe(1 + varintBytes(bodyBytes) + bodyBytes - dataBytes);
  let offset = writeVarint(prefix, writeByte(prefix, 0, SNAPSHOT_CHUNK_TAG), bodyBytes);
  for (const [tag, value] of numbers) {
    if (value !== 0) offset = writeVarint(prefix, writeByte(prefix, offset, tag), value);
  }
  if (message.byteLength > 0) {
    offset = writeVarint(prefix, writeByte(prefix, offset, bytesTag(5)), message.byteLength);
    prefix.set(message, offset);
    offset += message.byteLength;
  }
  if (dataBytes > 0) offset = writeVarint(prefix, writeByte(prefix, offset, DATA_TAG), dataBytes);
  assert.equal(offset, prefix.byteLength);
  return prefix;
}

/** A whole SnapshotChunk envelope's payload (prefix and data in one buffer; tests and tools). */
export function encodeSnapshotChunk(chunk: Omit<SnapshotChunk, 'kind'>): Uint8Array {
  return Buffer.concat([encodeSnapshotChunkPrefix(chunk, chunk.data.byteLength), chunk.data]);
}
