/**
 * MemoryTransport keeps the Transport contract the TCP one keeps, in process:
 * decoded copies, asynchronous delivery in order, membership on both sides, drops
 * counted and reported, snapshot outcomes, cut links; page requests with the same
 * bounds and error codes.
 */
import test from 'ava';
import { MessageType, type NodeId, emptySnapshot, message } from '../../src/raft/types.js';
import { MemoryNetwork, type MemoryTransport, PAGE_DATA_BYTES_MAX, PAGE_REQUESTS_INFLIGHT_MAX, type PageRequest, PeerRequestError } from '../../src/transport/index.js';
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

/** A read of `length` bytes; the test owners answer with bytes that say where they are from. */
function read(page: number, length: number): PageRequest {
  return { volumeId: 1, page, offsetInPage: 0, length, write: false, data: new Uint8Array(0), minAppliedIndex: 0 };
}

function answerFor(request: PageRequest): Uint8Array {
  return new Uint8Array(request.length).fill(request.page & 0xff);
}

test('page requests reach the peer handler asynchronously and come back with its data or its error code', async (t) => {
  const { members } = await group(['n1', 'n2']);
  const [n1, n2] = [members.get('n1')!, members.get('n2')!];
  const seen: Array<[NodeId, boolean, number[]]> = [];
  n2.onPageRequest(async (from, request) => {
    seen.push([from, request.write, [...request.data]]);
    if (request.page === 99) throw Object.assign(new Error('no such page'), { code: 'PAGE_NOT_FOUND' });
    return request.write ? new Uint8Array(0) : answerFor(request);
  });
  const reading = n1.requestPage('n2', read(7, 16));
  t.deepEqual(seen, [], 'the handler is not called inside requestPage');
  t.deepEqual(await reading, answerFor(read(7, 16)));
  const data = Uint8Array.from([1, 2, 3]);
  t.deepEqual(await n1.requestPage('n2', { ...read(7, 3), write: true, data }), new Uint8Array(0));
  const error = await t.throwsAsync(n1.requestPage('n2', read(99, 1)), { instanceOf: PeerRequestError });
  t.like(error, { code: 'PAGE_NOT_FOUND', remote: true });
  t.deepEqual(seen, [['n1', false, []], ['n1', true, [1, 2, 3]], ['n1', false, []]]);
  t.like(n1.stats(), { pageRequestsSent: 3, pageRequestsSucceeded: 2, pageRequestsRemoteErrors: 1 });
});

test('page requests: unavailable peers, bounds, timeouts, cut links and closing fail with the TCP codes', async (t) => {
  const { network, members } = await group(['n1', 'n2', 'n3']);
  const [n1, n2, n3] = [members.get('n1')!, members.get('n2')!, members.get('n3')!];
  const code = async (request: Promise<unknown>): Promise<string | undefined> => (await t.throwsAsync(request, { instanceOf: PeerRequestError }))?.code;
  let arrived = 0;
  const never = (): Promise<Uint8Array> => {
    arrived += 1;
    return new Promise<Uint8Array>(() => {});
  };
  n2.onPageRequest(never);
  n3.onPageRequest(never);
  t.is(await code(n1.requestPage('n9', read(1, 1))), 'TRANSPORT_PEER_UNAVAILABLE');
  t.is(await code(n1.requestPage('n2', read(1, PAGE_DATA_BYTES_MAX + 1))), 'TRANSPORT_BAD_REQUEST');
  // (At n3: a timed-out request is still being served, and counts against the owner's serving bound.)
  t.is(await code(n1.requestPage('n3', read(1, 1), { timeoutMs: 20 })), 'TRANSPORT_REQUEST_TIMEOUT');
  const outstanding = Array.from({ length: PAGE_REQUESTS_INFLIGHT_MAX }, (_, i) => n1.requestPage('n2', read(i, 1)));
  t.is(await code(n1.requestPage('n2', read(0, 1))), 'TRANSPORT_PEER_BUSY');
  await waitFor('the requests at n2', () => arrived === 1 + PAGE_REQUESTS_INFLIGHT_MAX);
  network.disconnect('n1', 'n2');
  for (const request of outstanding) t.is(await code(request), 'TRANSPORT_CONNECTION_LOST');
  t.is(await code(n1.requestPage('n2', read(1, 1))), 'TRANSPORT_PEER_UNAVAILABLE');
  const toN3 = n1.requestPage('n3', read(1, 1));
  const fromN3 = n3.requestPage('n1', read(1, 1));
  await n3.close();
  t.is(await code(toN3), 'TRANSPORT_CONNECTION_LOST');
  t.is(await code(fromN3), 'TRANSPORT_CLOSED');
  network.reconnect('n1', 'n2');
  const last = n1.requestPage('n2', read(1, 1));
  await n1.close();
  t.is(await code(last), 'TRANSPORT_CLOSED');
  t.is(await code(n1.requestPage('n2', read(1, 1))), 'TRANSPORT_CLOSED');
});
