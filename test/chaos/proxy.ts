/**
 * Network faults in userspace for the chaos harness: `tc netem` is not available,
 * so members reach each other through TCP proxies on 127.0.0.1 that can cut,
 * stall and slow the bytes between them.
 *
 * A FaultProxy forwards every connection it is given to one target and pipes the
 * bytes both ways. "forward" is the dialer-to-target direction of a connection,
 * "backward" the target-to-dialer one. The proxy terminates TCP on both sides, so
 * each direction can be faulted on its own, which a real one-way IP partition
 * cannot do (TCP's acknowledgements would stall the other way too): the proxy
 * models a one-way fault at the level of the application's byte streams.
 *
 * Faults:
 * - cut: every connection is reset (RST) and new ones are reset as soon as they
 *   arrive. The dialer sees its connection fail, not a silent hang; a silent
 *   partition is a stall of both directions.
 * - stall: bytes in that direction are held, not dropped. Dropping bytes from the
 *   middle of a framed stream would hand the receiver garbage, and the real
 *   transport would cut the connection for a framing error — a different fault
 *   from the lost messages we mean to cause. Held bytes fill a bounded queue, then
 *   the proxy stops reading that direction's source, so TCP's flow control pushes
 *   back to the sender, whose own bounded send queue then drops messages: messages
 *   vanish, the framing does not break. On heal the held bytes are delivered and
 *   the connection goes on (TCP would retransmit them after a short outage), or,
 *   with heal('reset'), the connections are destroyed (TCP gave up after a long one).
 * - delay: each chunk is held until `ms` (plus up to `jitterMs`) after it arrived,
 *   in both directions, in order.
 *
 * Every byte waiting in the proxy sits in a per-direction queue of at most
 * LANE_QUEUE_BYTES_MAX bytes (or the option); the proxy never reads more than fits.
 *
 * WHO DIALS IN SHOAL (src/transport/tcp-transport.ts): each pair of members shares
 * exactly one connection, dialed by the member whose id sorts first as a JS string
 * ("n1" dials "n2"; note "n10" < "n2"), and Raft messages both ways use it. So of a
 * pair's two possible connections one carries everything: messages from the dialer
 * travel its forward direction, messages to the dialer its backward direction.
 *
 * WHY THE MESH ROUTES BY HELLO, NOT BY ADDRESS: a member's `--peers` addresses are
 * only its starting address book. Once a leader is known, every member announces
 * its `--advertise-peer` (default: its real listen address) through the Raft log,
 * and all members then dial that one replicated address (src/server/announce.ts,
 * driver.ts updatePeers). A per-pair address would be replaced by the real port
 * within a second, and one address per member cannot tell n1's dial to n3 from
 * n2's. So FaultMesh gives each member one ingress address (used in everyone's
 * `--peers` and as the member's `--advertise-peer`), reads the dialer's id from
 * the first frame on the connection (the handshake's Hello, sent before anything
 * else), and hands the connection to the FaultProxy of that ordered pair. The
 * Hello bytes are put back and forwarded unchanged.
 */
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { FRAME_HEADER_BYTES, HANDSHAKE_FRAME_BYTES_MAX, decodeEnvelope } from '../../src/transport/index.js';

/** Bytes one direction of one connection may hold (delayed or stalled) before the proxy stops reading its source. */
export const LANE_QUEUE_BYTES_MAX = 1024 * 1024;
/** Connections one proxy carries at once; more are refused. A member opens one per peer, so this is never reached by accident. */
export const PROXY_CONNECTIONS_MAX = 256;
/** Bytes the mesh reads from a new connection to find the dialer: one handshake frame at most. */
export const IDENTIFY_BYTES_MAX = FRAME_HEADER_BYTES + HANDSHAKE_FRAME_BYTES_MAX;
/** Connections the mesh holds while reading their first frame; more are refused. */
export const IDENTIFYING_CONNECTIONS_MAX = 64;

/** forward: the dialer's bytes to the target; backward: the target's bytes to the dialer. */
export type Direction = 'forward' | 'backward';
export type Directions = Direction | 'both';
/** What heal() does with connections that have a stalled direction: deliver and go on, or destroy them. */
export type StalledOnHeal = 'resume' | 'reset';

export interface Target {
  host: string;
  port: number;
}

