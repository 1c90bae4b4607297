/**
 * What bench/balance.ts prints and writes for one scenario: the figures of its two
 * runs (distributor off and on) side by side, the scenario's goals with PASS/MISS,
 * and its chart (bench/out/balance-<scenario>.svg). Windows: "start" is the first
 * START_WINDOW_MS of the load, "end" its last third.
 */
import { availableParallelism } from 'node:os';
import { MEMBER_IDS } from './common.js';
import type { LoadOutcome } from './balance-clients.js';
import { BUCKET_MS } from './balance-clients.js';
import type { BalancerSettings, DecisionRecord, LoadSample } from './balance-group.js';
import {
  type DoubleMove,
  LOAD_INTERVAL_MS,
  balancedAtMs,
  doubleMoves,
  forwardedShare,
  meanUtilizationSince,
  moveNoticeSlackMs,
  movesHistogram,
  ratePerSecond,
  spread,
} from './balance-stats.js';
import { type ChartPanel, renderChart } from './balance-svg.js';

/** The "start" window: before the first balancing round can have moved anything (one load interval and a commit). */
export const START_WINDOW_MS = 1_000;
/** Balanced means max/mean utilization at most this... */
export const BALANCED_IMBALANCE_MAX = 1.15;
/** ...in every sample for this long (three load intervals at 500 ms: not one lucky sample). */
export const BALANCED_HOLD_MS = 1_500;
const MEMBER_COLORS = ['#d62728', '#1f77b4', '#2ca02c'];
const SECONDARY_COLOR = '#666';
/** Width of the label column of the tables. */
const LABEL_WIDTH = 46;
const VALUE_WIDTH = 30;

export type Mode = 'off' | 'on';

/** Everything measured in one run (written to balance.json as is). */
export interface RunResult {
  mode: Mode;
  leader: string;
  memberFlags: string[][];
  settings: BalancerSettings;
  /** Client moves name member ids (not URLs). */
  load: LoadOutcome;
  samples: LoadSample[];
  decisions: DecisionRecord[];
  samplerErrors: number;
  /** Counter changes over the load, every member summed (/metrics). */
  counters: { segments: Record<string, number>; moves: Record<string, number>; planDisagreements: number };
  /** Cores busy over the load, per process (the bench, then n1..n3). */
  cpu: { names: string[]; coresBusy: number[] };
  /** The machine's 1-minute load average when the measured part began and ended: other work shares the cores. */
  loadAverage: [number, number];
  /** The warm-up before the measured part: requests answered, and failures (which count like any). */
  warmup: { ops: number; failures: number; failureExamples: string[] };
}

/** A scenario as the report needs it. */
export interface ScenarioInfo {
  name: string;
  title: string;
  /** One line: what the scenario does, for the chart's subtitle and the table's header. */
  setup: string;
}

/** The figures of one run. */
export interface RunSummary {
  throughputStart: number;
  throughputEnd: number;
  utilizationEnd: Record<string, number>;
  /** max/mean (capacity-weighted) and max/min of the members' end utilizations. */
  imbalanceEnd: number;
  spreadEnd: number;
  balancedAtMs: number | null;
  clientMoves: number;
  movesHistogram: number[];
  movesPerMinute: number;
  rounds: number;
  roundsWithMoves: number;
  plannedMoves: number;
  lastReasons: string[];
  forwardedStart: number;
  /** Forwarded share before the first client move (the scenario's starting placement); the first START_WINDOW_MS when none moved. */
  forwardedBeforeMoves: number;
  forwardedEnd: number;
  /** Forwarded share of page segments over the whole load, from the members' counters. */
  forwardedServer: number;
  doubleMoves: DoubleMove[];
  /**
   * Moves members carried out (any outcome) that no bench client saw: connections of
   * admin calls or /metrics, and client connections closed while idle (the client then
   * reconnects to the same member).
   */
  otherMoves: number;
  /** Failed requests, warm-up included. */
  failures: number;
}

