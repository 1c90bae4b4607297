import { type ConfChange, ConfChangeType, type Entry, EntryType, decodeConfChange } from '../raft/index.js';
import {
  type BalancePlanCommand,
  type BalancerSettings,
  type Command,
  type ConnectionMove,
  type CreateVolumeCommand,
  type MoveConnectionsCommand,
  decodeCommand,
  decodeMemberInfo,
  type MemberInfo,
} from './codec.js';
import { type AppliedLoad, type LoadSnapshot, checkLoadSnapshot } from './load.js';
import { compareIds, spreadPages } from './page-map.js';
import { RecentMoves } from './recent-moves.js';
import { chainDigest, emptyDigest } from './digest.js';
import { type Rejection, type Volume, VOLUMES_MAX, checkVolumeName, checkVolumeShape, pageCountOf } from './volumes.js';

/** A member as the replicated state knows it. */
export interface MemberRecord extends MemberInfo {
  learner: boolean;
}

/**
 * 1 round passes without planning after a plan that moved connections: its loads
 * were mostly measured before the moves were carried out (up to a second or so
 * after the plan is applied). The plan input counts committed moves as done
 * (src/balance/state-input.ts), but a member's background and the other
 * connections' work are measured, and settle only once the moves have happened.
 */
export const BALANCE_ROUNDS_AFTER_PLAN = 1;
/**
 * 2 snapshots per voter since the last round complete a round even if some live
 * member has not reported: a member that stopped (killed, cut off) must not stop
 * the others balancing. After that round it no longer counts as live, until it
 * reports again.
 */
export const ROUND_REPORTS_PER_VOTER_MAX = 2;

/** What applying an entry asks the driver to do, as data (the apply itself does no IO). */
export type Effect =
  | { kind: 'membership-changed'; change: ConfChange }
  | { kind: 'command-applied'; requestId: string; index: number; command: Command; rejection: Rejection | null }
  | { kind: 'volume-deleted'; volume: Volume }
  | { kind: 'connections-moved'; moves: ConnectionMove[]; reason: string; index: number }
  | { kind: 'round-complete'; index: number; nowMs: number }
  | { kind: 'plan-applied'; plan: BalancePlanCommand; index: number };

/**
 * The replicated cluster state: membership with addresses, and volumes with their
 * page maps (load snapshots join it later). Applying is deterministic: the same
 * entries in the same order give the same state on every member.
 */
export class ClusterState {
  appliedIndex = 0;
  /** The hash chain over every entry applied (src/cluster/digest.ts): equal on members that applied the same log. */
  appliedDigest: Uint8Array = emptyDigest();
  readonly members = new Map<string, MemberRecord>();
  readonly removedIds = new Set<string>();
  /** Volumes by name, and the same volumes by id (ids are what pages are stored under). */
  readonly volumes = new Map<string, Volume>();
  readonly volumesById = new Map<number, Volume>();
  /** Every member's latest load snapshot (a removed member's is dropped). */
  readonly loads = new Map<string, AppliedLoad>();
  /** The index at which the last balancing round completed (0: none yet). */
  lastRoundIndex = 0;
  /** The round before it: a member whose load was applied after this index is live. */
  previousRoundIndex = 0;
  /** Load snapshots applied since the last round. */
  reportsSinceRound = 0;
  /** Rounds that complete without planning, after a plan that moved connections. */
  roundsToSkip = 0;
  /** The balancer's replicated settings; null until the first SetBalancerConfig. */
  balancer: BalancerSettings | null = null;
  /** Moves committed lately (manual and planned), for cooldowns and stale loads. */
  readonly recentMoves = new RecentMoves();

  /**
   * Applies one committed entry. The caller has already handed a ConfChange entry
   * to the Raft core (`applyConfChange`); here it updates the address book.
   */
  apply(entry: Entry): Effect[] {
    if (entry.index <= this.appliedIndex) {
      throw new Error(`cluster state: entry ${entry.index} applied twice (applied ${this.appliedIndex})`);
    }
    this.appliedIndex = entry.index;
    this.appliedDigest = chainDigest(this.appliedDigest, entry);
    if (entry.type === EntryType.ConfChange) return this.applyConfChange(decodeConfChange(entry.data));
    if (entry.data.length === 0) return []; // a leader's empty entry
    const command = decodeCommand(entry.data);
    const effects: Effect[] = [];
    let rejection: Rejection | null = null;
    if (command.updateMember) this.updateMember(command.updateMember);
    if (command.createVolume) rejection = this.createVolume(command.createVolume, entry.index);
    if (command.deleteVolume) rejection = this.deleteVolume(command.deleteVolume.name, effects);
    if (command.moveConnections) rejection = this.moveConnections(command.moveConnections, entry.index, effects);
    if (command.reportLoad) rejection = this.reportLoad(command.reportLoad, entry.index, effects);
    if (command.balancePlan) rejection = this.balancePlan(command.balancePlan, entry.index, effects);
    if (command.setBalancer) rejection = this.setBalancer(command.setBalancer);
    effects.unshift({ kind: 'command-applied', requestId: command.requestId, index: entry.index, command, rejection });
    return effects;
  }

