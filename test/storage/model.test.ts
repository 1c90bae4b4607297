/**
 * LevelRaftStorage against the in-memory model (MemoryStorage): random sequences of
 * Raft-shaped writes — appends that truncate an uncommitted tail, hard states that
 * only move forward, snapshots, compactions, snapshots from a leader, reopens — must
 * leave both answering every read alike, also after a reopen from disk.
 */
import test from 'ava';
import fc from 'fast-check';
import { deepStrictEqual } from 'node:assert/strict';
import { type Entry, MemoryStorage, type Storage } from '../../src/raft/index.js';
import { LevelRaftStorage } from '../../src/storage/index.js';
import { tempDir } from './helpers.js';

/** Runs per property: each run fsyncs every write, so this bounds the test's time. */
const RUNS = 25;
/** Writes per run. */
const OPS_MAX = 16;
/** Entries per append. */
const APPEND_ENTRIES_MAX = 6;

const CONF = { voters: ['n1', 'n2'], learners: [] };
/** Appends (and the tails they truncate) are where logs lose data, so they come most often. */
const KIND_WEIGHTS = { append: 5, hardState: 2, createSnapshot: 1, compact: 1, installSnapshot: 1, reopen: 2 } as const;
const kindArbitrary = fc.oneof(
  ...Object.entries(KIND_WEIGHTS).map(([kind, weight]) => ({ arbitrary: fc.constant(kind as keyof typeof KIND_WEIGHTS), weight })),
);
const opArbitrary = fc.record({ kind: kindArbitrary, a: fc.nat(1_000), b: fc.nat(1_000) });

/** Everything a reader of `s` sees. */
function view(s: Storage) {
  const first = s.firstIndex();
  return {
    first,
    last: s.lastIndex(),
    dummyTerm: s.term(first - 1),
    entries: s.entries(first, s.lastIndex() + 1, Number.MAX_SAFE_INTEGER),
    state: s.initialState(),
    snapshot: s.snapshot(),
  };
}

function entries(lo: number, count: number, term: number): Entry[] {
  return Array.from({ length: count }, (_, k) => ({ index: lo + k, term, type: 0, data: new Uint8Array([lo + k, term]) }));
}

test('random Raft-shaped writes leave LevelRaftStorage and MemoryStorage alike, across reopens', async (t) => {
  await fc.assert(
    fc.asyncProperty(fc.array(opArbitrary, { maxLength: OPS_MAX }), async (ops) => {
      const dir = tempDir(t);
      const model = new MemoryStorage();
      let real = await LevelRaftStorage.open(dir);
      try {
        for (const { kind, a, b } of ops) {
          const first = model.firstIndex();
          const last = model.lastIndex();
          const hs = model.hardStateValue();
          const snapIndex = model.snapshot().metadata.index;
          if (kind === 'append') {
            // Never truncate a committed entry (Raft's leader completeness), nor one under the snapshot.
            const lo = Math.max(hs.commit, snapIndex, first - 1) + 1;
            const start = lo + (a % (last + 2 - lo));
            const term = model.term(start - 1) + (b % 2);
            const appended = entries(start, 1 + (b % APPEND_ENTRIES_MAX), Math.max(term, 1));
            model.append(appended);
            await real.append(appended);
          } else if (kind === 'hardState') {
            const term = hs.term + (a % 2);
            const vote = term === hs.term && hs.vote !== '' ? hs.vote : `n${b % 3}`;
            const next = { term, vote, commit: hs.commit + (b % (last - hs.commit + 1)) };
            model.setHardState(next);
            await real.setHardState(next);
          } else if (kind === 'createSnapshot') {
            const lo = Math.max(snapIndex + 1, first - 1);
            if (lo > hs.commit) continue;
            const i = lo + (a % (hs.commit - lo + 1));
            model.createSnapshot(i, CONF, new Uint8Array([i]));
            await real.createSnapshot(i, CONF, new Uint8Array([i]));
          } else if (kind === 'compact') {
            if (last < first) continue;
            const i = first + (a % (last - first + 1));
            model.compact(i);
            await real.compact(i);
          } else if (kind === 'installSnapshot') {
            // A leader's snapshot is ahead of this member's commit; its hard state commits it.
            const index = Math.max(hs.commit, snapIndex) + 1 + (a % 5);
            const term = Math.max(hs.term, model.term(last)) + (b % 2);
            const snapshot = { metadata: { index, term, confState: CONF }, data: new Uint8Array([index]) };
            const hardState = { term, vote: term === hs.term ? hs.vote : '', commit: index };
            model.applySnapshot(snapshot);
            model.setHardState(hardState);
            await real.save({ snapshot, hardState, entries: [] });
          } else {
            await real.close();
            real = await LevelRaftStorage.open(dir);
          }
          // node:assert throws, so fast-check sees the failure and shrinks the sequence.
          deepStrictEqual(view(real), view(model), `after ${kind}`);
        }
        await real.close();
        real = await LevelRaftStorage.open(dir);
        deepStrictEqual(view(real), view(model), 'after the final reopen');
      } finally {
        await real.close();
      }
    }),
    { numRuns: RUNS },
  );
  t.pass();
});
