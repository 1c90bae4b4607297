/**
 * An in-process Transport for unit tests of the driver: members attached to one
 * MemoryNetwork exchange messages on microtasks, with the TCP transport's contract
 * — messages travel through the wire codec (so the receiver gets a decoded copy,
 * never the sender's objects), a member only accepts peers it knows, queues are
 * bounded, and drops are counted and reported. Links can be cut and healed. Page
 * requests travel the same way, through the same requester and server as on TCP
 * (so with the same bounds and codes); a cut link, a member that closes or a peer
 * that leaves the membership fails the requests outstanding on that link, as a
 * lost connection does.
 */
import { decodeRaftMessage, encodeRaftMessage } from '../proto/index.js';
import { LOCAL_MESSAGE_TYPES, type Message, MessageType, type NodeId } from '../raft/types.js';
import assert from 'node:assert/strict';
import {
  BATCH_OVERHEAD_BYTES,
  FRAME_HEADER_BYTES,
  MAX_FRAME_BYTES,
  MESSAGE_OVERHEAD_BYTES,
  PAGE_REQUEST_TIMEOUT_MS,
  SEND_QUEUE_BYTES_MAX,
  SEND_QUEUE_FRAMES_MAX,
} from './constants.js';
import { decodeEnvelope } from './envelope.js';
import { TransportListeners } from './listeners.js';
import { pageRequestProblem, timeoutProblem } from './page-codec.js';
import { PageRequester, refusePageRequest } from './page-requester.js';
import { PageServer } from './page-server.js';
import { copyStats, createStats } from './stats.js';
import type { DropCounts, PageRequest, PageRequestHandler, PageRequestOptions, PeerState, Transport, TransportStats } from './transport.js';

/** The hub: which members are up, and which links are cut. */
export class MemoryNetwork {
  private readonly members = new Map<NodeId, MemoryTransport>();
  private readonly cutLinks = new Set<string>();

  /** A transport for member `id` on this network (started separately, like a TCP one). */
  transport(id: NodeId): MemoryTransport {
    return new MemoryTransport(this, id);
  }

  /**
   * Cuts the link between `a` and `b` in both directions; messages in flight are
   * lost, and page requests outstanding between them fail (TRANSPORT_CONNECTION_LOST).
   */
  disconnect(a: NodeId, b: NodeId): void {
    this.cutLinks.add(linkKey(a, b));
    this.members.get(a)?.linkLost(b);
    this.members.get(b)?.linkLost(a);
  }

  /** Heals a cut link. */
  reconnect(a: NodeId, b: NodeId): void {
    this.cutLinks.delete(linkKey(a, b));
  }

  /** The running transport that `from` can reach as `to`, if any. */
  reachable(from: MemoryTransport, to: NodeId): MemoryTransport | null {
    const target = this.members.get(to);
    if (target === undefined || this.cutLinks.has(linkKey(from.id, to))) return null;
    // Like the TCP handshake: both sides must know each other.
    return target.knows(from.id) && from.knows(to) ? target : null;
  }

  /** @internal */
  attach(member: MemoryTransport): void {
    assert.ok(!this.members.has(member.id), `member ${member.id} is already on this network`);
    this.members.set(member.id, member);
  }

  /** @internal */
  detach(member: MemoryTransport): void {
    if (this.members.get(member.id) !== member) return;
    this.members.delete(member.id);
    for (const other of this.members.values()) other.linkLost(member.id);
  }

  /** @internal The running member `id`, if any. */
  member(id: NodeId): MemoryTransport | undefined {
    return this.members.get(id);
  }
}

/** One member's transport on a MemoryNetwork. */
export class MemoryTransport extends TransportListeners implements Transport {
  private peers = new Set<NodeId>();
  private readonly inFlight = new Map<NodeId, { frames: number; bytes: number }>();
  private readonly counters = createStats();
  private running = false;
  private closed = false;
  /** Our page requests to each peer, and the peer's requests being served here. */
  private readonly requesters = new Map<NodeId, PageRequester>();
  private readonly servers = new Map<NodeId, PageServer>();
  private pageHandler: PageRequestHandler | null = null;

  constructor(
    private readonly network: MemoryNetwork,
    /** This member's id. */
    readonly id: NodeId,
  ) {
    super();
  }

  /** Joins the network: from now on peers that know this member reach it. */
  async start(): Promise<void> {
    this.network.attach(this);
    this.running = true;
  }

  /** Whether `peer` is in this member's membership and the transport runs. */
  knows(peer: NodeId): boolean {
    return this.running && this.peers.has(peer);
  }

  /** Queues each message for delivery on a microtask; see Transport.send. */
  send(messages: Message[]): void {
    for (const m of messages) {
      assert.ok(!LOCAL_MESSAGE_TYPES.has(m.type), `local message type ${m.type} handed to the transport`);
      assert.ok(m.from === this.id, `a message from "${m.from}" handed to ${this.id}'s transport`);
      if (!this.peers.has(m.to)) this.drop(m, 'unknownPeer');
      else if (!this.running || this.network.reachable(this, m.to) === null) this.drop(m, 'noConnection');
      else this.enqueue(m);
    }
  }

  /** The members this one exchanges messages with (addresses are ignored in memory); page requests to or from a member that left fail. */
  setPeers(peers: Map<NodeId, string>): void {
    const previous = this.peers;
    this.peers = new Set([...peers.keys()].filter((id) => id !== this.id));
    for (const peer of previous) {
      if (this.peers.has(peer)) continue;
      this.linkLost(peer);
      this.network.member(peer)?.linkLost(this.id);
    }
  }

