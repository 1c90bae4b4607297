/**
 * An in-process Transport for unit tests of the driver: members attached to one
 * MemoryNetwork exchange messages on microtasks, with the TCP transport's contract
 * — messages travel through the wire codec (so the receiver gets a decoded copy,
 * never the sender's objects), a member only accepts peers it knows, queues are
 * bounded, and drops are counted and reported. Links can be cut and healed.
 */
import { decodeRaftMessage, encodeRaftMessage } from '../proto/index.js';
import { LOCAL_MESSAGE_TYPES, type Message, MessageType, type NodeId } from '../raft/types.js';
import assert from 'node:assert/strict';
import { BATCH_OVERHEAD_BYTES, FRAME_HEADER_BYTES, MAX_FRAME_BYTES, MESSAGE_OVERHEAD_BYTES, SEND_QUEUE_BYTES_MAX, SEND_QUEUE_FRAMES_MAX } from './constants.js';
import { TransportListeners } from './listeners.js';
import { copyStats, createStats } from './stats.js';
import type { DropCounts, PeerState, Transport, TransportStats } from './transport.js';

/** The hub: which members are up, and which links are cut. */
export class MemoryNetwork {
  private readonly members = new Map<NodeId, MemoryTransport>();
  private readonly cutLinks = new Set<string>();

  /** A transport for member `id` on this network (started separately, like a TCP one). */
  transport(id: NodeId): MemoryTransport {
    return new MemoryTransport(this, id);
  }

  /** Cuts the link between `a` and `b` in both directions; messages in flight are lost. */
  disconnect(a: NodeId, b: NodeId): void {
    this.cutLinks.add(linkKey(a, b));
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
    if (this.members.get(member.id) === member) this.members.delete(member.id);
  }
}

/** One member's transport on a MemoryNetwork. */
export class MemoryTransport extends TransportListeners implements Transport {
  private peers = new Set<NodeId>();
  private readonly inFlight = new Map<NodeId, { frames: number; bytes: number }>();
  private readonly counters = createStats();
  private running = false;

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

  /** The members this one exchanges messages with (addresses are ignored in memory). */
  setPeers(peers: Map<NodeId, string>): void {
    this.peers = new Set([...peers.keys()].filter((id) => id !== this.id));
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

  /** Leaves the network; messages in flight to or from this member are lost. */
  async close(): Promise<void> {
    this.running = false;
    this.stopReports();
    this.network.detach(this);
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
