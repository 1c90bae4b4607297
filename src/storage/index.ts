/**
 * The storage layer: the Raft log, hard state and snapshots on LevelDB. What other
 * layers may use is listed here; it imports only `src/raft/` (DESIGN.md, layer table).
 */
export { LevelRaftStorage, type LevelRaftStorageOptions, WRITE_QUEUE_DEPTH_MAX } from './raft-storage.js';
export { type PersistBatch } from './write-plan.js';
export {
  type CompactionPolicy,
  type CompactionStats,
  DEFAULT_COMPACTION_POLICY,
  DEFAULT_RETAIN_ENTRIES,
  DEFAULT_SNAPSHOT_BYTES,
  DEFAULT_SNAPSHOT_ENTRIES,
  compactionIndex,
  resolveCompactionPolicy,
  shouldCompact,
} from './compaction.js';
export {
  StorageClosedError,
  StorageCorruptError,
  StorageError,
  StorageOpenFailedError,
  StorageVersionError,
  StorageWriteFailedError,
} from './errors.js';
export { LAYOUT_VERSION } from './codec.js';
export { type LogDatabase } from './load.js';
export {
  BATCH_BLOCKS_MAX,
  BLOCK_BYTES,
  BLOCK_STORE_PENDING_BYTES_MAX,
  type BlockDatabase,
  BlockStore,
  type BlockStoreOptions,
  type BlockStoreStats,
  DELETE_BLOCKS_PER_BATCH,
  PAGE_SIZE_BYTES_MIN,
  READ_FETCH_BYTES_MAX,
} from './block-store.js';
export {
  BlockCorruptError,
  BlockStoreBusyError,
  BlockStoreClosedError,
  BlockStoreError,
  BlockStoreOpenFailedError,
  BlockStoreWriteFailedError,
} from './block-errors.js';
