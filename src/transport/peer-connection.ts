/**
 * One TCP connection to a peer: framing, the handshake, then Raft traffic in both
 * directions — sent through a PeerWriter (a bounded, coalescing send queue, and
 * large snapshots in chunks beside it), received frame by frame, with chunked
 * snapshots reassembled by a SnapshotInbox — and page requests both ways, which
 * share the send queue (a PageRequester for ours, a PageServer for the peer's).
 * The connection never decides policy (which connection to keep, when to
 * reconnect); it reports to its owner.
 */
import assert from 'node:assert/strict';
import type { Socket } from 'node:net';
import type { Message, NodeId } from '../raft/types.js';
import { HANDSHAKE_FRAME_BYTES_MAX, MAX_FRAME_BYTES, REFUSAL_LINGER_MS, SOCKET_BUFFER_BYTES_MAX } from './constants.js';
import { type Envelope, type RaftBatch, decodeBatchMessages, decodeEnvelope, encodeEnvelope } from './envelope.js';
import { FrameError, HandshakeError, TransportError } from './errors.js';
import { FrameDecoder, encodeFrame } from './frame.js';
import type { AcceptorHandshake, DialerHandshake, HandshakeStep } from './handshake.js';
import { checkFromPeer, violation } from './inbound.js';
import type { TransportLogger } from './options.js';
import { pageFrame } from './page-codec.js';
import { PageRequester } from './page-requester.js';
import { PageServer } from './page-server.js';
import { PeerWriter } from './peer-writer.js';
import type { OutboundFrame } from './send-queue.js';
import { SnapshotInbox } from './snapshot-inbox.js';
import type { OutgoingSnapshot } from './snapshot-sender.js';
import { type TrafficCounters, countFrameSent, emptyTraffic } from './stats.js';
import type { PageRequest, PageRequestHandler, TransportStats } from './transport.js';

/** What a connection tells its owner. */
export interface ConnectionEvents {
  /** The handshake completed; `connection.peerId` is now authenticated. */
  onEstablished(connection: PeerConnection): void;
  /** A validated message from the peer, addressed to this member. */
  onMessage(message: Message): void;
  /** Once, when the socket is gone: why, and how many queued messages were lost. */
  onClosed(connection: PeerConnection, reason: TransportError, lostMessages: number): void;
}

/** What a connection needs from its owner besides the socket. */
export interface ConnectionContext {
  selfId: NodeId;
  handshakeTimeoutMs: number;
  stats: TransportStats;
  events: ConnectionEvents;
  logger: TransportLogger;
  /** The transport's page request handler now (null: none registered yet). */
  pageRequestHandler(): PageRequestHandler | null;
}

type State = 'handshaking' | 'established' | 'closing' | 'closed';

/** A peer connection; see the module comment. */
export class PeerConnection {
  /** The peer: known from the start when dialing, from its proven Hello when accepting. */
  peerId: NodeId | null;
  /** `host:port` of the other end, kept for logs after the socket is gone. */
  readonly remoteAddress: string;
  /** This connection's traffic; the transport-wide totals are in the context's stats. */
  readonly traffic: TrafficCounters = emptyTraffic();
  private state: State = 'handshaking';
  private reason: TransportError | null = null;
  private readonly decoder = new FrameDecoder(HANDSHAKE_FRAME_BYTES_MAX);
  private timer: NodeJS.Timeout | null;
  /** The sending half and the snapshot reassembly, both from the handshake's end on. */
  private writer: PeerWriter | null = null;
  private inbox: SnapshotInbox | null = null;
  /** Page requests both ways, from the handshake's end on. */
  private requester: PageRequester | null = null;
  private server: PageServer | null = null;
  private socketConnected: boolean;
  private everEstablished = false;
  /** Resolves once the socket has closed and the owner has been told. */
  readonly closed: Promise<void>;
  private resolveClosed!: () => void;

  constructor(
    private readonly socket: Socket,
    private readonly handshake: DialerHandshake | AcceptorHandshake,
    private readonly context: ConnectionContext,
    dialedPeerId: NodeId | null,
  ) {
    this.peerId = dialedPeerId;
    this.socketConnected = !socket.connecting;
    this.remoteAddress = `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`;
    this.closed = new Promise((resolve) => (this.resolveClosed = resolve));
    // Coalescing is done here (one corked write per flush); Nagle would only add latency.
    socket.setNoDelay(true);
    assert.ok(socket.writableHighWaterMark <= SOCKET_BUFFER_BYTES_MAX, 'drain is only awaited past the high-water mark');
    socket.on('connect', () => (this.socketConnected = true));
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('drain', () => this.writer?.onDrain());
    socket.on('error', (error) => this.onSocketError(error));
    socket.on('close', () => this.onSocketClose());
    this.timer = setTimeout(() => this.onHandshakeTimeout(), context.handshakeTimeoutMs);
    if ('start' in handshake) this.writeControl(handshake.start());
  }

