/**
 * The simulated application: a state machine that folds every applied entry into a
 * running hash. Its state is tiny, so it can be made durable with every apply (it
 * is the member's "database") and carried whole in a snapshot. Pure functions only:
 * the member decides when to apply, persist and snapshot.
 */
import { type ConfState, type Entry, EntryType } from '../../src/raft/index.js';
import { digestBytes } from './trace.js';

/** The application's state after applying every entry up to `applied`. */
export interface AppState {
  applied: number;
  /** The running hash of every entry applied so far (two 32-bit lanes). */
  hashA: number;
  hashB: number;
  /** The membership in force at `applied`, as the core last returned it. */
  confState: ConfState;
}

/** The state of a member that has applied nothing. */
export function initialAppState(): AppState {
  return { applied: 0, hashA: 0x6a09e667, hashB: 0xbb67ae85, confState: { voters: [], learners: [] } };
}

/** A copy that shares nothing with `state`. */
export function cloneAppState(state: AppState): AppState {
  return { ...state, confState: { voters: [...state.confState.voters], learners: [...state.confState.learners] } };
}

/** A fingerprint of one entry: its type and payload. Term and index are folded in separately. */
export function entryDigest(entry: Entry): number {
  return digestBytes(entry.data, 0x811c9dc5 ^ entry.type);
}

/**
 * The state after applying `entry` (which must be the next index). The membership is
 * not changed here: the core computes it (`applyConfChange`) and the member stores it.
 */
export function applyEntry(state: AppState, entry: Entry): AppState {
  const digest = entryDigest(entry);
  let a = state.hashA;
  let b = state.hashB;
  for (const word of [entry.index, entry.term, digest]) {
    a = Math.imul(a ^ word, 0x01000193) >>> 0;
    b = Math.imul(b ^ (word >>> 0), 0x5bd1e995);
    b = (b ^ (b >>> 15)) >>> 0;
  }
  return { applied: entry.index, hashA: a, hashB: b, confState: state.confState };
}

/** The state hash as one hex string: what state machine safety compares. */
export function stateHash(state: AppState): string {
  return (state.hashA >>> 0).toString(16).padStart(8, '0') + (state.hashB >>> 0).toString(16).padStart(8, '0');
}

/** Encodes the state as a snapshot payload. */
export function encodeAppSnapshot(state: AppState): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(state));
}

/** Decodes a snapshot payload written by {@link encodeAppSnapshot}. */
export function decodeAppSnapshot(data: Uint8Array): AppState {
  const parsed = JSON.parse(new TextDecoder().decode(data)) as AppState;
  if (typeof parsed.applied !== 'number' || typeof parsed.hashA !== 'number' || !parsed.confState) {
    throw new Error('snapshot payload is not an application state');
  }
  return parsed;
}

/** The first byte of every workload proposal; leader no-ops are empty. */
const PROPOSAL_MARKER = 0x50;
/** Bytes of a proposal before its random filler: marker plus a 32-bit id. */
const PROPOSAL_HEADER_BYTES = 5;

/** The largest proposal payload with at most `fillerBytesMax` filler bytes. */
export function proposalBytesMax(fillerBytesMax: number): number {
  return PROPOSAL_HEADER_BYTES + fillerBytesMax;
}

/** A proposal payload: a unique id followed by random filler bytes. */
export function encodeProposal(id: number, filler: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(PROPOSAL_HEADER_BYTES + filler.length);
  bytes[0] = PROPOSAL_MARKER;
  new DataView(bytes.buffer).setUint32(1, id >>> 0);
  bytes.set(filler, PROPOSAL_HEADER_BYTES);
  return bytes;
}

/** The proposal id in a normal entry, or null for a no-op or anything else. */
export function decodeProposalId(entry: Entry): number | null {
  if (entry.type !== EntryType.Normal || entry.data.length < PROPOSAL_HEADER_BYTES) return null;
  if (entry.data[0] !== PROPOSAL_MARKER) return null;
  return new DataView(entry.data.buffer, entry.data.byteOffset).getUint32(1);
}

/** A unique ReadIndex context for request `id`. */
export function encodeReadContext(id: number): Uint8Array {
  return new TextEncoder().encode(`read-${id}`);
}

/** The key under which a ReadIndex context is tracked. */
export function readContextKey(context: Uint8Array): string {
  return new TextDecoder().decode(context);
}

/** A membership as text, sorted, for traces: `v=n1,n2 l=n4`. */
export function confStateLabel(cs: ConfState): string {
  return `v=${[...cs.voters].sort().join(',')} l=${[...cs.learners].sort().join(',')}`;
}