export interface FaultProxyOptions {
  target: Target;
  /** Bound of each direction's queue (LANE_QUEUE_BYTES_MAX when not set). */
  queueBytesMax?: number;
  /** Connections carried at once (PROXY_CONNECTIONS_MAX when not set). */
  connectionsMax?: number;
}

export interface PerDirection<T> {
  forward: T;
  backward: T;
}

export interface ProxyStats {
  /** Connections handed to the proxy, refused ones included. */
  accepted: number;
  active: number;
  /** Destroyed on arrival: while cut, over connectionsMax, or after close(). */
  refused: number;
  /** Destroyed by cut() or heal('reset'). */
  destroyedByFault: number;
  /** Bytes delivered to the far side, per direction. */
  bytes: PerDirection<number>;
  /** Bytes held in the proxy now, over all connections. */
  queuedBytes: PerDirection<number>;
  /** The most any one connection's queue held in that direction (≤ the bound). */
  peakQueuedBytes: PerDirection<number>;
  /** How many times each fault was applied. */
  faults: { cut: number; stall: number; delay: number; heal: number };
  state: { cut: boolean; stalled: PerDirection<boolean>; delayMs: number; jitterMs: number };
}

/** The proxy-wide fault settings every connection reads. */
interface Faults {
  cut: boolean;
  stalled: PerDirection<boolean>;
  delayMs: number;
  jitterMs: number;
}

interface Held {
  chunk: Buffer;
  /** performance.now() at which the chunk may leave. */
  releaseAt: number;
}

/** A FIFO with O(1) shift: the array is compacted once its consumed head dominates. */
class HeldQueue {
  private items: Held[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  peek(): Held | undefined {
    return this.items[this.head];
  }

  push(item: Held): void {
    this.items.push(item);
  }

  shift(): Held | undefined {
    const item = this.items[this.head];
    if (item === undefined) return undefined;
    this.head += 1;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  clear(): void {
    this.items = [];
    this.head = 0;
  }
}

/** Reads at most `room` bytes that are already buffered in `source` (null if none). */
function readUpTo(source: net.Socket, room: number): Buffer | null {
  // read() with no size when nothing is buffered asks the socket for more and, at
  // EOF, makes it emit 'end'; read(n) with n ≤ readableLength returns exactly n bytes.
  const buffered = source.readableLength;
  let chunk = (buffered > 0 ? source.read(Math.min(room, buffered)) : source.read()) as Buffer | null;
  if (chunk !== null && chunk.length > room) {
    source.unshift(chunk.subarray(room));
    chunk = chunk.subarray(0, room);
  }
  return chunk;
}

/**
 * One direction of one connection: reads its source into a bounded queue and
 * writes due chunks to its sink, honouring the sink's backpressure.
 */
class Lane {
  queuedBytes = 0;
  peakQueuedBytes = 0;
  private readonly queue = new HeldQueue();
  private lastReleaseAt = 0;
  private timer: NodeJS.Timeout | null = null;
  private awaitingDrain = false;
  private sourceEnded = false;
  private sinkEnded = false;
  private stopped = false;

  constructor(
    private readonly source: net.Socket,
    private readonly sink: net.Socket,
    private readonly direction: Direction,
    private readonly faults: Faults,
    private readonly bytesMax: number,
    private readonly onDelivered: (direction: Direction, bytes: number) => void,
  ) {
    source.on('readable', () => this.service());
    source.on('end', () => {
      this.sourceEnded = true;
      this.service();
    });
    sink.on('drain', () => {
      this.awaitingDrain = false;
      this.service();
    });
  }

  /** The source's end was read and passed on after every byte before it: this direction is complete. */
  get finished(): boolean {
    return this.sinkEnded;
  }

  /** Moves bytes until neither reading nor delivering can make progress, then waits for a timer or an event. */
  service(): void {
    if (this.stopped) return;
    while (this.take() + this.release() > 0);
    this.endSinkIfDone();
    this.armTimer();
  }

  /** Stops for good: nothing more is read or delivered, the held bytes are dropped with the connection. */
  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.queue.clear();
    this.queuedBytes = 0;
  }

  /** Reads what fits in the queue; returns the bytes read. */
  private take(): number {
    let taken = 0;
    while (this.queuedBytes < this.bytesMax) {
      const chunk = readUpTo(this.source, this.bytesMax - this.queuedBytes);
      if (chunk === null) break;
      this.hold(chunk);
      taken += chunk.length;
    }
    return taken;
  }

  private hold(chunk: Buffer): void {
    const { delayMs, jitterMs } = this.faults;
    const wanted = performance.now() + delayMs + (jitterMs > 0 ? Math.random() * jitterMs : 0);
    // Never before the previous chunk: jitter must not reorder a byte stream.
    this.lastReleaseAt = Math.max(this.lastReleaseAt, wanted);
    this.queue.push({ chunk, releaseAt: this.lastReleaseAt });
    this.queuedBytes += chunk.length;
    this.peakQueuedBytes = Math.max(this.peakQueuedBytes, this.queuedBytes);
  }

  /** Writes the chunks that are due, unless stalled or the sink is full; returns the bytes written. */
  private release(): number {
    let released = 0;
    while (!this.faults.stalled[this.direction] && !this.awaitingDrain) {
      const head = this.queue.peek();
      if (head === undefined || head.releaseAt > performance.now()) break;
      this.queue.shift();
      this.queuedBytes -= head.chunk.length;
      released += head.chunk.length;
      this.onDelivered(this.direction, head.chunk.length);
      if (!this.sink.write(head.chunk)) this.awaitingDrain = true;
    }
    return released;
  }

  /** Passes a half-close on once everything before it was delivered. */
  private endSinkIfDone(): void {
    if (this.sourceEnded && !this.sinkEnded && this.queue.length === 0) {
      this.sinkEnded = true;
      this.sink.end();
    }
  }

  private armTimer(): void {
    if (this.timer !== null || this.faults.stalled[this.direction] || this.awaitingDrain) return;
    const head = this.queue.peek();
    if (head === undefined) return;
    // Rounded up, and release() checks the clock again: a chunk never leaves early.
    const waitMs = Math.max(1, Math.ceil(head.releaseAt - performance.now()));
    this.timer = setTimeout(() => {
      this.timer = null;
      this.service();
    }, waitMs);
  }
}

/** A dialer's socket joined to a socket of ours to the target, one Lane each way. */
class Pipe {
  readonly lanes: PerDirection<Lane>;
  /** Resolves once both sockets have closed. */
  readonly closed: Promise<void>;
  private readonly upstream: net.Socket;

