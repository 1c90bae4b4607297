/**
 * One chaos run: a real three-member group (processes, LevelDB, loopback sockets)
 * whose peer links go through fault-injecting proxies, a workload recording its
 * history, and the nemeses — all from one seed. Then the group must heal within a
 * bound, and the verdicts: every block's history linearizable, no acknowledged
 * write lost, and every member at the same applied log and state (digests).
 *
 * The seed fixes the workload's choices and the nemeses' schedule; the processes'
 * timing is real, so a replay injects the same faults in the same order, not the
 * same interleaving.
 */
import { ShoalClient } from '../../src/client/index.js';
import { SeededRandom } from '../../src/raft/random.js';
import { TestGroup } from '../integration/group.js';
import { eventually } from '../integration/poll.js';
import { checkLinearizable, checkNoLostWrites, type FinalRead } from './linearizability.js';
import { NEMESES, Nemesis, type NemesisEvent, type NemesisKind } from './nemesis.js';
import { FaultMesh } from './proxy.js';
import { BLOCK_BYTES, type ChaosOperation, HISTORY_OPERATIONS_MAX, Workload, decodeValue } from './workload.js';

const KiB = 1024;
const VOLUME = 'chaos';
const PAGE_BYTES = 64 * KiB;
const VOLUME_BYTES = 64 * PAGE_BYTES;
/** Blocks used as registers per member's pages: contention enough to test, few enough to check. */
const BLOCKS_PER_OWNER = 8;
/** How long the group has to heal after the nemesis stops: a leader, all caught up, every page readable. */
export const HEAL_TIMEOUT_MS = 60_000;
/** A final read gets this long (its SDK retries included). */
const FINAL_READ_TIMEOUT_MS = 20_000;

export interface ChaosOptions {
  seed: number;
  durationSeconds: number;
  nemeses: readonly NemesisKind[];
  sdkClients?: number;
  rawClients?: number;
  log?: (line: string) => void;
}

export interface Verdict {
  name: string;
  ok: boolean;
  detail: string;
}

export interface ChaosReport {
  seed: number;
  durationSeconds: number;
  nemeses: readonly NemesisKind[];
  operations: { total: number; reads: number; writes: number; ok: number; indeterminate: number; failed: number };
  /** Operations that were not ok, by outcome and cause (e.g. "failed 503": 1200), most first. */
  notOkByCause: Record<string, number>;
  /** Seconds into the run at which the history was full and the workload stopped (the faults went on); null if it never was. */
  workloadFullAfterSeconds: number | null;
  checkedOperations: number;
  timeline: NemesisEvent[];
  healedInMs: number | null;
  verdicts: Verdict[];
  ok: boolean;
  /** Operations of each violation (a few per violation), for the replay. */
  violations: Array<{ check: string; key: string; message: string; operations: unknown[] }>;
  /** The whole history of the blocks with a violation (at most VIOLATED_HISTORY_MAX operations), in invocation order. */
  violatedHistory: ChaosOperation[];
  replay: string;
}

/** Operations of violated blocks kept in the report. */
const VIOLATED_HISTORY_MAX = 5_000;

/** Runs the whole thing; never throws for a violation (the report says), only for a broken harness. */
export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const elapsed = (): number => performance.now() - started;
  const meshes: FaultMesh[] = [];
  const group = await TestGroup.start({
    name: `chaos-${options.seed}`,
    size: 3,
    productDefaults: true,
    serverArgs: ['--load-interval-ms', '500'],
    beforeStart: async (g) => {
      meshes.push(await FaultMesh.start(g.initialIds.map((id) => ({ id, peerAddress: `127.0.0.1:${g.slot(id).peerPort}` }))));
    },
    peerArgs: (id) => meshes[0]!.args(id),
  }).catch(async (err: unknown) => {
    await Promise.all(meshes.map((m) => m.close()));
    throw err;
  });
  try {
    return await runOnGroup(group, meshes[0]!, options, log, elapsed);
  } finally {
    await group.close();
    await Promise.all(meshes.map((m) => m.close()));
  }
}