  /**
   * Creates a volume whose pages are spread over the voters (capacity-weighted round
   * robin; every voter has capacity 1 until members report capacities). The id is
   * the entry's index, which also rotates the pattern so volumes start on different members.
   */
  private createVolume(c: CreateVolumeCommand, index: number): Rejection | null {
    const invalid = checkVolumeName(c.name) ?? checkVolumeShape(c.sizeBytes, c.pageSizeBytes);
    if (invalid) return invalid;
    if (this.volumes.has(c.name)) return { code: 'already_exists', message: `volume "${c.name}" already exists` };
    if (this.volumes.size >= VOLUMES_MAX) return { code: 'resource_exhausted', message: `the group already has ${VOLUMES_MAX} volumes, the most it may have` };
    const owners = this.memberList().filter((m) => !m.learner).map((m) => ({ id: m.id, capacity: 1 }));
    if (owners.length === 0) return { code: 'failed_precondition', message: 'the group has no voter to own pages' };
    const pageMap = spreadPages(pageCountOf(c.sizeBytes, c.pageSizeBytes), owners, index);
    const volume: Volume = { id: index, name: c.name, sizeBytes: c.sizeBytes, pageSizeBytes: c.pageSizeBytes, pageMap };
    this.addVolume(volume);
    return null;
  }

  private deleteVolume(name: string, effects: Effect[]): Rejection | null {
    const volume = this.volumes.get(name);
    if (!volume) return { code: 'not_found', message: `volume "${name}" does not exist` };
    this.volumes.delete(name);
    this.volumesById.delete(volume.id);
    effects.push({ kind: 'volume-deleted', volume });
    return null;
  }

  /**
   * Connection moves are effects, carried out by the member that holds each
   * connection; the state remembers them (recentMoves) so the planner leaves them
   * alone for their cooldown. A move naming a member that is not (or no longer) in
   * the group is rejected as a whole.
   */
  private moveConnections(c: MoveConnectionsCommand, index: number, effects: Effect[]): Rejection | null {
    for (const m of c.moves) {
      if (!this.members.has(m.from) || !this.members.has(m.to)) {
        return { code: 'failed_precondition', message: `cannot move ${m.connection} from ${m.from} to ${m.to}: not both are members` };
      }
      if (m.from === m.to) return { code: 'invalid_argument', message: `cannot move ${m.connection} to the member that holds it (${m.to})` };
    }
    this.recentMoves.record(c.moves, c.nowMs, index);
    effects.push({ kind: 'connections-moved', moves: c.moves, reason: c.reason, index });
    return null;
  }

  /**
   * Keeps a member's newest load snapshot (an older one, reordered by a retry, is
   * ignored). When every live voter has reported since the last round — or the
   * live ones have reported ROUND_REPORTS_PER_VOTER_MAX times over while another
   * stayed silent — a balancing round completes here: every member sees it at the
   * same index, on the same state, and plans on the live members' loads.
   */
  private reportLoad(load: LoadSnapshot, index: number, effects: Effect[]): Rejection | null {
    const invalid = checkLoadSnapshot(load, (id) => this.members.has(id));
    if (invalid) return invalid;
    const known = this.loads.get(load.memberId);
    if (known && known.load.takenAtMs > load.takenAtMs) return null;
    this.loads.set(load.memberId, { load, appliedIndex: index });
    this.reportsSinceRound += 1;
    const voters = this.memberList().filter((m) => !m.learner);
    // The first round waits for every voter (or the forced round): none is known to be down yet.
    const expected = this.lastRoundIndex === 0 ? voters : voters.filter((m) => this.isLive(m.id));
    const everyoneReported = expected.every((m) => (this.loads.get(m.id)?.appliedIndex ?? 0) > this.lastRoundIndex);
    if (everyoneReported || this.reportsSinceRound >= ROUND_REPORTS_PER_VOTER_MAX * voters.length) {
      this.previousRoundIndex = this.lastRoundIndex;
      this.lastRoundIndex = index;
      this.reportsSinceRound = 0;
      if (this.roundsToSkip > 0) this.roundsToSkip -= 1;
      else effects.push({ kind: 'round-complete', index, nowMs: load.takenAtMs });
    }
    return null;
  }

  /** Whether `memberId` reported its load since the round before the last: it is up and counted in rounds. */
  isLive(memberId: string): boolean {
    return (this.loads.get(memberId)?.appliedIndex ?? 0) > this.previousRoundIndex;
  }

  /** The load snapshots of live members, sorted by member id: what a round plans on. */
  liveLoadList(): AppliedLoad[] {
    return this.loadList().filter((l) => this.isLive(l.load.memberId));
  }

