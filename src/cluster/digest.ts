/**
 * Digests that let anyone check that the members agree (the chaos harness does,
 * after healing): the applied log's digest is a hash chain over every applied
 * entry — index, term, type and data — so two members with the same digest at the
 * same index applied the same log; the state digest hashes the cluster state's
 * snapshot encoding, which is canonical (sorted lists and maps), so two members
 * with the same applied index must have the same state digest.
 */
import { createHash } from 'node:crypto';
import type { Entry } from '../raft/index.js';

/** 32 bytes of SHA-256; the chain starts from zeros (nothing applied). */
export const DIGEST_BYTES = 32;

export function emptyDigest(): Uint8Array {
  return new Uint8Array(DIGEST_BYTES);
}

/** The log digest after applying `entry` on top of `previous`. */
export function chainDigest(previous: Uint8Array, entry: Entry): Uint8Array {
  const header = Buffer.alloc(17);
  header.writeBigUInt64BE(BigInt(entry.index), 0);
  header.writeBigUInt64BE(BigInt(entry.term), 8);
  header.writeUInt8(entry.type, 16);
  return createHash('sha256').update(previous).update(header).update(entry.data).digest();
}

/** SHA-256 of bytes, as lowercase hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
