/**
 * The contract between the Raft driver and whatever carries its messages: the TCP
 * transport in production, an in-process hub in unit tests, the simulator's network
 * in simulation. Delivery is best effort by design — Raft retransmits — so the
 * contract is about never blocking, never growing without bound, and telling the
 * driver when a peer could not be reached.
 */
import type { Message, NodeId } from '../raft/types.js';
import type { FrameErrorCode, HandshakeErrorCode, PageRequestErrorCode } from './errors.js';

/** What the transport knows about one peer's link. */
export interface PeerState {
  /** An authenticated connection is established. */
  connected: boolean;
  /** Frames accepted by send() and not yet flushed to the kernel. */
  queuedFrames: number;
  /** Bytes of those frames, headers included. */
  queuedBytes: number;
}

/**
 * A read or write of bytes of one page, sent to the page's owner. Fields are
 * validated before anything is sent (a request out of bounds fails with
 * TRANSPORT_BAD_REQUEST), and again by the owner, which treats them as untrusted.
 */
export interface PageRequest {
  /** A safe non-negative integer. */
  volumeId: number;
  /** A safe non-negative integer. */
  page: number;
  /** Where in the page the bytes start; a uint32. The owner checks it against its page size. */
  offsetInPage: number;
  /** Bytes to read, or for a write the length of `data`; at most PAGE_DATA_BYTES_MAX. */
  length: number;
  write: boolean;
  /** A write's bytes (copied when sent); empty for a read. */
  data: Uint8Array;
  /**
   * The requester's applied Raft index when it routed the request: the owner waits
   * (bounded) until it has applied at least this much before answering, so that a
   * volume just created is known to it.
   */
  minAppliedIndex: number;
}

/**
 * The answering side of page requests from peer `from`. Resolve with the read bytes
 * — exactly `request.length` of them, which is asserted — or, for a write, with an
 * empty array (anything else is ignored). The resolved bytes are copied into the
 * answer at once. To answer an error, throw (or reject with) an error that has a
 * string `code` (and a message); an error without one is answered as `internal`.
 * A write's `request.data` is the handler's own copy.
 */
export type PageRequestHandler = (from: NodeId, request: PageRequest) => Promise<Uint8Array>;

/** Options of one page request. */
export interface PageRequestOptions {
  /** How long to wait for the answer: defaults to PAGE_REQUEST_TIMEOUT_MS, at most PAGE_REQUEST_TIMEOUT_MAX_MS. */
  timeoutMs?: number;
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
  /**
   * Sends a page request to `peer` over the connection Raft uses and resolves with
   * its answer's data (a read's bytes; empty for a write). Never hangs and never
   * throws: it rejects with a PeerRequestError — at once when the peer is not
   * connected (TRANSPORT_PEER_UNAVAILABLE) or the connection's in-flight bounds are
   * reached (TRANSPORT_PEER_BUSY); else on the owner's error answer (`remote`),
   * TRANSPORT_REQUEST_TIMEOUT, TRANSPORT_CONNECTION_LOST or TRANSPORT_CLOSED.
   */
  requestPage(peer: NodeId, request: PageRequest, options?: PageRequestOptions): Promise<Uint8Array>;
  /** Registers the answerer of page requests from peers; a later call replaces it. */
  onPageRequest(handler: PageRequestHandler): void;
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
  /** Page requests this member sent (handed to a connection's send queue). */
  pageRequestsSent: number;
  /** Of those, answered with data (success). */
  pageRequestsSucceeded: number;
  /** Page requests that failed on this side, by code (refused before sending, or failed while outstanding). */
  pageRequestErrors: Record<PageRequestErrorCode, number>;
  /** Page requests the owner answered with an error (its codes are not counted by name: a peer chooses them). */
  pageRequestsRemoteErrors: number;
  /** Answers matching no outstanding request (most often one that timed out), ignored. */
  pageResponsesIgnored: number;
  /** Page requests from peers answered, with data or an error. */
  pageRequestsServed: number;
  /** Of those, answered with an error: over the serving bounds, malformed, no handler, or the handler's error. */
  pageRequestsServedWithError: number;
  /** Answers not sent: the connection to the requester had ended, or its send queue was full. */
  pageAnswersDropped: number;
}
