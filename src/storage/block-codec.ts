/**
 * The on-disk layout of the block store: binary keys and checksummed block values.
 * Pure functions, no IO.
 *
 * A key is `prefix (1) · volumeId (u64 BE) · page (u64 BE) · block (u32 BE)`. LevelDB
 * orders keys bytewise, so big-endian numbers sort numerically and one volume's
 * blocks, and within it one page's blocks, are contiguous ranges: reading a page is
 * one iterator, deleting a volume one range scan.
 *
 * A value is `CRC-32 (u32 BE) · block (BLOCK_BYTES)`: LevelDB verifies its own block
 * checksums only when asked to, and a flipped bit in user data must be an error that
 * names the block, never a silent wrong answer.
 */
import { crc32 } from 'node:zlib';
import { assert } from '../raft/index.js';
import { BlockCorruptError } from './block-errors.js';
import { StorageCorruptError } from './errors.js';

/**
 * Bytes of one stored block: the unit of a read-modify-write and of a checksum. 4 KiB
 * is the sector size of modern disks and the page size of the OS, so an aligned client
 * write (the benchmark's hot path) is whole blocks and never reads before it writes.
 */
export const BLOCK_BYTES = 4096;
/** Bytes of the CRC-32 in front of every block. */
export const CHECKSUM_BYTES = 4;
/** Bytes of one stored value: checksum and block. */
export const BLOCK_VALUE_BYTES = CHECKSUM_BYTES + BLOCK_BYTES;
/** Bytes of one block key: prefix, volume id, page, block. */
export const BLOCK_KEY_BYTES = 1 + 8 + 8 + 4;
/**
 * Blocks in a page are numbered by a u32 in the key, so a page holds at most 2^32
 * blocks (16 TiB); any real page is far smaller.
 */
export const PAGE_BLOCKS_MAX = 2 ** 32;

/** First byte of every block key; metadata keys use META_KEY_PREFIX and sort before. */
const BLOCK_KEY_PREFIX = 0x01;
/** First byte of metadata keys (the layout version). */
const META_KEY_PREFIX = 0x00;
const TWO_POW_32 = 2 ** 32;

/** The layout version this code writes and reads. Bump it with a migration, never silently. */
export const BLOCK_LAYOUT_VERSION = 1;
/** Holds BLOCK_LAYOUT_VERSION; written once when the store is created. */
export const BLOCK_LAYOUT_VERSION_KEY: Buffer = Buffer.concat([Buffer.of(META_KEY_PREFIX), Buffer.from('layout-version')]);

/** Iterator bounds `{ gte, lt }` over LevelDB keys. */
export interface KeyRange {
  gte: Buffer;
  lt: Buffer;
}

/** Bounds covering every block key of every volume. */
export const ALL_BLOCKS_RANGE: Readonly<KeyRange> = Object.freeze({
  gte: Buffer.of(BLOCK_KEY_PREFIX),
  lt: Buffer.of(BLOCK_KEY_PREFIX + 1),
});

/** Where a block key points. */
export interface BlockAddress {
  volumeId: number;
  page: number;
  block: number;
}

/** The key of block `block` of page `page` of volume `volumeId`. */
export function blockKey(volumeId: number, page: number, block: number): Buffer {
  assert(Number.isSafeInteger(block) && block >= 0 && block < PAGE_BLOCKS_MAX, `block ${block} is not a u32`);
  const key = Buffer.allocUnsafe(BLOCK_KEY_BYTES);
  key[0] = BLOCK_KEY_PREFIX;
  writeU64(key, 1, volumeId);
  writeU64(key, 9, page);
  key.writeUInt32BE(block, 17);
  return key;
}

/** Bounds covering blocks [firstBlock, endBlock) of one page. */
export function pageBlocksRange(volumeId: number, page: number, firstBlock: number, endBlock: number): KeyRange {
  assert(firstBlock < endBlock, `empty block range [${firstBlock}, ${endBlock})`);
  // endBlock may be PAGE_BLOCKS_MAX, one past the last u32: the next page's first key is the same bound.
  const lt = endBlock === PAGE_BLOCKS_MAX ? pagePrefix(volumeId, page + 1) : blockKey(volumeId, page, endBlock);
  return { gte: blockKey(volumeId, page, firstBlock), lt };
}

/** Bounds covering every block of one volume. */
export function volumeRange(volumeId: number): KeyRange {
  return { gte: volumePrefix(volumeId), lt: volumePrefix(volumeId + 1) };
}

