import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import test from 'ava';

/** `shoal plan` as a user runs it: a real process, a file in DESIGN.md's format, JSON out. */

const CLI = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'shoal-plan-'));
test.after.always(() => rmSync(dir, { recursive: true, force: true }));

function shoalPlan(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), CLI, 'plan', ...args], { input, encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const overloaded = {
  now: 120000,
  config: { forwardOverhead: 0.3, overloadRatio: 0.1, utilizationFloor: 0.25, minGain: 0.02, cooldownMs: 30000, movesPerRoundMax: 2 },
  members: [
    { id: 'n1', capacity: 1, background: 0.1 },
    { id: 'n2', capacity: 1, background: 0.05 },
    { id: 'n3', capacity: 1, background: 0.05 },
  ],
  connections: [
    { id: 'c-1', member: 'n1', work: 0.2, pages: { n1: 0.34, n2: 0.33, n3: 0.33 }, movedAt: null },
    { id: 'c-2', member: 'n1', work: 0.2, pages: { n1: 0.34, n2: 0.33, n3: 0.33 }, movedAt: null },
    { id: 'c-3', member: 'n1', work: 0.2, pages: { n2: 1 }, movedAt: null },
    { id: 'c-4', member: 'n1', work: 0.1, pages: { n1: 1 }, movedAt: 100000 },
  ],
};

test('an overloaded member: the plan moves connections off it, lowering the cost, never the one in cooldown', (t) => {
  const path = join(dir, 'overloaded.json');
  writeFileSync(path, JSON.stringify(overloaded));
  const run = shoalPlan(['--input', path]);
  t.is(run.status, 0, run.stderr);
  const out = JSON.parse(run.stdout) as { moves: Array<{ connection: string; from: string; to: string }>; costBefore: number; costAfter: number };
  t.true(out.moves.length > 0 && out.moves.length <= 2);
  t.true(out.moves.every((m) => m.from === 'n1' && m.connection !== 'c-4'));
  t.true(out.moves.some((m) => m.connection === 'c-3' && m.to === 'n2'), 'the connection whose pages all live on n2 goes there');
  t.true(out.costAfter < out.costBefore);
});

test('--rounds plans on its own prediction until nothing moves; stdin works as --input -', (t) => {
  const run = shoalPlan(['--input', '-', '--rounds', '10'], JSON.stringify(overloaded));
  t.is(run.status, 0, run.stderr);
  const rounds = JSON.parse(run.stdout) as Array<{ moves: unknown[]; reasons: string[] }>;
  t.true(rounds.length >= 2 && rounds.length <= 10);
  t.is(rounds.at(-1)!.moves.length, 0);
  t.true(rounds.at(-1)!.reasons.length > 0, 'the last round says why nothing moves');
});

test('bad input names what is wrong; a bad command line is a usage error', (t) => {
  const bad = shoalPlan(['--input', '-'], JSON.stringify({ ...overloaded, members: [{ id: 'n1', capacity: 0 }] }));
  t.is(bad.status, 1);
  t.regex(bad.stderr, /PLAN_INPUT_INVALID: members\[0\]\.capacity/);
  t.regex(shoalPlan(['--input', '-'], '{not json').stderr, /not JSON/);
  t.is(shoalPlan([]).status, 2);
  t.regex(shoalPlan(['--input', 'x.json', '--rounds', '0']).stderr, /--rounds/);
});
