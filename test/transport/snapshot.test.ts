/**
 * Snapshots too large for one frame cross between TcpTransports in chunks: intact,
 * reported delivered only after the last chunk, interleaved with heartbeats and
 * appends, failed (and never half delivered) when the connection is cut, refused
 * when over SNAPSHOT_BYTES_MAX or while another snapshot to the same peer is going
 * out. A hand-written peer checks that the receiver cuts inconsistent chunk streams.
 */
import test, { type ExecutionContext } from 'ava';
import { randomBytes } from 'node:crypto';
import diagnosticsChannel from 'node:diagnostics_channel';
import { type Message, MessageType, type NodeId, entry, message } from '../../src/raft/types.js';
import { encodeRaftMessage } from '../../src/proto/index.js';
import {
  SNAPSHOT_BYTES_MAX,
  SNAPSHOT_CHANNEL,
  SNAPSHOT_CHUNK_BYTES,
  type SnapshotChunkEvent,
  type TcpTransport,
} from '../../src/transport/index.js';
import { closedBy, collect, fakeDialer, newSecret, raftMessage, startGroup, startTransport, waitConnected, waitFor } from './helpers.js';

const MIB = 1024 * 1024;

/** A MsgSnap carrying `data`, with the snapshot's index as a marker. */
function snapMessage(from: NodeId, to: NodeId, data: Uint8Array, index = 40): Message {
  const metadata = { confState: { voters: [from, to].sort(), learners: [] }, index, term: 3 };
  return message({ type: MessageType.Snap, from, to, term: 3, snapshot: { metadata, data } });
}

function snapshots(received: Message[]): Message[] {
  return received.filter((m) => m.type === MessageType.Snap);
}

/**
 * Two connected transports, `${name}1` (sending) and `${name}2`, what the second
 * receives, and the first's snapshot reports. Each test has ids of its own: the
 * tests of a file run concurrently in one process, and chunk events are matched by id.
 */
async function pair(t: ExecutionContext, name: string): Promise<{ n1: TcpTransport; n2: TcpTransport; at2: Message[]; statuses: Array<[NodeId, boolean]> }> {
  const group = await startGroup(t, [`${name}1`, `${name}2`]);
  const [n1, n2] = [group.get(`${name}1`)!, group.get(`${name}2`)!];
  const at2 = collect(n2);
  const statuses: Array<[NodeId, boolean]> = [];
  n1.onSnapshotStatus((peer, delivered) => statuses.push([peer, delivered]));
  await waitConnected(group);
  return { n1, n2, at2, statuses };
}

/** Calls `listener` with every chunk event of member `id`, until the test ends. */
function onChunk(t: ExecutionContext, id: NodeId, listener: (event: SnapshotChunkEvent) => void): void {
  const subscriber = (event: unknown): void => {
    if ((event as SnapshotChunkEvent).id === id) listener(event as SnapshotChunkEvent);
  };
  diagnosticsChannel.subscribe(SNAPSHOT_CHANNEL, subscriber);
  t.teardown(() => diagnosticsChannel.unsubscribe(SNAPSHOT_CHANNEL, subscriber));
}

test('a 40 MiB snapshot crosses intact in chunks, and is reported delivered', async (t) => {
  const { n1, n2, at2, statuses } = await pair(t, 'big');
  const data = randomBytes(40 * MIB);
  const startedMs = Date.now();
  n1.send([snapMessage('big1', 'big2', data)]);
  await waitFor('the snapshot and its status', () => at2.length === 1 && statuses.length === 1);
  t.log(`40 MiB delivered in ${Date.now() - startedMs} ms`);
  t.deepEqual(statuses, [['big2', true]]);
  const [received] = at2;
  t.is(received!.type, MessageType.Snap);
  t.deepEqual(received!.snapshot!.metadata, { confState: { voters: ['big1', 'big2'], learners: [] }, index: 40, term: 3 });
  t.true(Buffer.from(received!.snapshot!.data).equals(data), 'byte for byte');
  t.is(n1.stats().snapshotChunksSent, 40);
  t.is(n2.stats().snapshotChunksReceived, 40);
  t.like(n2.stats(), { messagesReceived: 1, snapshotsAbandoned: 0 });
  t.like(n1.stats(), { messagesSent: 1 });
  t.is(n1.peerStates().get('big2')!.snapshotBytesQueued, 0);
});

