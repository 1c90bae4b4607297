/**
 * Who gets cut off: strangers without the secret, members of another group, peers
 * that send garbled frames or break the protocol after the handshake, and peers
 * that say nothing. Each is refused with its code and counted; no Raft message of
 * theirs is ever delivered; the transport keeps serving its good peers.
 */
import test from 'ava';
import { randomBytes } from 'node:crypto';
import { MessageType, message } from '../../src/raft/types.js';
import {
  HANDSHAKE_FRAME_BYTES_MAX,
  MAX_FRAME_BYTES,
  PENDING_HANDSHAKES_MAX,
  PROTOCOL_VERSION,
  TcpTransport,
  type TransportStats,
  encodeEnvelope,
  encodeFrame,
} from '../../src/transport/index.js';
import {
  addressOf,
  closedBy,
  collect,
  envelopesFrom,
  fakeDialer,
  newSecret,
  raftBatchFrame,
  raftMessage,
  rawSocket,
  startGroup,
  startTransport,
  waitConnected,
  waitFor,
} from './helpers.js';

/** Sends a heartbeat both ways between the good pair and waits for both: the transport still serves. */
async function stillServes(group: Map<string, TcpTransport>): Promise<void> {
  const [n1, n2] = [group.get('n1')!, group.get('n2')!];
  const at1 = collect(n1);
  const at2 = collect(n2);
  await waitConnected(group);
  n1.send([raftMessage('n1', 'n2', 77)]);
  n2.send([raftMessage('n2', 'n1', 78)]);
  await waitFor('a heartbeat each way', () => at1.length === 1 && at2.length === 1);
}

function handshakeFailures(transport: TcpTransport): TransportStats['handshakeFailures'] {
  return transport.stats().handshakeFailures;
}

test('a stranger with the wrong secret is refused both ways and nothing it sends is delivered', async (t) => {
  const secret = newSecret();
  // n0 dials n1 (its id sorts first); n1 dials n2 — both strangers, same group id.
  const n1 = await startTransport(t, 'n1', { secret });
  const stranger0 = await startTransport(t, 'n0', { secret: newSecret(), peers: new Map([['n1', addressOf(n1)]]) });
  const stranger2 = await startTransport(t, 'n2', { secret: newSecret(), peers: new Map([['n1', addressOf(n1)]]) });
  n1.setPeers(new Map([['n0', addressOf(stranger0)], ['n2', addressOf(stranger2)]]));
  const atN1 = collect(n1);
  const atStrangers = [...collect(stranger0), ...collect(stranger2)];
  // The stranger dialer cannot verify n1's proof; n1 cannot verify the stranger acceptor's proof.
  await waitFor('both refusals', () => handshakeFailures(stranger0).TRANSPORT_HANDSHAKE_BAD_PROOF >= 1 && handshakeFailures(n1).TRANSPORT_HANDSHAKE_BAD_PROOF >= 1);
  await waitFor('n1 hears the refusal', () => handshakeFailures(n1).TRANSPORT_HANDSHAKE_REFUSED >= 1);
  stranger0.send([raftMessage('n0', 'n1', 1)]);
  stranger2.send([raftMessage('n2', 'n1', 1)]);
  n1.send([raftMessage('n1', 'n0', 1), raftMessage('n1', 'n2', 1)]);
  t.false(n1.peerStates().get('n0')!.connected);
  t.false(n1.peerStates().get('n2')!.connected);
  t.is(stranger0.stats().messagesDropped.noConnection, 1);
  t.is(n1.stats().connectionsEstablished, 0);
  t.deepEqual(atN1, []);
  t.deepEqual(atStrangers, []);
});

