/**
 * The handler registry both transports share, and the rule that reports to the
 * driver are asynchronous: onUnreachable and onSnapshotStatus handlers run on a
 * microtask, never inside send(), so the driver is not re-entered while it is
 * carrying out a Ready.
 */
import type { Message, NodeId } from '../raft/types.js';

/** Handler lists and report scheduling; see the module comment. */
export class TransportListeners {
  private readonly messageHandlers: ((m: Message) => void)[] = [];
  private readonly unreachableHandlers: ((peer: NodeId) => void)[] = [];
  private readonly snapshotHandlers: ((peer: NodeId, delivered: boolean) => void)[] = [];
  /** Peers to report unreachable on the next microtask; a Set so each is reported once per batch. */
  private readonly unreachable = new Set<NodeId>();
  private reportsStopped = false;

  /** Registers a receiver of messages from peers. */
  onMessage(handler: (m: Message) => void): void {
    this.messageHandlers.push(handler);
  }

  /** Registers a receiver of "peer could not be reached" reports. */
  onUnreachable(handler: (peer: NodeId) => void): void {
    this.unreachableHandlers.push(handler);
  }

  /** Registers a receiver of snapshot outcomes. */
  onSnapshotStatus(handler: (peer: NodeId, delivered: boolean) => void): void {
    this.snapshotHandlers.push(handler);
  }

  /** Hands a received message to every message handler, synchronously. */
  protected deliver(m: Message): void {
    if (this.reportsStopped) return;
    for (const handler of this.messageHandlers) handler(m);
  }

  /** Reports `peer` unreachable on the next microtask (once, however often it is called before). */
  protected notifyUnreachable(peer: NodeId): void {
    if (this.reportsStopped) return;
    if (this.unreachable.size === 0) queueMicrotask(() => this.flushUnreachable());
    this.unreachable.add(peer);
  }

  /** Reports a snapshot's outcome on the next microtask. */
  protected notifySnapshot(peer: NodeId, delivered: boolean): void {
    if (this.reportsStopped) return;
    queueMicrotask(() => {
      if (this.reportsStopped) return;
      for (const handler of this.snapshotHandlers) handler(peer, delivered);
    });
  }

  /** After close(): nothing more reaches the driver. */
  protected stopReports(): void {
    this.reportsStopped = true;
    this.unreachable.clear();
  }

  private flushUnreachable(): void {
    const peers = [...this.unreachable];
    this.unreachable.clear();
    if (this.reportsStopped) return;
    for (const peer of peers) for (const handler of this.unreachableHandlers) handler(peer);
  }
}
