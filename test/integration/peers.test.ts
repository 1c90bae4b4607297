import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { join } from 'node:path';
import test from 'ava';
import { TestGroup, writeSecret } from './group.js';
import { metricValue, parseMetrics } from './metrics.js';
import { eventually } from './poll.js';
import { type ShoalProcess, spawnShoal } from './process.js';

/**
 * The peer port faces the network, so it must refuse anyone who does not prove the
 * group's secret, anyone from another group, and bytes that are not frames — and
 * the group must not notice.
 */

/** The transport cuts a silent or garbled connection within its 5 s handshake timeout; a little more here. */
const CUT_OFF_TIMEOUT_MS = 8_000;
/** Refusals are logged as soon as the handshake fails; impostors retry with backoff. */
const REFUSAL_LOGGED_TIMEOUT_MS = 15_000;

/**
 * 0.6–1.2 s election timeouts: this file checks that the leader and term do not
 * move, so a busy machine starving heartbeats for a few hundred ms must not move them either.
 */
const CALM_ELECTION_TICKS = 30;

let group: TestGroup;
const impostors: ShoalProcess[] = [];

test.before(async () => {
  group = await TestGroup.start({ name: 'peers', size: 3, electionTicks: CALM_ELECTION_TICKS });
});

test.after.always(async () => {
  for (const p of impostors) p.child.kill('SIGKILL');
  await group?.close();
});

/**
 * Starts a process that claims to be n1 (so it dials n2 and n3, as the real n1
 * does) on ports of its own, with the given secret file and extra flags.
 */
async function startImpostor(name: string, secretPath: string, extra: string[]): Promise<{ proc: ShoalProcess; clientPort: number }> {
  const slot = await group.addSlot(name);
  const peers = `n1=127.0.0.1:${slot.peerPort},n2=127.0.0.1:${group.slot('n2').peerPort},n3=127.0.0.1:${group.slot('n3').peerPort}`;
  const args = [
    ...['server', '--id', 'n1', '--data-dir', slot.dataDir, '--peers', peers, '--secret-file', secretPath],
    ...['--listen-client', `127.0.0.1:${slot.clientPort}`, '--listen-peer', `127.0.0.1:${slot.peerPort}`, '--tick-ms', '20'],
    ...extra,
  ];
  const proc = spawnShoal(args, slot.logPath);
  impostors.push(proc);
  return { proc, clientPort: slot.clientPort };
}

test.serial('a stranger with the wrong secret, and a member of another group, are refused; the group is unaffected', async (t) => {
  const before = await group.waitForLeader();
  const { index: committedBefore } = await group.client(before.id).proposeNoop();

  await startImpostor('stranger', writeSecret(join(group.root, 'wrong-secret')), []);
  await startImpostor('other-group', group.secretPath, ['--group-id', 'another']);

  const refusals = await eventually(
    'n2 and n3 to log both refusals',
    () => {
      const logs = group.log('n2') + group.log('n3');
      const badProof = /TRANSPORT_HANDSHAKE_BAD_PROOF/.test(logs);
      const wrongGroup = /TRANSPORT_HANDSHAKE_WRONG_GROUP/.test(logs);
      return badProof && wrongGroup ? logs : undefined;
    },
    REFUSAL_LOGGED_TIMEOUT_MS,
  );
  t.regex(refusals, /peer connection refused/);
  // The refusals are counted in /metrics by reason, for dashboards and alerts.
  const samples = parseMetrics(await (await fetch(`${group.endpoint('n2')}/metrics`)).text());
  const refused = (code: string): number => metricValue(samples, 'shoal_transport_handshake_failures', { code }) ?? 0;
  t.true(refused('TRANSPORT_HANDSHAKE_BAD_PROOF') + refused('TRANSPORT_HANDSHAKE_WRONG_GROUP') > 0);

  const after = await group.waitForLeader();
  t.deepEqual(after, before, 'neither the leader nor the term moved');
  for (const id of group.initialIds) {
    const s = await group.status(id);
    t.true(s.members.find((m) => m.id === 'n1')?.reachable ?? false, `${id} still reaches the real n1`);
  }
  const { index } = await group.client(before.id).proposeNoop();
  t.true(index > committedBefore);
});

/** Opens a raw socket to a peer port, writes `bytes`, and resolves once the member closes it. */
function sendGarbage(port: number, bytes: Buffer): Promise<'closed'> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the member did not close the connection within ${CUT_OFF_TIMEOUT_MS} ms`));
    }, CUT_OFF_TIMEOUT_MS);
    socket.on('connect', () => socket.write(bytes));
    socket.on('data', () => {}); // a Refusal frame may come first; we only wait for the close
    socket.on('error', () => {}); // a reset is a close too
    socket.on('close', () => {
      clearTimeout(timer);
      resolve('closed');
    });
  });
}

test.serial('garbled frames on the peer port are cut off and the member keeps working', async (t) => {
  const target = group.initialIds[1]!;
  const port = group.slot(target).peerPort;
  const huge = Buffer.alloc(8);
  huge.writeUInt32BE(0xffff_ffff, 0); // a length far over any frame limit
  const junkFrame = Buffer.concat([Buffer.from([0, 0, 0, 16]), randomBytes(16)]); // a plausible length, undecodable payload
  const garbage = [randomBytes(64), huge, junkFrame, Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n')];
  const results = await Promise.all(garbage.map((bytes) => sendGarbage(port, bytes)));
  t.deepEqual(results, garbage.map(() => 'closed' as const));

  const status = await group.status(target);
  t.truthy(status.leaderId, `${target} still follows a leader`);
  const leader = await group.waitForLeader();
  const { index } = await group.client(target).proposeNoop();
  t.true(index > 0);
  t.is((await group.status(target)).leaderId, leader.id);
  t.true(group.isRunning(target));
});
