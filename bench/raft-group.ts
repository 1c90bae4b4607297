/**
 * `npm run bench:raft`: a three-process group on loopback with real fsync.
 * Reports committed proposals/s and p50/p99 commit latency for 1 proposer and for
 * 256 concurrent proposers (128-byte ProposeNoop entries through the admin API),
 * next to this disk's single-writer fsync rate and a loopback round trip measured
 * in the same run. Goals: ≥ 10× the fsync rate with 256 proposers (batching), and a
 * single-proposer p50 within 3× (fsync latency + loopback round trip). Each phase
 * also reports the leader's saves (entries per fsync'd write) and every process's
 * CPU, so a run says whether it was bound by CPU or by fsync (bench/README.md).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, fdatasyncSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';
import { shoal } from '../src/proto/gen/shoal.js';

const admin = shoal.admin.v1;
const ENTRY_BYTES = 128;
const PHASE_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENT_PROPOSERS = 256;
const FSYNC_SAMPLES = 300;
/** How long to wait for the group to elect before giving up. */
const ELECTION_WAIT_MS = 30_000;
/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
const PROC_CLOCK_TICKS_PER_SECOND = 100;
/**
 * BENCH_CPU_PROF=<dir> writes a V8 CPU profile of every member process there (open
 * in Chrome DevTools or VS Code). Profile the bench client itself with
 * `node --cpu-prof --cpu-prof-dir=<dir> --import tsx bench/raft-group.ts`.
 */