test('a raw stranger that claims a member id is refused at its proof, and told why', async (t) => {
  const group = await startGroup(t, ['n1', 'n2']);
  const n2 = group.get('n2')!;
  const atN2 = collect(n2);
  // The stranger claims to be n1 (the member that dials n2) but does not know the secret.
  await t.throwsAsync(fakeDialer(t, n2.port(), { id: 'n1', acceptorId: 'n2', secret: newSecret() }), { message: 'TRANSPORT_HANDSHAKE_BAD_PROOF' });
  // Forge a Proof instead of verifying: n2 checks it and refuses.
  const socket = await rawSocket(t, n2.port());
  const envelopes = envelopesFrom(socket);
  socket.write(encodeFrame(encodeEnvelope({ kind: 'hello', groupId: 'g1', memberId: 'n1', nonce: randomBytes(32), protocolVersion: PROTOCOL_VERSION })));
  await waitFor('the challenge', () => envelopes.length === 1);
  socket.write(encodeFrame(encodeEnvelope({ kind: 'proof', proof: randomBytes(32) })));
  socket.write(raftBatchFrame([raftMessage('n1', 'n2', 666)]));
  await closedBy(socket);
  t.deepEqual(envelopes.map((e) => e.kind), ['challenge', 'refusal']);
  t.like(envelopes[1], { reason: 'TRANSPORT_HANDSHAKE_BAD_PROOF' });
  t.is(handshakeFailures(n2).TRANSPORT_HANDSHAKE_BAD_PROOF, 1);
  await stillServes(group);
  t.false(atN2.some((m) => m.commit === 666));
});

test('a member of another group (right secret, wrong group id) is refused', async (t) => {
  const secret = newSecret();
  const n2 = await startTransport(t, 'n2', { secret });
  const outsider = await startTransport(t, 'n1', { secret, groupId: 'other-group', peers: new Map([['n2', addressOf(n2)]]) });
  n2.setPeers(new Map([['n1', addressOf(outsider)]]));
  const atN2 = collect(n2);
  // Refused, and refused again after the outsider's backoff: it never gets in.
  await waitFor('two refusals', () => handshakeFailures(n2).TRANSPORT_HANDSHAKE_WRONG_GROUP >= 2);
  t.true(handshakeFailures(outsider).TRANSPORT_HANDSHAKE_REFUSED >= 1);
  outsider.send([raftMessage('n1', 'n2', 1)]);
  t.is(n2.stats().connectionsEstablished, 0);
  t.deepEqual(atN2, []);
});

const garbled: Array<[label: string, bytes: () => Buffer, code: keyof TransportStats['frameErrors']]> = [
  ['a length over the handshake limit', () => Buffer.from([0, 0, 0x10, 0, 1, 2, 3]), 'TRANSPORT_FRAME_TOO_LARGE'],
  ['the largest length prefix', () => Buffer.from([0xff, 0xff, 0xff, 0xff]), 'TRANSPORT_FRAME_TOO_LARGE'],
  ['a zero length', () => Buffer.from([0, 0, 0, 0]), 'TRANSPORT_FRAME_INVALID'],
  ['a valid length with an undecodable payload', () => Buffer.from([0, 0, 0, 5, 0xff, 0xff, 0xff, 0xff, 0xff]), 'TRANSPORT_FRAME_UNDECODABLE'],
];

for (const [label, bytes, code] of garbled) {
  test(`garbled before the handshake: ${label} is cut off with ${code}`, async (t) => {
    const group = await startGroup(t, ['n1', 'n2']);
    const n2 = group.get('n2')!;
    const socket = await rawSocket(t, n2.port());
    socket.write(bytes());
    await closedBy(socket);
    t.is(n2.stats().frameErrors[code], 1);
    await stillServes(group);
  });
}

test('garbled before the handshake: random bytes are cut off', async (t) => {
  const group = await startGroup(t, ['n1', 'n2']);
  const n2 = group.get('n2')!;
  for (let i = 0; i < 20; i++) {
    const socket = await rawSocket(t, n2.port());
    socket.write(randomBytes(HANDSHAKE_FRAME_BYTES_MAX * 2));
    await closedBy(socket);
  }
  const { frameErrors, handshakeFailures: failures } = n2.stats();
  const refusals = Object.values(frameErrors).reduce((a, b) => a + b, 0) + Object.values(failures).reduce((a, b) => a + b, 0);
  t.is(refusals, 20);
  await stillServes(group);
});

