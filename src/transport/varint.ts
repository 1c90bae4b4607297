/**
 * The protobuf varint and tag arithmetic that the hand-written envelope encoders
 * (RaftBatch, SnapshotChunk) share. Values are safe integers, so the arithmetic is
 * done in doubles (division, not shifts, which would truncate to 32 bits).
 */

/** Bytes of the varint encoding of `value` (a non-negative safe integer). */
export function varintBytes(value: number): number {
  let bytes = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 128);
    bytes += 1;
  }
  return bytes;
}

/** Writes one byte at `offset`; returns the offset after it. */
export function writeByte(buffer: Uint8Array, offset: number, value: number): number {
  buffer[offset] = value;
  return offset + 1;
}

/** Writes `value` as a varint at `offset`; returns the offset after it. */
export function writeVarint(buffer: Uint8Array, offset: number, value: number): number {
  while (value >= 0x80) {
    buffer[offset++] = (value % 128) | 0x80;
    value = Math.floor(value / 128);
  }
  buffer[offset++] = value;
  return offset;
}

/** The tag of a length-delimited field (wire type 2). */
export function bytesTag(field: number): number {
  return (field << 3) | 2;
}

/** The tag of a varint field (wire type 0). */
export function varintTag(field: number): number {
  return field << 3;
}
