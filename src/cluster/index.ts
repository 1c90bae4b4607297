/** The replicated cluster state machine: what other layers may use. */
export { ClusterState, type Effect, type MemberRecord } from './state.js';
export {
  type Command,
  type MemberInfo,
  ClusterCodecError,
  decodeCommand,
  decodeMemberInfo,
  encodeCommand,
  encodeMemberInfo,
} from './codec.js';
export { SNAPSHOT_FORMAT_VERSION, decodeClusterSnapshot, encodeClusterSnapshot } from './snapshot.js';
