/** The replicated cluster state machine: what other layers may use. */
export { ClusterState, type Effect, type MemberRecord } from './state.js';
export { type PageSegment, routeRange } from './routing.js';
export { RECENT_MOVE_KEPT_MS, RECENT_MOVES_MAX, type RecentMove, RecentMoves } from './recent-moves.js';
export { type AppliedLoad, type ConnectionLoad, LOAD_CONNECTIONS_MAX, LOAD_INTERVAL_MS_MAX, LOAD_PAGE_OWNERS_MAX, type LoadSnapshot, checkLoadSnapshot } from './load.js';
export { PAGE_RUN_OWNERS_MAX, PageMap, type PageOwnerCandidate, type PageRun, compareIds, spreadPages } from './page-map.js';
export {
  DEFAULT_PAGE_SIZE_BYTES,
  PAGE_SIZE_BYTES_MAX,
  PAGE_SIZE_BYTES_MIN,
  type Rejection,
  VOLUME_BYTES_MAX,
  VOLUME_NAME_PATTERN,
  VOLUMES_MAX,
  type Volume,
  checkVolumeName,
  checkVolumeShape,
  pageCountOf,
} from './volumes.js';
export {
  type BalancePlanCommand,
  type BalancerSettings,
  type Command,
  type ConnectionMove,
  type CreateVolumeCommand,
  type MemberInfo,
  type MoveConnectionsCommand,
  ClusterCodecError,
  balancerFromWire,
  loadFromWire,
  decodeCommand,
  decodeMemberInfo,
  encodeCommand,
  encodeMemberInfo,
} from './codec.js';
export { DIGEST_BYTES, chainDigest, sha256Hex } from './digest.js';
export { SNAPSHOT_FORMAT_VERSION, decodeClusterSnapshot, encodeClusterSnapshot } from './snapshot.js';
