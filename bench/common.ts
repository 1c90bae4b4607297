/**
 * What the process-level benchmarks (bench/raft-group.ts, bench/io.ts) share: the
 * disk's single-writer fsync rate, starting and stopping the three-member group and
 * other child processes, admin calls, a closed-loop load generator with per-request
 * latency, and CPU accounting from /proc. Each benchmark keeps only what it measures.
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { closeSync, fdatasyncSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Pool } from 'undici';
import { shoal } from '../src/proto/gen/shoal.js';

const admin = shoal.admin.v1;

/** Seconds each measured phase lasts (BENCH_SECONDS); every phase follows a warm-up half as long. */
export const PHASE_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
/** Appends (each followed by fdatasync) that make up the single-writer fsync baseline. */
export const FSYNC_SAMPLES = 300;
/** How long to wait for the group to elect before giving up. */
const ELECTION_WAIT_MS = 30_000;
/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
const PROC_CLOCK_TICKS_PER_SECOND = 100;
/**
 * BENCH_CPU_PROF=<dir> writes a V8 CPU profile of every child process there (open
 * in Chrome DevTools or VS Code). Profile a benchmark's own process with
 * `node --cpu-prof --cpu-prof-dir=<dir> --import tsx bench/<file>.ts`.
 */
const CPU_PROFILE_DIR = process.env.BENCH_CPU_PROF ?? null;
/** The group's member ids, in the order of every per-member array here. */
export const MEMBER_IDS = ['n1', 'n2', 'n3'] as const;

/** The `p`th percentile (0–100) of ascending `sorted`; NaN when empty. */
export function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Single-writer fsync rate of the disk holding `dir`: append `bytes`, fdatasync, FSYNC_SAMPLES times. */
export function measureFsync(dir: string, bytes: number): { perSecond: number; p50Ms: number } {
  const fd = openSync(join(dir, 'fsync-probe'), 'w');
  const buf = Buffer.alloc(bytes, 7);
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

/** A loopback port that was free a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

/** A Connect unary admin call (binary codec); throws on any status but 200. */
export async function adminCall<Res>(pool: Pool, method: string, body: Uint8Array, decode: (b: Uint8Array) => Res): Promise<Res> {
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

/** A member's /metrics page, as text. */
export async function metricsText(pool: Pool): Promise<string> {
  const res = await pool.request({ path: '/metrics', method: 'GET' });
  return res.body.text();
}

/** Starts `entry` (a .ts file beside this one) under tsx, profiled when BENCH_CPU_PROF is set. */
export function spawnBenchScript(entry: string, args: string[], stdio: StdioOptions): ChildProcess {
  const tsx = import.meta.resolve('tsx');
  const profile = CPU_PROFILE_DIR === null ? [] : ['--cpu-prof', `--cpu-prof-dir=${CPU_PROFILE_DIR}`];
  return spawn(process.execPath, [...profile, '--import', tsx, new URL(entry, import.meta.url).pathname, ...args], { stdio });
}

/**
 * Flags for a benchmark that aims its load at particular members: no placement
 * redirects and no moves (the balancer's own benchmark turns them on).
 */
export const FIXED_CONNECTIONS = ['--placement', 'none', '--balance=false'];

/**
 * Starts the members MEMBER_IDS as child processes (bench/member-process.ts, the same
 * start-up as `shoal server`) on loopback, each with its LevelDB under `dir`.
 * `argsFor` adds flags of one member (e.g. its `--capacity`) after the common ones.
 */
export async function startGroup(
  dir: string,
  argsFor?: (id: string, i: number) => string[],
): Promise<{ children: ChildProcess[]; clientPorts: number[] }> {
  const clientPorts = await Promise.all(MEMBER_IDS.map(() => freePort()));
  const peerPorts = await Promise.all(MEMBER_IDS.map(() => freePort()));
  const secret = join(dir, 'secret');
  writeFileSync(secret, 'bench-secret-0123456789abcdef');
  const peers = MEMBER_IDS.map((id, i) => `${id}=127.0.0.1:${peerPorts[i]}`).join(',');
  const children = MEMBER_IDS.map((id, i) =>
    spawnBenchScript('./member-process.ts', ['--id', id, '--data-dir', join(dir, id), '--secret-file', secret,
      '--listen-client', `127.0.0.1:${clientPorts[i]}`, '--listen-peer', `127.0.0.1:${peerPorts[i]}`, '--peers', peers,
      '--log-level', 'warn', ...(argsFor?.(id, i) ?? [])], ['ignore', 'ignore', 'inherit']),
  );
  return { children, clientPorts };
}

/** SIGTERMs `children` and waits until every one has exited. */
export async function stopChildren(children: ChildProcess[]): Promise<void> {
  for (const c of children) c.kill('SIGTERM');
  await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null || c.signalCode !== null ? r(null) : c.once('exit', r)))));
}