  constructor(
    private readonly client: net.Socket,
    target: Target,
    faults: Faults,
    bytesMax: number,
    onDelivered: (direction: Direction, bytes: number) => void,
  ) {
    this.upstream = net.connect({ host: target.host, port: target.port, allowHalfOpen: true });
    // Small Raft messages must not wait for Nagle: the proxy adds only the latency it is told to.
    this.upstream.setNoDelay(true);
    client.setNoDelay(true);
    this.lanes = {
      forward: new Lane(client, this.upstream, 'forward', faults, bytesMax, onDelivered),
      backward: new Lane(this.upstream, client, 'backward', faults, bytesMax, onDelivered),
    };
    this.closed = Promise.all([
      this.whenClosed(client, this.lanes.backward),
      this.whenClosed(this.upstream, this.lanes.forward),
    ]).then(() => this.stopLanes());
    // Data a handler put back (unshift) before handing the socket over is waiting already.
    this.service();
  }

  service(): void {
    this.lanes.forward.service();
    this.lanes.backward.service();
  }

  /** Ends the connection now with an RST both ways; held bytes are lost. */
  destroy(): void {
    this.stopLanes();
    abort(this.client);
    abort(this.upstream);
  }

  private stopLanes(): void {
    this.lanes.forward.stop();
    this.lanes.backward.stop();
  }

