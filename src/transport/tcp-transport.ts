/**
 * The Transport over TCP. Each pair of members shares exactly one connection: the
 * member whose id sorts first dials, the other accepts (a rule both compute alike,
 * so no duplicate links and no tie-breaking), and messages in both directions use
 * it. Every connection is authenticated (./handshake.ts) before any Raft message is
 * accepted on it. A MsgSnap too large for one frame goes out in chunks beside the
 * other traffic (./peer-writer.ts), at most one per peer at a time. Page requests
 * (the data path's forwarded reads and writes) share the same connection and send
 * queue; see ./page-requester.ts and ./page-server.ts.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { LOCAL_MESSAGE_TYPES, type Message, MessageType, type NodeId } from '../raft/types.js';
import { reconnectDelayMs } from './backoff.js';
import { HANDSHAKE_TIMEOUT_MS, NONCE_BYTES, PAGE_REQUEST_TIMEOUT_MS, PENDING_HANDSHAKES_MAX } from './constants.js';
import { TransportError } from './errors.js';
import { AcceptorHandshake, DialerHandshake, type HandshakeParams, NonceCache } from './handshake.js';
import { planFrames } from './outbound.js';
import { TransportListeners } from './listeners.js';
import { LogLimit } from './log-limit.js';
import { SILENT_LOGGER, type TcpTransportOptions, parseAddress, validateOptions } from './options.js';
import { pageRequestProblem, timeoutProblem } from './page-codec.js';
import { refusePageRequest } from './page-requester.js';
import { type ConnectionContext, PeerConnection } from './peer-connection.js';
import { type PeerLink, clearRetry, foldClosed, linkState, newLink, stopLink } from './peer-link.js';
import { type TcpPeerState, connectionChannel, copyStats, createStats, dropChannel } from './stats.js';
import type { DropCounts, PageRequest, PageRequestHandler, PageRequestOptions, Transport, TransportStats } from './transport.js';

/** The TCP transport; see the module comment. */
export class TcpTransport extends TransportListeners implements Transport {
  private readonly options: Required<Omit<TcpTransportOptions, 'peers'>>;
  private readonly links = new Map<NodeId, PeerLink>();
  private readonly connections = new Set<PeerConnection>();
  private readonly pendingInbound = new Set<PeerConnection>();
  private readonly seenNonces = new NonceCache();
  private readonly counters: TransportStats = createStats();
  private readonly context: ConnectionContext;
  private server: net.Server | null = null;
  private started = false;
  private closing: Promise<void> | null = null;
  private readonly refusalLog = new LogLimit();
  /** Numbers the chunked snapshots this member sends (unique per send; 2^53 will not be reached). */
  private nextSnapshotId = 1;
  private pageHandler: PageRequestHandler | null = null;

  constructor(options: TcpTransportOptions) {
    super();
    validateOptions(options);
    this.options = { logger: SILENT_LOGGER, handshakeTimeoutMs: HANDSHAKE_TIMEOUT_MS, ...options };
    this.context = {
      selfId: options.id,
      handshakeTimeoutMs: this.options.handshakeTimeoutMs,
      stats: this.counters,
      logger: this.options.logger,
      pageRequestHandler: () => this.pageHandler,
      events: {
        onEstablished: (c) => this.onEstablished(c),
        onMessage: (m) => this.deliver(m),
        onClosed: (c, reason, lost) => this.onClosed(c, reason, lost),
      },
    };
    this.setPeers(options.peers);
  }

  /** The port the transport listens on (after start()). */
  port(): number {
    const address = this.server?.address();
    assert.ok(address !== null && typeof address === 'object', 'TcpTransport.port read before start()');
    return address.port;
  }