/** The index of the member (one pool each) that reports itself leader, once one does. */
export async function findLeader(pools: Pool[]): Promise<number> {
  const deadline = Date.now() + ELECTION_WAIT_MS;
  while (Date.now() < deadline) {
    for (let i = 0; i < pools.length; i++) {
      try {
        const s = await adminCall(pools[i]!, 'GetStatus', new Uint8Array(0), (b) => admin.GetStatusResponse.decode(b));
        if (s.role === admin.Role.ROLE_LEADER) return i;
      } catch {
        // Not up yet.
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no leader elected');
}

/** Requests per second and latency of a run of the load generator. */
export interface LoadResult {
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  seconds: number;
  count: number;
}

/**
 * The load generator: `concurrency` loops, each awaiting `request()` back to back
 * (a closed loop: a new request starts when one is answered) for `seconds`; every
 * request's latency is timed with hrtime. A request that throws ends the run.
 */
export async function loadFor(concurrency: number, seconds: number, request: () => Promise<void>): Promise<LoadResult> {
  const latencies: number[] = [];
  const started = process.hrtime.bigint();
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline) {
        const t0 = process.hrtime.bigint();
        await request();
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  const elapsedSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  const count = latencies.length;
  return { perSecond: count / elapsedSeconds, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), seconds: elapsedSeconds, count };
}

/** CPU seconds (user + system, every thread) a process has used so far, from /proc; NaN where /proc is missing. */
export function cpuSecondsOf(pid: number | undefined): number {
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

/** CPU seconds of the benchmark (this process) and of each child, in that order. */
export function cpuSnapshot(children: ChildProcess[]): number[] {
  const self = process.cpuUsage();
  return [(self.user + self.system) / 1e6, ...children.map((c) => cpuSecondsOf(c.pid))];
}

/**
 * Each process's CPU during a phase, as cores busy and as CPU time per `unit` (one
 * request, one proposal), plus the total against the machine's cores: a total near
 * the core count means the run was CPU-bound, well below it means it waited on fsync
 * or the network. `names` are the benchmark's then the children's, as cpuSnapshot.
 */
export function cpuReport(before: number[], after: number[], phase: { seconds: number; count: number }, names: string[], unit: string): string {
  const used = names.map((_, i) => after[i]! - before[i]!);
  const parts = names.map((name, i) => `${name} ${(used[i]! / phase.seconds).toFixed(2)} (${((used[i]! * 1e6) / phase.count).toFixed(0)} µs)`);
  const total = used.reduce((a, b) => a + b, 0);
  return `${parts.join(', ')}; total ${(total / phase.seconds).toFixed(2)} of ${availableParallelism()} cores, ${((total * 1e6) / phase.count).toFixed(0)} µs/${unit}`;
}

/** A measured phase: its load result, CPU report, and what `probe` read before and after it. */
export interface PhaseMeasurement<T> extends LoadResult {
  cpu: string;
  probeBefore: T;
  probeAfter: T;
}

/**
 * Warms up at this concurrency for half a phase (so the JIT has compiled the paths
 * this load takes: the figure is the steady state of a running process, not of one
 * seconds old), then measures PHASE_SECONDS, with each process's CPU and whatever
 * `probe` reads (a member's /metrics) just before and just after the measured part.
 */
export async function measurePhase<T>(options: {
  concurrency: number;
  request: () => Promise<void>;
  children: ChildProcess[];
  names: string[];
  unit: string;
  probe: () => Promise<T>;
}): Promise<PhaseMeasurement<T>> {
  await loadFor(options.concurrency, PHASE_SECONDS / 2, options.request);
  const probeBefore = await options.probe();
  const cpuBefore = cpuSnapshot(options.children);
  const phase = await loadFor(options.concurrency, PHASE_SECONDS, options.request);
  const cpu = cpuReport(cpuBefore, cpuSnapshot(options.children), phase, options.names, options.unit);
  const probeAfter = await options.probe();
  return { ...phase, cpu, probeBefore, probeAfter };
}

/** A figure with thousands separators and no decimals. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 0 });
}

/** Milliseconds with two decimals. */
export function formatMs(n: number): string {
  return `${n.toFixed(2)} ms`;
}
