/**
 * The on-disk layout of the Raft log: key names and the encoding of every value.
 * Pure functions: encode for a write, decode-and-validate for a read. Every value is
 * framed with a CRC-32 of its payload, because LevelDB only verifies its own block
 * checksums when asked to and a flipped bit in a term, a vote or a commit index must
 * be an error naming the key, never a silent wrong answer.
 *
 * Keys are UTF-8 strings; LevelDB orders them bytewise, so log keys carry the index
 * zero-padded to a fixed width and their order is index order.
 */
import { crc32 } from 'node:zlib';
import { type ConfState, type Entry, EntryType, type HardState, type SnapshotMetadata, assert } from '../raft/index.js';
import { StorageCorruptError } from './errors.js';

/** The layout version this code writes and reads. Bump it with a migration, never silently. */
export const LAYOUT_VERSION = 1;

/** Holds LAYOUT_VERSION; written once when the database is created. */
export const VERSION_KEY = 'meta/version';
/** The Raft hard state: term, vote, commit. */
export const HARD_STATE_KEY = 'meta/hard-state';
/**
 * The compaction point: index and term of the last discarded entry (the dummy at
 * firstIndex - 1). Kept apart from the snapshot because compaction may stop short of
 * the snapshot, keeping a tail for followers that lag a little.
 */
export const TRUNCATED_KEY = 'meta/truncated';
/** The latest snapshot's metadata (index, term, membership). */
export const SNAPSHOT_META_KEY = 'snapshot/meta';
/** The latest snapshot's state-machine bytes, written in the same batch as its metadata. */
export const SNAPSHOT_DATA_KEY = 'snapshot/data';

const LOG_PREFIX = 'log/';
/** Digits of Number.MAX_SAFE_INTEGER (9007199254740991): every Raft index fits. */
const LOG_INDEX_DIGITS = 16;
/** Iterator bounds covering exactly the log keys ('0' sorts right after '/'). */
export const LOG_RANGE = { gt: LOG_PREFIX, lt: 'log0' } as const;

/** Bytes of the CRC-32 that frames every value. */
const CHECKSUM_BYTES = 4;
/** Bytes before an entry's data: term (u64 big-endian) and type (u8). */
const ENTRY_HEADER_BYTES = 9;
const TWO_POW_32 = 2 ** 32;

/** The key of log entry `index`. */
export function logKey(index: number): string {
  assert(Number.isSafeInteger(index) && index > 0, `log index ${index} is not a positive safe integer`);
  return LOG_PREFIX + String(index).padStart(LOG_INDEX_DIGITS, '0');
}

/** The index a log key names; a malformed key is corruption. */
export function decodeLogKey(key: string): number {
  const digits = key.slice(LOG_PREFIX.length);
  const index = Number(digits);
  if (!key.startsWith(LOG_PREFIX) || !/^\d{16}$/.test(digits) || !Number.isSafeInteger(index) || index < 1) {
    throw new StorageCorruptError(key, 'not a log key');
  }
  return index;
}

/** Prefixes `payload` with its CRC-32. */
export function seal(payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(CHECKSUM_BYTES + payload.byteLength);
  new DataView(out.buffer).setUint32(0, crc32(payload));
  out.set(payload, CHECKSUM_BYTES);
  return out;
}

/** Checks the CRC-32 of a sealed value and returns its payload (a view, not a copy). */
export function unseal(key: string, value: Uint8Array): Uint8Array {
  if (value.byteLength < CHECKSUM_BYTES) throw new StorageCorruptError(key, `value of ${value.byteLength} bytes is too short`);
  const payload = value.subarray(CHECKSUM_BYTES);
  const stored = new DataView(value.buffer, value.byteOffset, value.byteLength).getUint32(0);
  if (stored !== crc32(payload)) throw new StorageCorruptError(key, 'checksum mismatch');
  return payload;
}

/** term (8 bytes) · type (1 byte) · data, sealed. The index lives in the key. */
export function encodeEntry(e: Entry): Uint8Array {
  return encodeEntries([e])[0]!;
}

/**
 * The values of `entries`, each exactly as `encodeEntry` would make it, as views into
 * one buffer: a Ready writes hundreds of entries, and one allocation for all of them
 * (rather than a payload and a sealed copy per entry) keeps the garbage collector out
 * of the write path. LevelDB copies each value into its batch.
 */
export function encodeEntries(entries: readonly Entry[]): Uint8Array[] {
  let totalBytes = 0;
  for (const e of entries) totalBytes += CHECKSUM_BYTES + ENTRY_HEADER_BYTES + e.data.byteLength;
  const buffer = new Uint8Array(totalBytes);
  const view = new DataView(buffer.buffer);
  const values: Uint8Array[] = new Array<Uint8Array>(entries.length);
  let offset = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    assert(Number.isSafeInteger(e.term) && e.term > 0, `entry ${e.index} has term ${e.term}`);
    const start = offset;
    const payloadStart = start + CHECKSUM_BYTES;
    view.setUint32(payloadStart, Math.floor(e.term / TWO_POW_32));
    view.setUint32(payloadStart + 4, e.term % TWO_POW_32);
    view.setUint8(payloadStart + 8, e.type);
    buffer.set(e.data, payloadStart + ENTRY_HEADER_BYTES);
    offset = payloadStart + ENTRY_HEADER_BYTES + e.data.byteLength;
    view.setUint32(start, crc32(buffer.subarray(payloadStart, offset)));
    values[i] = buffer.subarray(start, offset);
  }
  return values;
}

