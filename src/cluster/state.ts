import { type ConfChange, ConfChangeType, type Entry, EntryType, decodeConfChange } from '../raft/index.js';
import { type Command, decodeCommand, decodeMemberInfo, type MemberInfo } from './codec.js';

/** A member as the replicated state knows it. */
export interface MemberRecord extends MemberInfo {
  learner: boolean;
}

/** What applying an entry asks the driver to do, as data (the apply itself does no IO). */
export type Effect =
  | { kind: 'membership-changed'; change: ConfChange }
  | { kind: 'command-applied'; requestId: string; index: number; command: Command };

/**
 * The replicated cluster state: membership with addresses (for now; volumes, the
 * page map and load snapshots join it later). Applying is deterministic: the same
 * entries in the same order give the same state on every member.
 */
export class ClusterState {
  appliedIndex = 0;
  readonly members = new Map<string, MemberRecord>();
  readonly removedIds = new Set<string>();

  /**
   * Applies one committed entry. The caller has already handed a ConfChange entry
   * to the Raft core (`applyConfChange`); here it updates the address book.
   */
  apply(entry: Entry): Effect[] {
    if (entry.index <= this.appliedIndex) {
      throw new Error(`cluster state: entry ${entry.index} applied twice (applied ${this.appliedIndex})`);
    }
    this.appliedIndex = entry.index;
    if (entry.type === EntryType.ConfChange) return this.applyConfChange(decodeConfChange(entry.data));
    if (entry.data.length === 0) return []; // a leader's empty entry
    const command = decodeCommand(entry.data);
    if (command.updateMember) this.updateMember(command.updateMember);
    return [{ kind: 'command-applied', requestId: command.requestId, index: entry.index, command }];
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
    return [...this.members.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
