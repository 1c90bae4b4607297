/**
 * `npm run bench:balance`: the client load distributor (the balancer that moves
 * client connections between members) against a three-process group on loopback.
 * Each scenario runs twice in the same run, on a fresh group each time: distributor
 * off (the baseline) and on. Every member's front end is made the bottleneck with
 * `--io-capacity` (page operations per second for its own clients), so where the
 * connections are decides the throughput, as it would on real machines; the CPU
 * stays far from saturated. Closed-loop SDK clients read (and every few requests
 * write) 4 KiB blocks and check what they read.
 *
 * Scenarios: skew (6 clients on n1 of three equal members), heterogeneous (capacities
 * 1:2:3), locality (each client touches one member's pages only, all start on n1),
 * flapping (the load shifts between client groups every few seconds). Prints a table
 * per scenario and the goals with PASS/MISS; writes bench/out/balance-<scenario>.svg
 * and bench/out/balance.json (bench/README.md says what each figure means).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { type ClientPlan, type LoadOutcome, blockContent, runClients } from './balance-clients.js';
import { BenchGroup, counterDelta } from './balance-group.js';
import {
  type Goal,
  type Mode,
  type RunResult,
  type ScenarioInfo,
  chartSvg,
  failureGoal,
  formatSeconds,
  goalLines,
  summarize,
  tableLines,
} from './balance-report.js';
import { MEMBER_IDS, cpuSnapshot, stopChildren } from './common.js';
import { LOAD_INTERVAL_MS } from './balance-stats.js';

const VOLUME = 'balance';
const PAGE_BYTES = 1024 * 1024;
const VOLUME_BYTES = 64 * PAGE_BYTES;
/** Pages of each owner the clients work on (pre-written, so every read is checked against stored bytes). */
const WORK_PAGES_PER_OWNER = 4;
/** Clients in every scenario: two per member once balanced, two per owner in `locality`. */
const CLIENTS = 6;
/** How often the bench reads every member's load (GetLoad). */
const SAMPLE_MS = 250;
/** Load before each measured part, with the balancer disabled (see warmUp). */
const WARMUP_SECONDS = 2;
/** Quiet time after the warm-up: two load intervals, so every member has reported itself idle. */
const SETTLE_MS = 2 * LOAD_INTERVAL_MS;
const OUT_DIR = new URL('./out/', import.meta.url);
/** The goals (bench/README.md), in one place so a reader sees every threshold the run is judged by. */
const GOAL = {
  /** skew: max/mean utilization ≤ 1.15 (held, see balancedAtMs) this soon after the clients start. */
  balancedWithinMs: 5_000,
  /** skew: last-third throughput with the distributor on over off. */
  throughputRatioMin: 2.5,
  /** heterogeneous: max/min of the members' last-third utilizations. */
  utilizationSpreadMax: 1.15,
  /** locality: forwarded share of bytes before the first move, at least... */
  forwardedStartMin: 0.6,
  /** ...and in the last third, at most. */
  forwardedEndMax: 0.15,
} as const;

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    'flap-seconds': { type: 'string', default: '45' },
    'flap-period': { type: 'string', default: '4' },
    'io-capacity': { type: 'string', default: '300' },
    'write-every': { type: 'string', default: '4' },
    only: { type: 'string', default: 'skew,heterogeneous,locality,flapping' },
  },
});
/** Reads `--name` as a positive number (an integer unless `fraction`), failing with the flag's name. */
function positive(name: keyof typeof args, fraction = false): number {
  const value = Number(args[name]);
  if (!(value > 0) || (!fraction && !Number.isInteger(value))) throw new RangeError(`--${name} must be a positive ${fraction ? 'number' : 'integer'}, got '${String(args[name])}'`);
  return value;
}
const OPTIONS = {
  /** Length of the skew, heterogeneous and locality runs. */
  seconds: positive('seconds', true),
  flapSeconds: positive('flap-seconds', true),
  /** Every this many seconds another client group goes idle in `flapping`. */
  flapPeriodSeconds: positive('flap-period', true),
  /** C: page operations per second of a capacity-1 member (`--io-capacity`). */
  ioCapacity: positive('io-capacity'),
  /** Every this-many-th request of a client is a write. */
  writeEvery: positive('write-every'),
  only: String(args.only).split(',').map((s) => s.trim()),
};

/** A scenario: where clients start, what they touch, the members' capacities, its goals. */
interface Scenario extends ScenarioInfo {
  seconds: number;
  /** Capacity weight of each member: `--capacity w` and `--io-capacity C·w`. */
  weights: readonly number[];
  /** The clients, from the work pages of each owner and the members' URLs (MEMBER_IDS order). */
  clients: (pagesByOwner: ReadonlyMap<string, number[]>, urls: readonly string[]) => ClientPlan[];
  secondary: 'throughput' | 'forwarded';
  goals: (off: RunResult, on: RunResult) => Goal[];
}

