/**
 * What the transport tells a sender about its messages, as etcd's transport does:
 * whether a snapshot arrived (`reportSnapshot`) and that a peer could not be
 * reached (`reportUnreachable`). Reports reach the sender a step later, and only
 * the incarnation that sent the message.
 */
import type { Message, NodeId } from '../../src/raft/index.js';
import type { Member } from './member.js';
import { isRaftError } from './violation.js';

/** One report for the sender of a message. */
interface TransportReport {
  id: NodeId;
  incarnation: number;
  to: NodeId;
  kind: 'snapshot' | 'unreachable';
  delivered: boolean;
}

/** Reports waiting for their sender's next step. */
export class TransportReports {
  private pending: TransportReport[] = [];

  /** Queues a report about `m` for its sender's incarnation `incarnation`. */
  add(m: Message, incarnation: number, kind: TransportReport['kind'], delivered: boolean): void {
    this.pending.push({ id: m.from, incarnation, to: m.to, kind, delivered });
  }

  /**
   * Hands every pending report to its sender's core. Reports for a crashed or
   * restarted sender are stale and dropped; a stalled sender gets them on resume.
   */
  deliver(member: (id: NodeId) => Member | undefined, active: (m: Member) => boolean): void {
    const reports = this.pending;
    this.pending = [];
    for (const r of reports) {
      const m = member(r.id);
      if (m === undefined || !m.running || m.incarnation !== r.incarnation) continue;
      if (!active(m)) {
        this.pending.push(r);
        continue;
      }
      try {
        if (r.kind === 'snapshot') m.core('reportSnapshot', () => m.node!.reportSnapshot(r.to, r.delivered));
        else m.core('reportUnreachable', () => m.node!.reportUnreachable(r.to));
      } catch (err) {
        // A report about a peer the core no longer tracks may be refused; that is fine.
        if (!isRaftError(err)) throw err;
      }
    }
  }
}
