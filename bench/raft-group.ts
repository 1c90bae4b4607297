/**
 * `npm run bench:raft`: a three-process group on loopback with real fsync.
 * Reports committed proposals/s and p50/p99 commit latency for 1 proposer and for
 * 256 concurrent proposers (128-byte ProposeNoop entries through the admin API),
 * next to this disk's single-writer fsync rate and a loopback round trip measured
 * in the same run. Goals: ≥ 10× the fsync rate with 256 proposers (batching), and a
 * single-proposer p50 within 3× (fsync latency + loopback round trip).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
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
    spawn(process.execPath, ['--import', tsx, entry, '--id', id, '--data-dir', join(dir, id), '--secret-file', secret,
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

/** `proposers` loops each proposing back to back for PHASE_SECONDS; returns rate and latencies. */
async function proposeFor(pool: Pool, proposers: number): Promise<{ perSecond: number; p50Ms: number; p99Ms: number }> {
  const body = admin.ProposeNoopRequest.encode({ payload: new Uint8Array(ENTRY_BYTES).fill(1) }).finish();
  const latencies: number[] = [];
  const started = Date.now();
  const deadline = started + PHASE_SECONDS * 1000;
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
  return { perSecond: latencies.length / seconds, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99) };
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

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'shoal-bench-'));
  const fsync = measureFsync(dir);
  const { children, clientPorts } = await startGroup(dir);
  const pools = clientPorts.map((p) => new Pool(`http://127.0.0.1:${p}`, { connections: CONCURRENT_PROPOSERS }));
  try {
    const leader = pools[await findLeader(pools)]!;
    const rttMs = await loopbackRoundTripMs(leader);
    await proposeFor(leader, 8); // warm-up
    const one = await proposeFor(leader, 1);
    const many = await proposeFor(leader, CONCURRENT_PROPOSERS);
    const f = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
    const ms = (n: number): string => `${n.toFixed(2)} ms`;
    console.log(`raft: 3 processes on loopback, LevelDB with fsync, ${ENTRY_BYTES}-byte ProposeNoop via the admin API, ${PHASE_SECONDS} s per phase, node ${process.version}`);
    console.log(`  baseline: single-writer fdatasync   ${f(fsync.perSecond).padStart(9)}/s   p50 ${ms(fsync.p50Ms)}`);
    console.log(`  baseline: loopback GetStatus RTT                 p50 ${ms(rttMs)}`);
    console.log(`  1 proposer                          ${f(one.perSecond).padStart(9)}/s   p50 ${ms(one.p50Ms)}   p99 ${ms(one.p99Ms)}`);
    console.log(`  ${CONCURRENT_PROPOSERS} proposers                       ${f(many.perSecond).padStart(9)}/s   p50 ${ms(many.p50Ms)}   p99 ${ms(many.p99Ms)}`);
    const throughputRatio = many.perSecond / fsync.perSecond;
    const latencyRatio = one.p50Ms / (fsync.p50Ms + rttMs);
    console.log(`  ratio ${CONCURRENT_PROPOSERS} proposers / fsync rate           ${throughputRatio.toFixed(2)}  (goal ≥ 10: ${throughputRatio >= 10 ? 'met' : 'NOT met'})`);
    console.log(`  ratio 1-proposer p50 / (fsync + RTT)      ${latencyRatio.toFixed(2)}  (goal ≤ 3: ${latencyRatio <= 3 ? 'met' : 'NOT met'})`);
  } finally {
    await Promise.all(pools.map((p) => p.close()));
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
