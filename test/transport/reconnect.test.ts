/**
 * Links come back: after either side restarts (on a new port, told by setPeers, or
 * on the same one), with capped backoff between attempts; and membership changes
 * open and close links.
 */
import test from 'ava';
import type { NodeId } from '../../src/raft/types.js';
import type { TcpTransport } from '../../src/transport/index.js';
import { addressOf, collect, isConnected, newSecret, raftMessage, startGroup, startTransport, unusedPort, waitConnected, waitFor } from './helpers.js';

/** One heartbeat each way between `a` and `b`, and waits for both. */
async function exchange(a: TcpTransport, aId: NodeId, b: TcpTransport, bId: NodeId): Promise<void> {
  const atA = collect(a);
  const atB = collect(b);
  a.send([raftMessage(aId, bId, 1)]);
  b.send([raftMessage(bId, aId, 2)]);
  await waitFor(`a heartbeat each way between ${aId} and ${bId}`, () => atA.length === 1 && atB.length === 1);
}

test('the accepting member restarts on a new port: the dialer reconnects once told by setPeers', async (t) => {
  const secret = newSecret();
  const group = await startGroup(t, ['n1', 'n2'], secret);
  const n1 = group.get('n1')!;
  const unreachable: NodeId[] = [];
  n1.onUnreachable((peer) => unreachable.push(peer));
  await waitConnected(group);
  await group.get('n2')!.close();
  await waitFor('n1 sees n2 go', () => !isConnected(n1, 'n2'));
  await waitFor('n2 reported unreachable', () => unreachable.includes('n2'));
  const n2 = await startTransport(t, 'n2', { secret, peers: new Map([['n1', addressOf(n1)]]) });
  n1.setPeers(new Map([['n2', addressOf(n2)]]));
  await waitFor('reconnected', () => isConnected(n1, 'n2') && isConnected(n2, 'n1'));
  await exchange(n1, 'n1', n2, 'n2');
  const { connectionsEstablished, connectionsLost } = n1.stats();
  t.true(connectionsEstablished >= 2);
  t.is(connectionsEstablished - connectionsLost, 1, 'one live connection');
});

test('the dialing member restarts: it dials again and the acceptor takes the new connection', async (t) => {
  const secret = newSecret();
  const group = await startGroup(t, ['n1', 'n2'], secret);
  const n2 = group.get('n2')!;
  await waitConnected(group);
  await group.get('n1')!.close();
  await waitFor('n2 sees n1 go', () => !isConnected(n2, 'n1'));
  const n1 = await startTransport(t, 'n1', { secret, peers: new Map([['n2', addressOf(n2)]]) });
  await waitFor('reconnected', () => isConnected(n1, 'n2') && isConnected(n2, 'n1'));
  await exchange(n1, 'n1', n2, 'n2');
  const { connectionsEstablished, connectionsLost } = n2.stats();
  t.true(connectionsEstablished >= 2);
  t.is(connectionsEstablished - connectionsLost, 1, 'one live connection');
});

test('a dialer retries a peer that is down with growing delays, and connects when it comes up', async (t) => {
  const secret = newSecret();
  const port = await unusedPort();
  const warnings: string[] = [];
  const logger = { info() {}, warn: (_: unknown, message: string) => void warnings.push(message) };
  const started = Date.now();
  const n1 = await startTransport(t, 'n1', { secret, logger, peers: new Map([['n2', `127.0.0.1:${port}`]]) });
  await waitFor('four failed dials', () => n1.stats().dialFailures >= 4);
  // Delays after failures 1, 2, 3 are at least 100, 200 and 400 ms (half of 200, 400, 800).
  t.true(Date.now() - started >= 700, `four dials took only ${Date.now() - started} ms`);
  t.deepEqual(warnings, ['cannot connect to peer'], 'only the first failure of a series is logged');
  const n2 = await startTransport(t, 'n2', { secret, listenPort: port, peers: new Map([['n1', addressOf(n1)]]) });
  await waitFor('connected', () => isConnected(n1, 'n2') && isConnected(n2, 'n1'));
  await exchange(n1, 'n1', n2, 'n2');
});

test('setPeers: a removed peer is disconnected and its messages are dropped as unknown; an added one connects', async (t) => {
  const secret = newSecret();
  const group = await startGroup(t, ['n1', 'n2', 'n3'], secret);
  const [n1, n2, n3] = [group.get('n1')!, group.get('n2')!, group.get('n3')!];
  await waitConnected(group);
  n1.setPeers(new Map([['n2', addressOf(n2)]]));
  n3.setPeers(new Map([['n2', addressOf(n2)]]));
  await waitFor('n3 disconnected from n1', () => !isConnected(n3, 'n1'));
  t.deepEqual([...n1.peerStates().keys()], ['n2']);
  n1.send([raftMessage('n1', 'n3', 1)]);
  t.is(n1.stats().messagesDropped.unknownPeer, 1);
  // Add it back on both sides: the link returns.
  n1.setPeers(new Map([['n2', addressOf(n2)], ['n3', addressOf(n3)]]));
  n3.setPeers(new Map([['n1', addressOf(n1)], ['n2', addressOf(n2)]]));
  await waitFor('n1 and n3 reconnected', () => isConnected(n1, 'n3') && isConnected(n3, 'n1'));
  await exchange(n1, 'n1', n3, 'n3');
});

test('a peer the acceptor does not know yet is refused until setPeers adds it', async (t) => {
  const secret = newSecret();
  const n2 = await startTransport(t, 'n2', { secret });
  const n1 = await startTransport(t, 'n1', { secret, peers: new Map([['n2', addressOf(n2)]]) });
  await waitFor('a refusal', () => n2.stats().handshakeFailures.TRANSPORT_HANDSHAKE_UNKNOWN_MEMBER >= 1);
  n2.setPeers(new Map([['n1', addressOf(n1)]]));
  await waitFor('connected after the next attempt', () => isConnected(n1, 'n2') && isConnected(n2, 'n1'));
  await exchange(n1, 'n1', n2, 'n2');
  const { connectionsEstablished, connectionsLost } = n2.stats();
  t.is(connectionsEstablished - connectionsLost, 1, 'one live connection');
});