  /**
   * A socket that closes after both its directions completed (its end was read, and
   * everything for it was delivered before its end) leaves the other socket to
   * receive what is still held for it. Any other close loses bytes one way, so the
   * other side is reset too rather than shown a clean end of a cut-short stream.
   */
  private whenClosed(socket: net.Socket, into: Lane): Promise<void> {
    socket.on('error', () => {});
    return new Promise((resolve) => {
      socket.once('close', () => {
        if (!(socket.readableEnded && into.finished)) this.destroy();
        resolve();
      });
    });
  }
}

/** See the module comment. */
export class FaultProxy {
  readonly target: Target;
  private readonly bytesMax: number;
  private readonly connectionsMax: number;
  private readonly pipes = new Set<Pipe>();
  private readonly faults: Faults = { cut: false, stalled: { forward: false, backward: false }, delayMs: 0, jitterMs: 0 };
  private readonly counters = {
    accepted: 0,
    refused: 0,
    destroyedByFault: 0,
    bytes: { forward: 0, backward: 0 },
    peakQueuedBytes: { forward: 0, backward: 0 },
    faults: { cut: 0, stall: 0, delay: 0, heal: 0 },
  };
  private server: net.Server | null = null;
  /** Kept: a closed server no longer knows its address. */
  private listenPort: number | null = null;
  private closing: Promise<void> | null = null;

  /** A proxy without a listener: connections come through adopt() (FaultMesh does this). */
  constructor(options: FaultProxyOptions) {
    this.target = { ...options.target };
    this.bytesMax = positive(options.queueBytesMax ?? LANE_QUEUE_BYTES_MAX, 'queueBytesMax');
    this.connectionsMax = positive(options.connectionsMax ?? PROXY_CONNECTIONS_MAX, 'connectionsMax');
  }

  /** A proxy listening on 127.0.0.1 (`port` 0 or absent: an ephemeral port). */
  static async listen(options: FaultProxyOptions & { port?: number }): Promise<FaultProxy> {
    const proxy = new FaultProxy(options);
    proxy.server = await listenOn(options.port ?? 0, (socket) => proxy.adopt(socket));
    proxy.listenPort = (proxy.server.address() as net.AddressInfo).port;
    return proxy;
  }

  /** host:port of the listener. */
  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  get port(): number {
    if (this.listenPort === null) throw new Error('this FaultProxy has no listener (it was made for adopt())');
    return this.listenPort;
  }

  /** Takes a dialer's socket (bytes already unshifted onto it are forwarded first). */
  adopt(socket: net.Socket): void {
    this.counters.accepted += 1;
    if (this.faults.cut || this.closing !== null || this.pipes.size >= this.connectionsMax) {
      this.counters.refused += 1;
      abort(socket);
      return;
    }
    const pipe = new Pipe(socket, this.target, this.faults, this.bytesMax, (direction, bytes) => {
      this.counters.bytes[direction] += bytes;
    });
    this.pipes.add(pipe);
    void pipe.closed.then(() => this.forget(pipe));
  }

  /** Destroys every connection and refuses new ones until heal(). */
  cut(): void {
    this.counters.faults.cut += 1;
    this.faults.cut = true;
    this.destroyAll();
  }

  /** Holds the bytes of `direction` (see the module comment); connections stay open. */
  stall(direction: Directions = 'both'): void {
    this.counters.faults.stall += 1;
    for (const d of expand(direction)) this.faults.stalled[d] = true;
  }

  /**
   * Lifts cut and stalls (not delay: see delay(0)). Held bytes are delivered and the
   * connections go on, or with 'reset' connections that had a stalled direction are destroyed.
   */
  heal(stalled: StalledOnHeal = 'resume'): void {
    this.counters.faults.heal += 1;
    const wasStalled = this.faults.stalled.forward || this.faults.stalled.backward;
    this.faults.cut = false;
    this.faults.stalled = { forward: false, backward: false };
    if (wasStalled && stalled === 'reset') this.destroyAll();
    for (const pipe of this.pipes) pipe.service();
  }

  /** Holds each chunk, both ways, ms plus up to jitterMs after it arrives; delay(0) turns it off. Bytes already held keep their time. */
  delay(ms: number, jitterMs = 0): void {
    if (!(ms >= 0 && jitterMs >= 0)) throw new RangeError(`delay needs ms ≥ 0 and jitterMs ≥ 0, got ${ms}, ${jitterMs}`);
    this.counters.faults.delay += 1;
    this.faults.delayMs = ms;
    this.faults.jitterMs = jitterMs;
  }