const allPages = (pagesByOwner: ReadonlyMap<string, number[]>): number[] => [...pagesByOwner.values()].flat();

function skew(): Scenario {
  return {
    name: 'skew',
    title: 'six clients on one of three equal members',
    setup: `${CLIENTS} clients start on n1; pages on all members; --io-capacity ${OPTIONS.ioCapacity} each; ${OPTIONS.seconds} s`,
    seconds: OPTIONS.seconds,
    weights: [1, 1, 1],
    clients: (pages, urls) => Array.from({ length: CLIENTS }, () => ({ startUrl: urls[0]!, pages: allPages(pages) })),
    secondary: 'throughput',
    goals: (off, on) => {
      const [a, b] = [summarize(off), summarize(on)];
      const ratio = b.throughputEnd / a.throughputEnd;
      return [
        {
          scenario: 'skew',
          text: `balanced within ${GOAL.balancedWithinMs / 1000} s (on)`,
          value: formatSeconds(b.balancedAtMs),
          pass: b.balancedAtMs !== null && b.balancedAtMs <= GOAL.balancedWithinMs,
        },
        { scenario: 'skew', text: `throughput on/off, last third ≥ ${GOAL.throughputRatioMin}×`, value: `${ratio.toFixed(2)}×`, pass: ratio >= GOAL.throughputRatioMin },
        failureGoal('skew', off, on),
      ];
    },
  };
}

function heterogeneous(): Scenario {
  const c = OPTIONS.ioCapacity;
  return {
    name: 'heterogeneous',
    title: 'members of capacity 1, 2 and 3',
    setup: `${CLIENTS} clients start on n1; --capacity 1/2/3 and --io-capacity ${c}/${2 * c}/${3 * c}; ${OPTIONS.seconds} s`,
    seconds: OPTIONS.seconds,
    weights: [1, 2, 3],
    clients: (pages, urls) => Array.from({ length: CLIENTS }, () => ({ startUrl: urls[0]!, pages: allPages(pages) })),
    secondary: 'throughput',
    goals: (off, on) => {
      const b = summarize(on);
      return [
        {
          scenario: 'heterogeneous',
          text: `utilizations equal within ${Math.round((GOAL.utilizationSpreadMax - 1) * 100)}%, last third (on, max/min ≤ ${GOAL.utilizationSpreadMax})`,
          value: b.spreadEnd.toFixed(2),
          pass: b.spreadEnd <= GOAL.utilizationSpreadMax,
        },
        failureGoal('heterogeneous', off, on),
      ];
    },
  };
}

function locality(): Scenario {
  return {
    name: 'locality',
    title: "each client on one member's pages",
    setup: `${CLIENTS} clients start on n1, two per owner each touching only that owner's pages; --io-capacity ${OPTIONS.ioCapacity} each; ${OPTIONS.seconds} s`,
    seconds: OPTIONS.seconds,
    weights: [1, 1, 1],
    clients: (pages, urls) => Array.from({ length: CLIENTS }, (_, i) => ({ startUrl: urls[0]!, pages: pages.get(MEMBER_IDS[Math.floor(i / 2) % MEMBER_IDS.length]!)! })),
    secondary: 'forwarded',
    goals: (off, on) => {
      const b = summarize(on);
      // The first move can come before the first sample bucket ends (a plan on the
      // first load snapshot); then no bytes were measured before it, and the start is
      // the same placement measured in the off run.
      const measuredBefore = !Number.isNaN(b.forwardedBeforeMoves);
      const before = measuredBefore ? b.forwardedBeforeMoves : summarize(off).forwardedEnd;
      const value = `${(before * 100).toFixed(0)}%${measuredBefore ? '' : ' (off run: no sample before the first move)'} → ${(b.forwardedEnd * 100).toFixed(0)}%`;
      const pass = before >= GOAL.forwardedStartMin && b.forwardedEnd <= GOAL.forwardedEndMax;
      const text = `forwarded share ≥ ${GOAL.forwardedStartMin * 100}% before the first move → ≤ ${GOAL.forwardedEndMax * 100}% in the last third (on)`;
      return [
        { scenario: 'locality', text, value, pass },
        failureGoal('locality', off, on),
      ];
    },
  };
}