/** Decodes the entry stored under `key`; the data is copied out of LevelDB's buffer. */
export function decodeEntry(key: string, value: Uint8Array): Entry {
  const index = decodeLogKey(key);
  const payload = unseal(key, value);
  if (payload.byteLength < ENTRY_HEADER_BYTES) throw new StorageCorruptError(key, 'entry header is truncated');
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const term = view.getUint32(0) * TWO_POW_32 + view.getUint32(4);
  const type = view.getUint8(8);
  if (!Number.isSafeInteger(term) || term < 1) throw new StorageCorruptError(key, `entry term ${term} is invalid`);
  if (type !== EntryType.Normal && type !== EntryType.ConfChange) throw new StorageCorruptError(key, `unknown entry type ${type}`);
  return { term, index, type, data: new Uint8Array(payload.subarray(ENTRY_HEADER_BYTES)) };
}

/** The layout version, sealed. */
export function encodeVersion(version: number): Uint8Array {
  return seal(new TextEncoder().encode(String(version)));
}

/** The stored version string (compared by the caller, who knows what it supports). */
export function decodeVersion(value: Uint8Array): string {
  return new TextDecoder().decode(unseal(VERSION_KEY, value));
}

/** Hard state as sealed JSON: three small fields, written once per Ready at most. */
export function encodeHardState(hs: HardState): Uint8Array {
  return encodeJson({ term: hs.term, vote: hs.vote, commit: hs.commit });
}

export function decodeHardState(value: Uint8Array): HardState {
  const o = decodeJsonObject(HARD_STATE_KEY, value);
  const { term, vote, commit } = o;
  if (!isIndex(term) || typeof vote !== 'string' || !isIndex(commit)) {
    throw new StorageCorruptError(HARD_STATE_KEY, 'hard state fields are missing or mistyped');
  }
  return { term, vote, commit };
}

/** The compaction point: the index and term of the dummy entry at firstIndex - 1. */
export interface TruncatedState {
  index: number;
  term: number;
}

export function encodeTruncated(t: TruncatedState): Uint8Array {
  return encodeJson({ index: t.index, term: t.term });
}

export function decodeTruncated(value: Uint8Array): TruncatedState {
  const { index, term } = decodeJsonObject(TRUNCATED_KEY, value);
  if (!isIndex(index) || !isIndex(term)) throw new StorageCorruptError(TRUNCATED_KEY, 'index or term is missing or mistyped');
  return { index, term };
}

export function encodeSnapshotMetadata(m: SnapshotMetadata): Uint8Array {
  return encodeJson({ index: m.index, term: m.term, confState: { voters: m.confState.voters, learners: m.confState.learners } });
}

export function decodeSnapshotMetadata(value: Uint8Array): SnapshotMetadata {
  const { index, term, confState } = decodeJsonObject(SNAPSHOT_META_KEY, value);
  if (!isIndex(index) || !isIndex(term) || !isConfState(confState)) {
    throw new StorageCorruptError(SNAPSHOT_META_KEY, 'snapshot metadata fields are missing or mistyped');
  }
  return { index, term, confState: { voters: [...confState.voters], learners: [...confState.learners] } };
}

/** Snapshot bytes, sealed like every other value. */
export function encodeSnapshotData(data: Uint8Array): Uint8Array {
  return seal(data);
}

/** The snapshot bytes, copied out of LevelDB's buffer into a plain Uint8Array. */
export function decodeSnapshotData(value: Uint8Array): Uint8Array {
  return new Uint8Array(unseal(SNAPSHOT_DATA_KEY, value));
}

function encodeJson(value: unknown): Uint8Array {
  return seal(new TextEncoder().encode(JSON.stringify(value)));
}

function decodeJsonObject(key: string, value: Uint8Array): Record<string, unknown> {
  const payload = unseal(key, value);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
  } catch (err) {
    throw new StorageCorruptError(key, 'not valid JSON', { cause: err });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new StorageCorruptError(key, 'not a JSON object');
  }
  return parsed as Record<string, unknown>;
}

function isIndex(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

function isConfState(x: unknown): x is ConfState {
  if (typeof x !== 'object' || x === null) return false;
  const { voters, learners } = x as Record<string, unknown>;
  const isIds = (a: unknown) => Array.isArray(a) && a.every((id) => typeof id === 'string');
  return isIds(voters) && isIds(learners);
}