async function runOnGroup(group: TestGroup, mesh: FaultMesh, options: ChaosOptions, log: (line: string) => void, elapsed: () => number): Promise<ChaosReport> {
  await group.client('n1').createVolume({ name: VOLUME, sizeBytes: VOLUME_BYTES, pageSizeBytes: PAGE_BYTES });
  const offsets = await blockOffsets(group, options.seed);
  const endpoints = group.initialIds.map((id) => group.endpoint(id));
  const workload = new Workload({
    seed: options.seed,
    volume: VOLUME,
    blockOffsets: offsets,
    endpoints,
    sdkClients: options.sdkClients ?? 3,
    rawClients: options.rawClients ?? 3,
    writeShare: 0.5,
  });
  const nemesis = new Nemesis({ seed: options.seed, kinds: options.nemeses, group, mesh, elapsed, log });
  log(`chaos: seed ${options.seed}, ${options.durationSeconds} s, nemeses ${options.nemeses.join(',')}, ${offsets.length} blocks`);
  workload.start();
  const faults = nemesis.run();
  await new Promise((resolve) => setTimeout(resolve, options.durationSeconds * 1000));
  // A short run still gets every nemesis once: up to twice its duration.
  await eventually('every nemesis to be injected once', async () => (nemesis.everyKindInjected() ? true : undefined), options.durationSeconds * 1000).catch(() => undefined);
  nemesis.stop();
  await faults;
  log(`  ${(elapsed() / 1000).toFixed(1).padStart(6)} s  nemesis stopped; healing`);
  const healStarted = performance.now();
  const healed = await heal(group, mesh).then(
    () => true,
    (err: Error) => {
      log(`  heal failed: ${err.message.split('\n')[0]}`);
      return false;
    },
  );
  await workload.stop();
  const finals = healed ? await finalReads(group, offsets) : [];
  const healedInMs = healed ? Math.round(performance.now() - healStarted) : null;
  const agreement = healed ? await membersAgree(group) : { ok: false, detail: 'the group did not heal' };
  return report(options, workload, nemesis.timeline, healedInMs, finals, agreement);
}

/** Blocks on pages of every member: BLOCKS_PER_OWNER per owner, one per page, a seeded block within each page. */
async function blockOffsets(group: TestGroup, seed: number): Promise<number[]> {
  const random = new SeededRandom(seed ^ 0xb10c);
  const table = await group.client('n1').getRoutingTable({ volume: VOLUME });
  const byOwner = new Map<string, number[]>();
  for (const run of table.runs) {
    for (let p = Number(run.firstPage); p < Number(run.firstPage) + Number(run.pageCount); p++) {
      const owner = run.owners![p % run.owners!.length]!;
      const pages = byOwner.get(owner) ?? [];
      if (pages.length < BLOCKS_PER_OWNER) pages.push(p);
      byOwner.set(owner, pages);
    }
  }
  const blocksPerPage = PAGE_BYTES / BLOCK_BYTES;
  return [...byOwner.values()].flat().map((page) => page * PAGE_BYTES + random.intn(blocksPerPage) * BLOCK_BYTES);
}

/** Undoes every fault and waits (bounded) for a leader, every member caught up, and every page readable. */
async function heal(group: TestGroup, mesh: FaultMesh): Promise<void> {
  mesh.healAll('reset');
  for (const id of group.running()) group.process(id).child.kill('SIGCONT');
  for (const id of group.initialIds) if (!group.isRunning(id)) await group.startMember(id);
  await group.waitForLeader(group.initialIds, HEAL_TIMEOUT_MS);
  await group.client('n1').proposeNoop({});
  await eventually('every member to apply the same log', async () => ((await digestsAtOneIndex(group)) ? true : undefined), HEAL_TIMEOUT_MS);
  await everyPageReadable(group);
}

/** Reads the first block of every page of the volume, through each member in turn: all pages reachable. */
async function everyPageReadable(group: TestGroup): Promise<void> {
  const clients = group.initialIds.map((id) => new ShoalClient({ members: [group.endpoint(id)], timeoutMs: FINAL_READ_TIMEOUT_MS }));
  try {
    for (let page = 0; page < VOLUME_BYTES / PAGE_BYTES; page++) await clients[page % clients.length]!.volume(VOLUME).read(page * PAGE_BYTES, BLOCK_BYTES);
  } finally {
    await Promise.all(clients.map((c) => c.close()));
  }
}

type Digest = Awaited<ReturnType<ReturnType<TestGroup['client']>['getStateDigest']>>;

/** Every member's digests, if they answered at the same applied index (load reports keep the log moving). */
async function digestsAtOneIndex(group: TestGroup): Promise<Digest[] | undefined> {
  const digests = await Promise.all(group.initialIds.map((id) => group.client(id).getStateDigest({})));
  return digests.every((d) => Number(d.appliedIndex) === Number(digests[0]!.appliedIndex)) ? digests : undefined;
}

/** The members agree: the same log digest and state digest at the same applied index. */
async function membersAgree(group: TestGroup): Promise<{ ok: boolean; detail: string }> {
  const digests = await eventually('the members at one applied index', () => digestsAtOneIndex(group), HEAL_TIMEOUT_MS);
  const logs = new Set(digests.map((d) => d.logDigest));
  const states = new Set(digests.map((d) => d.stateDigest));
  const at = `at index ${digests[0]!.appliedIndex}`;
  if (logs.size === 1 && states.size === 1) return { ok: true, detail: `log ${digests[0]!.logDigest.slice(0, 12)}…, state ${digests[0]!.stateDigest.slice(0, 12)}… ${at}` };
  return { ok: false, detail: `${at}: ${digests.map((d) => `${d.memberId} log ${d.logDigest.slice(0, 12)} state ${d.stateDigest.slice(0, 12)}`).join('; ')}` };
}

