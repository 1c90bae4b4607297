/**
 * The Raft core: a pure, deterministic state machine in the shape of etcd-io/raft's
 * RawNode. What other layers may use is listed here.
 */
export * from './types.js';
export * from './errors.js';
export { type Config, type Logger, type ResolvedConfig, SILENT_LOGGER, resolveConfig } from './config.js';
export {
  DEFAULT_MAX_COMMITTED_SIZE_PER_READY_BYTES,
  DEFAULT_MAX_INFLIGHT_BYTES,
  DEFAULT_MAX_INFLIGHT_MSGS,
  DEFAULT_MAX_SIZE_PER_MSG_BYTES,
  DEFAULT_MAX_UNCOMMITTED_ENTRIES_BYTES,
} from './config.js';
export { type Storage, MemoryStorage, limitSize } from './storage.js';
export { type Random, SeededRandom } from './random.js';
export { RawNode, type Status, type ProgressStatus } from './rawnode.js';
export { ProgressState } from './progress.js';
export { CONF_CHANGE_MAX_BYTES, ConfChangeDecodeError, decodeConfChange, encodeConfChange } from './confchange-codec.js';
export { VoteResult, committedIndex, majoritySize, voteResult } from './quorum.js';
export { MAX_PENDING_READ_INDEX_REQUESTS } from './read-only.js';
