/**
 * Every record is validated when it is read: a bad checksum, a malformed value or a
 * log that breaks an invariant is STORAGE_CORRUPT naming the key, never a silent
 * wrong answer. The records are damaged through a raw LevelDB handle.
 */
import test, { type ExecutionContext } from 'ava';
import { Level } from 'level';
import { EntryType } from '../../src/raft/index.js';
import {
  HARD_STATE_KEY,
  SNAPSHOT_DATA_KEY,
  SNAPSHOT_META_KEY,
  VERSION_KEY,
  decodeEntry,
  decodeLogKey,
  encodeEntry,
  encodeHardState,
  logKey,
  seal,
} from '../../src/storage/codec.js';
import { LevelRaftStorage, StorageCorruptError } from '../../src/storage/index.js';
import { entriesIn, tempDir } from './helpers.js';

/** A directory holding entries 1..5 (term 2), a snapshot at 3 and commit 4. */
async function seeded(t: ExecutionContext): Promise<string> {
  const dir = tempDir(t);
  const s = await LevelRaftStorage.open(dir);
  await s.save({ hardState: { term: 2, vote: 'n1', commit: 4 }, entries: entriesIn(1, 5, 2), snapshot: null });
  await s.createSnapshot(3, { voters: ['n1'], learners: [] }, new Uint8Array([3]));
  await s.close();
  return dir;
}

/** Changes the database in `dir` behind the storage's back. */
async function tamper(dir: string, fn: (db: Level<string, Uint8Array>) => Promise<void>): Promise<void> {
  const db = new Level<string, Uint8Array>(dir, { keyEncoding: 'utf8', valueEncoding: 'view' });
  await db.open();
  try {
    await fn(db);
  } finally {
    await db.close();
  }
}

/** Opening `dir` fails with STORAGE_CORRUPT naming `key`. */
async function refusesToOpen(t: ExecutionContext, dir: string, key: string, reason: RegExp): Promise<void> {
  const err = await t.throwsAsync(LevelRaftStorage.open(dir), { instanceOf: StorageCorruptError, code: 'STORAGE_CORRUPT' });
  t.is(err?.key, key);
  t.regex(err?.message ?? '', reason);
}

test('a flipped bit in an entry fails its checksum', async (t) => {
  const dir = await seeded(t);
  await tamper(dir, async (db) => {
    const value = await db.get(logKey(2));
    const copy = new Uint8Array(value!);
    copy[copy.length - 1]! ^= 0x10;
    await db.put(logKey(2), copy);
  });
  await refusesToOpen(t, dir, 'log/0000000000000002', /checksum/);
});

test('a failed open releases the database, so it can be repaired and opened again', async (t) => {
  const dir = await seeded(t);
  await tamper(dir, (db) => db.put(logKey(2), new Uint8Array([1])));
  await refusesToOpen(t, dir, logKey(2), /too short/);
  await tamper(dir, (db) => db.put(logKey(2), encodeEntry(entriesIn(2, 2, 2)[0]!)));
  const s = await LevelRaftStorage.open(dir);
  t.is(s.lastIndex(), 5);
  await s.close();
});

test('a hard state that is not JSON, or lacks a field, is corrupt', async (t) => {
  const dir = await seeded(t);
  await tamper(dir, (db) => db.put(HARD_STATE_KEY, seal(new TextEncoder().encode('{"term":2,'))));
  await refusesToOpen(t, dir, HARD_STATE_KEY, /JSON/);
  await tamper(dir, (db) => db.put(HARD_STATE_KEY, seal(new TextEncoder().encode('{"term":2,"commit":1}'))));
  await refusesToOpen(t, dir, HARD_STATE_KEY, /missing or mistyped/);
});

test('a commit index past the last entry is corrupt', async (t) => {
  const dir = await seeded(t);
  await tamper(dir, (db) => db.put(HARD_STATE_KEY, encodeHardState({ term: 2, vote: 'n1', commit: 6 })));
  await refusesToOpen(t, dir, HARD_STATE_KEY, /commit index 6 is past the last log index 5/);
});

test('a gap in the log is corrupt, naming the entry after it', async (t) => {
  const dir = await seeded(t);
  await tamper(dir, (db) => db.del(logKey(3)));
  await refusesToOpen(t, dir, logKey(4), /gap/);
});

test('a term that goes down along the log is corrupt', async (t) => {
  const dir = await seeded(t);
  await tamper(dir, (db) => db.put(logKey(5), encodeEntry(entriesIn(5, 5, 1)[0]!)));
  await refusesToOpen(t, dir, logKey(5), /term 1 is below/);
});

test('snapshot metadata without its data, or disagreeing with the log, is corrupt', async (t) => {
  const dir = await seeded(t);
  const meta = (term: number) => seal(new TextEncoder().encode(JSON.stringify({ index: 3, term, confState: { voters: [], learners: [] } })));
  await tamper(dir, (db) => db.put(SNAPSHOT_META_KEY, meta(9)));
  await refusesToOpen(t, dir, SNAPSHOT_META_KEY, /disagrees/);
  await tamper(dir, (db) => db.del(SNAPSHOT_DATA_KEY));
  await refusesToOpen(t, dir, SNAPSHOT_DATA_KEY, /not both present/);
});

test('a missing version key in a non-empty database is corrupt; an unknown version is refused', async (t) => {
  const dir = await seeded(t);
  await tamper(dir, (db) => db.put(VERSION_KEY, seal(new TextEncoder().encode('2'))));
  await t.throwsAsync(LevelRaftStorage.open(dir), { code: 'STORAGE_VERSION_UNSUPPORTED' });
  await tamper(dir, (db) => db.del(VERSION_KEY));
  await refusesToOpen(t, dir, VERSION_KEY, /not empty/);
});

test('entries round-trip the codec: large terms, both entry types, empty and binary data', (t) => {
  const cases = [
    { index: 1, term: 1, type: EntryType.Normal, data: new Uint8Array(0) },
    { index: 2 ** 40, term: 2 ** 52 + 3, type: EntryType.ConfChange, data: new Uint8Array([0, 255, 128]) },
  ];
  for (const e of cases) t.deepEqual(decodeEntry(logKey(e.index), encodeEntry(e)), e);
  t.is(decodeLogKey(logKey(Number.MAX_SAFE_INTEGER)), Number.MAX_SAFE_INTEGER);
  t.true(logKey(9) < logKey(10) && logKey(99_999) < logKey(100_000), 'key order is index order');
});

test('the codec refuses an unknown entry type, term 0 and a malformed key', (t) => {
  const corrupt = { instanceOf: StorageCorruptError };
  const badType = seal(new Uint8Array([0, 0, 0, 0, 0, 0, 0, 1, 9]));
  t.throws(() => decodeEntry(logKey(1), badType), { ...corrupt, message: /unknown entry type 9/ });
  const termZero = seal(new Uint8Array(9));
  t.throws(() => decodeEntry(logKey(1), termZero), { ...corrupt, message: /term 0/ });
  t.throws(() => decodeLogKey('log/12'), corrupt);
  t.throws(() => decodeLogKey('log/000000000000000x'), corrupt);
});