  stats(): ProxyStats {
    const queued = { forward: 0, backward: 0 };
    const peak = { ...this.counters.peakQueuedBytes };
    for (const pipe of this.pipes) {
      for (const d of ['forward', 'backward'] as const) {
        queued[d] += pipe.lanes[d].queuedBytes;
        peak[d] = Math.max(peak[d], pipe.lanes[d].peakQueuedBytes);
      }
    }
    const { faults: f } = this;
    return {
      accepted: this.counters.accepted,
      active: this.pipes.size,
      refused: this.counters.refused,
      destroyedByFault: this.counters.destroyedByFault,
      bytes: { ...this.counters.bytes },
      queuedBytes: queued,
      peakQueuedBytes: peak,
      faults: { ...this.counters.faults },
      state: { cut: f.cut, stalled: { ...f.stalled }, delayMs: f.delayMs, jitterMs: f.jitterMs },
    };
  }

  /** Closes the listener and every connection; resolves once all their sockets have closed. */
  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    const listener = this.server === null ? Promise.resolve() : closeServer(this.server);
    const pipes = [...this.pipes];
    for (const pipe of pipes) pipe.destroy();
    await Promise.all([listener, ...pipes.map((p) => p.closed)]);
  }

  private destroyAll(): void {
    for (const pipe of this.pipes) {
      this.counters.destroyedByFault += 1;
      pipe.destroy();
    }
  }

  private forget(pipe: Pipe): void {
    // Keep the peak of connections that are gone: the bound must hold over the whole run.
    for (const d of ['forward', 'backward'] as const) {
      this.counters.peakQueuedBytes[d] = Math.max(this.counters.peakQueuedBytes[d], pipe.lanes[d].peakQueuedBytes);
    }
    this.pipes.delete(pipe);
  }
}

/**
 * Every connection the proxy ends, it ends with an RST: it must fail at once and
 * unmistakably, not look like a peer that finished sending (FIN), which a half-open
 * socket would keep waiting on.
 */
function abort(socket: net.Socket): void {
  socket.on('error', () => {});
  if (socket.destroyed) return;
  socket.resetAndDestroy();
}

function expand(direction: Directions): Direction[] {
  return direction === 'both' ? ['forward', 'backward'] : [direction];
}

