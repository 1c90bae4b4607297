/**
 * MemoryTransport keeps the Transport contract the TCP one keeps, in process:
 * decoded copies, asynchronous delivery in order, membership on both sides, drops
 * counted and reported, snapshot outcomes, cut links.
 */
import test from 'ava';
import { MessageType, type NodeId, emptySnapshot, message } from '../../src/raft/types.js';
import { MemoryNetwork, type MemoryTransport } from '../../src/transport/index.js';
import { collect, raftMessage, waitFor } from './helpers.js';

async function group(ids: NodeId[]): Promise<{ network: MemoryNetwork; members: Map<NodeId, MemoryTransport> }> {
  const network = new MemoryNetwork();
  const members = new Map(ids.map((id) => [id, network.transport(id)]));
  const peers = new Map(ids.map((id) => [id, `memory:${id}`]));
  for (const member of members.values()) {
    member.setPeers(peers);
    await member.start();
  }
  return { network, members };
}

test('messages arrive asynchronously, in order, as decoded copies', async (t) => {
  const { members } = await group(['n1', 'n2']);
  const [n1, n2] = [members.get('n1')!, members.get('n2')!];
  const at2 = collect(n2);
  const sent = [raftMessage('n1', 'n2', 1), raftMessage('n1', 'n2', 2)];
  n1.send(sent);
  t.is(at2.length, 0, 'nothing is delivered inside send()');
  await waitFor('delivery', () => at2.length === 2);
  t.deepEqual(at2, sent);
  t.not(at2[0], sent[0]);
  t.deepEqual(n1.peerStates().get('n2'), { connected: true, queuedFrames: 0, queuedBytes: 0 });
  t.is(n2.stats().messagesReceived, 2);
});

test('unknown peers, peers that do not know the sender, and cut links: dropped, counted, reported', async (t) => {
  const { network, members } = await group(['n1', 'n2', 'n3']);
  const [n1, n2, n3] = [members.get('n1')!, members.get('n2')!, members.get('n3')!];
  const at2 = collect(n2);
  const at3 = collect(n3);
  const unreachable: NodeId[] = [];
  n1.onUnreachable((peer) => unreachable.push(peer));
  n3.setPeers(new Map([['n2', 'memory:n2']])); // n3 no longer knows n1
  network.disconnect('n1', 'n2');
  n1.send([raftMessage('n1', 'n2', 1), raftMessage('n1', 'n3', 2), raftMessage('n1', 'n9', 3)]);
  await waitFor('reports', () => unreachable.length === 3);
  t.deepEqual(unreachable.sort(), ['n2', 'n3', 'n9']);
  t.like(n1.stats().messagesDropped, { noConnection: 2, unknownPeer: 1 });
  t.false(n1.peerStates().get('n2')!.connected);
  network.reconnect('n1', 'n2');
  n1.send([raftMessage('n1', 'n2', 4)]);
  await waitFor('delivery after healing', () => at2.length === 1);
  t.deepEqual(at3, []);
});

test('snapshot outcomes are reported: delivered, and failed when the peer is gone', async (t) => {
  const { members } = await group(['n1', 'n2']);
  const [n1, n2] = [members.get('n1')!, members.get('n2')!];
  const statuses: Array<[NodeId, boolean]> = [];
  n1.onSnapshotStatus((peer, delivered) => statuses.push([peer, delivered]));
  const snap = message({ type: MessageType.Snap, from: 'n1', to: 'n2', snapshot: emptySnapshot() });
  n1.send([snap]);
  await waitFor('delivered', () => statuses.length === 1);
  await n2.close();
  n1.send([snap]);
  await waitFor('failed', () => statuses.length === 2);
  t.deepEqual(statuses, [['n2', true], ['n2', false]]);
});

test('a message in flight when the link is cut is lost and counted', async (t) => {
  const { network, members } = await group(['n1', 'n2']);
  const [n1, n2] = [members.get('n1')!, members.get('n2')!];
  const at2 = collect(n2);
  n1.send([raftMessage('n1', 'n2', 1)]);
  network.disconnect('n1', 'n2');
  await waitFor('the loss is counted', () => n1.stats().messagesDropped.connectionLost === 1);
  t.deepEqual(at2, []);
});

test('after close, nothing is delivered or reported', async (t) => {
  const { members } = await group(['n1', 'n2']);
  const [n1, n2] = [members.get('n1')!, members.get('n2')!];
  const at1 = collect(n1);
  const unreachable: NodeId[] = [];
  n1.onUnreachable((peer) => unreachable.push(peer));
  await n1.close();
  n2.send([raftMessage('n2', 'n1', 1)]);
  n1.send([raftMessage('n1', 'n2', 2)]);
  await new Promise((resolve) => setImmediate(resolve));
  t.deepEqual(at1, []);
  t.deepEqual(unreachable, []);
  t.is(n2.stats().messagesDropped.noConnection, 1);
});
