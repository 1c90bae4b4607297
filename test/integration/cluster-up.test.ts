import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test, { type ExecutionContext } from 'ava';
import { KEEP_DATA_ENV, TEST_ELECTION_TICKS, TEST_HEARTBEAT_TICKS, TEST_TICK_MS } from './group.js';
import { runShoalHere } from './cli-capture.js';
import { eventually } from './poll.js';
import { freePorts } from './ports.js';
import { type Exit, type ShoalProcess, runShoal, spawnShoal } from './process.js';

/**
 * `shoal cluster up` end to end, on a layout with free ports instead of 700N/710N
 * (so it never collides with a group a developer is running): it starts three
 * children, prints the banner, refuses a second start on the same ports, reports a
 * member that dies and the leader that follows, stops cleanly on Ctrl-C, and a
 * second start resumes the same group from the same data and secret. The CLI's
 * admin commands are checked against it along the way.
 */

/** Three cold tsx starts on two busy cores, then an election. */
const UP_TIMEOUT_MS = 45_000;
/** Graceful stop of three members, each bounded at 20 s by the server itself. */
const DOWN_TIMEOUT_MS = 30_000;
/** A new leader after a kill, reported by a watcher that polls once a second. */
const FAILOVER_REPORTED_TIMEOUT_MS = 15_000;

const dir = mkdtempSync(join(tmpdir(), 'shoal-it-up-'));
const dataDir = join(dir, 'data');
const layoutPath = join(dir, 'layout.json');
let ports: number[] = [];
let up: ShoalProcess | null = null;

const endpoint = (i: number): string => `127.0.0.1:${ports[2 * i]}`;
const output = (name: string): string => readFileSync(join(dir, name), 'utf8');

test.before(async () => {
  ports = await freePorts(6);
  const members = [0, 1, 2].map((i) => ({ id: `n${i + 1}`, clientPort: ports[2 * i], peerPort: ports[2 * i + 1] }));
  const serverFlags = { 'tick-ms': TEST_TICK_MS, 'election-ticks': TEST_ELECTION_TICKS, 'heartbeat-ticks': TEST_HEARTBEAT_TICKS };
  writeFileSync(layoutPath, JSON.stringify({ groupId: 'it-up', host: '127.0.0.1', members, serverFlags }));
});

test.after.always(() => {
  up?.child.kill('SIGKILL');
  for (const id of ['n1', 'n2', 'n3']) {
    try {
      process.kill(Number(readFileSync(join(dataDir, id, 'member.pid'), 'utf8')), 'SIGKILL');
    } catch {
      // Not running, which is the normal case.
    }
  }
  if (!process.env[KEEP_DATA_ENV]) rmSync(dir, { recursive: true, force: true });
});

/** Starts `cluster up` with its output in `name` and waits for the banner. */
async function clusterUp(name: string): Promise<ShoalProcess> {
  up = spawnShoal(['cluster', 'up', '--data-dir', dataDir, '--layout', layoutPath], join(dir, name));
  const proc = up;
  await eventually(
    'the "is up" banner',
    () => {
      if (proc.exit() !== null) throw new Error(`cluster up exited: ${JSON.stringify(proc.exit())}\n${output(name)}`);
      return /group "it-up" is up/.test(output(name));
    },
    UP_TIMEOUT_MS,
  );
  return proc;
}

/** Ctrl-C: SIGINT to `cluster up` (not its members: they are in their own process group), then its exit. */
async function ctrlC(proc: ShoalProcess): Promise<Exit> {
  proc.child.kill('SIGINT');
  return eventually('cluster up to exit', () => proc.exit(), DOWN_TIMEOUT_MS);
}

/** Runs `body` against a running `cluster up` and always stops it, so a failure never leaves the next test a busy port. */
async function withClusterUp(t: ExecutionContext, name: string, body: (proc: ShoalProcess) => Promise<void>): Promise<void> {
  const proc = await clusterUp(name);
  try {
    await body(proc);
  } finally {
    const exit = await ctrlC(proc);
    t.deepEqual(exit, { code: 0, signal: null }, output(name));
  }
  t.regex(output(name), /all members stopped/);
}

test.serial('cluster up: starts the group, serves the CLI, reports a dead leader, stops on Ctrl-C', async (t) => {
  await withClusterUp(t, 'up-1.log', async () => {
    const banner = output('up-1.log');
    t.regex(banner, /starting 3 members .* with a new group/);
    const curl = `curl -s -X POST -H 'Content-Type: application/json' -d '{}' http://${endpoint(0)}/shoal.admin.v1.AdminService/GetStatus`;
    t.true(banner.includes(curl), banner);
    t.is(statSync(join(dataDir, 'secret')).mode & 0o777, 0o600);

    // Refused before anything is spawned, so it can run in this process.
    const busy = await runShoalHere(['cluster', 'up', '--data-dir', join(dir, 'other'), '--layout', layoutPath]);
    const status = await runShoal(['status', '--endpoint', endpoint(0)]);
    t.is(busy.code, 1);
    t.regex(busy.stderr, new RegExp(`port 127\\.0\\.0\\.1:${ports[0]} \\(n1's client port\\) is already in use`));
    t.is(status.code, 0, status.stderr);
    t.regex(status.stdout, /^MEMBER +ROLE +TERM +LEADER +COMMIT +APPLIED/m);
    t.is(status.stdout.match(/^n\d +(leader|follower) /gm)?.length, 3, status.stdout);

    const json = await runShoalHere(['status', '--json', '--endpoint', endpoint(1)]);
    const asked = JSON.parse(json.stdout) as { memberId: string; leaderId: string; pid: number };
    t.is(asked.memberId, 'n2');
    const target = ['n1', 'n2', 'n3'].find((id) => id !== asked.leaderId)!;
    const transfer = await runShoalHere(['leader', 'transfer', target, '--endpoint', endpoint(2)]);
    t.is(transfer.code, 0, transfer.stderr);
    t.regex(transfer.stdout, new RegExp(`${target} is the leader now`));

    const leaderPid = Number(readFileSync(join(dataDir, target, 'member.pid'), 'utf8'));
    process.kill(leaderPid, 'SIGKILL');
    const reported = await eventually(
      'cluster up to report the death and the next leader',
      () => {
        const text = output('up-1.log');
        const died = new RegExp(`member ${target} \\(pid ${leaderPid}\\) exited unexpectedly with signal SIGKILL`).exec(text);
        return died && /n\d leads now/.test(text.slice(died.index)) ? text : undefined;
      },
      FAILOVER_REPORTED_TIMEOUT_MS,
    );
    t.regex(reported, new RegExp(`member\\.log`));
  });
});

test.serial('cluster up again: the same group resumes from the same data and secret', async (t) => {
  const secret = readFileSync(join(dataDir, 'secret'), 'utf8');
  const between = await runShoalHere(['status', '--endpoint', endpoint(0)]);
  t.is(between.code, 1, 'nothing runs between the two starts');
  await withClusterUp(t, 'up-2.log', async () => {
    t.regex(output('up-2.log'), /existing data \(the same group as before\)/);
    t.is(readFileSync(join(dataDir, 'secret'), 'utf8'), secret);
    const members = await runShoalHere(['members', '--json', '--endpoint', endpoint(0)]);
    t.is(members.code, 0, members.stderr);
    t.deepEqual((JSON.parse(members.stdout) as { members: { id: string }[] }).members.map((m) => m.id), ['n1', 'n2', 'n3']);
  });
});