/** The first key after every block of page `page` (where an iterator seeks to skip the page). */
export function pageEndKey(volumeId: number, page: number): Buffer {
  return pagePrefix(volumeId, page + 1);
}

/** The first key after every block of volume `volumeId`. */
export function volumeEndKey(volumeId: number): Buffer {
  return volumePrefix(volumeId + 1);
}

/** The address a block key names; a key of the wrong size or prefix is corruption. */
export function decodeBlockKey(key: Uint8Array): BlockAddress {
  if (key.byteLength !== BLOCK_KEY_BYTES || key[0] !== BLOCK_KEY_PREFIX) {
    throw new StorageCorruptError(Buffer.from(key).toString('hex'), 'not a block key');
  }
  const view = Buffer.from(key.buffer, key.byteOffset, key.byteLength);
  const volumeId = readU64(view, 1);
  const page = readU64(view, 9);
  if (!Number.isSafeInteger(volumeId) || !Number.isSafeInteger(page)) {
    throw new StorageCorruptError(view.toString('hex'), 'volume id or page is past the largest safe integer');
  }
  return { volumeId, page, block: view.readUInt32BE(17) };
}

/**
 * Writes the CRC-32 of the block at `value[offset + CHECKSUM_BYTES ..]` in front of it,
 * making `value[offset .. offset + BLOCK_VALUE_BYTES]` a stored value. In place, so a
 * write builds all its values in one buffer without copying them again.
 */
export function sealBlockAt(value: Buffer, offset: number): void {
  const payloadStart = offset + CHECKSUM_BYTES;
  value.writeUInt32BE(crc32(value.subarray(payloadStart, payloadStart + BLOCK_BYTES)), offset);
}

/** Checks a stored value and returns its block (a view, not a copy). */
export function unsealBlock(address: BlockAddress, value: Buffer): Buffer {
  const { volumeId, page, block } = address;
  if (value.byteLength !== BLOCK_VALUE_BYTES) {
    throw new BlockCorruptError(volumeId, page, block, `value of ${value.byteLength} bytes, expected ${BLOCK_VALUE_BYTES}`);
  }
  const payload = value.subarray(CHECKSUM_BYTES);
  if (value.readUInt32BE(0) !== crc32(payload)) throw new BlockCorruptError(volumeId, page, block, 'checksum mismatch');
  return payload;
}

/** The layout version, checksummed like every value: CRC-32 · u32 BE. */
export function encodeLayoutVersion(version: number): Buffer {
  const value = Buffer.allocUnsafe(CHECKSUM_BYTES + 4);
  value.writeUInt32BE(version, CHECKSUM_BYTES);
  value.writeUInt32BE(crc32(value.subarray(CHECKSUM_BYTES)), 0);
  return value;
}

/** The stored layout version (compared by the caller, who knows what it supports). */
export function decodeLayoutVersion(value: Buffer): number {
  const name = 'meta/layout-version';
  if (value.byteLength !== CHECKSUM_BYTES + 4) throw new StorageCorruptError(name, `value of ${value.byteLength} bytes, expected 8`);
  if (value.readUInt32BE(0) !== crc32(value.subarray(CHECKSUM_BYTES))) throw new StorageCorruptError(name, 'checksum mismatch');
  return value.readUInt32BE(CHECKSUM_BYTES);
}

function volumePrefix(volumeId: number): Buffer {
  const key = Buffer.allocUnsafe(9);
  key[0] = BLOCK_KEY_PREFIX;
  writeU64(key, 1, volumeId);
  return key;
}

function pagePrefix(volumeId: number, page: number): Buffer {
  const key = Buffer.allocUnsafe(17);
  key[0] = BLOCK_KEY_PREFIX;
  writeU64(key, 1, volumeId);
  writeU64(key, 9, page);
  return key;
}

/**
 * Writes a non-negative integer up to 2^53 as u64 big-endian. 2^53 itself is allowed:
 * it is the exclusive bound after the largest safe id (`volumeId + 1`).
 */
function writeU64(target: Buffer, offset: number, n: number): void {
  assert(Number.isInteger(n) && n >= 0 && n <= Number.MAX_SAFE_INTEGER + 1, `${n} is not a u64 this code can key`);
  target.writeUInt32BE(Math.floor(n / TWO_POW_32), offset);
  target.writeUInt32BE(n % TWO_POW_32, offset + 4);
}

function readU64(source: Buffer, offset: number): number {
  return source.readUInt32BE(offset) * TWO_POW_32 + source.readUInt32BE(offset + 4);
}
