/**
 * The contract between the Raft driver and whatever carries its messages: the TCP
 * transport in production, an in-process hub in unit tests, the simulator's network
 * in simulation. Delivery is best effort by design — Raft retransmits — so the
 * contract is about never blocking, never growing without bound, and telling the
 * driver when a peer could not be reached.
 */
import type { Message, NodeId } from '../raft/types.js';
import type { FrameErrorCode, HandshakeErrorCode } from './errors.js';

/** What the transport knows about one peer's link. */
export interface PeerState {
  /** An authenticated connection is established. */
  connected: boolean;
  /** Frames accepted by send() and not yet flushed to the kernel. */
  queuedFrames: number;
  /** Bytes of those frames, headers included. */
  queuedBytes: number;
}

/** Carries Raft messages between the members of one group. */
export interface Transport {
  /** Starts listening for peers and connecting to them. */
  start(): Promise<void>;
  /**
   * Queues messages for their `to` members. Never blocks and never throws for a
   * peer that is down: a message that cannot be queued is dropped, counted, and
   * reported through onUnreachable (and onSnapshotStatus for MsgSnap).
   */
  send(messages: Message[]): void;
  /** Registers a receiver of messages from authenticated peers, addressed to this member. */
  onMessage(handler: (m: Message) => void): void;
  /**
   * Registers a receiver of "peer could not be reached" reports (the driver calls
   * rawNode.reportUnreachable). Called asynchronously, never from inside send().
   */
  onUnreachable(handler: (peer: NodeId) => void): void;
  /**
   * Registers a receiver of snapshot outcomes: true once a MsgSnap was flushed to
   * the peer's connection (all of it: a large one travels in chunks), false when it
   * was dropped or refused or its connection failed first. Called asynchronously,
   * never from inside send().
   */
  onSnapshotStatus(handler: (peer: NodeId, delivered: boolean) => void): void;
  /** Replaces the set of peers and their `host:port` addresses (membership changes); this member's own id is ignored. */
  setPeers(peers: Map<NodeId, string>): void;
  /** The state of every peer's link, by peer id. */
  peerStates(): Map<NodeId, PeerState>;
  /** Stops listening, closes every connection and timer; resolves when all are gone. */
  close(): Promise<void>;
}

/** Why messages were dropped instead of sent. */
export interface DropCounts {
  /** The peer's send queue was full (by frames or bytes). */
  queueFull: number;
  /** No authenticated connection to the peer existed. */
  noConnection: number;
  /** The peer is not in the membership given to setPeers. */
  unknownPeer: number;
  /** The message alone would exceed MAX_FRAME_BYTES (for a snapshot: its header exceeds SNAPSHOT_HEADER_BYTES_MAX). */
  frameTooLarge: number;
  /** A MsgSnap whose data exceeds SNAPSHOT_BYTES_MAX. */
  snapshotTooLarge: number;
  /** A MsgSnap refused because another snapshot to the same peer was still being sent in chunks. */
  snapshotBusy: number;
  /** Queued, then the connection failed before the frame was flushed. */
  connectionLost: number;
}

/**
 * Counters since the transport was created: plain numbers that the server exports
 * as Prometheus metrics. Nothing here is reset.
 */
export interface TransportStats {
  framesSent: number;
  bytesSent: number;
  framesReceived: number;
  bytesReceived: number;
  messagesSent: number;
  messagesReceived: number;
  /** Messages dropped, by reason. */
  messagesDropped: DropCounts;
  connectionsEstablished: number;
  /** Established connections that ended (for any reason, including close()). */
  connectionsLost: number;
  /** Outbound connection attempts that never reached the peer's socket (refused, unreachable host). */
  dialFailures: number;
  /** Inbound connections closed at accept because PENDING_HANDSHAKES_MAX were in progress. */
  connectionsRejected: number;
  /** Handshakes that did not complete, by code (both directions). */
  handshakeFailures: Record<HandshakeErrorCode, number>;
  /** Connections cut for a bad frame, by code. */
  frameErrors: Record<FrameErrorCode, number>;
  /** Established connections cut because the peer broke the protocol. */
  protocolViolations: number;
  /** SnapshotChunk frames flushed to the kernel. */
  snapshotChunksSent: number;
  /** SnapshotChunk frames received and accepted. */
  snapshotChunksReceived: number;
  /** Partial snapshots dropped before their last chunk (timeout, a newer snapshot, a cut connection, a violation). */
  snapshotsAbandoned: number;
}
