/**
 * `npm run sim -- …`: the seeded simulator's command line (a contract used by checks
 * outside the project).
 *
 *   --seed N             run one seed: `seed N ok trace=<hex>`, exit 0; a violation exits 1
 *   --seeds COUNT        run seeds S..S+COUNT-1 (with --from S, default 1): `COUNT seeds ok`
 *   --canary             run the broken-disk canary; exit 0 only if a violation catches it
 *   --demo               tell the story of one 3-member run
 *
 * Bad flags exit 2 with a message naming the flag.
 */
import { CANARY_SEEDS_MAX, SimFailure, formatFailure, runCanary, runSeed } from './simulator.js';
import { USAGE, UsageError, parseArgs, type Mode } from './args.js';
import { MS_PER_TICK } from './params.js';

/** The seed `--demo` tells: it has elections, a crash, a partition and a recovery. */
export const DEMO_SEED = 3;
/** Progress lines for a multi-seed run, at most (plus the final line). */
const PROGRESS_LINES_MAX = 10;

function runOne(seed: number): number {
  try {
    const result = runSeed(seed);
    console.log(`seed ${seed} ok trace=${result.traceHex}`);
    return 0;
  } catch (err) {
    if (!(err instanceof SimFailure)) throw err;
    console.log(formatFailure(err));
    return 1;
  }
}

function runMany(count: number, from: number): number {
  const every = Math.max(1, Math.ceil(count / PROGRESS_LINES_MAX));
  for (let i = 0; i < count; i++) {
    const seed = from + i;
    try {
      runSeed(seed);
    } catch (err) {
      if (!(err instanceof SimFailure)) throw err;
      console.log(formatFailure(err));
      console.log(`seed ${seed} failed after ${i} seeds ok`);
      return 1;
    }
    if ((i + 1) % every === 0 && i + 1 < count) console.log(`… ${i + 1}/${count} seeds ok (last ${seed})`);
  }
  console.log(`${count} seeds ok`);
  return 0;
}

function runCanaryMode(): number {
  const result = runCanary();
  if (result.caught && result.invariant !== 'simulator-error') {
    console.log(`canary caught: invariant ${result.invariant} at seed ${result.seed} (${result.seedsTried} seeds tried)`);
    console.log(`  ${result.failure!.detail.split('\n')[0]}`);
    return 0;
  }
  if (result.baselineFailure !== null) {
    console.log(formatFailure(result.baselineFailure));
    console.log(`canary NOT caught: seed ${result.seed} also fails without the canary's broken disk (above)`);
    return 1;
  }
  if (result.failure !== null) console.log(formatFailure(result.failure));
  console.log(`canary NOT caught by any invariant within ${CANARY_SEEDS_MAX} seeds`);
  return 1;
}

function runDemo(): number {
  console.log(`shoal simulator demo: seed ${DEMO_SEED}, a 3-member group on a faulty network (time in ticks)`);
  const story = (timeMs: number, text: string): void => console.log(`  [tick ${String(Math.floor(timeMs / MS_PER_TICK)).padStart(4)}] ${text}`);
  try {
    const result = runSeed(DEMO_SEED, { overrides: { demo: true }, story });
    console.log(`  ${result.summary}`);
    console.log(`seed ${DEMO_SEED} ok trace=${result.traceHex}`);
    return 0;
  } catch (err) {
    if (!(err instanceof SimFailure)) throw err;
    console.log(formatFailure(err));
    return 1;
  }
}

function main(argv: readonly string[]): number {
  let mode: Mode;
  try {
    mode = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`sim: ${err.message}\n${USAGE}`);
    return 2;
  }
  switch (mode.kind) {
    case 'seed':
      return runOne(mode.seed);
    case 'seeds':
      return runMany(mode.count, mode.from);
    case 'canary':
      return runCanaryMode();
    case 'demo':
      return runDemo();
  }
}

process.exitCode = main(process.argv.slice(2));