  /** A plan's moves are carried out like manual moves; the plan itself is reported for comparison. */
  private balancePlan(plan: BalancePlanCommand, index: number, effects: Effect[]): Rejection | null {
    const moves = plan.moves.filter((m) => this.members.has(m.from) && this.members.has(m.to) && m.from !== m.to);
    effects.push({ kind: 'plan-applied', plan, index });
    if (moves.length > 0) {
      this.recentMoves.record(moves, plan.nowMs, index);
      effects.push({ kind: 'connections-moved', moves, reason: `plan of round ${plan.computedAtIndex}`, index });
      // Moves take effect within a second or so (jitter, the idle grace); the loads of
      // the rounds in between would still show the moved connections where they were.
      // The next round waits for loads applied after the plan; who is live stays as it was.
      this.lastRoundIndex = index;
      this.reportsSinceRound = 0;
      this.roundsToSkip = BALANCE_ROUNDS_AFTER_PLAN;
    }
    return null;
  }

  /**
   * Replaces the balancer's settings. The admin service checked them against the
   * efficiency function's ranges; here only what every member can check alike
   * without that layer: finite numbers and a known placement.
   */
  private setBalancer(settings: BalancerSettings): Rejection | null {
    const numbers = [settings.forwardOverhead, settings.overloadRatio, settings.utilizationFloor, settings.minGain, settings.cooldownMs, settings.movesPerRoundMax];
    if (numbers.some((n) => !Number.isFinite(n) || n < 0)) return { code: 'invalid_argument', message: 'balancer settings must be finite, non-negative numbers' };
    if (!['none', 'round-robin', 'least-loaded'].includes(settings.placement)) {
      return { code: 'invalid_argument', message: `placement "${settings.placement}" is not none, round-robin or least-loaded` };
    }
    this.balancer = { ...settings };
    return null;
  }

  /** Load snapshots sorted by member id. */
  loadList(): AppliedLoad[] {
    return [...this.loads.values()].sort((a, b) => compareIds(a.load.memberId, b.load.memberId));
  }

  /** Adds a volume to both indexes (apply and snapshot restore). */
  addVolume(volume: Volume): void {
    if (this.volumes.has(volume.name) || this.volumesById.has(volume.id)) {
      throw new Error(`cluster state: volume "${volume.name}" (id ${volume.id}) added twice`);
    }
    this.volumes.set(volume.name, volume);
    this.volumesById.set(volume.id, volume);
  }

  /** Volumes sorted by name. */
  volumeList(): Volume[] {
    return [...this.volumes.values()].sort((a, b) => compareIds(a.name, b.name));
  }

  /** Names of the volumes with at least one page owned by `memberId`, sorted. */
  volumesOwnedBy(memberId: string): string[] {
    return this.volumeList().filter((v) => v.pageMap.hasOwner(memberId)).map((v) => v.name);
  }

  private applyConfChange(cc: ConfChange): Effect[] {
    const known = this.members.get(cc.nodeId);
    switch (cc.type) {
      case ConfChangeType.AddNode:
      case ConfChangeType.AddLearnerNode: {
        // Bootstrap entries carry no context; addresses then come from the start-up flags.
        const info = cc.context.length > 0 ? decodeMemberInfo(cc.context) : null;
        this.members.set(cc.nodeId, {
          id: cc.nodeId,
          clientUrl: info?.clientUrl || known?.clientUrl || '',
          peerAddress: info?.peerAddress || known?.peerAddress || '',
          learner: cc.type === ConfChangeType.AddLearnerNode,
        });
        break;
      }
      case ConfChangeType.RemoveNode:
        this.members.delete(cc.nodeId);
        this.loads.delete(cc.nodeId);
        this.recentMoves.forgetMember(cc.nodeId);
        this.removedIds.add(cc.nodeId);
        break;
    }
    return [{ kind: 'membership-changed', change: cc }];
  }

  /** Records a member's announced addresses; unknown (e.g. removed) members are ignored. */
  private updateMember(info: MemberInfo): void {
    const m = this.members.get(info.id);
    if (!m) return;
    if (info.clientUrl) m.clientUrl = info.clientUrl;
    if (info.peerAddress) m.peerAddress = info.peerAddress;
  }

  /** Fills in addresses the log does not carry (bootstrap members), without overriding it. */
  learnAddresses(infos: readonly MemberInfo[]): void {
    for (const info of infos) {
      const m = this.members.get(info.id);
      if (!m) continue;
      if (!m.clientUrl) m.clientUrl = info.clientUrl;
      if (!m.peerAddress) m.peerAddress = info.peerAddress;
    }
  }

  /** Members sorted by id. */
  memberList(): MemberRecord[] {
    return [...this.members.values()].sort((a, b) => compareIds(a.id, b.id));
  }
}
