import { shoal } from '../proto/gen/shoal.js';
import type { LoadSnapshot } from './load.js';

const wire = shoal.cluster.v1;

/** Where a member can be reached (carried in membership changes). */
export interface MemberInfo {
  id: string;
  clientUrl: string;
  peerAddress: string;
}

/** Creates a volume (see src/cluster/volumes.ts for the rules). */
export interface CreateVolumeCommand {
  name: string;
  sizeBytes: number;
  pageSizeBytes: number;
}

/** One client connection to move from the member holding it to another. */
export interface ConnectionMove {
  connection: string;
  from: string;
  to: string;
}

/** The leader's plan for the balancing round completed at `computedAtIndex`. */
export interface BalancePlanCommand {
  computedAtIndex: number;
  nowMs: number;
  moves: ConnectionMove[];
  costBefore: number;
  costAfter: number;
}

/** The balancer's settings, replicated (SetBalancerConfig). */
export interface BalancerSettings {
  forwardOverhead: number;
  overloadRatio: number;
  utilizationFloor: number;
  minGain: number;
  cooldownMs: number;
  movesPerRoundMax: number;
  enabled: boolean;
  placement: string;
}

/** A command of the replicated log. */
export interface Command {
  reportLoad?: LoadSnapshot;
  setBalancer?: BalancerSettings;
  balancePlan?: BalancePlanCommand;
  requestId: string;
  noop?: { payload: Uint8Array };
  updateMember?: MemberInfo;
  createVolume?: CreateVolumeCommand;
  deleteVolume?: { name: string };
  moveConnections?: MoveConnectionsCommand;
}

/** Moves asked for by hand (MoveConnection); `nowMs` is the proposer's clock, when their cooldown starts. */
export interface MoveConnectionsCommand {
  moves: ConnectionMove[];
  reason: string;
  nowMs: number;
}

export class ClusterCodecError extends Error {
  readonly code = 'CLUSTER_DECODE';
  constructor(what: string, cause: unknown) {
    super(`cannot decode ${what}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'ClusterCodecError';
  }
}

export function encodeMemberInfo(info: MemberInfo): Uint8Array {
  return wire.MemberInfo.encode(info).finish();
}

export function decodeMemberInfo(bytes: Uint8Array): MemberInfo {
  try {
    const m = wire.MemberInfo.decode(bytes);
    return { id: m.id ?? '', clientUrl: m.clientUrl ?? '', peerAddress: m.peerAddress ?? '' };
  } catch (cause) {
    throw new ClusterCodecError('member info', cause);
  }
}

export function encodeCommand(command: Command): Uint8Array {
  return wire.Command.encode({
    requestId: command.requestId,
    noop: command.noop ?? null,
    updateMember: command.updateMember ?? null,
    createVolume: command.createVolume ?? null,
    deleteVolume: command.deleteVolume ?? null,
    moveConnections: command.moveConnections ?? null,
    reportLoad: command.reportLoad ? loadToWire(command.reportLoad) : null,
    balancePlan: command.balancePlan ?? null,
    setBalancer: command.setBalancer ?? null,
  }).finish();
}

export function decodeCommand(bytes: Uint8Array): Command {
  try {
    const c = wire.Command.decode(bytes);
    const command: Command = { requestId: c.requestId ?? '' };
    if (c.noop) command.noop = { payload: c.noop.payload ?? new Uint8Array(0) };
    if (c.updateMember) {
      const m = c.updateMember;
      command.updateMember = { id: m.id ?? '', clientUrl: m.clientUrl ?? '', peerAddress: m.peerAddress ?? '' };
    }
    if (c.createVolume) {
      const v = c.createVolume;
      command.createVolume = { name: v.name ?? '', sizeBytes: Number(v.sizeBytes ?? 0), pageSizeBytes: v.pageSizeBytes ?? 0 };
    }
    if (c.deleteVolume) command.deleteVolume = { name: c.deleteVolume.name ?? '' };
    if (c.moveConnections) {
      const moves = (c.moveConnections.moves ?? []).map((m) => ({ connection: m.connection ?? '', from: m.from ?? '', to: m.to ?? '' }));
      command.moveConnections = { moves, reason: c.moveConnections.reason ?? '', nowMs: Number(c.moveConnections.nowMs ?? 0) };
    }
    if (c.reportLoad) command.reportLoad = loadFromWire(c.reportLoad);
    if (c.setBalancer) command.setBalancer = balancerFromWire(c.setBalancer);
    if (c.balancePlan) {
      const p = c.balancePlan;
      command.balancePlan = {
        computedAtIndex: Number(p.computedAtIndex ?? 0),
        nowMs: Number(p.nowMs ?? 0),
        moves: (p.moves ?? []).map((m) => ({ connection: m.connection ?? '', from: m.from ?? '', to: m.to ?? '' })),
        costBefore: p.costBefore ?? 0,
        costAfter: p.costAfter ?? 0,
      };
    }
    return command;
  } catch (cause) {
    throw new ClusterCodecError('command', cause);
  }
}

/** A load snapshot as its protobuf message (commands and the state snapshot share it). */
export function loadToWire(load: LoadSnapshot): shoal.cluster.v1.ILoadSnapshot {
  // Page shares in id order: the encoding is canonical, so the state digest is the same on every member.
  const sortedPages = (pages: Record<string, number>): Record<string, number> => Object.fromEntries(Object.entries(pages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { ...load, connections: load.connections.map((c) => ({ id: c.id, work: c.work, pages: sortedPages(c.pages), movedFrom: c.movedFrom })) };
}

/** A decoded load snapshot, with every field present. */
export function loadFromWire(w: shoal.cluster.v1.ILoadSnapshot): LoadSnapshot {
  return {
    memberId: w.memberId ?? '',
    takenAtMs: Number(w.takenAtMs ?? 0),
    intervalMs: w.intervalMs ?? 0,
    capacity: w.capacity ?? 0,
    utilization: w.utilization ?? 0,
    background: w.background ?? 0,
    requestsPerSecond: w.requestsPerSecond ?? 0,
    bytesPerSecond: w.bytesPerSecond ?? 0,
    connections: (w.connections ?? []).map((c) => ({ id: c.id ?? '', work: c.work ?? 0, pages: { ...(c.pages ?? {}) }, movedFrom: c.movedFrom ?? '' })),
    otherConnections: w.otherConnections ?? 0,
    otherWork: w.otherWork ?? 0,
  };
}

/** Decoded balancer settings, every field present. */
export function balancerFromWire(w: shoal.cluster.v1.IBalancerSettings): BalancerSettings {
  return {
    forwardOverhead: w.forwardOverhead ?? 0,
    overloadRatio: w.overloadRatio ?? 0,
    utilizationFloor: w.utilizationFloor ?? 0,
    minGain: w.minGain ?? 0,
    cooldownMs: Number(w.cooldownMs ?? 0),
    movesPerRoundMax: w.movesPerRoundMax ?? 0,
    enabled: w.enabled ?? false,
    placement: w.placement ?? '',
  };
}