export interface Goal {
  scenario: string;
  text: string;
  value: string;
  pass: boolean;
}

/** The figures of `run` (see RunSummary). */
export function summarize(run: RunResult): RunSummary {
  const endMs = run.load.seconds * 1000;
  const tailMs = (endMs * 2) / 3;
  const utilizationEnd = meanUtilizationSince(run.samples, tailMs);
  const capacities = new Map((run.samples.at(-1)?.members ?? []).map((m) => [m.id, m.capacity]));
  const ids = Object.keys(utilizationEnd);
  const weight = ids.reduce((sum, id) => sum + (capacities.get(id) ?? 1), 0);
  const mean = ids.reduce((sum, id) => sum + (capacities.get(id) ?? 1) * utilizationEnd[id]!, 0) / weight;
  const clientMoves = run.load.clients.reduce((n, c) => n + c.moves.length, 0);
  const firstMoveMs = Math.min(START_WINDOW_MS, ...run.load.clients.flatMap((c) => c.moves.map((m) => m.tMs)));
  const movesCarriedOut = Object.values(run.counters.moves).reduce((a, b) => a + b, 0);
  const segments = run.counters.segments;
  const moved = run.decisions.filter((d) => d.moves.length > 0);
  return {
    throughputStart: ratePerSecond(run.load.ops, 0, START_WINDOW_MS),
    throughputEnd: ratePerSecond(run.load.ops, tailMs, endMs),
    utilizationEnd,
    imbalanceEnd: ids.length < MEMBER_IDS.length ? NaN : Math.max(...Object.values(utilizationEnd)) / mean,
    spreadEnd: ids.length < MEMBER_IDS.length ? NaN : spread(Object.values(utilizationEnd)),
    balancedAtMs: balancedAtMs(run.samples, MEMBER_IDS.length, BALANCED_IMBALANCE_MAX, BALANCED_HOLD_MS, endMs),
    clientMoves,
    movesHistogram: movesHistogram(run.load.clients),
    movesPerMinute: clientMoves / (run.load.seconds / 60),
    rounds: run.decisions.length,
    roundsWithMoves: moved.length,
    plannedMoves: moved.reduce((n, d) => n + d.moves.length, 0),
    lastReasons: run.decisions.at(-1)?.reasons ?? [],
    forwardedStart: forwardedShare(run.load.forwardedBytes, run.load.bytes, 0, START_WINDOW_MS),
    forwardedBeforeMoves: forwardedShare(run.load.forwardedBytes, run.load.bytes, 0, firstMoveMs),
    forwardedEnd: forwardedShare(run.load.forwardedBytes, run.load.bytes, tailMs, endMs),
    forwardedServer: (segments.forwarded ?? 0) / ((segments.forwarded ?? 0) + (segments.local ?? 0)),
    doubleMoves: doubleMoves(run.load.clients, run.settings.cooldownMs, moveNoticeSlackMs(LOAD_INTERVAL_MS)),
    otherMoves: movesCarriedOut - clientMoves,
    failures: run.load.failures + run.warmup.failures,
  };
}

