/**
 * TcpTransports on loopback: one authenticated connection per pair carries Raft
 * messages both ways, batches share frames, snapshots report their fate, and
 * messages that cannot be sent are dropped, counted and reported — never thrown.
 * Snapshots too large for one frame: ./snapshot.test.ts.
 */
import test from 'ava';
import diagnosticsChannel from 'node:diagnostics_channel';
import { MessageType, type NodeId, emptySnapshot, message } from '../../src/raft/types.js';
import { DROP_CHANNEL, TcpTransport } from '../../src/transport/index.js';
import { collect, newSecret, raftMessage, startGroup, startTransport, waitConnected, waitFor } from './helpers.js';

/**
 * Authenticated connections open now. (Counted rather than assumed from
 * connectionsEstablished: on a starved machine a handshake may time out and be redone.)
 */
function liveConnections(transport: TcpTransport): number {
  const { connectionsEstablished, connectionsLost } = transport.stats();
  return connectionsEstablished - connectionsLost;
}

test('two members exchange messages both ways over one connection, in order', async (t) => {
  const group = await startGroup(t, ['n1', 'n2']);
  const [n1, n2] = [group.get('n1')!, group.get('n2')!];
  const at1 = collect(n1);
  const at2 = collect(n2);
  await waitConnected(group);
  for (let i = 0; i < 100; i++) {
    n1.send([raftMessage('n1', 'n2', i)]);
    n2.send([raftMessage('n2', 'n1', 1000 + i)]);
  }
  await waitFor('100 messages each way', () => at1.length === 100 && at2.length === 100);
  t.deepEqual(at2.map((m) => m.commit), Array.from({ length: 100 }, (_, i) => i));
  t.deepEqual(at1.map((m) => m.commit), Array.from({ length: 100 }, (_, i) => 1000 + i));
  t.true(at1.every((m) => m.from === 'n2' && m.to === 'n1' && m.type === MessageType.Heartbeat));
  // One connection on each side carried both directions.
  t.is(liveConnections(n1), 1);
  t.is(liveConnections(n2), 1);
  t.is(n1.stats().messagesReceived, 100);
  t.is(n1.stats().messagesSent, 100);
});

test('three members: each pair shares one connection and every message arrives', async (t) => {
  const ids = ['n1', 'n2', 'n3'];
  const group = await startGroup(t, ids);
  const received = new Map([...group].map(([id, transport]) => [id, collect(transport)]));
  await waitConnected(group);
  for (const [from, transport] of group) {
    transport.send(ids.filter((to) => to !== from).flatMap((to) => [raftMessage(from, to, 1), raftMessage(from, to, 2)]));
  }
  await waitFor('two messages from each peer', () => [...received.values()].every((list) => list.length === 4));
  for (const [id, list] of received) {
    const senders = list.map((m) => `${m.from}:${m.commit}`).sort();
    t.deepEqual(senders, ids.filter((peer) => peer !== id).flatMap((peer) => [`${peer}:1`, `${peer}:2`]), id);
    t.is(liveConnections(group.get(id)!), 2, `${id} has exactly one connection per peer`);
  }
});

test('messages for one peer handed over together travel in one frame', async (t) => {
  const group = await startGroup(t, ['n1', 'n2']);
  const [n1, n2] = [group.get('n1')!, group.get('n2')!];
  const at2 = collect(n2);
  await waitConnected(group);
  const framesBefore = n1.stats().framesSent;
  n1.send(Array.from({ length: 500 }, (_, i) => raftMessage('n1', 'n2', i)));
  await waitFor('500 messages', () => at2.length === 500);
  t.is(n1.stats().framesSent - framesBefore, 1);
  t.deepEqual(at2.map((m) => m.commit), Array.from({ length: 500 }, (_, i) => i));
});

