import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import test from 'ava';
import { PROTOCOL_VERSION, encodeEnvelope, encodeFrame } from '../../src/transport/index.js';
import { eventually } from '../integration/poll.js';
import { FaultMesh, FaultProxy, IDENTIFY_BYTES_MAX, LANE_QUEUE_BYTES_MAX, shoalHelloDialer } from './proxy.js';

/**
 * The fault proxy on real loopback sockets. Every wait is a bounded poll on a
 * condition; the only timing assertions are lower bounds on added delay.
 */

/** Small exchanges take milliseconds; 30 s means something hangs, not that two cores are busy. */
const WAIT_MS = 30_000;
/**
 * Tens of MiB through a userspace proxy move at 50+ MiB/s even on a loaded two-core
 * machine (node's own stream.pipe is no faster); 60 s means something hangs.
 */
const BULK_WAIT_MS = 60_000;
/** A `node --import tsx` child starts in a few seconds; twice that on a busy two-core machine. */
const CHILD_EXIT_TIMEOUT_MS = 30_000;

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

/** Everything a socket receives, and whether it has ended or closed. */
class Received {
  private readonly chunks: Buffer[] = [];
  bytes = 0;
  ended = false;
  closed = false;

  constructor(socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.bytes += chunk.length;
    });
    socket.on('end', () => (this.ended = true));
    socket.on('close', () => (this.closed = true));
    socket.on('error', () => {});
  }

  all(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

/** A loopback server that tracks its sockets so a test can close everything it opened. */
class TestServer {
  readonly sockets: { socket: net.Socket; received: Received }[] = [];

  private constructor(readonly server: net.Server) {}

  /** `onSocket` runs for each connection after its bytes start being recorded. */
  static async start(onSocket: (socket: net.Socket) => void = () => {}): Promise<TestServer> {
    const server = net.createServer({ allowHalfOpen: true });
    const ts = new TestServer(server);
    server.on('connection', (socket) => {
      ts.sockets.push({ socket, received: new Received(socket) });
      onSocket(socket);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return ts;
  }

  get target(): { host: string; port: number } {
    return { host: '127.0.0.1', port: (this.server.address() as net.AddressInfo).port };
  }

  get address(): string {
    return `127.0.0.1:${this.target.port}`;
  }

  last(): { socket: net.Socket; received: Received } {
    const entry = this.sockets.at(-1);
    if (entry === undefined) throw new Error('no connection yet');
    return entry;
  }

  async close(): Promise<void> {
    for (const { socket } of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Echoes every byte and passes the half-close back. */
const echo = (socket: net.Socket): void => {
  socket.on('data', (chunk: Buffer) => socket.write(chunk));
  socket.on('end', () => socket.end());
};

/**
 * Connects; resolves once connected or closed. A proxy that resets a connection at
 * once may beat the connect callback (then `received.closed` is already true).
 */
async function connect(address: string, allowHalfOpen = false): Promise<{ socket: net.Socket; received: Received }> {
  const [host, port] = address.split(':') as [string, string];
  const socket = net.connect({ host, port: Number(port), allowHalfOpen });
  const received = new Received(socket);
  await new Promise<void>((resolve) => {
    socket.once('connect', resolve);
    socket.once('close', resolve);
  });
  return { socket, received };
}

/** Whether a connection attempt is refused outright (nothing listens). */
async function refusedOutright(address: string): Promise<boolean> {
  const [host, port] = address.split(':') as [string, string];
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ECONNREFUSED'));
  });
}

/** Writes and waits until `received` holds `bytes` bytes. */
async function roundTrip(socket: net.Socket, received: Received, data: Buffer, bytes = received.bytes + data.length): Promise<void> {
  socket.write(data);
  await eventually(`${bytes} bytes back`, () => received.bytes >= bytes, WAIT_MS);
}

test.serial('close() releases every socket, listener and timer it made', async (t) => {
  const kinds = ['TCPSocketWrap', 'TCPServerWrap', 'TCPWrap', 'Timeout'];
  const count = (): Record<string, number> =>
    Object.fromEntries(kinds.map((k) => [k, process.getActiveResourcesInfo().filter((r) => r === k).length]));
  const before = count();

  const server = await TestServer.start(echo);
  const proxy = await FaultProxy.listen({ target: server.target });
  const quiet = await connect(proxy.address);
  await roundTrip(quiet.socket, quiet.received, Buffer.from('ping'));
  // Leave bytes held both by a long delay (an armed timer) and by a stall.
  proxy.delay(60_000);
  quiet.socket.write('held by the delay');
  proxy.stall('backward');
  const stalled = await connect(proxy.address);
  stalled.socket.write('held by the stall');
  await eventually('both connections counted', () => proxy.stats().active === 2 && proxy.stats().queuedBytes.forward > 0, WAIT_MS);

  await proxy.close();
  t.is(proxy.stats().active, 0);
  await eventually('the clients to see their connections close', () => quiet.received.closed && stalled.received.closed, WAIT_MS);
  t.true(await refusedOutright(proxy.address), 'the listener is closed');
  await server.close();
  await eventually('the handles to be gone', () => JSON.stringify(count()) === JSON.stringify(before), WAIT_MS);
  t.deepEqual(count(), before);
});

test('bytes pass through both ways unchanged', async (t) => {
  const up = randomBytes(6 * 1024 * 1024);
  const down = randomBytes(5 * 1024 * 1024 + 7);
  const server = await TestServer.start((socket) => socket.end(down));
  const proxy = await FaultProxy.listen({ target: server.target });
  t.teardown(() => Promise.all([proxy.close(), server.close()]));

  const { socket, received } = await connect(proxy.address, true);
  socket.end(up);
  await eventually('both directions to finish', () => received.ended && server.sockets[0]?.received.ended, BULK_WAIT_MS);
  t.is(sha256(received.all()), sha256(down));
  t.is(sha256(server.last().received.all()), sha256(up));
  const stats = proxy.stats();
  t.deepEqual(stats.bytes, { forward: up.length, backward: down.length });
  t.true(stats.peakQueuedBytes.forward <= LANE_QUEUE_BYTES_MAX && stats.peakQueuedBytes.backward <= LANE_QUEUE_BYTES_MAX);
  await eventually('the connection to close after both half-closes', () => received.closed && proxy.stats().active === 0, WAIT_MS);
});

test('with delay and jitter, bytes stay in order', async (t) => {
  const server = await TestServer.start(echo);
  const proxy = await FaultProxy.listen({ target: server.target });
  t.teardown(() => Promise.all([proxy.close(), server.close()]));
  proxy.delay(1, 20);

  const { socket, received } = await connect(proxy.address);
  const pieces = Array.from({ length: 200 }, () => randomBytes(1 + Math.floor(Math.random() * 4096)));
  // Separate writes a tick apart, so they reach the proxy as separate chunks with separate jitter.
  for (const piece of pieces) {
    socket.write(piece);
    await new Promise((resolve) => setImmediate(resolve));
  }
  const sent = Buffer.concat(pieces);
  await eventually('the echo', () => received.bytes >= sent.length, WAIT_MS);
  t.is(sha256(received.all()), sha256(sent));
});

test('cut destroys open connections and refuses new ones; heal lets new ones through', async (t) => {
  const server = await TestServer.start(echo);
  const proxy = await FaultProxy.listen({ target: server.target });
  t.teardown(() => Promise.all([proxy.close(), server.close()]));

  const open = await connect(proxy.address);
  await roundTrip(open.socket, open.received, Buffer.from('hello'));
  proxy.cut();
  await eventually('the open connection to close', () => open.received.closed, WAIT_MS);
  await eventually("the target's side to close too", () => server.last().received.closed, WAIT_MS);

  const refused = await connect(proxy.address);
  refused.socket.write('anyone there?');
  await eventually('the new connection to be closed', () => refused.received.closed, WAIT_MS);
  t.is(refused.received.bytes, 0);
  t.is(server.sockets.length, 1, 'nothing reached the target while cut');

  proxy.heal();
  const after = await connect(proxy.address);
  await roundTrip(after.socket, after.received, Buffer.from('back again'));
  t.is(after.received.all().toString(), 'back again');
  const stats = proxy.stats();
  t.like(stats, { accepted: 3, refused: 1, destroyedByFault: 1, active: 1 });
  t.like(stats.faults, { cut: 1, heal: 1 });
});

test('a stalled direction holds its bytes while the other flows, and heal delivers them', async (t) => {
  const server = await TestServer.start();
  const proxy = await FaultProxy.listen({ target: server.target });
  t.teardown(() => Promise.all([proxy.close(), server.close()]));

  const client = await connect(proxy.address);
  await eventually('the target to accept', () => server.sockets.length === 1, WAIT_MS);
  proxy.stall('forward');
  const toServer = randomBytes(10_000);
  client.socket.write(toServer);
  await eventually('the proxy to hold the bytes', () => proxy.stats().queuedBytes.forward === toServer.length, WAIT_MS);
  t.is(server.last().received.bytes, 0);

  const toClient = randomBytes(20_000);
  server.last().socket.write(toClient);
  await eventually('the other direction to flow', () => client.received.bytes === toClient.length, WAIT_MS);
  t.is(server.last().received.bytes, 0, 'still held');

  proxy.heal();
  await eventually('the held bytes to arrive', () => server.last().received.bytes === toServer.length, WAIT_MS);
  t.is(sha256(server.last().received.all()), sha256(toServer));
  t.false(client.received.closed, 'the connection goes on');
  t.is(proxy.stats().queuedBytes.forward, 0);
});

test("heal('reset') destroys connections that had a stalled direction", async (t) => {
  const server = await TestServer.start(echo);
  const proxy = await FaultProxy.listen({ target: server.target });
  t.teardown(() => Promise.all([proxy.close(), server.close()]));

  const client = await connect(proxy.address);
  await roundTrip(client.socket, client.received, Buffer.from('ping'));
  proxy.stall('backward');
  client.socket.write('pong?');
  await eventually('the echo to be held', () => proxy.stats().queuedBytes.backward === 5, WAIT_MS);
  proxy.heal('reset');
  await eventually('the connection to be destroyed', () => client.received.closed, WAIT_MS);
  t.is(client.received.all().toString(), 'ping');
  t.is(proxy.stats().destroyedByFault, 1);
});

test('delay adds at least the delay, each way', async (t) => {
  const server = await TestServer.start(echo);
  const proxy = await FaultProxy.listen({ target: server.target });
  t.teardown(() => Promise.all([proxy.close(), server.close()]));
  const client = await connect(proxy.address);

  for (const [delayMs, jitterMs] of [
    [120, 0],
    [60, 40],
  ] as const) {
    proxy.delay(delayMs, jitterMs);
    const started = performance.now();
    await roundTrip(client.socket, client.received, randomBytes(100));
    const elapsed = performance.now() - started;
    t.true(elapsed >= 2 * delayMs, `a round trip at ${delayMs} ms each way took ${elapsed.toFixed(1)} ms`);
  }
  proxy.delay(0);
  t.like(proxy.stats().state, { delayMs: 0, jitterMs: 0 });
});

test('a fast writer into a stalled direction fills the queue to its bound and no further', async (t) => {
  const bound = 64 * 1024;
  const server = await TestServer.start();
  const proxy = await FaultProxy.listen({ target: server.target, queueBytesMax: bound });
  t.teardown(() => Promise.all([proxy.close(), server.close()]));

  const client = await connect(proxy.address);
  proxy.stall('forward');
  // Far more than the loopback socket buffers absorb (the writer's grows to 4 MiB here, the
  // proxy's, which is not being read, stays small): the rest must wait in the writer.
  const payload = randomBytes(32 * 1024 * 1024);
  client.socket.end(payload);
  await eventually('the queue to reach its bound', () => proxy.stats().queuedBytes.forward === bound, BULK_WAIT_MS);
  t.is(server.last().received.bytes, 0);
  t.true(client.socket.writableLength > 0, 'backpressure reached the writer');

  proxy.heal();
  await eventually('everything to arrive', () => server.last().received.ended, BULK_WAIT_MS);
  t.is(sha256(server.last().received.all()), sha256(payload));
  t.is(proxy.stats().peakQueuedBytes.forward, bound);
});

test('a slow reader on the far side also stops the proxy at its bound', async (t) => {
  const bound = 32 * 1024;
  const server = await TestServer.start((socket) => socket.pause());
  const proxy = await FaultProxy.listen({ target: server.target, queueBytesMax: bound });
  t.teardown(() => Promise.all([proxy.close(), server.close()]));

  const client = await connect(proxy.address);
  const payload = randomBytes(24 * 1024 * 1024);
  client.socket.end(payload);
  await eventually('the queue to reach its bound', () => proxy.stats().queuedBytes.forward === bound, BULK_WAIT_MS);
  server.last().socket.resume();
  await eventually('everything to arrive', () => server.last().received.ended, BULK_WAIT_MS);
  t.is(sha256(server.last().received.all()), sha256(payload));
  t.true(proxy.stats().peakQueuedBytes.forward <= bound);
});

test('a process that used proxies and a mesh exits on its own after close()', async (t) => {
  const proxyModule = fileURLToPath(new URL('./proxy.ts', import.meta.url));
  const script = `
    import net from 'node:net';
    import { FaultMesh, FaultProxy } from ${JSON.stringify(proxyModule)};
    const server = net.createServer((s) => s.on('error', () => {}).pipe(s));
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const target = { host: '127.0.0.1', port: server.address().port };
    const proxy = await FaultProxy.listen({ target });
    const mesh = await FaultMesh.start([{ id: 'a', peerAddress: '127.0.0.1:' + target.port }, { id: 'b', peerAddress: '127.0.0.1:' + target.port }]);
    const socket = net.connect(proxy.port, '127.0.0.1');
    socket.on('error', () => {});
    await new Promise((r) => socket.once('data', r).write('x'));
    proxy.delay(60000);
    socket.write('held');
    const [host, port] = mesh.address('b').split(':');
    const pending = net.connect(Number(port), host).on('error', () => {});
    pending.write('half a greeting');
    await new Promise((r) => setTimeout(r, 50));
    await Promise.all([proxy.close(), mesh.close()]);
    server.close();
    console.log('closed');
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_EXIT_TIMEOUT_MS);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('exit', (c, s) => resolve([c, s])));
  clearTimeout(timer);
  t.is(signal, null, `the child had to be killed; output:\n${output}`);
  t.is(code, 0, output);
  t.regex(output, /closed/);
});

// ---------------------------------------------------------------------------
// The mesh, with plain TCP servers standing in for members: each answers a new
// connection with its own id and a newline, then echoes every byte, greeting included.
// ---------------------------------------------------------------------------

const helloFrame = (id: string): Buffer =>
  encodeFrame(encodeEnvelope({ kind: 'hello', groupId: 'chaos', memberId: id, nonce: randomBytes(32), protocolVersion: PROTOCOL_VERSION }));

const standIn =
  (id: string) =>
  (socket: net.Socket): void => {
    socket.write(`${id}\n`);
    echo(socket);
  };

const IDS = ['n1', 'n2', 'n3'] as const;

async function startMesh(): Promise<{ mesh: FaultMesh; members: Map<string, TestServer> }> {
  const members = new Map<string, TestServer>();
  for (const id of IDS) members.set(id, await TestServer.start(standIn(id)));
  const mesh = await FaultMesh.start(IDS.map((id) => ({ id, peerAddress: members.get(id)!.address })));
  return { mesh, members };
}

async function closeMesh(mesh: FaultMesh, members: Map<string, TestServer>): Promise<void> {
  await mesh.close();
  await Promise.all([...members.values()].map((m) => m.close()));
}

/** `dialer` dials `acceptor` through the mesh as shoal would; open once the acceptor's echo of the greeting is back. */
async function dial(mesh: FaultMesh, dialer: string, acceptor: string): Promise<{ socket: net.Socket; received: Received; expected: Buffer }> {
  const { socket, received } = await connect(mesh.address(acceptor));
  const hello = helloFrame(dialer);
  socket.write(hello);
  return { socket, received, expected: Buffer.concat([Buffer.from(`${acceptor}\n`), hello]) };
}

/** 'ok' if a payload makes it there and back, 'closed' if the mesh closes the connection first. */
async function talk(mesh: FaultMesh, dialer: string, acceptor: string): Promise<'ok' | 'closed'> {
  const { socket, received, expected } = await dial(mesh, dialer, acceptor);
  const payload = randomBytes(50_000);
  socket.write(payload);
  const want = Buffer.concat([expected, payload]);
  const outcome = await eventually(`${dialer} → ${acceptor} to answer or close`, () => (received.closed ? 'closed' : received.bytes >= want.length && 'done'), WAIT_MS);
  socket.destroy();
  if (outcome === 'closed') return 'closed';
  return received.all().equals(want) ? 'ok' : 'closed';
}

test('the mesh: every member reaches every other through the proxy of that ordered pair', async (t) => {
  const { mesh, members } = await startMesh();
  t.teardown(() => closeMesh(mesh, members));

  const flags = mesh.flags('n2');
  t.is(flags.peers, IDS.map((id) => `${id}=${mesh.address(id)}`).join(','));
  t.is(flags.advertisePeer, mesh.address('n2'));
  t.deepEqual(mesh.args('n2'), ['--peers', flags.peers, '--advertise-peer', flags.advertisePeer]);

  for (const dialer of IDS) {
    for (const acceptor of IDS) {
      if (dialer === acceptor) continue;
      t.is(await talk(mesh, dialer, acceptor), 'ok', `${dialer} → ${acceptor}`);
      t.is(mesh.link(dialer, acceptor).stats().accepted, 1, `the ${dialer} > ${acceptor} proxy carried it`);
    }
  }
  t.is(mesh.stats().unidentified, 0);
});

test('the mesh: isolate(n3) cuts its links both ways, the others still work, healAll restores', async (t) => {
  const { mesh, members } = await startMesh();
  t.teardown(() => closeMesh(mesh, members));

  const open = await dial(mesh, 'n1', 'n3');
  await eventually('the n1 → n3 connection to open', () => open.received.bytes === open.expected.length, WAIT_MS);
  mesh.isolate('n3');
  await eventually('the open n1 → n3 connection to close', () => open.received.closed, WAIT_MS);

  for (const [dialer, acceptor] of [
    ['n1', 'n3'],
    ['n2', 'n3'],
    ['n3', 'n1'],
    ['n3', 'n2'],
  ] as const) {
    t.is(await talk(mesh, dialer, acceptor), 'closed', `${dialer} → ${acceptor} while n3 is isolated`);
  }
  t.is(await talk(mesh, 'n1', 'n2'), 'ok');
  t.is(await talk(mesh, 'n2', 'n1'), 'ok');

  mesh.healAll();
  t.is(await talk(mesh, 'n1', 'n3'), 'ok');
  t.is(await talk(mesh, 'n3', 'n2'), 'ok');
});

test('the mesh: partition splits two groups and leaves links inside each group alone', async (t) => {
  const { mesh, members } = await startMesh();
  t.teardown(() => closeMesh(mesh, members));

  mesh.partition(['n1'], ['n2', 'n3']);
  t.is(await talk(mesh, 'n1', 'n2'), 'closed');
  t.is(await talk(mesh, 'n3', 'n1'), 'closed');
  t.is(await talk(mesh, 'n2', 'n3'), 'ok');
  t.is(await talk(mesh, 'n3', 'n2'), 'ok');
});

test('the mesh: oneWay(n3, n1) holds n3 → n1 data on whichever connection carries it', async (t) => {
  const { mesh, members } = await startMesh();
  t.teardown(() => closeMesh(mesh, members));

  // As in shoal, n1 dials n3: n3's messages to n1 travel that connection's backward direction.
  const byN1 = await dial(mesh, 'n1', 'n3');
  await eventually('n1 → n3 to open', () => byN1.received.bytes === byN1.expected.length, WAIT_MS);
  // And the other way round, which shoal never does but the mesh must cover: forward.
  const byN3 = await dial(mesh, 'n3', 'n1');
  await eventually('n3 → n1 to open', () => byN3.received.bytes === byN3.expected.length, WAIT_MS);

  mesh.oneWay('n3', 'n1');
  const fromN1 = randomBytes(1000);
  byN1.socket.write(fromN1);
  // n1's bytes reach n3 (which echoes them), but the echo, n3 → n1, is held.
  await eventually('n1 → n3 bytes to arrive', () => members.get('n3')!.last().received.bytes === byN1.expected.length - 3 + fromN1.length, WAIT_MS);
  await eventually('the echo to be held', () => mesh.link('n1', 'n3').stats().queuedBytes.backward === fromN1.length, WAIT_MS);

  const fromN3 = randomBytes(1000);
  byN3.socket.write(fromN3);
  await eventually("n3's bytes to be held", () => mesh.link('n3', 'n1').stats().queuedBytes.forward === fromN3.length, WAIT_MS);
  const n1Received = members.get('n1')!.last().received.bytes;
  t.is(n1Received, byN3.expected.length - 3, 'n1 got only the greeting');

  mesh.healAll();
  await eventually('the held echo to reach n1', () => byN1.received.bytes === byN1.expected.length + fromN1.length, WAIT_MS);
  t.true(byN1.received.all().equals(Buffer.concat([byN1.expected, fromN1])));
  await eventually("n3's held bytes to reach n1", () => members.get('n1')!.last().received.bytes === n1Received + fromN3.length, WAIT_MS);
  byN1.socket.destroy();
  byN3.socket.destroy();
});

test('the mesh closes with connections open, one of them stalled and half-closed', async (t) => {
  const { mesh, members } = await startMesh();
  t.teardown(() => closeMesh(mesh, members)); // in case the test fails before its own close
  const open = await dial(mesh, 'n1', 'n2');
  const stalled = await dial(mesh, 'n1', 'n3');
  await eventually('both to open', () => open.received.bytes === open.expected.length && stalled.received.bytes === stalled.expected.length, WAIT_MS);
  mesh.oneWay('n3', 'n1');
  stalled.socket.write('echoed into the stall');
  await eventually('the echo to be held', () => mesh.link('n1', 'n3').stats().queuedBytes.backward > 0, WAIT_MS);
  // Both ends finish sending and n3's socket closes; the proxy keeps n1's open to deliver what it holds.
  stalled.socket.end();
  members.get('n3')!.last().socket.end();
  await eventually("n3's side to close", () => members.get('n3')!.last().received.closed, WAIT_MS);
  t.is(mesh.link('n1', 'n3').stats().active, 1);
  t.false(stalled.received.closed);

  await closeMesh(mesh, members);
  await eventually('the dialers to see their connections fail', () => open.received.closed && stalled.received.closed, WAIT_MS);
  t.is(mesh.link('n1', 'n3').stats().active, 0);
});

test('the mesh refuses connections whose dialer it cannot tell or does not know', async (t) => {
  const { mesh, members } = await startMesh();
  t.teardown(() => closeMesh(mesh, members));

  const garbage = await connect(mesh.address('n2'));
  garbage.socket.write(Buffer.from([0, 0, 0, 5, 1, 2, 3, 4, 5]));
  const stranger = await connect(mesh.address('n2'));
  stranger.socket.write(helloFrame('n9'));
  const itself = await connect(mesh.address('n2'));
  itself.socket.write(helloFrame('n2'));
  await eventually('all three to be closed', () => garbage.received.closed && stranger.received.closed && itself.received.closed, WAIT_MS);
  t.is(mesh.stats().unidentified, 3);
  t.is(members.get('n2')!.sockets.length, 0, 'none reached the member');
});

test('shoalHelloDialer reads a Hello split anywhere and rejects what cannot be one', (t) => {
  const frame = helloFrame('n7');
  for (let cut = 0; cut < frame.length; cut++) t.is(shoalHelloDialer(frame.subarray(0, cut)), undefined, `${cut} bytes`);
  t.is(shoalHelloDialer(frame), 'n7');
  t.is(shoalHelloDialer(Buffer.concat([frame, Buffer.from('more')])), 'n7');
  t.is(shoalHelloDialer(Buffer.from([0, 0, 0, 0])), null, 'empty frame');
  t.is(shoalHelloDialer(Buffer.from([0xff, 0, 0, 0])), null, 'longer than a handshake frame');
  t.is(shoalHelloDialer(encodeFrame(encodeEnvelope({ kind: 'proof', proof: randomBytes(32) }))), null, 'not a Hello');
  t.true(frame.length <= IDENTIFY_BYTES_MAX);
});