  /** Whether the handshake completed and the connection is still up. */
  get established(): boolean {
    return this.state === 'established';
  }

  /** Whether the handshake ever completed (it stays true after the connection ends). */
  get wasEstablished(): boolean {
    return this.everEstablished;
  }

  /** Whether the socket ever connected (false: the dial itself failed). */
  get connected(): boolean {
    return this.socketConnected;
  }

  /** Frames admitted and not yet flushed to the kernel. */
  get queuedFrames(): number {
    return this.writer?.queuedFrames ?? 0;
  }

  /** Bytes of those frames. */
  get queuedBytes(): number {
    return this.writer?.queuedBytes ?? 0;
  }

  /** Data bytes of the snapshot being sent in chunks that are not yet in the socket. */
  get snapshotBytesQueued(): number {
    return this.writer?.snapshotBytesQueued ?? 0;
  }

  /** Queues a frame for the peer; false when not established or the queue is full (the frame is not kept). */
  send(frame: OutboundFrame): boolean {
    return this.state === 'established' && this.writer!.send(frame);
  }

  /**
   * Starts sending `snapshot` in chunks; false (and nothing kept) when not
   * established or another snapshot is still being sent. The snapshot settles once:
   * delivered after its last chunk is flushed, failed if the connection ends first.
   */
  sendSnapshot(snapshot: OutgoingSnapshot): boolean {
    return this.state === 'established' && this.writer!.sendSnapshot(snapshot);
  }

  /**
   * Sends a page request (valid: see pageRequestProblem) on this established
   * connection; see PageRequester.request.
   */
  requestPage(request: PageRequest, timeoutMs: number): Promise<Uint8Array> {
    assert.ok(this.state === 'established', 'a page request on a connection that is not established');
    return this.requester!.request(request, timeoutMs);
  }

  /** Closes the connection now for `reason`; the owner hears onClosed once the socket is gone. */
  close(reason: TransportError): void {
    if (this.state === 'closed') return;
    this.reason ??= reason;
    this.destroy();
  }

  private onData(chunk: Buffer): void {
    this.context.stats.bytesReceived += chunk.byteLength;
    this.traffic.bytesReceived += chunk.byteLength;
    if (this.state === 'closing' || this.state === 'closed') return;
    try {
      this.decoder.push(chunk, (payload) => this.onFrame(payload));
    } catch (error) {
      // Only the peer's misbehaviour is expected here; anything else is our bug.
      if (!(error instanceof TransportError)) throw error;
      this.cut(error, null);
    }
  }

  private onFrame(payload: Uint8Array): void {
    this.context.stats.framesReceived += 1;
    this.traffic.framesReceived += 1;
    const envelope = decodeEnvelope(payload);
    if (this.state === 'handshaking') this.onHandshakeStep(this.handshake.receive(envelope));
    else if (this.state === 'established') this.onEstablishedEnvelope(envelope);
  }

  private onHandshakeStep(step: HandshakeStep): void {
    if (step.outcome === 'failed') {
      this.cut(step.error, step.reply);
      return;
    }
    if (step.reply !== null) this.writeControl(step.reply);
    if (step.outcome === 'established') {
      this.clearTimer();
      this.peerId = step.peerId;
      this.writer = new PeerWriter(this.socket, { selfId: this.context.selfId, peerId: step.peerId, stats: this.context.stats, traffic: this.traffic });
      this.inbox = new SnapshotInbox(step.peerId, this.context);
      const sendPage = (payload: Uint8Array): boolean => this.send(pageFrame(payload));
      this.requester = new PageRequester(this.context.stats, sendPage);
      this.server = new PageServer({ peerId: step.peerId, stats: this.context.stats, handler: () => this.context.pageRequestHandler(), answer: sendPage });
      this.state = 'established';
      this.everEstablished = true;
      // Only an authenticated peer may make us hold a maximal frame.
      this.decoder.maxFrameBytes = MAX_FRAME_BYTES;
      this.context.stats.connectionsEstablished += 1;
      this.context.events.onEstablished(this);
    }
  }

  private onEstablishedEnvelope(envelope: Envelope): void {
    if (envelope.kind === 'pageResponse') return this.requester!.onResponse(envelope);
    if (envelope.kind === 'pageRequest') return this.server!.serve(envelope);
    if (envelope.kind === 'snapshotChunk') {
      // Inconsistent chunks throw (the connection is cut); a complete snapshot is delivered.
      const snapshot = this.inbox!.accept(envelope);
      if (snapshot !== null) this.context.events.onMessage(snapshot);
      return;
    }
    if (envelope.kind !== 'raftBatch') throw violation(`unexpected ${envelope.kind} after the handshake`);
    const messages = this.validated(envelope);
    this.context.stats.messagesReceived += messages.length;
    for (const m of messages) {
      // A handler may close this connection (or the whole transport); stop there.
      if (this.state !== 'established') return;
      this.context.events.onMessage(m);
    }
  }

