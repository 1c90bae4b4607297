/**
 * The seeded simulator as a test: a thousand seeds hold every invariant, a seed
 * replays to the same trace, and the canary (a disk that forgets votes) is caught.
 * Replay a failing seed with `npm run sim -- --seed N`.
 */
import { spawnSync } from 'node:child_process';
import test from 'ava';
import { UsageError, parseArgs } from './args.js';
import { SimFailure, formatFailure, runCanary, runSeed } from './simulator.js';

/** Seeds per test: ava reports each batch as it finishes. Four batches make the thousand. */
const SEEDS_PER_BATCH = 250;
const BATCHES = 4;

for (let batch = 0; batch < BATCHES; batch++) {
  const from = 1 + batch * SEEDS_PER_BATCH;
  const to = from + SEEDS_PER_BATCH - 1;
  test(`seeds ${from}..${to} hold every invariant`, (t) => {
    for (let seed = from; seed <= to; seed++) {
      try {
        runSeed(seed);
      } catch (err) {
        if (!(err instanceof SimFailure)) throw err;
        t.fail(formatFailure(err));
        return;
      }
    }
    t.pass();
  });
}

test('a seed replays to the same trace; different seeds give different traces', (t) => {
  const first = runSeed(4242);
  const again = runSeed(4242);
  const other = runSeed(4243);
  t.is(again.traceHex, first.traceHex);
  t.regex(first.traceHex, /^[0-9a-f]{16}$/);
  t.not(other.traceHex, first.traceHex);
});

test('the canary (a disk that forgets the vote on restart) is caught', (t) => {
  const result = runCanary();
  if (result.baselineFailure !== null) t.fail(`the canary's seed fails without it too:\n${formatFailure(result.baselineFailure)}`);
  t.true(result.caught, 'no invariant caught the canary');
  t.not(result.invariant, 'simulator-error');
  t.log(`caught by ${result.invariant} at seed ${result.seed}`);
});

test('bad flags are refused, naming the flag', (t) => {
  t.deepEqual(parseArgs(['--seed', '7']), { kind: 'seed', seed: 7 });
  t.deepEqual(parseArgs(['--seeds', '3', '--from', '10']), { kind: 'seeds', count: 3, from: 10 });
  t.throws(() => parseArgs(['--seed', 'x']), { instanceOf: UsageError, message: /--seed/ });
  t.throws(() => parseArgs(['--bogus']), { instanceOf: UsageError, message: /--bogus/ });
  t.throws(() => parseArgs(['--seeds']), { instanceOf: UsageError, message: /--seeds/ });
  t.throws(() => parseArgs(['--from', '3']), { instanceOf: UsageError, message: /--from/ });
  t.throws(() => parseArgs([]), { instanceOf: UsageError });
});

test('the command line prints the seed and trace and exits 0; a bad flag exits 2', (t) => {
  const cli = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'test/sim/cli.ts', ...args], { encoding: 'utf8' });
  const ok = cli(['--seed', '4242']);
  t.is(ok.status, 0, ok.stderr);
  t.is(ok.stdout.trim(), `seed 4242 ok trace=${runSeed(4242).traceHex}`);
  const bad = cli(['--seed', 'nine']);
  t.is(bad.status, 2);
  t.regex(bad.stderr, /--seed/);
});
