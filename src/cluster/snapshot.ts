import { shoal } from '../proto/gen/shoal.js';
import { ClusterCodecError } from './codec.js';
import { ClusterState } from './state.js';

const wire = shoal.cluster.v1;

/** Bumped when the snapshot layout changes incompatibly; restore refuses other versions. */
export const SNAPSHOT_FORMAT_VERSION = 1;

/** The cluster state as the data of a Raft snapshot. */
export function encodeClusterSnapshot(state: ClusterState): Uint8Array {
  return wire.StateSnapshot.encode({
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    appliedIndex: state.appliedIndex,
    members: state.memberList().map((m) => ({
      info: { id: m.id, clientUrl: m.clientUrl, peerAddress: m.peerAddress },
      learner: m.learner,
    })),
    removedIds: [...state.removedIds].sort(),
  }).finish();
}

export function decodeClusterSnapshot(bytes: Uint8Array): ClusterState {
  let s;
  try {
    s = wire.StateSnapshot.decode(bytes);
  } catch (cause) {
    throw new ClusterCodecError('cluster snapshot', cause);
  }
  if (s.formatVersion !== SNAPSHOT_FORMAT_VERSION) {
    throw new ClusterCodecError('cluster snapshot', `format version ${s.formatVersion}, expected ${SNAPSHOT_FORMAT_VERSION}`);
  }
  const state = new ClusterState();
  state.appliedIndex = Number(s.appliedIndex);
  for (const m of s.members ?? []) {
    const info = m.info;
    if (!info?.id) continue;
    state.members.set(info.id, {
      id: info.id,
      clientUrl: info.clientUrl ?? '',
      peerAddress: info.peerAddress ?? '',
      learner: m.learner ?? false,
    });
  }
  for (const id of s.removedIds ?? []) state.removedIds.add(id);
  return state;
}