function flapping(): Scenario {
  const periodMs = OPTIONS.flapPeriodSeconds * 1000;
  // Group g starts on member g; in period p group p mod 3 is idle, so the busy members change every period.
  const busy = (group: number) => (elapsedMs: number) => Math.floor(elapsedMs / periodMs) % MEMBER_IDS.length !== group;
  return {
    name: 'flapping',
    title: 'load shifting between client groups',
    setup: `${CLIENTS} clients in 3 groups, group g starts on n(g+1); every ${OPTIONS.flapPeriodSeconds} s the next group idles; --io-capacity ${OPTIONS.ioCapacity} each; ${OPTIONS.flapSeconds} s`,
    seconds: OPTIONS.flapSeconds,
    weights: [1, 1, 1],
    clients: (pages, urls) =>
      Array.from({ length: CLIENTS }, (_, i) => ({ startUrl: urls[i % urls.length]!, pages: allPages(pages), busy: busy(i % MEMBER_IDS.length) })),
    secondary: 'throughput',
    goals: (off, on) => {
      const b = summarize(on);
      const value = `${b.doubleMoves.length} double moves; ${b.clientMoves} moves, ${b.movesPerMinute.toFixed(1)}/min`;
      return [
        { scenario: 'flapping', text: `no client moved twice within cooldownMs ${on.settings.cooldownMs} (on)`, value, pass: b.doubleMoves.length === 0 },
        failureGoal('flapping', off, on),
      ];
    },
  };
}

/** The first WORK_PAGES_PER_OWNER pages of each member, by owner. */
function workPages(owners: readonly string[]): Map<string, number[]> {
  const byOwner = new Map<string, number[]>();
  for (const id of MEMBER_IDS) {
    const pages = owners.flatMap((owner, page) => (owner === id ? [page] : [])).slice(0, WORK_PAGES_PER_OWNER);
    if (pages.length < WORK_PAGES_PER_OWNER) throw new Error(`${id} owns ${pages.length} pages of "${VOLUME}", need ${WORK_PAGES_PER_OWNER}`);
    byOwner.set(id, pages);
  }
  return byOwner;
}

/** A whole page of blockContent blocks, as the pre-write stores it. */
function pageContent(page: number): Buffer {
  return Buffer.concat(Array.from({ length: PAGE_BYTES / 4096 }, (_, block) => blockContent(page, block)));
}

/** The flags of member `i` in a run: placement none (clients stay where put), its capacity, the balancer switch. */
function memberFlags(scenario: Scenario, mode: Mode): string[][] {
  return MEMBER_IDS.map((_, i) => {
    const weight = scenario.weights[i]!;
    const flags = ['--placement', 'none', '--load-interval-ms', String(LOAD_INTERVAL_MS), '--capacity', String(weight), '--io-capacity', String(OPTIONS.ioCapacity * weight)];
    // Explicit both ways, so a change of the flag's default cannot turn the baseline on.
    return [...flags, mode === 'on' ? '--balance' : '--balance=false'];
  });
}

/** The group running now (its member processes and temp dir), so a signal can stop and remove it. */
const live = { children: new Set<ChildProcess>(), dirs: new Set<string>() };

/** What the clients of a run are given: the volume's page owners and each owner's work pages. */
interface Prepared {
  owners: string[];
  pagesByOwner: Map<string, number[]>;
}

/** Creates the volume and pre-writes the work pages, with the balancer disabled (nothing moves yet). */
async function prepare(group: BenchGroup): Promise<Prepared> {
  await group.configureBalancer(false);
  const owners = await group.createVolume(VOLUME, VOLUME_BYTES, PAGE_BYTES);
  const pagesByOwner = workPages(owners);
  await group.prewrite(VOLUME, allPages(pagesByOwner), PAGE_BYTES, pageContent);
  return { owners, pagesByOwner };
}

/**
 * The scenario's load for WARMUP_SECONDS with the balancer still disabled, so the
 * measured part sees members whose JIT has compiled this load's paths; then quiet
 * until the load snapshots show an idle group again, so the first round of the
 * measured part does not plan on the warm-up's (closed) connections.
 */
async function warmUp(group: BenchGroup, scenario: Scenario, p: Prepared): Promise<LoadOutcome> {
  const plans = scenario.clients(p.pagesByOwner, group.urls);
  const load = await runClients({ plans, startedMs: performance.now(), seconds: WARMUP_SECONDS, volume: VOLUME, owners: p.owners, pageBytes: PAGE_BYTES, writeEvery: OPTIONS.writeEvery });
  await sleep(SETTLE_MS);
  return load;
}

