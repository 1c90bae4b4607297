import { shoal } from '../proto/gen/shoal.js';
import { ClusterCodecError, balancerFromWire, loadFromWire, loadToWire } from './codec.js';
import { PageMap } from './page-map.js';
import { ClusterState } from './state.js';
import type { Volume } from './volumes.js';

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
    volumes: state.volumeList().map((v) => ({
      id: v.id,
      name: v.name,
      sizeBytes: v.sizeBytes,
      pageSizeBytes: v.pageSizeBytes,
      pageMap: v.pageMap.runs.map((r) => ({ firstPage: r.firstPage, pageCount: r.pageCount, owners: [...r.owners] })),
    })),
    loads: state.loadList().map((l) => ({ load: loadToWire(l.load), appliedIndex: l.appliedIndex })),
    lastRoundIndex: state.lastRoundIndex,
    roundsToSkip: state.roundsToSkip,
    balancer: state.balancer,
    recentMoves: state.recentMoves.list(),
    previousRoundIndex: state.previousRoundIndex,
    reportsSinceRound: state.reportsSinceRound,
    appliedDigest: state.appliedDigest,
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
  for (const v of s.volumes ?? []) state.addVolume(decodeVolume(v));
  state.lastRoundIndex = Number(s.lastRoundIndex ?? 0);
  state.roundsToSkip = s.roundsToSkip ?? 0;
  state.previousRoundIndex = Number(s.previousRoundIndex ?? 0);
  state.reportsSinceRound = s.reportsSinceRound ?? 0;
  if (s.appliedDigest && s.appliedDigest.length > 0) state.appliedDigest = new Uint8Array(s.appliedDigest);
  state.balancer = s.balancer ? balancerFromWire(s.balancer) : null;
  state.recentMoves.restore(
    (s.recentMoves ?? []).map((m) => ({ connection: m.connection ?? '', from: m.from ?? '', to: m.to ?? '', atMs: Number(m.atMs ?? 0), index: Number(m.index ?? 0) })),
  );
  for (const l of s.loads ?? []) {
    if (!l.load) continue;
    const load = loadFromWire(l.load);
    state.loads.set(load.memberId, { load, appliedIndex: Number(l.appliedIndex ?? 0) });
  }
  return state;
}

function decodeVolume(v: shoal.cluster.v1.IVolumeRecord): Volume {
  const sizeBytes = Number(v.sizeBytes ?? 0);
  const pageSizeBytes = v.pageSizeBytes ?? 0;
  const runs = (v.pageMap ?? []).map((r) => ({ firstPage: Number(r.firstPage ?? 0), pageCount: Number(r.pageCount ?? 0), owners: [...(r.owners ?? [])] }));
  let pageMap: PageMap;
  try {
    pageMap = new PageMap(runs, Math.ceil(sizeBytes / pageSizeBytes));
  } catch (cause) {
    throw new ClusterCodecError(`cluster snapshot: page map of volume "${v.name ?? ''}"`, cause);
  }
  return { id: Number(v.id ?? 0), name: v.name ?? '', sizeBytes, pageSizeBytes, pageMap };
}