  /** Sends a page request to `peer`'s handler on a microtask; see Transport.requestPage. */
  requestPage(peer: NodeId, request: PageRequest, options?: PageRequestOptions): Promise<Uint8Array> {
    if (this.closed) return refusePageRequest(this.counters, 'TRANSPORT_CLOSED', 'the transport is closing');
    const timeoutMs = options?.timeoutMs ?? PAGE_REQUEST_TIMEOUT_MS;
    const problem = pageRequestProblem(request) ?? timeoutProblem(timeoutMs);
    if (problem !== null) return refusePageRequest(this.counters, 'TRANSPORT_BAD_REQUEST', problem);
    if (!this.running || !this.peers.has(peer) || this.network.reachable(this, peer) === null) {
      return refusePageRequest(this.counters, 'TRANSPORT_PEER_UNAVAILABLE', `${peer} cannot be reached from ${this.id}`);
    }
    let requester = this.requesters.get(peer);
    if (requester === undefined) {
      requester = new PageRequester(this.counters, (payload) => this.carry(peer, payload));
      this.requesters.set(peer, requester);
    }
    return requester.request(request, timeoutMs);
  }

  /** Registers the answerer of page requests from peers; a later call replaces it. */
  onPageRequest(handler: PageRequestHandler): void {
    this.pageHandler = handler;
  }

  /** @internal The link to `peer` went away: our requests outstanding on it fail. */
  linkLost(peer: NodeId): void {
    this.requesters.get(peer)?.failAll('TRANSPORT_CONNECTION_LOST', `the link from ${this.id} to ${peer} was cut`);
  }

  /** Whether each peer is reachable now, and what is in flight to it. */
  peerStates(): Map<NodeId, PeerState> {
    const states = new Map<NodeId, PeerState>();
    for (const peer of [...this.peers].sort()) {
      const queued = this.inFlight.get(peer);
      states.set(peer, {
        connected: this.running && this.network.reachable(this, peer) !== null,
        queuedFrames: queued?.frames ?? 0,
        queuedBytes: queued?.bytes ?? 0,
      });
    }
    return states;
  }

  /** A copy of the counters (frame counts equal message counts here: one message per frame). */
  stats(): TransportStats {
    return copyStats(this.counters);
  }

  /** Leaves the network; messages in flight to or from this member are lost, and its page requests fail (TRANSPORT_CLOSED). */
  async close(): Promise<void> {
    this.running = false;
    this.closed = true;
    this.stopReports();
    for (const requester of this.requesters.values()) requester.failAll('TRANSPORT_CLOSED', 'the transport is closing');
    this.network.detach(this);
  }

  /**
   * Carries an encoded page frame to `peer` on a microtask, if the link is up (then
   * and when it arrives); false when it is not. A frame lost to a cut link needs
   * nothing more: the cut failed the request it belongs to.
   */
  private carry(peer: NodeId, payload: Uint8Array): boolean {
    if (!this.running || this.network.reachable(this, peer) === null) return false;
    queueMicrotask(() => {
      const target = this.running ? this.network.reachable(this, peer) : null;
      target?.receivePage(this.id, payload);
    });
    return true;
  }

  private receivePage(from: NodeId, payload: Uint8Array): void {
    const envelope = decodeEnvelope(payload);
    if (envelope.kind === 'pageResponse') {
      this.requesters.get(from)?.onResponse(envelope);
      return;
    }
    assert.equal(envelope.kind, 'pageRequest');
    let server = this.servers.get(from);
    if (server === undefined) {
      const context = { peerId: from, stats: this.counters, handler: () => this.pageHandler, answer: (answer: Uint8Array) => this.carry(from, answer) };
      server = new PageServer(context);
      this.servers.set(from, server);
    }
    server.serve(envelope);
  }

  private enqueue(m: Message): void {
    const bytes = encodeRaftMessage(m);
    const sizeBytes = FRAME_HEADER_BYTES + BATCH_OVERHEAD_BYTES + MESSAGE_OVERHEAD_BYTES + bytes.byteLength;
    if (sizeBytes - FRAME_HEADER_BYTES > MAX_FRAME_BYTES) return this.drop(m, 'frameTooLarge');
    const queued = this.inFlight.get(m.to) ?? { frames: 0, bytes: 0 };
    if (queued.frames + 1 > SEND_QUEUE_FRAMES_MAX || queued.bytes + sizeBytes > SEND_QUEUE_BYTES_MAX) return this.drop(m, 'queueFull');
    queued.frames += 1;
    queued.bytes += sizeBytes;
    this.inFlight.set(m.to, queued);
    queueMicrotask(() => {
      queued.frames -= 1;
      queued.bytes -= sizeBytes;
      const target = this.running ? this.network.reachable(this, m.to) : null;
      if (target === null) return this.drop(m, 'connectionLost');
      this.counters.messagesSent += 1;
      this.counters.framesSent += 1;
      this.counters.bytesSent += sizeBytes;
      if (m.type === MessageType.Snap) this.notifySnapshot(m.to, true);
      target.receive(decodeRaftMessage(bytes), sizeBytes);
    });
  }

  private receive(m: Message, sizeBytes: number): void {
    this.counters.messagesReceived += 1;
    this.counters.framesReceived += 1;
    this.counters.bytesReceived += sizeBytes;
    this.deliver(m);
  }

  private drop(m: Message, reason: keyof DropCounts): void {
    this.counters.messagesDropped[reason] += 1;
    this.notifyUnreachable(m.to);
    if (m.type === MessageType.Snap) this.notifySnapshot(m.to, false);
  }
}

function linkKey(a: NodeId, b: NodeId): string {
  return JSON.stringify(a < b ? [a, b] : [b, a]);
}