test('heartbeats and appends sent while a snapshot is going out arrive before its last chunk', async (t) => {
  const { n1, n2, at2, statuses } = await pair(t, 'fair');
  const chunksAtDelivery = new Map<number, number>();
  n2.onMessage((m) => chunksAtDelivery.set(m.commit, n2.stats().snapshotChunksReceived));
  // Sent together with the snapshot: queued frames go before its first chunk.
  n1.send([snapMessage('fair1', 'fair2', new Uint8Array(40 * MIB)), raftMessage('fair1', 'fair2', 1)]);
  // Sent from inside the transfer, once chunk 10 is flushed.
  const append = message({ type: MessageType.App, from: 'fair1', to: 'fair2', term: 3, commit: 3, entries: [entry({ term: 3, index: 8, data: Buffer.from('x') })] });
  onChunk(t, 'fair1', (event) => event.direction === 'sent' && event.chunkIndex === 10 && n1.send([raftMessage('fair1', 'fair2', 2), append]));
  await waitFor('the snapshot, both heartbeats and the append', () => at2.length === 4 && statuses.length === 1);
  t.deepEqual(statuses, [['fair2', true]]);
  t.deepEqual(at2.map((m) => m.type), [MessageType.Heartbeat, MessageType.Heartbeat, MessageType.App, MessageType.Snap]);
  t.is(chunksAtDelivery.get(1), 0, 'the first heartbeat went before any chunk');
  // Behind chunk 10 there is at most the chunk in n1's socket buffer, then the heartbeat.
  t.true(chunksAtDelivery.get(2)! <= 12, `the second heartbeat arrived after ${chunksAtDelivery.get(2)} chunks`);
  t.true(chunksAtDelivery.get(3)! <= 12, `the append arrived after ${chunksAtDelivery.get(3)} chunks`);
});

test('a connection cut mid-snapshot reports it failed and delivers nothing of it', async (t) => {
  const { n1, n2, at2, statuses } = await pair(t, 'cut');
  // The receiver leaves the group after its fifth chunk: the connection is cut mid-way.
  onChunk(t, 'cut2', (event) => event.direction === 'received' && event.chunkIndex === 4 && n2.setPeers(new Map()));
  n1.send([snapMessage('cut1', 'cut2', new Uint8Array(40 * MIB))]);
  await waitFor('the snapshot failed', () => statuses.length === 1);
  t.deepEqual(statuses, [['cut2', false]]);
  await waitFor('the partial snapshot dropped', () => n2.stats().snapshotsAbandoned === 1);
  t.deepEqual(snapshots(at2), []);
  t.is(n2.stats().snapshotChunksReceived, 5);
  t.true(n1.stats().messagesDropped.connectionLost >= 1);
  t.is(n1.peerStates().get('cut2')!.snapshotBytesQueued, 0);
});

test('a snapshot over SNAPSHOT_BYTES_MAX is refused: reported failed and counted, the link keeps working', async (t) => {
  const { n1, at2, statuses } = await pair(t, 'huge');
  const unreachable: NodeId[] = [];
  n1.onUnreachable((peer) => unreachable.push(peer));
  // Never touched: zero-filled memory is mapped lazily, so this costs no real memory.
  const data = new Uint8Array(SNAPSHOT_BYTES_MAX + 1);
  n1.send([snapMessage('huge1', 'huge2', data), raftMessage('huge1', 'huge2', 5)]);
  await waitFor('the heartbeat and the snapshot status', () => at2.length === 1 && statuses.length === 1);
  t.deepEqual(statuses, [['huge2', false]]);
  t.deepEqual(unreachable, ['huge2']);
  t.is(at2[0]!.commit, 5);
  t.like(n1.stats().messagesDropped, { snapshotTooLarge: 1, frameTooLarge: 0 });
  t.is(n1.stats().snapshotChunksSent, 0);
});

test('a second snapshot to a peer while one is going out is refused; the first finishes', async (t) => {
  const { n1, n2, at2, statuses } = await pair(t, 'busy');
  n1.send([snapMessage('busy1', 'busy2', new Uint8Array(4 * MIB).fill(1), 41), snapMessage('busy1', 'busy2', new Uint8Array(4 * MIB).fill(2), 42)]);
  await waitFor('both statuses and one snapshot', () => statuses.length === 2 && at2.length === 1);
  // The refusal is reported at once, the delivery after the last chunk.
  t.deepEqual(statuses, [['busy2', false], ['busy2', true]]);
  t.is(at2[0]!.snapshot!.metadata.index, 41);
  t.true(at2[0]!.snapshot!.data.every((b) => b === 1));
  t.is(n1.stats().messagesDropped.snapshotBusy, 1);
  // Once it settled, the next one goes.
  n1.send([snapMessage('busy1', 'busy2', new Uint8Array(2 * MIB), 43)]);
  await waitFor('the next snapshot', () => at2.length === 2 && statuses.length === 3);
  t.deepEqual(statuses[2], ['busy2', true]);
  t.is(at2[1]!.snapshot!.metadata.index, 43);
  t.is(n2.stats().snapshotsAbandoned, 0);
});

