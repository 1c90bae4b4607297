/**
 * The sending half of an established peer connection: the bounded frame queue and
 * at most one snapshot going out in chunks, written with one corked write per
 * flush and counted once the kernel has them.
 *
 * Fairness between the two: each flush writes the queued frames first, then at
 * most one chunk, and the next chunk only once the kernel has taken the previous
 * one and the event loop has turned. So a heartbeat or an append queued while a
 * large snapshot is going out waits behind at most one chunk (SNAPSHOT_CHUNK_BYTES)
 * in our socket buffer, never behind the whole snapshot.
 */
import type { Socket } from 'node:net';
import type { NodeId } from '../raft/types.js';
import { SOCKET_BUFFER_BYTES_MAX } from './constants.js';
import { type OutboundFrame, SendQueue } from './send-queue.js';
import type { ChunkFrame, OutgoingSnapshot } from './snapshot-sender.js';
import { type TrafficCounters, countFrameSent, publishSnapshotChunk } from './stats.js';
import type { TransportStats } from './transport.js';

/** Where a writer counts what it sends. */
export interface WriterContext {
  selfId: NodeId;
  peerId: NodeId;
  stats: TransportStats;
  /** The connection's own traffic counters. */
  traffic: TrafficCounters;
}

/** See the module comment. */
export class PeerWriter {
  private readonly queue = new SendQueue();
  /** The snapshot being sent in chunks, until it settles. */
  private outgoing: OutgoingSnapshot | null = null;
  private flushScheduled = false;
  private awaitingDrain = false;
  private stopped = false;
  /** Messages in frames whose write failed; reported as lost when the writer stops. */
  private lostMessages = 0;

  constructor(
    private readonly socket: Socket,
    private readonly context: WriterContext,
  ) {}

  /** Frames admitted and not yet flushed to the kernel. */
  get queuedFrames(): number {
    return this.queue.frames;
  }

  /** Bytes of those frames. */
  get queuedBytes(): number {
    return this.queue.bytes;
  }

  /** Data bytes of the snapshot being sent in chunks that are not yet in the socket. */
  get snapshotBytesQueued(): number {
    return this.outgoing?.bytesQueued ?? 0;
  }

  /** Queues a frame; false when stopped or the queue is full (the frame is not kept). */
  send(frame: OutboundFrame): boolean {
    if (this.stopped || !this.queue.admit(frame)) return false;
    this.scheduleFlush();
    return true;
  }

  /** Starts sending `snapshot` in chunks; false (nothing kept) when stopped or another snapshot is still going out. */
  sendSnapshot(snapshot: OutgoingSnapshot): boolean {
    if (this.stopped || this.outgoing !== null) return false;
    this.outgoing = snapshot;
    this.scheduleFlush();
    return true;
  }

  /** The socket drained below its high-water mark. */
  onDrain(): void {
    this.awaitingDrain = false;
    this.flush();
  }

  /** Nothing more is written or admitted (the connection is closing); stop() follows once the socket is gone. */
  halt(): void {
    this.stopped = true;
  }

  /**
   * The socket is gone: everything unsettled fails (an outgoing snapshot is
   * reported failed). Returns how many Raft messages were lost. Idempotent.
   */
  stop(): number {
    this.stopped = true;
    const lostSnapshot = this.outgoing?.abandon() === true ? 1 : 0;
    this.outgoing = null;
    const lost = this.queue.clear() + this.lostMessages + lostSnapshot;
    this.lostMessages = 0;
    return lost;
  }

  private scheduleFlush(): void {
    if (this.flushScheduled || this.awaitingDrain || this.stopped) return;
    this.flushScheduled = true;
    // Everything queued in this turn of the event loop — one Ready's messages, and the
    // page requests and answers of every client request read in the same poll — goes
    // out in one write: on loopback a write that wakes the reader costs far more than
    // the bytes, so under load fewer, larger writes carry more requests per CPU second.
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.flushScheduled = false;
    if (this.stopped) return;
    this.socket.cork();
    while (this.queue.hasPending && this.socket.writableLength < SOCKET_BUFFER_BYTES_MAX) {
      const frame = this.queue.takeNext()!;
      this.socket.write(frame.header);
      this.socket.write(frame.payload, (error) => this.onWritten(frame, error));
    }
    const snapshot = this.outgoing;
    const chunk = snapshot !== null && this.socket.writableLength < SOCKET_BUFFER_BYTES_MAX ? snapshot.takeChunk() : null;
    if (chunk !== null) {
      this.socket.write(chunk.head);
      this.socket.write(chunk.data, (error) => this.onChunkWritten(snapshot!, chunk, error));
    }
    this.socket.uncork();
    // Past the high-water mark, write() returned false, so 'drain' will come.
    if (this.queue.hasPending || snapshot?.wantsToWrite === true) this.awaitingDrain = true;
  }

  private onWritten(frame: OutboundFrame, error: Error | null | undefined): void {
    if (error) this.lostMessages += frame.messageCount;
    else countFrameSent(this.context.stats, this.context.traffic, frame.sizeBytes, frame.messageCount);
    this.queue.settle(frame, !error);
  }

  private onChunkWritten(snapshot: OutgoingSnapshot, chunk: ChunkFrame, error: Error | null | undefined): void {
    const { stats, traffic, selfId, peerId } = this.context;
    if (!error) {
      // The snapshot counts as one message, sent with its last chunk.
      countFrameSent(stats, traffic, chunk.sizeBytes, chunk.last ? 1 : 0);
      stats.snapshotChunksSent += 1;
      publishSnapshotChunk(selfId, peerId, 'sent', snapshot.snapshotId, chunk.chunkIndex, snapshot.chunkCount);
    }
    // Settles the snapshot after its last chunk, or on an error (stop() may have settled it already).
    snapshot.chunkWritten(!error);
    if (snapshot.settled && this.outgoing === snapshot) {
      this.outgoing = null;
      if (error) this.lostMessages += 1;
    }
    // The next chunk on the next turn of the event loop: timers (the driver's ticks,
    // so heartbeats) and reads run between chunks even when the kernel never pushes back.
    if (this.outgoing !== null) setImmediate(() => this.scheduleFlush());
  }
}
