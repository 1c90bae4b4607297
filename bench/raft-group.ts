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
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';
import { shoal } from '../src/proto/gen/shoal.js';
import {
  MEMBER_IDS,
  PHASE_SECONDS,
  adminCall,
  findLeader,
  formatCount,
  formatMs,
  loadFor,
  measureFsync,
  measurePhase,
  metricsText,
  percentile,
  startGroup,
  stopChildren,
  type PhaseMeasurement,
  FIXED_CONNECTIONS,
} from './common.js';

const admin = shoal.admin.v1;
const ENTRY_BYTES = 128;
const CONCURRENT_PROPOSERS = 256;

/** One proposer's request: a ProposeNoop, answered once committed and applied on the leader. */
function proposer(pool: Pool): () => Promise<void> {
  const body = admin.ProposeNoopRequest.encode({ payload: new Uint8Array(ENTRY_BYTES).fill(1) }).finish();
  return async () => {
    await adminCall(pool, 'ProposeNoop', body, (b) => admin.ProposeNoopResponse.decode(b));
  };
}

async function loopbackRoundTripMs(pool: Pool): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = process.hrtime.bigint();
    await adminCall(pool, 'GetStatus', new Uint8Array(0), (b) => b);
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
  const text = await metricsText(pool);
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

type PhaseResult = PhaseMeasurement<SaveCounters> & { saves: string };

/** Measures `proposers` concurrent proposers (after a warm-up), with the CPU and leader saves it took. */
async function measureProposers(leader: Pool, proposers: number, children: ChildProcess[], names: string[]): Promise<PhaseResult> {
  const phase = await measurePhase({ concurrency: proposers, request: proposer(leader), children, names, unit: 'proposal', probe: () => saveCounters(leader) });
  return { ...phase, saves: saveReport(phase.probeBefore, phase.probeAfter, phase.seconds) };
}

function printReport(fsync: { perSecond: number; p50Ms: number }, rttMs: number, one: PhaseResult, many: PhaseResult): void {
  console.log(`raft: 3 processes on loopback, LevelDB with fsync, ${ENTRY_BYTES}-byte ProposeNoop via the admin API, ${PHASE_SECONDS} s per phase, node ${process.version}`);
  console.log(`  baseline: single-writer fdatasync   ${formatCount(fsync.perSecond).padStart(9)}/s   p50 ${formatMs(fsync.p50Ms)}`);
  console.log(`  baseline: loopback GetStatus RTT                 p50 ${formatMs(rttMs)}`);
  console.log(`  1 proposer                          ${formatCount(one.perSecond).padStart(9)}/s   p50 ${formatMs(one.p50Ms)}   p99 ${formatMs(one.p99Ms)}`);
  console.log(`  ${CONCURRENT_PROPOSERS} proposers                       ${formatCount(many.perSecond).padStart(9)}/s   p50 ${formatMs(many.p50Ms)}   p99 ${formatMs(many.p99Ms)}`);
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
  const fsync = measureFsync(dir, ENTRY_BYTES);
  const { children, clientPorts } = await startGroup(dir, () => FIXED_CONNECTIONS);
  const pools = clientPorts.map((p) => new Pool(`http://127.0.0.1:${p}`, { connections: CONCURRENT_PROPOSERS }));
  try {
    const leaderIndex = await findLeader(pools);
    const leader = pools[leaderIndex]!;
    const names = ['client', ...MEMBER_IDS.map((id, i) => `${id}${i === leaderIndex ? ' (leader)' : ''}`)];
    const rttMs = await loopbackRoundTripMs(leader);
    await loadFor(8, PHASE_SECONDS, proposer(leader)); // warm-up
    const one = await measureProposers(leader, 1, children, names);
    const many = await measureProposers(leader, CONCURRENT_PROPOSERS, children, names);
    printReport(fsync, rttMs, one, many);
  } finally {
    await Promise.all(pools.map((p) => p.close()));
    await stopChildren(children);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