test('a snapshot just under the chunking threshold still travels as one frame', async (t) => {
  const { n1, at2, statuses } = await pair(t, 'small');
  n1.send([snapMessage('small1', 'small2', new Uint8Array(SNAPSHOT_CHUNK_BYTES - 1024).fill(7))]);
  await waitFor('the snapshot', () => at2.length === 1 && statuses.length === 1);
  t.deepEqual(statuses, [['small2', true]]);
  t.is(at2[0]!.snapshot!.data.byteLength, SNAPSHOT_CHUNK_BYTES - 1024);
  t.is(n1.stats().snapshotChunksSent, 0);
});

/** n2 with a hand-written n1 dialed into it, and what n2 delivers. */
async function fakeSender(t: ExecutionContext): Promise<{ n2: TcpTransport; fake: Awaited<ReturnType<typeof fakeDialer>>; at2: Message[] }> {
  const secret = newSecret();
  const n2 = await startTransport(t, 'n2', { secret, peers: new Map([['n1', '127.0.0.1:1']]) });
  const at2 = collect(n2);
  const fake = await fakeDialer(t, n2.port(), { id: 'n1', acceptorId: 'n2', secret });
  await waitFor('n2 connected to n1', () => n2.peerStates().get('n1')!.connected);
  return { n2, fake, at2 };
}

/** The chunks of a snapshot of `totalBytes` as a correct sender makes them, written with the generated encoder. */
function chunksOf(snapshotId: number, totalBytes: number): Array<{ kind: 'snapshotChunk'; snapshotId: number; chunkIndex: number; chunkCount: number; totalBytes: number; message: Uint8Array; data: Uint8Array }> {
  const header = encodeRaftMessage(snapMessage('n1', 'n2', new Uint8Array(0)));
  const chunkCount = Math.max(1, Math.ceil(totalBytes / SNAPSHOT_CHUNK_BYTES));
  return Array.from({ length: chunkCount }, (_, chunkIndex) => ({
    kind: 'snapshotChunk' as const,
    snapshotId,
    chunkIndex,
    chunkCount,
    totalBytes,
    message: chunkIndex === 0 ? header : new Uint8Array(0),
    data: new Uint8Array(Math.min(SNAPSHOT_CHUNK_BYTES, totalBytes - chunkIndex * SNAPSHOT_CHUNK_BYTES)).fill(chunkIndex),
  }));
}

test('the receiver reassembles chunks from any correct sender (here the generated encoder)', async (t) => {
  const { fake, at2 } = await fakeSender(t);
  for (const chunk of chunksOf(9, 3 * MIB + 5)) fake.send(chunk);
  await waitFor('the snapshot', () => at2.length === 1);
  const data = at2[0]!.snapshot!.data;
  t.is(data.byteLength, 3 * MIB + 5);
  t.deepEqual([data[0], data[MIB], data[2 * MIB], data[3 * MIB + 4]], [0, 1, 2, 3]);
});

for (const [name, corrupt] of [
  ['a chunk out of order', (chunks: ReturnType<typeof chunksOf>) => [chunks[0]!, chunks[2]!]],
  ['a chunk of another snapshot id', (chunks: ReturnType<typeof chunksOf>) => [chunks[0]!, { ...chunks[1]!, snapshotId: 10 }]],
  ['a chunk of the wrong size', (chunks: ReturnType<typeof chunksOf>) => [chunks[0]!, { ...chunks[1]!, data: chunks[1]!.data.subarray(1) }]],
  ['a snapshot declared over SNAPSHOT_BYTES_MAX', (chunks: ReturnType<typeof chunksOf>) => [{ ...chunks[0]!, totalBytes: SNAPSHOT_BYTES_MAX + 1 }]],
] as const) {
  test(`${name} cuts the connection, and nothing partial is delivered`, async (t) => {
    const { n2, fake, at2 } = await fakeSender(t);
    for (const chunk of corrupt(chunksOf(9, 3 * MIB))) fake.send(chunk);
    await closedBy(fake.socket);
    t.is(n2.stats().protocolViolations, 1);
    t.deepEqual(at2, []);
    t.false(n2.peerStates().get('n1')!.connected);
  });
}
