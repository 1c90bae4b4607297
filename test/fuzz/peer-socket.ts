/**
 * The socket side of the peer protocol fuzz: a raw TCP peer that writes whatever
 * bytes a test gives it and decodes what the listener answers, a reference frame
 * scanner that says where a byte stream's frames end (and pads a stream that
 * ends inside a frame), and a listener with one good peer to check it still serves.
 */
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { type Message, MessageType, type NodeId, message } from '../../src/raft/types.js';
import {
  DialerHandshake,
  type Envelope,
  FRAME_HEADER_BYTES,
  type FrameErrorCode,
  FrameDecoder,
  MAX_FRAME_BYTES,
  NONCE_BYTES,
  TcpTransport,
  decodeEnvelope,
  encodeEnvelope,
  encodeFrame,
} from '../../src/transport/index.js';

/** Far above what loopback needs for any one step; reaching it means something hangs. */
export const STEP_TIMEOUT_MS = 10_000;

/** A TCP connection written by hand; see the module comment. */
export class RawPeer {
  /** Every envelope the listener sent, in order. */
  readonly envelopes: Envelope[] = [];
  /** Set when the listener sent bytes that are not valid frames of envelopes: always a failure. */
  garbled: unknown = null;
  closed = false;
  private readonly decoder = new FrameDecoder(MAX_FRAME_BYTES);
  private readonly wakers = new Set<() => void>();

  private constructor(readonly socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => {
      if (this.garbled === null) {
        try {
          this.decoder.push(chunk, (payload) => this.envelopes.push(decodeEnvelope(payload)));
        } catch (error) {
          this.garbled = error;
        }
      }
      this.wake();
    });
    // The listener may reset a connection it cut; the test looks at the close.
    socket.on('error', () => {});
    socket.on('close', () => {
      this.closed = true;
      this.wake();
    });
  }

  /** Connects to 127.0.0.1:`port`. */
  static async connect(port: number): Promise<RawPeer> {
    const socket = net.connect({ host: '127.0.0.1', port });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    return new RawPeer(socket);
  }

  /** Writes `bytes`; resolves once the kernel has them or the socket is gone (a cut is not an error here). */
  write(bytes: Uint8Array): Promise<void> {
    if (this.closed || this.socket.destroyed || bytes.byteLength === 0) return Promise.resolve();
    return new Promise((resolve) => this.socket.write(bytes, () => resolve()));
  }

  /** Writes one envelope as a frame. */
  send(envelope: Envelope): Promise<void> {
    return this.write(encodeFrame(encodeEnvelope(envelope)));
  }

  /** Resolves true once `condition()` holds, false after `timeoutMs`. Checked on every read and on close. */
  until(condition: () => boolean, timeoutMs = STEP_TIMEOUT_MS): Promise<boolean> {
    if (condition()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wakers.delete(check);
        resolve(false);
      }, timeoutMs);
      const check = (): void => {
        if (!condition()) return;
        clearTimeout(timer);
        this.wakers.delete(check);
        resolve(true);
      };
      this.wakers.add(check);
    });
  }

  /** Resolves true once the listener has closed the connection, false after `timeoutMs`. */
  closedWithin(timeoutMs: number): Promise<boolean> {
    return this.until(() => this.closed, timeoutMs);
  }

  destroy(): void {
    this.socket.destroy();
  }

  private wake(): void {
    for (const waker of [...this.wakers]) waker();
  }
}

/** Where a byte stream's frames are, read as the listener's FrameDecoder reads it. */
export interface FrameScan {
  /** The complete frames' payloads, in order, up to the first bad length. */
  payloads: Uint8Array[];
  /** The code the decoder must throw at the first bad length, if any. */
  error: FrameErrorCode | null;
  /** Zero bytes to append so the stream ends on a frame boundary (or reaches the bad length). */
  padding: number;
}

/** Scans `stream` with a payload limit of `limitBytes`; an independent reading of the framing rule. */
export function scanFrames(stream: Uint8Array, limitBytes: number): FrameScan {
  const payloads: Uint8Array[] = [];
  const bytes = Buffer.from(stream.buffer, stream.byteOffset, stream.byteLength);
  let offset = 0;
  while (offset < bytes.byteLength) {
    const headerAvailable = Math.min(FRAME_HEADER_BYTES, bytes.byteLength - offset);
    // A partial header is completed with zeros, as the padding will.
    const header = Buffer.alloc(FRAME_HEADER_BYTES);
    bytes.copy(header, 0, offset, offset + headerAvailable);
    const length = header.readUInt32BE(0);
    const headerPadding = FRAME_HEADER_BYTES - headerAvailable;
    if (length === 0) return { payloads, error: 'TRANSPORT_FRAME_INVALID', padding: headerPadding };
    if (length > limitBytes) return { payloads, error: 'TRANSPORT_FRAME_TOO_LARGE', padding: headerPadding };
    const start = offset + FRAME_HEADER_BYTES;
    if (start + length > bytes.byteLength) return { payloads, error: null, padding: headerPadding + start + length - Math.max(start, bytes.byteLength) };
    payloads.push(bytes.subarray(start, start + length));
    offset = start + length;
  }
  return { payloads, error: null, padding: 0 };
}

