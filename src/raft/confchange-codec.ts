import { RaftError } from './errors.js';
import { type ConfChange, ConfChangeType } from './types.js';

/**
 * ConfChange entries are encoded by hand in protobuf wire format, compatible with
 * `shoal.raft.v1.ConfChange` (1: type varint, 2: node_id string, 3: context bytes),
 * because the core may not import the generated code. A test checks both directions.
 */

/** The most bytes a ConfChange may take; its context carries a member's addresses. */
export const CONF_CHANGE_MAX_BYTES = 64 * 1024;

const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const WIRE_VARINT = 0;
const WIRE_LENGTH_DELIMITED = 2;

export class ConfChangeDecodeError extends RaftError {
  constructor(reason: string) {
    super('RAFT_CONF_CHANGE_DECODE', `cannot decode conf change: ${reason}`);
    this.name = 'ConfChangeDecodeError';
  }
}

export function encodeConfChange(cc: ConfChange): Uint8Array {
  const id = textEncoder.encode(cc.nodeId);
  const out: number[] = [];
  if (cc.type !== 0) {
    out.push((1 << 3) | WIRE_VARINT);
    pushVarint(out, cc.type);
  }
  if (id.length > 0) {
    out.push((2 << 3) | WIRE_LENGTH_DELIMITED);
    pushVarint(out, id.length);
    for (const b of id) out.push(b);
  }
  if (cc.context.length > 0) {
    out.push((3 << 3) | WIRE_LENGTH_DELIMITED);
    pushVarint(out, cc.context.length);
    for (const b of cc.context) out.push(b);
  }
  if (out.length > CONF_CHANGE_MAX_BYTES) {
    throw new RangeError(`conf change is ${out.length} bytes, more than ${CONF_CHANGE_MAX_BYTES}`);
  }
  return Uint8Array.from(out);
}

export function decodeConfChange(bytes: Uint8Array): ConfChange {
  const cc: ConfChange = { type: ConfChangeType.AddNode, nodeId: '', context: new Uint8Array(0) };
  const reader = { pos: 0 };
  while (reader.pos < bytes.length) {
    const tag = readVarint(bytes, reader);
    const field = Math.floor(tag / 8);
    const wire = tag & 7;
    if (wire === WIRE_VARINT) {
      const value = readVarint(bytes, reader);
      if (field === 1) cc.type = checkedType(value);
    } else if (wire === WIRE_LENGTH_DELIMITED) {
      const length = readVarint(bytes, reader);
      if (reader.pos + length > bytes.length) throw new ConfChangeDecodeError('field runs past the end');
      const value = bytes.subarray(reader.pos, reader.pos + length);
      reader.pos += length;
      if (field === 2) cc.nodeId = decodeUtf8(value);
      else if (field === 3) cc.context = Uint8Array.from(value);
    } else {
      throw new ConfChangeDecodeError(`unexpected wire type ${wire} for field ${field}`);
    }
  }
  return cc;
}

function checkedType(value: number): ConfChangeType {
  if (ConfChangeType[value] === undefined) throw new ConfChangeDecodeError(`unknown change type ${value}`);
  return value as ConfChangeType;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return textDecoder.decode(bytes);
  } catch (cause) {
    throw new ConfChangeDecodeError(`node id is not UTF-8 (${String(cause)})`);
  }
}

function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** Varints up to 2^53 (7 bytes of payload); longer ones are rejected as malformed. */
function readVarint(bytes: Uint8Array, reader: { pos: number }): number {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 8; i++) {
    if (reader.pos >= bytes.length) throw new ConfChangeDecodeError('truncated varint');
    const b = bytes[reader.pos++]!;
    value += (b & 0x7f) * scale;
    if (b < 0x80) return value;
    scale *= 0x80;
  }
  throw new ConfChangeDecodeError('varint too long');
}
