/**
 * fast-check arbitraries for the Raft core's wire types, shared by the codec tests.
 * Values span the whole domain the codec must carry exactly: ids in any Unicode,
 * integers up to 2^53 − 1, empty and non-empty bytes, present and absent snapshots.
 */
import fc from 'fast-check';
import {
  type ConfChange,
  ConfChangeType,
  type ConfState,
  type Entry,
  EntryType,
  type Message,
  MessageType,
  type Snapshot,
} from '../../src/raft/index.js';

/** The numeric members of a TypeScript enum (its object also maps numbers back to names). */
export function enumValues<E extends number>(enumObject: Record<string, string | number>): E[] {
  return Object.values(enumObject).filter((v): v is E => typeof v === 'number');
}

/** Member ids: usually short, any code point (so multi-byte UTF-8), sometimes empty (NONE). */
export const nodeIdArb: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 12 });

/** Terms and indexes: small values most of the time, with the edges of the safe range. */
export const uintArb: fc.Arbitrary<number> = fc.oneof(
  fc.nat({ max: 1000 }),
  fc.constantFrom(0, 1, 127, 128, 2 ** 31, 2 ** 32 - 1, 2 ** 32, Number.MAX_SAFE_INTEGER),
  fc.maxSafeNat(),
);

/** Payloads, including the empty one the core uses for no-op entries. */
export const bytesArb: fc.Arbitrary<Uint8Array> = fc.uint8Array({ maxLength: 64 });

/** Any log entry. */
export const entryArb: fc.Arbitrary<Entry> = fc.record({
  term: uintArb,
  index: uintArb,
  type: fc.constantFrom(...enumValues<EntryType>(EntryType)),
  data: bytesArb,
});

/** Any membership, including the empty one. */
export const confStateArb: fc.Arbitrary<ConfState> = fc.record({
  voters: fc.array(nodeIdArb, { maxLength: 5 }),
  learners: fc.array(nodeIdArb, { maxLength: 3 }),
});

/** Any snapshot, including the all-zero one that encodes as an empty submessage. */
export const snapshotArb: fc.Arbitrary<Snapshot> = fc.record({
  metadata: fc.record({ confState: confStateArb, index: uintArb, term: uintArb }),
  data: bytesArb,
});

/** Any message: every field varies independently, whatever its type would normally carry. */
export const messageArb: fc.Arbitrary<Message> = fc.record({
  type: fc.constantFrom(...enumValues<MessageType>(MessageType)),
  to: nodeIdArb,
  from: nodeIdArb,
  term: uintArb,
  logTerm: uintArb,
  index: uintArb,
  entries: fc.array(entryArb, { maxLength: 5 }),
  commit: uintArb,
  snapshot: fc.option(snapshotArb, { nil: null }),
  reject: fc.boolean(),
  rejectHint: uintArb,
  context: bytesArb,
});

/** Any membership change; the context stays far below the core's 64 KiB bound. */
export const confChangeArb: fc.Arbitrary<ConfChange> = fc.record({
  type: fc.constantFrom(...enumValues<ConfChangeType>(ConfChangeType)),
  nodeId: nodeIdArb,
  context: fc.uint8Array({ maxLength: 256 }),
});
