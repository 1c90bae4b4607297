/**
 * PageRequest and PageResponse frames: hand-written encoders and the bounds both
 * sides check. A 4 KiB forwarded read is on the data path's hot path; these size
 * each payload exactly and copy the data once, where the generated writer builds a
 * list of operations and then copies (test/transport/page-codec.test.ts checks that
 * the bytes are the generated encoder's and measures both).
 */
import assert from 'node:assert/strict';
import {
  FRAME_HEADER_BYTES,
  MAX_FRAME_BYTES,
  PAGE_DATA_BYTES_MAX,
  PAGE_ERROR_CODE_BYTES_MAX,
  PAGE_ERROR_MESSAGE_BYTES_MAX,
  PAGE_FRAME_OVERHEAD_BYTES,
  PAGE_REQUEST_TIMEOUT_MAX_MS,
} from './constants.js';
import type { PageResponseFrame } from './envelope.js';
import { frameHeader } from './frame.js';
import type { OutboundFrame } from './send-queue.js';
import type { PageRequest } from './transport.js';
import { bytesTag, varintBytes, varintTag, writeByte, writeVarint } from './varint.js';

/** Envelope fields 8 (page_request) and 9 (page_response), length-delimited. */
const PAGE_REQUEST_TAG = bytesTag(8);
const PAGE_RESPONSE_TAG = bytesTag(9);

/**
 * Why `request` cannot be sent or served (fields out of bounds), or null when it
 * is fine. Used by the requester on its caller's values and by the owner on the
 * decoded frame, which it treats as untrusted: `write` and `data` are checked for
 * their types too, since a caller in plain JavaScript could pass anything.
 */
export function pageRequestProblem(request: PageRequest): string | null {
  const { volumeId, page, offsetInPage, length, write, data, minAppliedIndex } = request;
  if (!isIndex(volumeId) || !isIndex(page) || !isIndex(minAppliedIndex)) return 'volume id, page and applied index must be integers in [0, 2^53)';
  if (!Number.isInteger(offsetInPage) || offsetInPage < 0 || offsetInPage >= 2 ** 32) return `offset in page ${offsetInPage} is not a uint32`;
  if (!Number.isInteger(length) || length < 0 || length > PAGE_DATA_BYTES_MAX) return `length ${length} is not in [0, ${PAGE_DATA_BYTES_MAX}]`;
  if (typeof write !== 'boolean' || !(data instanceof Uint8Array)) return 'write must be a boolean and data a Uint8Array';
  if (write && data.byteLength !== length) return `a write of length ${length} carries ${data.byteLength} bytes`;
  if (!write && data.byteLength !== 0) return `a read carries ${data.byteLength} bytes of data`;
  return null;
}

/** Why `timeoutMs` is not a usable timeout, or null. */
export function timeoutProblem(timeoutMs: number): string | null {
  if (typeof timeoutMs === 'number' && timeoutMs > 0 && timeoutMs <= PAGE_REQUEST_TIMEOUT_MAX_MS) return null;
  return `timeoutMs ${timeoutMs} is not in (0, ${PAGE_REQUEST_TIMEOUT_MAX_MS}]`;
}

/**
 * A PageRequest envelope's payload. The request must be valid (pageRequestProblem);
 * like the generated encoder (proto3), fields at their zero value are left out.
 */
export function encodePageRequest(requestId: number, request: PageRequest): Uint8Array {
  assert.ok(isIndex(requestId) && requestId > 0, `page request id ${requestId}`);
  const { volumeId, page, offsetInPage, length, write, data, minAppliedIndex } = request;
  const dataBytes = data.byteLength;
  const bodyBytes =
    varintField(requestId) +
    varintField(volumeId) +
    varintField(page) +
    varintField(offsetInPage) +
    varintField(length) +
    (write ? 2 : 0) +
    bytesField(dataBytes) +
    varintField(minAppliedIndex);
  const payload = Buffer.allocUnsafe(1 + varintBytes(bodyBytes) + bodyBytes);
  let offset = writeVarint(payload, writeByte(payload, 0, PAGE_REQUEST_TAG), bodyBytes);
  offset = writeVarintField(payload, offset, 1, requestId);
  offset = writeVarintField(payload, offset, 2, volumeId);
  offset = writeVarintField(payload, offset, 3, page);
  offset = writeVarintField(payload, offset, 4, offsetInPage);
  offset = writeVarintField(payload, offset, 5, length);
  if (write) offset = writeByte(payload, writeByte(payload, offset, varintTag(6)), 1);
  if (dataBytes > 0) {
    offset = writeVarint(payload, writeByte(payload, offset, bytesTag(7)), dataBytes);
    payload.set(data, offset);
    offset += dataBytes;
  }
  offset = writeVarintField(payload, offset, 8, minAppliedIndex);
  assert.equal(offset, payload.byteLength);
  assert.ok(payload.byteLength <= dataBytes + PAGE_FRAME_OVERHEAD_BYTES, 'PAGE_FRAME_OVERHEAD_BYTES is an upper bound');
  return payload;
}