const CPU_PROFILE_DIR = process.env.BENCH_CPU_PROF ?? null;

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Single-writer fsync rate of the disk holding the temp dir: append 128 bytes, fdatasync, repeat. */
function measureFsync(dir: string): { perSecond: number; p50Ms: number } {
  const fd = openSync(join(dir, 'fsync-probe'), 'w');
  const buf = Buffer.alloc(ENTRY_BYTES, 7);
  const latencies: number[] = [];
  const started = process.hrtime.bigint();
  for (let i = 0; i < FSYNC_SAMPLES; i++) {
    const t0 = process.hrtime.bigint();
    writeSync(fd, buf);
    fdatasyncSync(fd);
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(fd);
  latencies.sort((a, b) => a - b);
  return { perSecond: FSYNC_SAMPLES / seconds, p50Ms: percentile(latencies, 50) };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

async function call<Res>(pool: Pool, method: string, body: Uint8Array, decode: (b: Uint8Array) => Res): Promise<Res> {
  const res = await pool.request({
    path: `/shoal.admin.v1.AdminService/${method}`,
    method: 'POST',
    headers: { 'content-type': 'application/proto' },
    body: Buffer.from(body),
  });
  const bytes = new Uint8Array(await res.body.arrayBuffer());
  if (res.statusCode !== 200) throw new Error(`${method}: HTTP ${res.statusCode} ${Buffer.from(bytes).toString()}`);
  return decode(bytes);
}

function profileArgs(): string[] {
  return CPU_PROFILE_DIR === null ? [] : ['--cpu-prof', `--cpu-prof-dir=${CPU_PROFILE_DIR}`];
}

/** CPU seconds (user + system) a process has used so far, from /proc; NaN where /proc is missing. */
function cpuSecondsOf(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th overall.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / PROC_CLOCK_TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}

/** CPU seconds of the bench client (this process) and of each member, in that order. */
function cpuSnapshot(children: ChildProcess[]): number[] {
  const self = process.cpuUsage();
  return [(self.user + self.system) / 1e6, ...children.map((c) => cpuSecondsOf(c.pid))];
}

/**
 * Each process's CPU during a phase, as cores busy and as CPU time per committed
 * proposal, plus the total against the machine's cores: a total near the core count
 * means the run was CPU-bound, well below it means it waited on fsync or the network.
 */
function cpuReport(before: number[], after: number[], phase: { seconds: number; count: number }, names: string[]): string {
  const used = names.map((_, i) => after[i]! - before[i]!);
  const parts = names.map((name, i) => `${name} ${(used[i]! / phase.seconds).toFixed(2)} (${((used[i]! * 1e6) / phase.count).toFixed(0)} µs)`);
  const total = used.reduce((a, b) => a + b, 0);
  return `${parts.join(', ')}; total ${(total / phase.seconds).toFixed(2)} of ${availableParallelism()} cores, ${((total * 1e6) / phase.count).toFixed(0)} µs/proposal`;
}

async function startGroup(dir: string): Promise<{ children: ChildProcess[]; clientPorts: number[] }> {
  const ids = ['n1', 'n2', 'n3'];
  const clientPorts = await Promise.all(ids.map(() => freePort()));
  const peerPorts = await Promise.all(ids.map(() => freePort()));
  const secret = join(dir, 'secret');
  writeFileSync(secret, 'bench-secret-0123456789abcdef');
  const peers = ids.map((id, i) => `${id}=127.0.0.1:${peerPorts[i]}`).join(',');
  const tsx = import.meta.resolve('tsx');
  const entry = new URL('./member-process.ts', import.meta.url).pathname;
  const children = ids.map((id, i) =>
    spawn(process.execPath, [...profileArgs(), '--import', tsx, entry, '--id', id, '--data-dir', join(dir, id), '--secret-file', secret,
      '--listen-client', `127.0.0.1:${clientPorts[i]}`, '--listen-peer', `127.0.0.1:${peerPorts[i]}`, '--peers', peers,
      '--log-level', 'warn'], { stdio: ['ignore', 'ignore', 'inherit'] }),
  );
  return { children, clientPorts };
}

async function findLeader(pools: Pool[]): Promise<number> {
  const deadline = Date.now() + ELECTION_WAIT_MS;
  while (Date.now() < deadline) {
    for (let i = 0; i < pools.length; i++) {
      try {
        const s = await call(pools[i]!, 'GetStatus', new Uint8Array(0), (b) => admin.GetStatusResponse.decode(b));
        if (s.role === admin.Role.ROLE_LEADER) return i;
      } catch {
        // Not up yet.
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no leader elected');
}

/** `proposers` loops each proposing back to back for `phaseSeconds`; returns rate and latencies. */
async function proposeFor(
  pool: Pool,
  proposers: number,
  phaseSeconds: number,
): Promise<{ perSecond: number; p50Ms: number; p99Ms: number; seconds: number; count: number }> {
  const body = admin.ProposeNoopRequest.encode({ payload: new Uint8Array(ENTRY_BYTES).fill(1) }).finish();
  const latencies: number[] = [];
  const started = Date.now();
  const deadline = started + phaseSeconds * 1000;
  await Promise.all(
    Array.from({ length: proposers }, async () => {
      while (Date.now() < deadline) {
        const t0 = process.hrtime.bigint();
        await call(pool, 'ProposeNoop', body, (b) => admin.ProposeNoopResponse.decode(b));
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const count = latencies.length;
  return { perSecond: count / seconds, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), seconds, count };
}

async function loopbackRoundTripMs(pool: Pool): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = process.hrtime.bigint();
    await call(pool, 'GetStatus', new Uint8Array(0), (b) => b);
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return percentile(samples, 50);
}

/** The leader's save counters from /metrics: saves (one fsync'd batch per Ready), their seconds, entries written. */
interface SaveCounters {
  saves: number;
  seconds: number;
  entries: number;
}

async function saveCounters(pool: Pool): Promise<SaveCounters> {
  const res = await pool.request({ path: '/metrics', method: 'GET' });
  const text = await res.body.text();
  const read = (name: string): number => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  return { saves: read('shoal_raft_save_seconds_count'), seconds: read('shoal_raft_save_seconds_sum'), entries: read('shoal_raft_saved_entries_total') };
}

/** Saves per second, entries per save and mean save time between two readings: how well Readies batch. */
function saveReport(before: SaveCounters, after: SaveCounters, seconds: number): string {
  const saves = after.saves - before.saves;
  const entriesPerSave = (after.entries - before.entries) / saves;
  const meanMs = ((after.seconds - before.seconds) * 1000) / saves;
  return `${(saves / seconds).toFixed(0)} saves/s, ${entriesPerSave.toFixed(1)} entries per save, ${meanMs.toFixed(2)} ms per save`;
}

interface PhaseResult {
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  seconds: number;
  count: number;
  cpu: string;
  saves: string;
}

/**
 * Warms the group up at this concurrency for half a phase (so the JIT has compiled
 * the paths this load takes: the figure is the steady state of a running member, not
 * of a process seconds old), then measures a phase, with the CPU and saves it took.
 */
async function measurePhase(leader: Pool, proposers: number, children: ChildProcess[], names: string[]): Promise<PhaseResult> {
  await proposeFor(leader, proposers, PHASE_SECONDS / 2);
  const cpuBefore = cpuSnapshot(children);
  const savesBefore = await saveCounters(leader);
  const phase = await proposeFor(leader, proposers, PHASE_SECONDS);
  const cpu = cpuReport(cpuBefore, cpuSnapshot(children), phase, names);
  const saves = saveReport(savesBefore, await saveCounters(leader), phase.seconds);
  return { ...phase, cpu, saves };
}

function printReport(fsync: { perSecond: number; p50Ms: number }, rttMs: number, one: PhaseResult, many: PhaseResult): void {
  const f = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
  const ms = (n: number): string => `${n.toFixed(2)} ms`;
  console.log(`raft: 3 processes on loopback, LevelDB with fsync, ${ENTRY_BYTES}-byte ProposeNoop via the admin API, ${PHASE_SECONDS} s per phase, node ${process.version}`);
  console.log(`  baseline: single-writer fdatasync   ${f(fsync.perSecond).padStart(9)}/s   p50 ${ms(fsync.p50Ms)}`);
  console.log(`  baseline: loopback GetStatus RTT                 p50 ${ms(rttMs)}`);
  console.log(`  1 proposer                          ${f(one.perSecond).padStart(9)}/s   p50 ${ms(one.p50Ms)}   p99 ${ms(one.p99Ms)}`);
  console.log(`  ${CONCURRENT_PROPOSERS} proposers                       ${f(many.perSecond).padStart(9)}/s   p50 ${ms(many.p50Ms)}   p99 ${ms(many.p99Ms)}`);
  console.log(`  leader, 1 proposer:   ${one.saves}`);
  console.log(`  leader, ${CONCURRENT_PROPOSERS} proposers: ${many.saves}`);
  console.log(`  CPU, cores busy (CPU per proposal), 1 proposer:   ${one.cpu}`);
  console.log(`  CPU, cores busy (CPU per proposal), ${CONCURRENT_PROPOSERS} proposers: ${many.cpu}`);
  const throughputRatio = many.perSecond / fsync.perSecond;
  const latencyRatio = one.p50Ms / (fsync.p50Ms + rttMs);
  console.log(`  ratio ${CONCURRENT_PROPOSERS} proposers / fsync rate           ${throughputRatio.toFixed(2)}  (goal ≥ 10: ${throughputRatio >= 10 ? 'met' : 'NOT met'})`);
  console.log(`  ratio 1-proposer p50 / (fsync + RTT)      ${latencyRatio.toFixed(2)}  (goal ≤ 3: ${latencyRatio <= 3 ? 'met' : 'NOT met'})`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'shoal-bench-'));
  const fsync = measureFsync(dir);
  const { children, clientPorts } = await startGroup(dir);
  const pools = clientPorts.map((p) => new Pool(`http://127.0.0.1:${p}`, { connections: CONCURRENT_PROPOSERS }));
  try {
    const leaderIndex = await findLeader(pools);
    const leader = pools[leaderIndex]!;
    const names = ['client', ...children.map((_, i) => `n${i + 1}${i === leaderIndex ? ' (leader)' : ''}`)];
    const rttMs = await loopbackRoundTripMs(leader);
    await proposeFor(leader, 8, PHASE_SECONDS); // warm-up
    const one = await measurePhase(leader, 1, children, names);
    const many = await measurePhase(leader, CONCURRENT_PROPOSERS, children, names);
    printReport(fsync, rttMs, one, many);
  } finally {
    await Promise.all(pools.map((p) => p.close()));
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