test('an authenticated peer that sends a frame over MAX_FRAME_BYTES is cut off', async (t) => {
  const secret = newSecret();
  const n2 = await startTransport(t, 'n2', { secret, peers: new Map([['n1', '127.0.0.1:1']]) });
  const fake = await fakeDialer(t, n2.port(), { id: 'n1', acceptorId: 'n2', secret });
  await waitFor('n2 sees n1 connected', () => n2.peerStates().get('n1')!.connected);
  const header = Buffer.alloc(4);
  header.writeUInt32BE(MAX_FRAME_BYTES + 1);
  fake.socket.write(header);
  await closedBy(fake.socket);
  t.is(n2.stats().frameErrors.TRANSPORT_FRAME_TOO_LARGE, 1);
  await waitFor('n2 sees n1 disconnected', () => !n2.peerStates().get('n1')!.connected);
});

const violations: Array<[label: string, frame: () => Buffer]> = [
  ['a message claiming another sender', () => raftBatchFrame([raftMessage('n3', 'n2', 1)])],
  ['a message for another member', () => raftBatchFrame([raftMessage('n1', 'n3', 1)])],
  ['a local message type (MsgHup)', () => raftBatchFrame([message({ type: MessageType.Hup, from: 'n1', to: 'n2' })])],
  ['a handshake message after Welcome', () => encodeFrame(encodeEnvelope({ kind: 'welcome' }))],
  ['an undecodable Raft message', () => encodeFrame(encodeEnvelope({ kind: 'raftBatch', messages: [Buffer.from([0x08, 0x63])] }))],
];

for (const [label, frame] of violations) {
  test(`an authenticated peer sending ${label} is cut off and nothing of the frame is delivered`, async (t) => {
    const secret = newSecret();
    const n2 = await startTransport(t, 'n2', { secret, peers: new Map([['n1', '127.0.0.1:1']]) });
    const atN2 = collect(n2);
    const fake = await fakeDialer(t, n2.port(), { id: 'n1', acceptorId: 'n2', secret });
    // A good message first, then the bad frame, with a good message in the same batch.
    fake.socket.write(raftBatchFrame([raftMessage('n1', 'n2', 1)]));
    fake.socket.write(frame());
    await closedBy(fake.socket);
    t.deepEqual(atN2.map((m) => m.commit), [1]);
    const stats = n2.stats();
    t.is(stats.protocolViolations + stats.frameErrors.TRANSPORT_FRAME_UNDECODABLE, 1);
  });
}

test('a peer that says nothing is cut off after the handshake timeout, with a Refusal', async (t) => {
  const group = await startGroup(t, ['n1', 'n2']);
  const n2 = new TcpTransport({ id: 'n9', groupId: 'g1', secret: newSecret(), listenHost: '127.0.0.1', listenPort: 0, peers: new Map(), handshakeTimeoutMs: 200 });
  t.teardown(() => n2.close());
  await n2.start();
  const socket = await rawSocket(t, n2.port());
  const envelopes = envelopesFrom(socket);
  const started = Date.now();
  await closedBy(socket);
  t.true(Date.now() - started >= 150);
  t.like(envelopes, [{ kind: 'refusal', reason: 'TRANSPORT_HANDSHAKE_TIMEOUT' }]);
  t.is(handshakeFailures(n2).TRANSPORT_HANDSHAKE_TIMEOUT, 1);
  await stillServes(group);
});

test(`more than PENDING_HANDSHAKES_MAX (${PENDING_HANDSHAKES_MAX}) silent connections: the rest are closed at accept`, async (t) => {
  const n1 = await startTransport(t, 'n1', { secret: newSecret() });
  const sockets = [];
  for (let i = 0; i < PENDING_HANDSHAKES_MAX + 3; i++) sockets.push(await rawSocket(t, n1.port()));
  await waitFor('three rejected', () => n1.stats().connectionsRejected === 3);
  await Promise.all(sockets.slice(PENDING_HANDSHAKES_MAX).map(closedBy));
  t.is(sockets.filter((s) => s.closed).length, 3);
});
