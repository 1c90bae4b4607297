/**
 * Reading the Raft log back from LevelDB when a member starts, and the invariants a
 * log must satisfy before the core may run on it. A log that breaks one is refused
 * with STORAGE_CORRUPT naming the key; the member does not start on a guess.
 */
import type { Level } from 'level';
import { type Entry, type HardState, type Snapshot, emptyHardState, emptySnapshot } from '../raft/index.js';
import {
  HARD_STATE_KEY,
  LAYOUT_VERSION,
  LOG_RANGE,
  SNAPSHOT_DATA_KEY,
  SNAPSHOT_META_KEY,
  TRUNCATED_KEY,
  type TruncatedState,
  VERSION_KEY,
  decodeEntry,
  decodeHardState,
  decodeSnapshotData,
  decodeSnapshotMetadata,
  decodeTruncated,
  decodeVersion,
  encodeVersion,
  logKey,
} from './codec.js';
import { StorageCorruptError, StorageError, StorageOpenFailedError, StorageVersionError } from './errors.js';

/** The database as the storage layer uses it: UTF-8 keys, binary values. */
export type LogDatabase = Level<string, Uint8Array>;

/** Everything durable, as read at start. */
export interface DiskState {
  hardState: HardState;
  /** The dummy entry at firstIndex - 1 (index 0, term 0 before any compaction). */
  truncated: TruncatedState;
  /** The latest snapshot, or the empty snapshot (index 0). */
  snapshot: Snapshot;
  /** Every entry after `truncated.index`, in index order. */
  entries: Entry[];
}

/** Reads and validates the whole durable state of an open database. */
export async function readDiskState(db: LogDatabase): Promise<DiskState> {
  try {
    if (!(await checkVersion(db))) {
      return { hardState: emptyHardState(), truncated: { index: 0, term: 0 }, snapshot: emptySnapshot(), entries: [] };
    }
    const [hsValue, truncatedValue, metaValue, dataValue] = await db.getMany([HARD_STATE_KEY, TRUNCATED_KEY, SNAPSHOT_META_KEY, SNAPSHOT_DATA_KEY]);
    if ((metaValue === undefined) !== (dataValue === undefined)) {
      throw new StorageCorruptError(metaValue === undefined ? SNAPSHOT_META_KEY : SNAPSHOT_DATA_KEY, 'snapshot metadata and data are not both present');
    }
    const entries: Entry[] = [];
    for await (const [key, value] of db.iterator(LOG_RANGE)) entries.push(decodeEntry(key, value));
    const state: DiskState = {
      hardState: hsValue === undefined ? emptyHardState() : decodeHardState(hsValue),
      truncated: truncatedValue === undefined ? { index: 0, term: 0 } : decodeTruncated(truncatedValue),
      snapshot:
        metaValue === undefined || dataValue === undefined
          ? emptySnapshot()
          : { metadata: decodeSnapshotMetadata(metaValue), data: decodeSnapshotData(dataValue) },
      entries,
    };
    checkDiskState(state);
    return state;
  } catch (err) {
    if (err instanceof StorageError) throw err;
    // LevelDB's own block checksums caught something; anything else is an IO failure.
    if (isLevelCode(err, 'LEVEL_CORRUPTION')) throw new StorageCorruptError('(leveldb)', 'LevelDB reports corruption', { cause: err });
    throw new StorageOpenFailedError(db.location, err);
  }
}

/**
 * True when the database holds a log of this layout; false when it is brand new (the
 * version key is then written, synced, so a later open knows the layout).
 */
async function checkVersion(db: LogDatabase): Promise<boolean> {
  const value = await db.get(VERSION_KEY);
  if (value === undefined) {
    for await (const key of db.keys({ limit: 1 })) {
      throw new StorageCorruptError(VERSION_KEY, `missing, but the database is not empty (found '${key}')`);
    }
    await db.put(VERSION_KEY, encodeVersion(LAYOUT_VERSION), { sync: true });
    return false;
  }
  const version = decodeVersion(value);
  if (version !== String(LAYOUT_VERSION)) throw new StorageVersionError(version, LAYOUT_VERSION);
  return true;
}

/**
 * The invariants of a durable log: entries contiguous from the compaction point,
 * terms never decreasing, the snapshot agreeing with the log where they overlap, and
 * the commit index within the log.
 */
function checkDiskState(state: DiskState): void {
  const { truncated, entries, snapshot, hardState } = state;
  let previousTerm = truncated.term;
  for (const [k, e] of entries.entries()) {
    const want = truncated.index + 1 + k;
    if (e.index !== want) throw new StorageCorruptError(logKey(e.index), `log gap: expected entry ${want} after the compaction point ${truncated.index}`);
    if (e.term < previousTerm) throw new StorageCorruptError(logKey(e.index), `term ${e.term} is below the previous entry's term ${previousTerm}`);
    previousTerm = e.term;
  }
  const lastIndex = truncated.index + entries.length;
  const snap = snapshot.metadata;
  if (snap.index > lastIndex) {
    throw new StorageCorruptError(SNAPSHOT_META_KEY, `snapshot index ${snap.index} is past the last log index ${lastIndex}`);
  }
  if (snap.index > 0 && snap.index >= truncated.index) {
    const term = snap.index === truncated.index ? truncated.term : entries[snap.index - truncated.index - 1]?.term;
    if (term !== snap.term) throw new StorageCorruptError(SNAPSHOT_META_KEY, `snapshot term ${snap.term} disagrees with the log's term ${term} at ${snap.index}`);
  }
  if (hardState.commit > lastIndex) {
    throw new StorageCorruptError(HARD_STATE_KEY, `commit index ${hardState.commit} is past the last log index ${lastIndex}`);
  }
}

function isLevelCode(err: unknown, code: string): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { code?: unknown; cause?: unknown };
  return e.code === code || (e.cause !== undefined && isLevelCode(e.cause, code));
}