/** The measured part: balancer set for `mode`, fresh clients where the scenario puts them, sampled throughout. */
async function measure(group: BenchGroup, scenario: Scenario, mode: Mode, p: Prepared): Promise<Omit<RunResult, 'memberFlags' | 'warmup'>> {
  const settings = await group.configureBalancer(mode === 'on');
  const countersBefore = await group.counters();
  const cpuBefore = cpuSnapshot(group.children);
  const loadAverageBefore = loadavg()[0]!;
  const startedMs = performance.now();
  const sampler = group.startSampler(startedMs, SAMPLE_MS);
  const plans = scenario.clients(p.pagesByOwner, group.urls);
  const load = await runClients({ plans, startedMs, seconds: scenario.seconds, volume: VOLUME, owners: p.owners, pageBytes: PAGE_BYTES, writeEvery: OPTIONS.writeEvery });
  const cpuAfter = cpuSnapshot(group.children);
  const sampled = await sampler.stop();
  const countersAfter = await group.counters();
  const clients = load.clients.map((c) => ({ ...c, start: group.idOf(c.start), moves: c.moves.map((m) => ({ ...m, from: group.idOf(m.from), to: group.idOf(m.to) })) }));
  return {
    mode,
    leader: group.leaderId,
    settings,
    load: { ...load, clients },
    samples: sampled.samples,
    decisions: sampled.decisions,
    samplerErrors: sampled.errors,
    counters: {
      segments: counterDelta(countersBefore.segments, countersAfter.segments),
      moves: counterDelta(countersBefore.moves, countersAfter.moves),
      planDisagreements: countersAfter.planDisagreements,
    },
    cpu: { names: ['bench', ...MEMBER_IDS], coresBusy: cpuAfter.map((after, i) => (after - cpuBefore[i]!) / load.seconds) },
    loadAverage: [loadAverageBefore, loadavg()[0]!],
  };
}

/** One run of `scenario` on a fresh group: set up, warm up, measure, stop. */
async function runOnce(scenario: Scenario, mode: Mode): Promise<RunResult> {
  const flags = memberFlags(scenario, mode);
  const track = (children: ChildProcess[], dir: string): void => {
    children.forEach((c) => live.children.add(c));
    live.dirs.add(dir);
  };
  const group = await BenchGroup.start((_, i) => flags[i]!, track);
  try {
    const prepared = await prepare(group);
    const warm = await warmUp(group, scenario, prepared);
    const measured = await measure(group, scenario, mode, prepared);
    return { ...measured, memberFlags: flags, warmup: { ops: warm.ops.reduce((a, b) => a + b, 0), failures: warm.failures, failureExamples: warm.failureExamples } };
  } finally {
    await group.stop();
    group.children.forEach((c) => live.children.delete(c));
    live.dirs.delete(group.dir);
  }
}

/** Runs a scenario off then on, prints its table, writes its chart; returns its goals and raw runs. */
async function runScenario(scenario: Scenario): Promise<{ goals: Goal[]; off: RunResult; on: RunResult }> {
  const off = await runOnce(scenario, 'off');
  const on = await runOnce(scenario, 'on');
  console.log(tableLines(scenario, off, on).join('\n'));
  writeFileSync(new URL(`balance-${scenario.name}.svg`, OUT_DIR), chartSvg(scenario, [off, on], scenario.secondary));
  return { goals: scenario.goals(off, on), off, on };
}

function onSignal(signal: NodeJS.Signals): void {
  console.error(`${signal}: stopping ${live.children.size} member processes`);
  void stopChildren([...live.children]).finally(() => {
    for (const dir of live.dirs) rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  });
}

async function main(): Promise<void> {
  const scenarios = [skew(), heterogeneous(), locality(), flapping()].filter((s) => OPTIONS.only.includes(s.name));
  if (scenarios.length === 0) throw new RangeError(`--only names none of skew, heterogeneous, locality, flapping: '${String(args.only)}'`);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  mkdirSync(OUT_DIR, { recursive: true });
  console.log(`balance: 3 member processes on loopback, ${CLIENTS} closed-loop ShoalClients, 4 KiB requests (1 in ${OPTIONS.writeEvery} a write), node ${process.version}`);
  const goals: Goal[] = [];
  const results: Record<string, unknown> = {};
  for (const scenario of scenarios) {
    const r = await runScenario(scenario);
    goals.push(...r.goals);
    results[scenario.name] = { title: scenario.title, setup: scenario.setup, goals: r.goals, summary: { off: summarize(r.off), on: summarize(r.on) }, runs: { off: r.off, on: r.on } };
  }
  console.log('goals:');
  console.log(goalLines(goals).join('\n'));
  writeFileSync(new URL('balance.json', OUT_DIR), `${JSON.stringify({ node: process.version, options: OPTIONS, scenarios: results }, null, 1)}\n`);
  console.log(`wrote ${new URL('balance.json', OUT_DIR).pathname} and ${scenarios.map((s) => `balance-${s.name}.svg`).join(', ')}`);
  // A measurement: goals missed still exit 0; a failed request means the figures are not of a working system.
  if (goals.some((g) => g.text.startsWith('no failed request') && !g.pass)) process.exitCode = 1;
}

await main();
