import { existsSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { STOP_TIMEOUT_MS, writeSecret } from './group.js';
import { eventually } from './poll.js';
import { freePorts } from './ports.js';
import { exitWithin, spawnShoal } from './process.js';

/**
 * Regression (found by CI): `cluster up` sent SIGTERM to a member still starting
 * (loading code on a busy machine), which died by the signal's default action and
 * made Ctrl-C report an error. `shoal server` now catches a signal from the moment
 * it starts opening the member, and stops gracefully once it has started.
 *
 * Second regression (CI): the start-time listener was removed and the running one
 * added, and a signal that arrived just before was dropped with the removed
 * listener: the member ran on and this test hung. One listener now stays.
 */

test('a SIGTERM while the member is starting ends in a graceful exit 0, never death by the signal', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'shoal-early-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const [client, peer] = (await freePorts(2)) as [number, number];
  const secret = writeSecret(join(dir, 'secret'));
  const proc = spawnShoal(
    ['server', '--id', 'n1', '--data-dir', join(dir, 'n1'), '--secret-file', secret, '--listen-client', `127.0.0.1:${client}`, '--listen-peer', `127.0.0.1:${peer}`],
    join(dir, 'n1.log'),
  );
  // The member has begun to start (its data directory exists) and has not yet
  // started (it opens storage, the transport and the client port after this).
  await eventually('the member to begin starting', async () => (existsSync(join(dir, 'n1', 'raft')) ? true : undefined), 30_000);
  proc.child.kill('SIGTERM');
  // Bounded, so a member that never stops fails here, not at ava's timeout (its
  // process is killed when the test process exits).
  const exit = await exitWithin(proc, STOP_TIMEOUT_MS, 'n1 sent SIGTERM while starting').catch((err: Error) => ({ error: err.message }));
  t.deepEqual(exit, { code: 0, signal: null }, readFileSync(join(dir, 'n1.log'), 'utf8'));
});

