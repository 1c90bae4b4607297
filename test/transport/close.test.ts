/**
 * close() leaves nothing behind: no listening socket, no connection (established,
 * mid-handshake or being dialed), no retry or handshake timer. If it did, ava
 * would wait for the handles forever; the test also counts them directly.
 * Serial, because the count covers the whole process.
 */
import test from 'ava';
import { MessageType, message, emptySnapshot } from '../../src/raft/types.js';
import { addressOf, newSecret, raftMessage, rawSocket, startGroup, startTransport, unusedPort, waitConnected, waitFor } from './helpers.js';

/** Counts of the handle kinds a transport creates. */
function handles(): { TCPServerWrap: number; TCPSocketWrap: number; Timeout: number } {
  const active = process.getActiveResourcesInfo();
  const count = (kind: string): number => active.filter((k) => k === kind).length;
  return { TCPServerWrap: count('TCPServerWrap'), TCPSocketWrap: count('TCPSocketWrap'), Timeout: count('Timeout') };
}

test.serial('close() releases every socket and timer, from every state a link can be in', async (t) => {
  const baseline = handles();
  const secret = newSecret();
  const group = await startGroup(t, ['n1', 'n2', 'n3'], secret);
  await waitConnected(group);
  const n1 = group.get('n1')!;
  // A link being retried (nothing listens there), an inbound socket mid-handshake, and queued traffic.
  n1.setPeers(new Map([['n2', addressOf(group.get('n2')!)], ['n3', addressOf(group.get('n3')!)], ['n4', `127.0.0.1:${await unusedPort()}`]]));
  await waitFor('a failed dial to n4', () => n1.stats().dialFailures >= 1);
  const silent = await rawSocket(t, group.get('n3')!.port());
  const statuses: boolean[] = [];
  n1.onSnapshotStatus((_, delivered) => statuses.push(delivered));
  n1.send([raftMessage('n1', 'n2', 1), message({ type: MessageType.Snap, from: 'n1', to: 'n2', snapshot: emptySnapshot() })]);
  t.true(handles().TCPSocketWrap > baseline.TCPSocketWrap);

  await Promise.all([...group.values()].map((transport) => transport.close()));
  silent.destroy();
  await new Promise((resolve) => silent.once('close', resolve));
  t.deepEqual(handles(), baseline);
  // Reports stop with close(): nothing reaches the driver afterwards.
  t.deepEqual(statuses, []);
});

test.serial('close() is idempotent, and send() after close drops without throwing', async (t) => {
  const baseline = handles();
  const n1 = await startTransport(t, 'n1', { secret: newSecret(), peers: new Map([['n2', '127.0.0.1:1']]) });
  const closing = n1.close();
  t.is(n1.close(), closing);
  await closing;
  t.notThrows(() => n1.send([raftMessage('n1', 'n2', 1)]));
  t.deepEqual(handles(), baseline);
});

test.serial('a transport closed before start() has nothing to release', async (t) => {
  const baseline = handles();
  const { TcpTransport } = await import('../../src/transport/index.js');
  const n1 = new TcpTransport({ id: 'n1', groupId: 'g1', secret: newSecret(), listenHost: '127.0.0.1', listenPort: 0, peers: new Map([['n2', '127.0.0.1:1']]) });
  await n1.close();
  t.deepEqual(handles(), baseline);
});