test('entries and snapshots arrive intact, and a flushed snapshot is reported delivered', async (t) => {
  const group = await startGroup(t, ['n1', 'n2']);
  const [n1, n2] = [group.get('n1')!, group.get('n2')!];
  const at2 = collect(n2);
  const statuses: Array<[NodeId, boolean]> = [];
  n1.onSnapshotStatus((peer, delivered) => statuses.push([peer, delivered]));
  await waitConnected(group);
  const snapshot = { ...emptySnapshot(), data: Buffer.alloc(3 * 1024 * 1024, 0xab) };
  snapshot.metadata = { confState: { voters: ['n1', 'n2'], learners: [] }, index: 40, term: 3 };
  const append = message({ type: MessageType.App, from: 'n1', to: 'n2', term: 3, index: 7, logTerm: 2, entries: [{ term: 3, index: 8, type: 0, data: Buffer.from('x') }] });
  const snap = message({ type: MessageType.Snap, from: 'n1', to: 'n2', term: 3, snapshot });
  n1.send([append, snap]);
  await waitFor('both messages and the snapshot status', () => at2.length === 2 && statuses.length === 1);
  t.deepEqual(statuses, [['n2', true]]);
  t.deepEqual(at2[0]!.entries.map((e) => Buffer.from(e.data).toString()), ['x']);
  t.is(at2[1]!.snapshot?.metadata.index, 40);
  t.true(Buffer.from(at2[1]!.snapshot!.data).equals(snapshot.data));
});

test('messages for unknown or unconnected peers are dropped, counted and reported, never thrown', async (t) => {
  const n1 = await startTransport(t, 'u1', { secret: newSecret(), peers: new Map([['u2', '127.0.0.1:1']]) });
  const unreachable: NodeId[] = [];
  const statuses: Array<[NodeId, boolean]> = [];
  n1.onUnreachable((peer) => unreachable.push(peer));
  n1.onSnapshotStatus((peer, delivered) => statuses.push([peer, delivered]));
  // Ids of its own: drops published by the other tests running alongside are not counted here.
  const published: Array<{ id: string }> = [];
  const subscriber = (event: unknown): void => void published.push(event as { id: string });
  diagnosticsChannel.subscribe(DROP_CHANNEL, subscriber);
  t.teardown(() => diagnosticsChannel.unsubscribe(DROP_CHANNEL, subscriber));
  const snap = message({ type: MessageType.Snap, from: 'u1', to: 'u2', snapshot: emptySnapshot() });
  t.notThrows(() => n1.send([raftMessage('u1', 'u2', 1), snap, raftMessage('u1', 'u9', 2)]));
  // Reports come asynchronously, never from inside send().
  t.deepEqual(unreachable, []);
  await waitFor('reports', () => unreachable.length === 2 && statuses.length === 1);
  t.deepEqual(unreachable.sort(), ['u2', 'u9']);
  t.deepEqual(statuses, [['u2', false]]);
  t.like(n1.stats().messagesDropped, { noConnection: 2, unknownPeer: 1 });
  t.deepEqual(published.filter((event) => event.id === 'u1'), [
    { id: 'u1', peer: 'u2', reason: 'noConnection', messages: 2 },
    { id: 'u1', peer: 'u9', reason: 'unknownPeer', messages: 1 },
  ]);
  t.deepEqual(n1.peerStates().get('u2'), {
    connected: false,
    queuedFrames: 0,
    queuedBytes: 0,
    framesSent: 0,
    bytesSent: 0,
    framesReceived: 0,
    bytesReceived: 0,
    messagesDropped: 2,
    snapshotBytesQueued: 0,
  });
});

test('local message types are a programmer error', async (t) => {
  const n1 = new TcpTransport({ id: 'n1', groupId: 'g1', secret: newSecret(), listenHost: '127.0.0.1', listenPort: 0, peers: new Map() });
  t.throws(() => n1.send([message({ type: MessageType.Hup, from: 'n1', to: 'n2' })]), { code: 'ERR_ASSERTION' });
  await n1.close();
});

test('bad options fail at construction, naming the option', (t) => {
  const base = { id: 'n1', groupId: 'g1', secret: newSecret(), listenHost: '127.0.0.1', listenPort: 0, peers: new Map<string, string>() };
  t.throws(() => new TcpTransport({ ...base, secret: new Uint8Array(8) }), { instanceOf: RangeError, message: /secret/ });
  t.throws(() => new TcpTransport({ ...base, id: '' }), { instanceOf: RangeError, message: /option id/ });
  t.throws(() => new TcpTransport({ ...base, listenPort: 70000 }), { instanceOf: RangeError, message: /listenPort/ });
  t.throws(() => new TcpTransport({ ...base, peers: new Map([['n2', 'no-port']]) }), { instanceOf: RangeError, message: /peers: n2/ });
  t.throws(() => new TcpTransport({ ...base, handshakeTimeoutMs: 0 }), { instanceOf: RangeError, message: /handshakeTimeoutMs/ });
  t.notThrows(() => new TcpTransport({ ...base, peers: new Map([['n2', '[::1]:7102'], ['n3', 'host.example:7103']]) }));
});
