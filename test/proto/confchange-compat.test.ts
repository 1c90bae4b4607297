/**
 * The core encodes ConfChange by hand (src/raft/confchange-codec.ts, exported from src/raft/index.ts) because it may
 * not import generated code; these properties hold it to `shoal.raft.v1.ConfChange`
 * in both directions, so a conf change entry written by one reads the same in the other.
 */
import test from 'ava';
import fc from 'fast-check';
import * as generated from '../../src/proto/index.js';
import * as byHand from '../../src/raft/index.js';
import { ConfChangeType, type ConfChange } from '../../src/raft/index.js';
import { confChangeArb } from './arbitraries.js';

function tryDecode(decode: () => ConfChange): ConfChange | undefined {
  try {
    return decode();
  } catch {
    return undefined;
  }
}

test('the hand encoding decodes with the generated code to the same change', (t) => {
  fc.assert(
    fc.property(confChangeArb, (cc) => {
      t.deepEqual(generated.decodeConfChange(byHand.encodeConfChange(cc)), cc);
    }),
    { numRuns: 1000 },
  );
});

test('the generated encoding decodes by hand to the same change', (t) => {
  fc.assert(
    fc.property(confChangeArb, (cc) => {
      t.deepEqual(byHand.decodeConfChange(generated.encodeConfChange(cc)), cc);
    }),
    { numRuns: 1000 },
  );
});

// Examples that the properties only reach by chance: the largest type, ids that
// need 2-, 3- and 4-byte UTF-8, and a byte-order mark, which a default TextDecoder
// strips from the front of a string (the id would silently change).
const nodeIdExamples: ReadonlyArray<[label: string, nodeId: string]> = [
  ['empty', ''],
  ['ASCII', 'n1'],
  ['2-byte UTF-8', 'ü'],
  ['3-byte UTF-8', '節点'],
  ['4-byte UTF-8', '🐟'],
  ['leading byte-order mark', '\uFEFFn1'],
  ['inner byte-order mark', 'n\uFEFF1'],
];
for (const [label, nodeId] of nodeIdExamples) {
  test(`a change for a node id that is ${label} reads the same in both codecs`, (t) => {
    const cc: ConfChange = { type: ConfChangeType.AddLearnerNode, nodeId, context: Uint8Array.of(0, 255) };
    t.deepEqual(generated.decodeConfChange(byHand.encodeConfChange(cc)), cc);
    t.deepEqual(byHand.decodeConfChange(generated.encodeConfChange(cc)), cc);
  });
}

test('where both codecs accept the same bytes, they read the same change', (t) => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      const a = tryDecode(() => generated.decodeConfChange(bytes));
      const b = tryDecode(() => byHand.decodeConfChange(bytes));
      if (a !== undefined && b !== undefined) t.deepEqual(a, b);
      else t.pass();
    }),
    { numRuns: 2000 },
  );
});