/** A time in seconds with two decimals, or "never". */
export const formatSeconds = (ms: number | null): string => (ms === null ? 'never' : `${(ms / 1000).toFixed(2)} s`);
const fixed = (n: number, digits = 2): string => (Number.isFinite(n) ? n.toFixed(digits) : n === Infinity ? '∞' : '-');
const percent = (n: number): string => (Number.isFinite(n) ? `${(n * 100).toFixed(0)}%` : '-');
const rate = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(0)} ops/s` : '-');
const keyed = (r: Record<string, number>): string => Object.entries(r).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';

/** The table rows shared by every scenario: label, then the off and on cells. */
function rows(off: RunResult, on: RunResult, s: { off: RunSummary; on: RunSummary }): Array<[string, string, string]> {
  const both = (f: (r: RunResult, x: RunSummary) => string): [string, string] => [f(off, s.off), f(on, s.on)];
  return [
    [`throughput, first ${START_WINDOW_MS / 1000} s`, ...both((_, x) => rate(x.throughputStart))],
    ['throughput, last third', ...both((_, x) => rate(x.throughputEnd))],
    ['request latency p50 / p99, whole run', ...both((r) => `${fixed(r.load.p50Ms)} / ${fixed(r.load.p99Ms)} ms`)],
    ['utilization, last third (n1 / n2 / n3)', ...both((_, x) => MEMBER_IDS.map((id) => fixed(x.utilizationEnd[id] ?? NaN)).join(' / '))],
    ['max/mean utilization, last third', ...both((_, x) => fixed(x.imbalanceEnd))],
    ['max/min utilization, last third', ...both((_, x) => fixed(x.spreadEnd))],
    [`balanced (max/mean ≤ ${BALANCED_IMBALANCE_MAX} for ${BALANCED_HOLD_MS / 1000} s) at`, ...both((_, x) => formatSeconds(x.balancedAtMs))],
    [`forwarded share, first ${START_WINDOW_MS / 1000} s → last third`, ...both((_, x) => `${percent(x.forwardedStart)} → ${percent(x.forwardedEnd)}`)],
    ['forwarded share before the first move', ...both((_, x) => percent(x.forwardedBeforeMoves))],
    ['forwarded share, whole run (member counters)', ...both((_, x) => percent(x.forwardedServer))],
    ['client moves (clients by moves: 0,1,2…)', ...both((_, x) => `${x.clientMoves} (${x.movesHistogram.join(',')})`)],
    ['client moves per minute', ...both((_, x) => fixed(x.movesPerMinute, 1))],
    ['moved again within cooldown', ...both((r, x) => `${x.doubleMoves.length} (cooldown ${r.settings.cooldownMs / 1000} s less ${moveNoticeSlackMs(LOAD_INTERVAL_MS) / 1000} s)`)],
    ['rounds whose plan moves / all (moves)', ...both((_, x) => `${x.roundsWithMoves} / ${x.rounds} (${x.plannedMoves})`)],
    ['moves members carried out, by outcome', ...both((r) => keyed(r.counters.moves))],
    ['  of which no bench client saw', ...both((_, x) => String(x.otherMoves))],
    ['failed requests (thrown or wrong bytes)', ...both((r, x) => `${x.failures} (${r.warmup.failures} in the warm-up)`)],
    ['SDK retries; member changes by reason', ...both((r) => `${r.load.retries}; ${keyed(r.load.memberChanges)}`)],
    ['reads checked (header / byte for byte)', ...both((r) => `${r.load.readsChecked} / ${r.load.readsFullyChecked}`)],
    ['CPU, cores busy (bench n1 n2 n3)', ...both((r) => r.cpu.coresBusy.map((c) => c.toFixed(2)).join(' '))],
    [`machine load average, start → end (${availableParallelism()} cores)`, ...both((r) => `${fixed(r.loadAverage[0])} → ${fixed(r.loadAverage[1])}`)],
    ['leader; load samples (failed)', ...both((r) => `${r.leader}; ${r.samples.length} (${r.samplerErrors})`)],
  ];
}

/** The scenario's table, as lines. */
export function tableLines(info: ScenarioInfo, off: RunResult, on: RunResult): string[] {
  const s = { off: summarize(off), on: summarize(on) };
  const line = (a: string, b: string, c: string): string => `  ${a.padEnd(LABEL_WIDTH)} ${b.padEnd(VALUE_WIDTH)} ${c}`;
  const b = on.settings;
  const settings = `balancer: forwardOverhead ${b.forwardOverhead}, overloadRatio ${b.overloadRatio}, utilizationFloor ${b.utilizationFloor}, minGain ${b.minGain}, cooldownMs ${b.cooldownMs}, movesPerRoundMax ${b.movesPerRoundMax}`;
  const lines = [`${info.name}: ${info.setup}`, `  ${settings}`, line('', 'distributor off', 'distributor on'), ...rows(off, on, s).map(([label, offCell, onCell]) => line(label, offCell, onCell))];
  lines.push(`  last round's reasons (on): ${s.on.lastReasons.join('; ') || '(it moved something)'}`);
  if (s.on.doubleMoves.length > 0) {
    const shown = s.on.doubleMoves.slice(0, 5).map((d) => `client ${d.client} at ${(d.firstMs / 1000).toFixed(1)} s and ${(d.secondMs / 1000).toFixed(1)} s`);
    lines.push(`  moved twice within the cooldown (on): ${shown.join('; ')}${s.on.doubleMoves.length > 5 ? '; …' : ''}`);
  }
  for (const r of [off, on]) for (const e of [...r.warmup.failureExamples, ...r.load.failureExamples]) lines.push(`  FAILED (${r.mode}): ${e}`);
  if (off.counters.planDisagreements + on.counters.planDisagreements > 0) lines.push('  WARNING: members disagreed on a committed plan (shoal_balance_plan_disagreements_total)');
  return lines;
}