/**
 * A PageResponse envelope's payload: data for a success (`errorCode` empty), or an
 * error code and message (within PAGE_ERROR_CODE_BYTES_MAX and
 * PAGE_ERROR_MESSAGE_BYTES_MAX; see errorText) and no data.
 */
export function encodePageResponse(response: Omit<PageResponseFrame, 'kind'>): Uint8Array {
  const { requestId, errorCode, errorMessage, data } = response;
  assert.ok(isIndex(requestId), `page response id ${requestId}`);
  assert.ok(errorCode === '' || data.byteLength === 0, 'an error answer carries no data');
  const codeBytes = Buffer.byteLength(errorCode, 'utf8');
  const messageBytes = Buffer.byteLength(errorMessage, 'utf8');
  assert.ok(codeBytes <= PAGE_ERROR_CODE_BYTES_MAX && messageBytes <= PAGE_ERROR_MESSAGE_BYTES_MAX, 'answer error text within its bounds');
  assert.ok(data.byteLength <= PAGE_DATA_BYTES_MAX, `answer of ${data.byteLength} bytes`);
  const bodyBytes = varintField(requestId) + bytesField(codeBytes) + bytesField(messageBytes) + bytesField(data.byteLength);
  const payload = Buffer.allocUnsafe(1 + varintBytes(bodyBytes) + bodyBytes);
  let offset = writeVarint(payload, writeByte(payload, 0, PAGE_RESPONSE_TAG), bodyBytes);
  offset = writeVarintField(payload, offset, 1, requestId);
  if (codeBytes > 0) offset = writeString(payload, offset, 2, errorCode, codeBytes);
  if (messageBytes > 0) offset = writeString(payload, offset, 3, errorMessage, messageBytes);
  if (data.byteLength > 0) {
    offset = writeVarint(payload, writeByte(payload, offset, bytesTag(4)), data.byteLength);
    payload.set(data, offset);
    offset += data.byteLength;
  }
  assert.equal(offset, payload.byteLength);
  return payload;
}

/** A page frame for the send queue: it carries no Raft message. */
export function pageFrame(payload: Uint8Array): OutboundFrame {
  assert.ok(payload.byteLength <= MAX_FRAME_BYTES, `page frame of ${payload.byteLength} bytes`);
  return { header: frameHeader(payload.byteLength), payload, sizeBytes: FRAME_HEADER_BYTES + payload.byteLength, messageCount: 0, onSettled: null };
}

/**
 * `text` cut to at most `maxBytes` bytes of UTF-8, at a character boundary (an
 * answer's error message from a handler may be of any length).
 */
export function errorText(text: string, maxBytes: number): string {
  if (text.length * 3 <= maxBytes) return text; // UTF-8 needs at most 3 bytes per UTF-16 unit
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.byteLength <= maxBytes) return text;
  let end = maxBytes;
  // Back up to the first byte of a character (continuation bytes are 10xxxxxx).
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end -= 1;
  return bytes.subarray(0, end).toString('utf8');
}

function isIndex(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/** Bytes of a varint field, or 0 when left out at its zero value. */
function varintField(value: number): number {
  return value === 0 ? 0 : 1 + varintBytes(value);
}

/** Bytes of a length-delimited field of `bytes` bytes, or 0 when empty. */
function bytesField(bytes: number): number {
  return bytes === 0 ? 0 : 1 + varintBytes(bytes) + bytes;
}

function writeVarintField(buffer: Uint8Array, offset: number, field: number, value: number): number {
  return value === 0 ? offset : writeVarint(buffer, writeByte(buffer, offset, varintTag(field)), value);
}

function writeString(buffer: Buffer, offset: number, field: number, text: string, textBytes: number): number {
  const start = writeVarint(buffer, writeByte(buffer, offset, bytesTag(field)), textBytes);
  return start + buffer.write(text, start, 'utf8');
}
