/**
 * Shared pieces of the transport tests: bounded polling instead of sleeps, groups of
 * real TcpTransports on 127.0.0.1 with random ports, and message builders.
 */
import type { ExecutionContext } from 'ava';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { type Message, MessageType, type NodeId, message } from '../../src/raft/types.js';
import { encodeRaftMessage } from '../../src/proto/index.js';
import {
  DialerHandshake,
  type Envelope,
  FrameDecoder,
  MAX_FRAME_BYTES,
  NONCE_BYTES,
  TcpTransport,
  type TcpTransportOptions,
  decodeEnvelope,
  encodeEnvelope,
  encodeFrame,
} from '../../src/transport/index.js';

/** The longest any condition is waited for; far above what loopback needs, so only a bug reaches it. */
export const WAIT_TIMEOUT_MS = 30_000;
/** How often a condition is checked. */
const POLL_INTERVAL_MS = 5;

/** Resolves once `condition()` holds; rejects after `timeoutMs`, naming `what`. */
export async function waitFor(what: string, condition: () => boolean, timeoutMs = WAIT_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

/** A fresh group secret. */
export function newSecret(): Uint8Array {
  return randomBytes(32);
}

/** A heartbeat-like message with a marker in `commit`, so tests can tell messages apart. */
export function raftMessage(from: NodeId, to: NodeId, marker: number, type: MessageType = MessageType.Heartbeat): Message {
  return message({ type, from, to, term: 1, commit: marker });
}

/** A transport listening on a random loopback port, closed when the test ends. */
export async function startTransport(
  t: ExecutionContext,
  id: NodeId,
  overrides: Partial<TcpTransportOptions> & { secret: Uint8Array },
): Promise<TcpTransport> {
  const transport = new TcpTransport({ id, groupId: 'g1', listenHost: '127.0.0.1', listenPort: 0, peers: new Map(), ...overrides });
  t.teardown(() => transport.close());
  await transport.start();
  return transport;
}

/** The `host:port` a started transport listens on. */
export function addressOf(transport: TcpTransport): string {
  return `127.0.0.1:${transport.port()}`;
}

/** Started transports for `ids` in one group, each knowing all the others. */
export async function startGroup(t: ExecutionContext, ids: NodeId[], secret = newSecret()): Promise<Map<NodeId, TcpTransport>> {
  const group = new Map<NodeId, TcpTransport>();
  for (const id of ids) group.set(id, await startTransport(t, id, { secret }));
  const addresses = new Map([...group].map(([id, transport]) => [id, addressOf(transport)]));
  for (const transport of group.values()) transport.setPeers(addresses);
  return group;
}

/** Everything `transport` delivers, in order. */
export function collect(transport: { onMessage(handler: (m: Message) => void): void }): Message[] {
  const received: Message[] = [];
  transport.onMessage((m) => received.push(m));
  return received;
}

/** Whether `transport` has an authenticated connection to `peer`. */
export function isConnected(transport: TcpTransport, peer: NodeId): boolean {
  return transport.peerStates().get(peer)?.connected ?? false;
}

/** Waits until every member of the group is connected to every other. */
export async function waitConnected(group: Map<NodeId, TcpTransport>): Promise<void> {
  await waitFor('all members connected', () =>
    [...group].every(([id, transport]) => [...group.keys()].every((peer) => peer === id || isConnected(transport, peer))),
  );
}

/** A raw socket to `port`, destroyed when the test ends; resolves once connected. */
export async function rawSocket(t: ExecutionContext, port: number): Promise<net.Socket> {
  const socket = net.connect({ host: '127.0.0.1', port });
  t.teardown(() => socket.destroy());
  socket.on('error', () => {}); // the transport may reset it; the test checks the close
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return socket;
}

/** Resolves when `socket` has closed (the transport cut it). */
export function closedBy(socket: net.Socket): Promise<void> {
  return socket.closed ? Promise.resolve() : new Promise((resolve) => socket.once('close', () => resolve()));
}

/** A peer written by hand over a raw socket: it speaks the protocol only as far as a test wants. */
export interface FakePeer {
  socket: net.Socket;
  /** Envelopes received after the handshake (or all of them, when it failed). */
  received: Envelope[];
  /** Writes one envelope as a frame. */
  send(envelope: Envelope): void;
}

/**
 * Dials `port` as member `id` and runs the dialer's side of the handshake by hand.
 * Resolves once Welcome arrives; rejects with the HandshakeError code if refused.
 */
export async function fakeDialer(
  t: ExecutionContext,
  port: number,
  options: { id: NodeId; acceptorId: NodeId; secret: Uint8Array; groupId?: string },
): Promise<FakePeer> {
  const socket = await rawSocket(t, port);
  const handshake = new DialerHandshake(
    { groupId: options.groupId ?? 'g1', selfId: options.id, secret: options.secret, nonce: randomBytes(NONCE_BYTES) },
    options.acceptorId,
  );
  const decoder = new FrameDecoder(MAX_FRAME_BYTES);
  const peer: FakePeer = { socket, received: [], send: (envelope) => socket.write(encodeFrame(encodeEnvelope(envelope))) };
  return new Promise<FakePeer>((resolve, reject) => {
    let established = false;
    socket.on('data', (chunk: Buffer) =>
      decoder.push(chunk, (payload) => {
        const envelope = decodeEnvelope(payload);
        if (established) return void peer.received.push(envelope);
        const step = handshake.receive(envelope);
        if (step.reply !== null) peer.send(step.reply);
        if (step.outcome === 'established') {
          established = true;
          resolve(peer);
        } else if (step.outcome === 'failed') {
          reject(new Error(step.error.code));
        }
      }),
    );
    socket.once('close', () => reject(new Error('closed during the handshake')));
    peer.send(handshake.start());
  });
}

/** Bytes of one RaftBatch frame carrying `messages`. */
export function raftBatchFrame(messages: Message[]): Buffer {
  return encodeFrame(encodeEnvelope({ kind: 'raftBatch', messages: messages.map(encodeRaftMessage) }));
}

/** Reads every frame `socket` receives into envelopes (for a socket whose handshake the test writes itself). */
export function envelopesFrom(socket: net.Socket): Envelope[] {
  const envelopes: Envelope[] = [];
  const decoder = new FrameDecoder(MAX_FRAME_BYTES);
  socket.on('data', (chunk: Buffer) => decoder.push(chunk, (payload) => envelopes.push(decodeEnvelope(payload))));
  return envelopes;
}

/** A port on 127.0.0.1 with nothing listening on it (bound, then released). */
export async function unusedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