/** The goal every scenario shares: not one failed request in either run. */
export function failureGoal(name: string, off: RunResult, on: RunResult): Goal {
  const failures = summarize(off).failures + summarize(on).failures;
  return { scenario: name, text: 'no failed request (off and on)', value: `${failures} failed`, pass: failures === 0 };
}

export function goalLines(goals: readonly Goal[]): string[] {
  return goals.map((g) => `  ${g.pass ? 'PASS' : 'MISS'}  ${g.scenario}: ${g.text} — ${g.value}`);
}

/** The largest value of a series, rounded up to 1, 2 or 5 × 10^k, so both panels share a readable right axis. */
function niceMax(values: readonly number[]): number {
  const max = Math.max(1e-9, ...values);
  const magnitude = 10 ** Math.floor(Math.log10(max));
  return ([1, 2, 5, 10].find((f) => f * magnitude >= max) ?? 10) * magnitude;
}

/** One panel per run: utilization per member from the samples; `secondary` per bucket; a tick per client move. */
export function chartSvg(info: ScenarioInfo, runs: readonly RunResult[], secondary: 'throughput' | 'forwarded'): string {
  const secondaryOf = (r: RunResult): number[] =>
    secondary === 'throughput'
      ? r.load.ops.map((n) => n / (BUCKET_MS / 1000))
      : r.load.bytes.map((b, i) => (b > 0 ? r.load.forwardedBytes[i]! / b : 0));
  const max = secondary === 'throughput' ? niceMax(runs.flatMap(secondaryOf)) : 1;
  const panelLabel = (r: RunResult): string => {
    const x = summarize(r);
    const figure = secondary === 'throughput' ? rate(x.throughputEnd) : `forwarded ${percent(x.forwardedEnd)}`;
    return `distributor ${r.mode}: ${figure} in the last third, ${x.clientMoves} client moves`;
  };
  const panels: ChartPanel[] = runs.map((r) => ({
    label: panelLabel(r),
    utilization: MEMBER_IDS.map((id, i) => ({
      name: id,
      color: MEMBER_COLORS[i]!,
      points: r.samples.flatMap((s) => s.members.filter((m) => m.id === id).map((m) => [s.tMs / 1000, m.utilization] as const)),
    })),
    secondary: {
      name: secondary === 'throughput' ? 'throughput, ops/s' : 'forwarded share of bytes',
      color: SECONDARY_COLOR,
      points: secondaryOf(r).map((v, i) => [((i + 0.5) * BUCKET_MS) / 1000, v] as const),
      max,
      format: secondary === 'throughput' ? (v: number) => v.toFixed(0) : (v: number) => `${(v * 100).toFixed(0)}%`,
    },
    moves: r.load.clients.flatMap((c) => c.moves.map((m) => m.tMs / 1000)),
  }));
  const xMaxSeconds = Math.max(...runs.map((r) => r.load.seconds));
  return renderChart({ title: `shoal balance bench: ${info.title}`, subtitle: info.setup, xMaxSeconds, panels });
}