function positive(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${name} must be a whole number ≥ 1, got ${value}`);
  return value;
}

/** A listener on 127.0.0.1 whose sockets keep their write side open after the dialer's FIN (we pass half-closes on). */
function listenOn(port: number, onSocket?: (socket: net.Socket) => void): Promise<net.Server> {
  const server = net.createServer({ allowHalfOpen: true }, onSocket);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

function closeServer(server: net.Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

// ---------------------------------------------------------------------------
// The mesh: one FaultProxy per ordered pair of members, reached through one
// ingress listener per member (see the module comment for why).
// ---------------------------------------------------------------------------

/**
 * Reads the dialer's id from the first bytes of a connection: the id, null if the
 * bytes cannot be a greeting, undefined if more bytes are needed.
 */
export type DialerIdentifier = (head: Buffer) => string | null | undefined;

/** The shoal peer handshake's first frame is the dialer's Hello, which names it. */
export const shoalHelloDialer: DialerIdentifier = (head) => {
  if (head.length < FRAME_HEADER_BYTES) return undefined;
  const payloadBytes = head.readUInt32BE(0);
  if (payloadBytes === 0 || payloadBytes > HANDSHAKE_FRAME_BYTES_MAX) return null;
  if (head.length < FRAME_HEADER_BYTES + payloadBytes) return undefined;
  try {
    const envelope = decodeEnvelope(head.subarray(FRAME_HEADER_BYTES, FRAME_HEADER_BYTES + payloadBytes));
    return envelope.kind === 'hello' ? envelope.memberId : null;
  } catch {
    return null;
  }
};

/** A member as the mesh sees it: where it really listens for peers. */
export interface MeshMember {
  id: string;
  /** host:port of its `--listen-peer`. */
  peerAddress: string;
}

/** The flags a member must start with so that all its peer traffic goes through the mesh. */
export interface MemberPeerFlags {
  /** `--peers`: every member (itself included) at its ingress address. The same for every member. */
  peers: string;
  /** `--advertise-peer`: its own ingress, so the addresses it announces through the log keep the mesh in the path. */
  advertisePeer: string;
}

export interface MeshOptions {
  queueBytesMax?: number;
  connectionsMax?: number;
  /** How to learn the dialer of a connection (shoalHelloDialer when not set). */
  identify?: DialerIdentifier;
}

export interface MeshStats {
  /** Connections whose dialer could not be told, or is no member: reset. */
  unidentified: number;
  /** Per ordered pair, keyed "dialer>acceptor". */
  links: Record<string, ProxyStats>;
}

/**
 * One listener per member; each connection it accepts is identified and handed to
 * the FaultProxy of (dialer, that member).
 */
class Ingress {
  private readonly identifying = new Set<net.Socket>();
  /** Kept: a closed server no longer knows its address. */
  readonly address: string;

  private constructor(
    private readonly server: net.Server,
    private readonly handOver: (socket: net.Socket, dialer: string | null) => void,
    private readonly identify: DialerIdentifier,
  ) {
    this.address = `127.0.0.1:${(server.address() as net.AddressInfo).port}`;
    server.on('connection', (socket: net.Socket) => this.accept(socket));
  }

  static async open(handOver: (socket: net.Socket, dialer: string | null) => void, identify: DialerIdentifier): Promise<Ingress> {
    return new Ingress(await listenOn(0), handOver, identify);
  }

  async close(): Promise<void> {
    const closing = closeServer(this.server);
    for (const socket of this.identifying) abort(socket);
    await closing;
  }

  private accept(socket: net.Socket): void {
    socket.on('error', () => {});
    if (this.identifying.size >= IDENTIFYING_CONNECTIONS_MAX) return this.handOver(socket, null);
    this.identifying.add(socket);
    socket.once('close', () => this.identifying.delete(socket));
    readGreeting(socket, this.identify, (dialer) => {
      this.identifying.delete(socket);
      this.handOver(socket, dialer);
    });
  }
}

/**
 * Reads the first bytes of `socket` until `identify` names the dialer or gives up
 * (at IDENTIFY_BYTES_MAX bytes or the socket's end), then puts the bytes back so the
 * target sees the stream unchanged, and calls `done` once.
 */
function readGreeting(socket: net.Socket, identify: DialerIdentifier, done: (dialer: string | null) => void): void {
  const parts: Buffer[] = [];
  let size = 0;
  const finish = (dialer: string | null): void => {
    socket.off('readable', onReadable);
    socket.off('end', onEnd);
    if (dialer !== null && size > 0) socket.unshift(Buffer.concat(parts));
    done(dialer);
  };
  const onReadable = (): void => {
    for (let chunk = readUpTo(socket, IDENTIFY_BYTES_MAX - size); chunk !== null; chunk = readUpTo(socket, IDENTIFY_BYTES_MAX - size)) {
      parts.push(chunk);
      size += chunk.length;
      const dialer = identify(Buffer.concat(parts));
      if (dialer !== undefined || size >= IDENTIFY_BYTES_MAX) return finish(dialer ?? null);
    }
  };
  const onEnd = (): void => finish(null);
  socket.on('readable', onReadable);
  socket.once('end', onEnd);
}

const pairKey = (dialer: string, acceptor: string): string => `${dialer}>${acceptor}`;

/**
 * Every member's peer traffic through fault proxies, with faults named by members
 * and by the direction messages travel rather than by who dialed: a fault between
 * A and B is applied to both possible connections (A dialed B, B dialed A), so it
 * holds whichever side dials. In shoal only the member with the smaller id dials,
 * so one of the two links of a pair stays idle.
 *
 * Use: start the mesh with the members' real `--listen-peer` addresses, then start
 * each member with `--listen-peer <its real address>` plus `...mesh.args(id)`
 * instead of its own `--peers` (shoal refuses a flag given twice).
 */
export class FaultMesh {
  private unidentified = 0;

  private constructor(
    private readonly ids: readonly string[],
    private readonly ingresses: ReadonlyMap<string, Ingress>,
    private readonly links: ReadonlyMap<string, FaultProxy>,
  ) {}

  /** Opens an ingress per member and a proxy per ordered pair. */
  static async start(members: readonly MeshMember[], options: MeshOptions = {}): Promise<FaultMesh> {
    const ids = members.map((m) => m.id);
    if (new Set(ids).size !== ids.length) throw new Error(`member ids must be distinct: ${ids.join(', ')}`);
    const links = new Map<string, FaultProxy>();
    for (const dialer of members) {
      for (const acceptor of members) {
        if (dialer === acceptor) continue;
        const proxy = new FaultProxy({ target: parseTarget(acceptor.peerAddress), ...options });
        links.set(pairKey(dialer.id, acceptor.id), proxy);
      }
    }
    const ingresses = new Map<string, Ingress>();
    let mesh: FaultMesh | null = null;
    const identify = options.identify ?? shoalHelloDialer;
    try {
      for (const acceptor of ids) {
        const handOver = (socket: net.Socket, dialer: string | null): void => mesh!.handOver(socket, dialer, acceptor);
        ingresses.set(acceptor, await Ingress.open(handOver, identify));
      }
    } catch (err) {
      await Promise.all([...ingresses.values()].map((i) => i.close()));
      throw err;
    }
    mesh = new FaultMesh(ids, ingresses, links);
    return mesh;
  }

  /** The address every member uses to reach `id`. */
  address(id: string): string {
    return this.ingress(id).address;
  }

  /** What `id` must be started with (see MemberPeerFlags). */
  flags(id: string): MemberPeerFlags {
    return { peers: this.ids.map((m) => `${m}=${this.address(m)}`).join(','), advertisePeer: this.address(id) };
  }

  /** flags() as `shoal server` arguments. */
  args(id: string): string[] {
    const f = this.flags(id);
    return ['--peers', f.peers, '--advertise-peer', f.advertisePeer];
  }

  /** The proxy carrying the connections `dialer` opens to `acceptor`. */
  link(dialer: string, acceptor: string): FaultProxy {
    const proxy = this.links.get(pairKey(dialer, acceptor));
    if (proxy === undefined) throw new Error(`no link ${dialer} → ${acceptor} in this mesh`);
    return proxy;
  }

  /** Cuts every connection into and out of `id`. */
  isolate(id: string): void {
    this.partition([id], this.ids.filter((m) => m !== id));
  }

  /** Cuts every connection between a member of `a` and one of `b`, both ways. */
  partition(a: readonly string[], b: readonly string[]): void {
    for (const x of a) {
      for (const y of b) {
        this.link(x, y).cut();
        this.link(y, x).cut();
      }
    }
  }

  /**
   * Messages from `from` to `to` are held; the other way still flows. That is the
   * forward direction of from's dials to `to` and the backward direction of to's
   * dials to `from`. Only connections open now stay usable: a new connection needs
   * its handshake to go both ways, so redials fail until healAll() (as with TCP's own handshake).
   */
  oneWay(from: string, to: string): void {
    this.link(from, to).stall('forward');
    this.link(to, from).stall('backward');
  }

  /** Adds latency to every link, both ways. */
  delayAll(ms: number, jitterMs = 0): void {
    for (const proxy of this.links.values()) proxy.delay(ms, jitterMs);
  }

  /** Lifts every cut, stall and delay. */
  healAll(stalled: StalledOnHeal = 'resume'): void {
    for (const proxy of this.links.values()) {
      proxy.heal(stalled);
      const { delayMs, jitterMs } = proxy.stats().state;
      if (delayMs > 0 || jitterMs > 0) proxy.delay(0);
    }
  }

  stats(): MeshStats {
    const links: Record<string, ProxyStats> = {};
    for (const [key, proxy] of this.links) links[key] = proxy.stats();
    return { unidentified: this.unidentified, links };
  }

  /**
   * Closes every listener, proxy and connection. All at once: a listener's close
   * completes only when the connections it accepted are gone, and the links hold those.
   */
  async close(): Promise<void> {
    await Promise.all([...[...this.ingresses.values()].map((i) => i.close()), ...[...this.links.values()].map((p) => p.close())]);
  }

  private ingress(id: string): Ingress {
    const ingress = this.ingresses.get(id);
    if (ingress === undefined) throw new Error(`no member ${id} in this mesh`);
    return ingress;
  }

  private handOver(socket: net.Socket, dialer: string | null, acceptor: string): void {
    const proxy = dialer === null || dialer === acceptor ? undefined : this.links.get(pairKey(dialer, acceptor));
    if (proxy === undefined) {
      this.unidentified += 1;
      abort(socket);
      return;
    }
    proxy.adopt(socket);
  }
}

function parseTarget(address: string): Target {
  const colon = address.lastIndexOf(':');
  const port = Number(address.slice(colon + 1));
  if (colon < 1 || !Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`expected host:port, got "${address}"`);
  return { host: address.slice(0, colon).replace(/^\[|\]$/g, ''), port };
}
