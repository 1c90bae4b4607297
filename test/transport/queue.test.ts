/**
 * Bounded send queues: with the peer down nothing is queued at all, and with a peer
 * that stops reading the queue stops at its bounds (frames and bytes); everything
 * past them is dropped, counted and reported. When the peer reads again, the queue
 * drains.
 */
import test from 'ava';
import { MessageType, type NodeId, entry, message } from '../../src/raft/types.js';
import { SEND_QUEUE_BYTES_MAX, SEND_QUEUE_FRAMES_MAX, type TcpTransport } from '../../src/transport/index.js';
import { fakeDialer, newSecret, raftMessage, startTransport, unusedPort, waitFor } from './helpers.js';

/** Checks the bounds of n2's queue to n1 after every send. */
function assertBounded(n2: TcpTransport): void {
  const state = n2.peerStates().get('n1')!;
  if (state.queuedFrames > SEND_QUEUE_FRAMES_MAX || state.queuedBytes > SEND_QUEUE_BYTES_MAX) {
    throw new Error(`queue past its bounds: ${state.queuedFrames} frames, ${state.queuedBytes} bytes`);
  }
}

test('with the peer down, nothing is queued: every message is dropped, counted and reported', async (t) => {
  const n1 = await startTransport(t, 'n1', { secret: newSecret(), peers: new Map([['n2', `127.0.0.1:${await unusedPort()}`]]) });
  const unreachable: NodeId[] = [];
  n1.onUnreachable((peer) => unreachable.push(peer));
  for (let i = 0; i < 100_000; i++) n1.send([raftMessage('n1', 'n2', i)]);
  t.deepEqual(n1.peerStates().get('n2'), { ...n1.peerStates().get('n2')!, connected: false, queuedFrames: 0, queuedBytes: 0 });
  t.is(n1.stats().messagesDropped.noConnection, 100_000);
  await waitFor('the unreachable report', () => unreachable.length > 0);
  // Reports are coalesced: one per peer per tick, not one per message.
  t.deepEqual(unreachable, ['n2']);
});

/** n2 with a hand-written n1 connected to it that has stopped reading. */
async function stalledPeer(t: Parameters<typeof fakeDialer>[0]): Promise<{ n2: TcpTransport; resume: () => void; received: () => number }> {
  const secret = newSecret();
  const n2 = await startTransport(t, 'n2', { secret, peers: new Map([['n1', '127.0.0.1:1']]) });
  const fake = await fakeDialer(t, n2.port(), { id: 'n1', acceptorId: 'n2', secret });
  await waitFor('n2 connected to n1', () => n2.peerStates().get('n1')!.connected);
  fake.socket.pause();
  return { n2, resume: () => fake.socket.resume(), received: () => fake.received.length };
}

test('a peer that stops reading: the queue stops at SEND_QUEUE_FRAMES_MAX and the rest is dropped', async (t) => {
  const { n2, resume, received } = await stalledPeer(t);
  const unreachable: NodeId[] = [];
  n2.onUnreachable((peer) => unreachable.push(peer));
  const payload = new Uint8Array(4096);
  let sent = 0;
  // Send until the queue itself is full (the kernel's buffers take some first), with a turn of the event loop now and then so flushes happen.
  while (n2.stats().messagesDropped.queueFull === 0) {
    for (let i = 0; i < 100; i++, sent++) n2.send([message({ type: MessageType.App, from: 'n2', to: 'n1', entries: [entry({ data: payload })] })]);
    assertBounded(n2);
    await new Promise((resolve) => setImmediate(resolve));
    assertBounded(n2);
  }
  t.is(n2.peerStates().get('n1')!.queuedFrames, SEND_QUEUE_FRAMES_MAX);
  await waitFor('queue full reported unreachable', () => unreachable.includes('n1'));
  resume();
  await waitFor('the queue drains', () => n2.peerStates().get('n1')!.queuedFrames === 0);
  const { messagesDropped, messagesSent } = n2.stats();
  t.is(messagesSent + messagesDropped.queueFull, sent);
  await waitFor('the peer reads every frame that was sent', () => received() === messagesSent);
});

test('a peer that stops reading: the queue stops at SEND_QUEUE_BYTES_MAX and the rest is dropped', async (t) => {
  const { n2, resume } = await stalledPeer(t);
  const payload = new Uint8Array(1024 * 1024);
  let sent = 0;
  while (n2.stats().messagesDropped.queueFull === 0) {
    for (let i = 0; i < 4; i++, sent++) n2.send([message({ type: MessageType.App, from: 'n2', to: 'n1', entries: [entry({ data: payload })] })]);
    assertBounded(n2);
    await new Promise((resolve) => setImmediate(resolve));
    assertBounded(n2);
  }
  const state = n2.peerStates().get('n1')!;
  t.true(state.queuedBytes > SEND_QUEUE_BYTES_MAX - 2 * payload.byteLength, `only ${state.queuedBytes} bytes queued`);
  t.true(state.queuedFrames < SEND_QUEUE_FRAMES_MAX);
  resume();
  await waitFor('the queue drains', () => n2.peerStates().get('n1')!.queuedBytes === 0);
  const { messagesDropped, messagesSent } = n2.stats();
  t.is(messagesSent + messagesDropped.queueFull, sent);
});

test('a connection lost with frames queued counts them as lost and fails their snapshots', async (t) => {
  const { n2 } = await stalledPeer(t);
  const statuses: boolean[] = [];
  n2.onSnapshotStatus((_, delivered) => statuses.push(delivered));
  const payload = new Uint8Array(1024 * 1024);
  // Fill the kernel's buffers and our queue, then snapshots behind them: a small one
  // (a frame in the queue) and one sent in chunks (beside the queue, waiting for room).
  while (n2.peerStates().get('n1')!.queuedBytes < 8 * payload.byteLength) {
    n2.send([message({ type: MessageType.App, from: 'n2', to: 'n1', entries: [entry({ data: payload })] })]);
    await new Promise((resolve) => setImmediate(resolve));
  }
  const metadata = { confState: { voters: [], learners: [] }, index: 1, term: 1 };
  const small = message({ type: MessageType.Snap, from: 'n2', to: 'n1', snapshot: { metadata, data: payload.subarray(0, 1024) } });
  const large = message({ type: MessageType.Snap, from: 'n2', to: 'n1', snapshot: { metadata, data: new Uint8Array(4 * payload.byteLength) } });
  n2.send([small, large]);
  const state = n2.peerStates().get('n1')!;
  t.is(state.snapshotBytesQueued, large.snapshot!.data.byteLength);
  const queued = state.queuedFrames + 1; // the chunked snapshot is one message outside the queue
  const sentBefore = n2.stats().messagesSent;
  n2.setPeers(new Map()); // cuts the connection
  await waitFor('both snapshots failed', () => statuses.length === 2);
  t.deepEqual(statuses, [false, false]);
  // Every queued message was either flushed before the cut (the kernel may still take some) or counted lost.
  const { messagesDropped, messagesSent } = n2.stats();
  t.is(messagesDropped.connectionLost + messagesSent - sentBefore, queued);
  t.true(messagesDropped.connectionLost >= 2);
});