/** Reads every block once after healing (through each member in turn): all pages reachable, and the values for the lost-write check. */
async function finalReads(group: TestGroup, offsets: readonly number[]): Promise<FinalRead[]> {
  const clients = group.initialIds.map((id) => new ShoalClient({ members: [group.endpoint(id)], timeoutMs: FINAL_READ_TIMEOUT_MS }));
  try {
    const reads: FinalRead[] = [];
    for (const [i, offset] of offsets.entries()) {
      const invokedAt = performance.now();
      const bytes = await clients[i % clients.length]!.volume(VOLUME).read(offset, BLOCK_BYTES);
      reads.push({ key: String(offset), value: decodeValue(bytes), invokedAt, completedAt: performance.now() });
    }
    return reads;
  } finally {
    await Promise.all(clients.map((c) => c.close()));
  }
}

function report(
  options: ChaosOptions,
  workload: Workload,
  timeline: NemesisEvent[],
  healedInMs: number | null,
  finals: FinalRead[],
  agreement: { ok: boolean; detail: string },
): ChaosReport {
  const counts = workload.counts();
  // Failed operations were certainly not applied: the checker never sees them.
  const checked = workload.history.filter((op) => op.outcome !== 'failed').map((op) => ({ ...op, outcome: op.outcome as 'ok' | 'indeterminate' }));
  const linear = checkLinearizable(checked, { initialValue: '' });
  const lost = healedInMs === null ? null : checkNoLostWrites(checked, finals, { initialValue: '' });
  const verdicts: Verdict[] = [
    { name: 'healed', ok: healedInMs !== null, detail: healedInMs === null ? `not within ${HEAL_TIMEOUT_MS} ms` : `in ${healedInMs} ms` },
    {
      name: 'linearizable',
      ok: linear.ok,
      detail: `${linear.keysChecked} blocks, ${linear.operationsChecked} operations, ${linear.violations.length} violations, ${linear.timedOut.length} undecided`,
    },
    { name: 'no lost writes', ok: lost?.ok ?? false, detail: lost === null ? 'no final reads' : `${lost.readsChecked} final reads, ${lost.violations.length} violations` },
    { name: 'members agree', ok: agreement.ok, detail: agreement.detail },
  ];
  const violations = [
    ...linear.violations.map((v) => ({ check: 'linearizable', key: v.key, message: v.message, operations: v.operations })),
    ...linear.timedOut.map((key) => ({ check: 'linearizable', key, message: 'the search ran out of steps: undecided', operations: [] })),
    ...(lost?.violations ?? []).map((v) => ({ check: 'no lost writes', key: v.key, message: v.message, operations: [v.read, v.supersededBy].filter((x) => x !== null) })),
    ...(lost?.unread ?? []).map((key) => ({ check: 'no lost writes', key, message: 'no final read of this block', operations: [] })),
  ];
  return {
    seed: options.seed,
    durationSeconds: options.durationSeconds,
    nemeses: options.nemeses,
    operations: { total: workload.history.length, ...counts },
    notOkByCause: workload.causes(),
    workloadFullAfterSeconds: workload.fullAfterSeconds(),
    checkedOperations: checked.length,
    timeline,
    healedInMs,
    verdicts,
    ok: verdicts.every((v) => v.ok),
    violations,
    violatedHistory: workload.history
      .filter((op) => violations.some((v) => v.key === op.key))
      .sort((a, b) => a.invokedAt - b.invokedAt)
      .slice(0, VIOLATED_HISTORY_MAX),
    replay: `npm run chaos -- --seed ${options.seed} --duration ${options.durationSeconds} --nemesis ${options.nemeses.join(',')}`,
  };
}

/** The report as a few readable lines. */
export function summary(report: ChaosReport): string {
  const o = report.operations;
  const lines = [
    `operations: ${o.total} (${o.reads} reads, ${o.writes} writes): ${o.ok} ok, ${o.indeterminate} indeterminate, ${o.failed} failed (certainly not applied)`,
    `not ok, by cause: ${
      Object.entries(report.notOkByCause)
        .map(([cause, n]) => `${cause} ×${n}`)
        .join(', ') || 'none'
    }`,
    ...(report.workloadFullAfterSeconds === null
      ? []
      : [`the workload recorded its cap of ${HISTORY_OPERATIONS_MAX} operations at ${report.workloadFullAfterSeconds.toFixed(0)} s and stopped; the faults went on`]),
    `faults: ${report.timeline.length} nemesis events`,
    ...report.verdicts.map((v) => `${v.ok ? 'PASS' : 'FAIL'}  ${v.name}: ${v.detail}`),
  ];
  for (const v of report.violations.slice(0, 10)) lines.push(`  violation (${v.check}) block at ${v.key}: ${v.message}`);
  lines.push(report.ok ? 'no violation' : `VIOLATION — replay with: ${report.replay}`);
  return lines.join('\n');
}

/** Parses a --nemesis list; every name must be known. */
export function parseNemeses(text: string): NemesisKind[] {
  const names = text.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(NEMESES as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`unknown nemesis ${unknown.join(', ')}; known: ${NEMESES.join(', ')}`);
  if (names.length === 0) throw new Error(`--nemesis needs at least one of ${NEMESES.join(', ')}`);
  return names as NemesisKind[];
}

export type { ChaosOperation };
