/**
 * One connection's receiving side of chunked snapshots: the pure SnapshotReassembler
 * plus what it leaves to the edge — the clock, the timer that drops a partial
 * snapshot whose peer went silent (SNAPSHOT_CHUNK_TIMEOUT_MS), counters, events and
 * the log line for an abandoned snapshot.
 */
import type { Message, NodeId } from '../raft/types.js';
import type { SnapshotChunk } from './envelope.js';
import type { TransportLogger } from './options.js';
import { SnapshotReassembler } from './snapshot-reassembler.js';
import { publishSnapshotChunk } from './stats.js';
import type { TransportStats } from './transport.js';

/** What the inbox needs from its connection's owner. */
export interface InboxContext {
  selfId: NodeId;
  stats: TransportStats;
  logger: TransportLogger;
}

/** See the module comment. */
export class SnapshotInbox {
  private readonly reassembler: SnapshotReassembler;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly peerId: NodeId,
    private readonly context: InboxContext,
  ) {
    this.reassembler = new SnapshotReassembler(peerId, context.selfId, { onAbandoned: (id, why) => this.onAbandoned(id, why) });
  }

  /**
   * Takes the peer's next chunk: the whole MsgSnap once this was its last chunk, else null.
   * @throws TransportError when the chunk is inconsistent (see SnapshotReassembler.accept).
   */
  accept(chunk: SnapshotChunk): Message | null {
    const snapshot = this.reassembler.accept(chunk, Date.now());
    this.context.stats.snapshotChunksReceived += 1;
    publishSnapshotChunk(this.context.selfId, this.peerId, 'received', chunk.snapshotId, chunk.chunkIndex, chunk.chunkCount);
    if (snapshot === null) this.armTimer();
    else this.context.stats.messagesReceived += 1;
    return snapshot;
  }

  /** The connection ended: drops any partial snapshot and stops the timer. */
  close(): void {
    this.closed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.reassembler.abandon('the connection closed');
  }

  /** Keeps one timer running while a partial snapshot is held; a chunk only moves the deadline. */
  private armTimer(): void {
    const deadlineMs = this.reassembler.deadlineMs;
    if (deadlineMs === null || this.timer !== null || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.reassembler.expire(Date.now())) this.armTimer();
    }, Math.max(1, deadlineMs - Date.now()));
  }

  private onAbandoned(snapshotId: number, why: string): void {
    this.context.stats.snapshotsAbandoned += 1;
    this.context.logger.warn({ peer: this.peerId, snapshotId, reason: why }, 'partial snapshot from peer abandoned');
  }
}