  /** Listens on listenHost:listenPort, then dials the peers this member dials. Rejects if it cannot listen. */
  async start(): Promise<void> {
    assert.ok(!this.started && this.server === null && this.closing === null, 'TcpTransport.start called twice or after close');
    const server = net.createServer((socket) => this.onInbound(socket));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.listenPort, this.options.listenHost, () => {
        server.off('error', reject);
        resolve();
      });
    });
    server.on('error', (error) => this.options.logger.warn({ err: error }, 'peer listener error'));
    this.started = true;
    for (const link of this.links.values()) this.dial(link);
  }

  /** Queues messages (from this member) per peer; see Transport.send. Asserts on local message types. */
  send(messages: Message[]): void {
    const byPeer = new Map<NodeId, Message[]>();
    for (const m of messages) {
      assert.ok(!LOCAL_MESSAGE_TYPES.has(m.type), `local message type ${m.type} handed to the transport`);
      assert.ok(m.to !== this.options.id, 'a message to this member handed to the transport');
      // The receiver cuts a connection whose messages claim another sender.
      assert.ok(m.from === this.options.id, `a message from "${m.from}" handed to ${this.options.id}'s transport`);
      const list = byPeer.get(m.to);
      if (list === undefined) byPeer.set(m.to, [m]);
      else list.push(m);
    }
    for (const [peer, list] of byPeer) this.sendTo(peer, list);
  }

  /**
   * Sends a page request to `peer` on its established connection; see
   * Transport.requestPage. Nothing waits for a dial: without a connection it fails
   * at once with TRANSPORT_PEER_UNAVAILABLE.
   */
  requestPage(peer: NodeId, request: PageRequest, options?: PageRequestOptions): Promise<Uint8Array> {
    if (this.closing !== null) return refusePageRequest(this.counters, 'TRANSPORT_CLOSED', 'the transport is closing');
    const timeoutMs = options?.timeoutMs ?? PAGE_REQUEST_TIMEOUT_MS;
    const problem = pageRequestProblem(request) ?? timeoutProblem(timeoutMs);
    if (problem !== null) return refusePageRequest(this.counters, 'TRANSPORT_BAD_REQUEST', problem);
    const connection = this.links.get(peer)?.connection;
    if (!connection?.established) {
      const why = this.links.has(peer) ? `no connection to ${peer} is up` : `${peer} is not a peer of ${this.options.id}`;
      return refusePageRequest(this.counters, 'TRANSPORT_PEER_UNAVAILABLE', why);
    }
    return connection.requestPage(request, timeoutMs);
  }

  /** Registers the answerer of page requests from peers; a later call replaces it. */
  onPageRequest(handler: PageRequestHandler): void {
    this.pageHandler = handler;
  }

  /** Opens links to new peers, closes removed ones, and redials a peer whose address changed. */
  setPeers(peers: Map<NodeId, string>): void {
    const next = new Map(peers);
    next.delete(this.options.id);
    for (const link of [...this.links.values()]) {
      if (next.has(link.id)) continue;
      this.links.delete(link.id);
      stopLink(link, 'the peer left the membership');
    }
    for (const [id, address] of next) {
      const link = this.links.get(id);
      if (link === undefined) {
        const created = newLink(id, address);
        this.links.set(id, created);
        this.dial(created);
      } else if (link.address !== address) {
        link.address = address;
        // Only the dialer uses the address; an accepted connection stays valid.
        if (!this.dialsTo(id)) continue;
        link.attempt = 0;
        stopLink(link, `the peer's address changed to ${address}`);
        this.dial(link);
      }
    }
  }

  /** Every peer's link state, with per-peer traffic counters for metrics. */
  peerStates(): Map<NodeId, TcpPeerState> {
    return new Map([...this.links].map(([id, link]) => [id, linkState(link)]));
  }

  /** A copy of the counters (see TransportStats). */
  stats(): TransportStats {
    return copyStats(this.counters);
  }

  /** Stops reporting, closes the listener, every connection and timer; idempotent. */
  close(): Promise<void> {
    this.stopReports();
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    for (const link of this.links.values()) clearRetry(link);
    const closed = [...this.connections].map((c) => c.closed);
    for (const c of this.connections) c.close(new TransportError('TRANSPORT_CLOSED', 'the transport is closing'));
    const server = this.server;
    if (server !== null) await new Promise<void>((resolve) => server.close(() => resolve()));
    await Promise.all(closed);
  }

  private sendTo(peer: NodeId, messages: Message[]): void {
    const link = this.links.get(peer);
    const connection = link?.connection;
    if (link === undefined) return this.drop(peer, messages, 'unknownPeer');
    if (!connection?.established) return this.drop(peer, messages, 'noConnection');
    const { frames, snapshots, refused } = planFrames(messages, () => this.nextSnapshotId++);
    for (const { message, reason } of refused) this.drop(peer, [message], reason);
    for (const { frame, snapshot } of frames) {
      if (snapshot) frame.onSettled = (delivered) => this.notifySnapshot(peer, delivered);
      if (!connection.send(frame)) {
        this.dropCount(peer, frame.messageCount, 'queueFull');
        if (snapshot) this.notifySnapshot(peer, false);
      }
    }
    for (const snapshot of snapshots) {
      snapshot.onSettled = (delivered) => this.notifySnapshot(peer, delivered);
      // One chunked snapshot in flight per peer: the one already on its way finishes,
      // and this one is refused (reported failed; the core sends another later).
      if (connection.sendSnapshot(snapshot)) continue;
      this.dropCount(peer, 1, 'snapshotBusy');
      snapshot.abandon();
    }
  }

  /** Drops messages that never reached a queue: counted, published, reported to the core. */
  private drop(peer: NodeId, messages: Message[], reason: keyof DropCounts): void {
    this.dropCount(peer, messages.length, reason);
    for (const m of messages) if (m.type === MessageType.Snap) this.notifySnapshot(peer, false);
  }

  private dropCount(peer: NodeId, messages: number, reason: keyof DropCounts): void {
    this.counters.messagesDropped[reason] += messages;
    const link = this.links.get(peer);
    if (link !== undefined) link.messagesDropped += messages;
    if (dropChannel.hasSubscribers) dropChannel.publish({ id: this.options.id, peer, reason, messages });
    this.notifyUnreachable(peer);
  }

  private dialsTo(peer: NodeId): boolean {
    return this.options.id < peer;
  }

  private dial(link: PeerLink): void {
    if (!this.started || this.closing !== null || !this.dialsTo(link.id)) return;
    if (link.connection !== null || link.dialing !== null || link.retryTimer !== null) return;
    let target: { host: string; port: number };
    try {
      target = parseAddress(link.address);
    } catch (error) {
      this.options.logger.warn({ peer: link.id, err: error }, 'not dialing a peer with a malformed address');
      return;
    }
    const handshake = new DialerHandshake(this.handshakeParams(), link.id);
    const connection = new PeerConnection(net.connect(target), handshake, this.context, link.id);
    link.dialing = connection;
    this.connections.add(connection);
  }

  private onInbound(socket: net.Socket): void {
    if (this.closing !== null || this.pendingInbound.size >= PENDING_HANDSHAKES_MAX) {
      this.counters.connectionsRejected += 1;
      socket.destroy();
      return;
    }
    // Only a known member whose id sorts first may dial us (see the module comment).
    const mayDial = (memberId: NodeId): boolean => this.links.has(memberId) && memberId < this.options.id;
    const handshake = new AcceptorHandshake(this.handshakeParams(), mayDial, this.seenNonces);
    const connection = new PeerConnection(socket, handshake, this.context, null);
    this.pendingInbound.add(connection);
    this.connections.add(connection);
  }

  private handshakeParams(): HandshakeParams {
    const { groupId, id, secret } = this.options;
    return { groupId, selfId: id, secret, nonce: randomBytes(NONCE_BYTES) };
  }

  private onEstablished(connection: PeerConnection): void {
    this.pendingInbound.delete(connection);
    const peer = connection.peerId!;
    const link = this.links.get(peer);
    if (link?.dialing === connection) link.dialing = null;
    if (link === undefined || this.closing !== null) {
      connection.close(new TransportError('TRANSPORT_PEER_REMOVED', `${peer} is no longer a member`));
      return;
    }
    // The peer proved itself again: the older connection is dead or about to be.
    link.connection?.close(new TransportError('TRANSPORT_CONNECTION_REPLACED', `${peer} connected again`));
    link.connection = connection;
    link.attempt = 0;
    this.options.logger.info({ peer, remote: connection.remoteAddress }, 'peer connected');
    if (connectionChannel.hasSubscribers) connectionChannel.publish({ id: this.options.id, peer, state: 'connected', code: null });
  }

  private onClosed(connection: PeerConnection, reason: TransportError, lostMessages: number): void {
    this.connections.delete(connection);
    this.pendingInbound.delete(connection);
    const peer = connection.peerId;
    const link = peer === null ? undefined : this.links.get(peer);
    if (lostMessages > 0) this.counters.messagesDropped.connectionLost += lostMessages;
    if (link !== undefined) foldClosed(link, connection, lostMessages);
    if (this.closing !== null) return;
    if (link !== undefined && link.connection === connection) {
      link.connection = null;
      this.options.logger.info({ peer, code: reason.code, reason: reason.message }, 'peer disconnected');
      if (connectionChannel.hasSubscribers) connectionChannel.publish({ id: this.options.id, peer, state: 'disconnected', code: reason.code });
      this.notifyUnreachable(link.id);
      this.scheduleDial(link);
    } else if (link !== undefined && link.dialing === connection) {
      link.dialing = null;
      this.onDialFailed(link, connection, reason);
    } else if (reason.code !== 'TRANSPORT_CONNECTION_REPLACED' && reason.code !== 'TRANSPORT_PEER_REMOVED') {
      this.logRefusal(connection, reason);
    }
  }

  /** Logs an inbound connection that was cut, at most once per code per REFUSAL_LOG_INTERVAL_MS. */
  private logRefusal(connection: PeerConnection, reason: TransportError): void {
    const suppressed = this.refusalLog.admit(reason.code, Date.now());
    if (suppressed === null) return;
    const fields = { peer: connection.peerId, remote: connection.remoteAddress, code: reason.code, reason: reason.message, suppressed };
    this.options.logger.warn(fields, 'peer connection refused');
  }

  private onDialFailed(link: PeerLink, connection: PeerConnection, reason: TransportError): void {
    if (!connection.connected) this.counters.dialFailures += 1;
    // Log the first failure of a series; the counters tell the rest without flooding the log.
    if (link.attempt === 0) {
      this.options.logger.warn({ peer: link.id, address: link.address, code: reason.code, reason: reason.message }, 'cannot connect to peer');
    }
    if (reason.code !== 'TRANSPORT_PEER_REMOVED') link.attempt += 1;
    this.scheduleDial(link);
  }

  private scheduleDial(link: PeerLink): void {
    if (this.closing !== null || !this.dialsTo(link.id) || link.retryTimer !== null || this.links.get(link.id) !== link) return;
    link.retryTimer = setTimeout(() => {
      link.retryTimer = null;
      this.dial(link);
    }, reconnectDelayMs(link.attempt, Math.random()));
  }
}