  /** The batch's messages, if every one is from the authenticated peer, to us, and of a type that travels. */
  private validated(batch: RaftBatch): Message[] {
    const messages = decodeBatchMessages(batch);
    for (const m of messages) checkFromPeer(m, this.peerId, this.context.selfId);
    return messages;
  }

  private onHandshakeTimeout(): void {
    this.timer = null;
    if (this.state === 'handshaking') {
      const error = new HandshakeError('TRANSPORT_HANDSHAKE_TIMEOUT', `no handshake within ${this.context.handshakeTimeoutMs} ms`);
      this.cut(error, { kind: 'refusal', reason: error.code });
    } else {
      // The refusal linger ran out: the other side did not close.
      this.destroy();
    }
  }

  /** Records why the connection ends, sends `refusal` when given, and closes. */
  private cut(reason: TransportError, refusal: Envelope | null): void {
    if (this.state === 'closing' || this.state === 'closed') return;
    this.reason ??= reason;
    // A dial that timed out before connecting is a dial failure, counted by the owner.
    if (this.socketConnected) this.count(reason);
    this.decoder.stop();
    if (refusal === null || !this.socketConnected) {
      this.destroy();
      return;
    }
    // Half-close after the refusal so the other side can read it, and bound the wait.
    this.state = 'closing';
    this.clearTimer();
    this.timer = setTimeout(() => this.onHandshakeTimeout(), REFUSAL_LINGER_MS);
    this.socket.end(encodeFrame(encodeEnvelope(refusal)));
  }

  private count(reason: TransportError): void {
    const stats = this.context.stats;
    if (reason instanceof HandshakeError) stats.handshakeFailures[reason.code] += 1;
    else if (reason instanceof FrameError) stats.frameErrors[reason.code] += 1;
    else if (reason.code === 'TRANSPORT_PROTOCOL_VIOLATION') stats.protocolViolations += 1;
  }

  private writeControl(envelope: Envelope): void {
    const frame = encodeFrame(encodeEnvelope(envelope));
    // Counted once the kernel has it, like Raft frames (a dial that never connects sends nothing).
    this.socket.write(frame, (error) => error || countFrameSent(this.context.stats, this.traffic, frame.byteLength, 0));
  }

  private onSocketError(error: Error): void {
    const code = this.state === 'handshaking' ? 'TRANSPORT_HANDSHAKE_CLOSED' : 'TRANSPORT_CONNECTION_LOST';
    this.reason ??= code === 'TRANSPORT_HANDSHAKE_CLOSED' ? new HandshakeError(code, error.message, { cause: error }) : new TransportError(code, error.message, { cause: error });
    // 'close' follows 'error' on its own.
  }

  private onSocketClose(): void {
    const wasHandshaking = this.state === 'handshaking';
    this.state = 'closed';
    this.clearTimer();
    this.decoder.stop();
    if (this.reason === null) {
      this.reason = wasHandshaking
        ? new HandshakeError('TRANSPORT_HANDSHAKE_CLOSED', 'the socket closed during the handshake')
        : new TransportError('TRANSPORT_CONNECTION_LOST', 'the peer closed the connection');
    }
    // A dial that never connected is a dial failure, not a failed handshake.
    if (wasHandshaking && this.reason.code === 'TRANSPORT_HANDSHAKE_CLOSED' && this.socketConnected) this.count(this.reason);
    if (this.everEstablished) this.context.stats.connectionsLost += 1;
    this.failPageRequests();
    this.inbox?.close();
    const lost = this.writer?.stop() ?? 0;
    this.context.events.onClosed(this, this.reason, lost);
    this.resolveClosed();
  }

  private destroy(): void {
    // From here on nothing is sent or delivered, though 'close' comes a little later.
    if (this.state !== 'closed') this.state = 'closing';
    this.decoder.stop();
    this.writer?.halt();
    // Outstanding requests fail now rather than when 'close' comes.
    this.failPageRequests();
    this.socket.destroy();
  }

  /** Fails our outstanding page requests: the transport is closing, or the connection is lost. */
  private failPageRequests(): void {
    if (this.requester === null) return;
    const closing = this.reason?.code === 'TRANSPORT_CLOSED';
    const message = `the connection to ${this.peerId} ended: ${this.reason?.message ?? 'closed'}`;
    this.requester.failAll(closing ? 'TRANSPORT_CLOSED' : 'TRANSPORT_CONNECTION_LOST', message);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