/** The group id of the fuzzed listener and its good peer. */
export const GROUP_ID = 'g1';
/** The listener under test. */
export const TARGET_ID = 'n2';
/** A real member that dials the target (its id sorts first) and must keep being served. */
export const GOOD_PEER_ID = 'n1';
/**
 * A member id the target knows and lets dial it but never dials itself (it sorts
 * first): the fuzz speaks as this member, with or without the secret.
 */
export const FUZZ_PEER_ID = 'n0';
/** Nothing listens there: the target never dials n0, so the address is never used. */
const UNUSED_ADDRESS = '127.0.0.1:1';

/** The listener under test, the good peer, and what the target delivered. */
export interface PeerFixture {
  secret: Uint8Array;
  target: TcpTransport;
  good: TcpTransport;
  deliveredToTarget: Message[];
  deliveredToGood: Message[];
  close(): Promise<void>;
}

/**
 * Starts the target (with a short handshake timeout, so a fuzzed connection that
 * goes quiet is cut quickly) and a good peer connected to it. The target answers
 * page requests: zeros for a read, nothing for a write.
 */
export async function startPeerFixture(handshakeTimeoutMs: number): Promise<PeerFixture> {
  const secret = randomBytes(32);
  const common = { groupId: GROUP_ID, secret, listenHost: '127.0.0.1', listenPort: 0, handshakeTimeoutMs };
  const target = new TcpTransport({ ...common, id: TARGET_ID, peers: new Map() });
  const good = new TcpTransport({ ...common, id: GOOD_PEER_ID, peers: new Map() });
  await target.start();
  await good.start();
  target.setPeers(new Map([[FUZZ_PEER_ID, UNUSED_ADDRESS], [GOOD_PEER_ID, `127.0.0.1:${good.port()}`]]));
  good.setPeers(new Map([[TARGET_ID, `127.0.0.1:${target.port()}`]]));
  target.onPageRequest(async (_from, request) => (request.write ? new Uint8Array(0) : new Uint8Array(request.length)));
  const deliveredToTarget: Message[] = [];
  const deliveredToGood: Message[] = [];
  target.onMessage((m) => deliveredToTarget.push(m));
  good.onMessage((m) => deliveredToGood.push(m));
  return { secret, target, good, deliveredToTarget, deliveredToGood, close: async () => void (await Promise.all([target.close(), good.close()])) };
}

/** Polls `condition` until it holds or `timeoutMs` passes. */
export async function pollUntil(condition: () => boolean, timeoutMs = STEP_TIMEOUT_MS): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return true;
}

let heartbeatMarker = 1;

/**
 * True when the good peer and the target exchange a heartbeat each way: the
 * target's listener and its legitimate connection survived whatever came before.
 */
export async function stillServes(fixture: PeerFixture): Promise<boolean> {
  const { target, good, deliveredToTarget, deliveredToGood } = fixture;
  const connected = await pollUntil(() => target.peerStates().get(GOOD_PEER_ID)?.connected === true && good.peerStates().get(TARGET_ID)?.connected === true);
  if (!connected) return false;
  const marker = heartbeatMarker++;
  good.send([message({ type: MessageType.Heartbeat, from: GOOD_PEER_ID, to: TARGET_ID, term: 1, commit: marker })]);
  target.send([message({ type: MessageType.Heartbeat, from: TARGET_ID, to: GOOD_PEER_ID, term: 1, commit: marker })]);
  return pollUntil(() => deliveredToTarget.some((m) => m.commit === marker && m.from === GOOD_PEER_ID) && deliveredToGood.some((m) => m.commit === marker));
}

/** A fresh dialer's side of the handshake, speaking as `id` with `secret`. */
export function dialerAs(id: NodeId, secret: Uint8Array): DialerHandshake {
  return new DialerHandshake({ groupId: GROUP_ID, selfId: id, secret, nonce: randomBytes(NONCE_BYTES) }, TARGET_ID);
}

/**
 * Connects as FUZZ_PEER_ID with the secret and completes the handshake honestly.
 * @throws Error when the target does not welcome it (a failure of the test).
 */
export async function authenticatedPeer(port: number, secret: Uint8Array): Promise<RawPeer> {
  const peer = await RawPeer.connect(port);
  const dialer = dialerAs(FUZZ_PEER_ID, secret);
  await peer.send(dialer.start());
  for (let expected = 1; expected <= 2; expected++) {
    if (!(await peer.until(() => peer.envelopes.length >= expected || peer.closed))) throw new Error('no handshake answer from the target');
    const envelope = peer.envelopes[expected - 1];
    if (envelope === undefined) throw new Error(`the target closed an honest handshake (garbled: ${String(peer.garbled)})`);
    const step = dialer.receive(envelope);
    if (step.outcome === 'failed') throw new Error(`an honest handshake failed: ${step.error.code}`);
    if (step.reply !== null) await peer.send(step.reply);
    if (step.outcome === 'established') {
      peer.envelopes.length = 0;
      return peer;
    }
  }
  throw new Error('the handshake did not end after the Welcome');
}
