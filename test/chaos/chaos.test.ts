import test from 'ava';
import { NEMESES } from './nemesis.js';
import { runChaos, summary } from './run.js';

/**
 * The short chaos run of `npm test`: every nemesis at least once against a real
 * group, then the verdicts. The seed is fixed so CI injects the same faults in the
 * same order (SHOAL_CHAOS_SEED picks another); the processes' timing is real, so a
 * failure prints the seed and the report's violations.
 */

const SEED = Number(process.env.SHOAL_CHAOS_SEED ?? 20261125);
const DURATION_SECONDS = Number(process.env.SHOAL_CHAOS_SECONDS ?? 60);

test('a short chaos run: every nemesis once, then linearizable, nothing lost, members agree', async (t) => {
  const lines: string[] = [];
  const report = await runChaos({ seed: SEED, durationSeconds: DURATION_SECONDS, nemeses: NEMESES, log: (line) => lines.push(line) });
  t.log(`${lines.join('\n')}\n${summary(report)}`);
  t.deepEqual(
    NEMESES.filter((kind) => !report.timeline.some((e) => e.kind === kind)),
    [],
    'every nemesis was injected',
  );
  t.true(report.checkedOperations > 1000, `${report.checkedOperations} operations checked`);
  for (const verdict of report.verdicts) t.true(verdict.ok, `${verdict.name}: ${verdict.detail}`);
  if (!report.ok) t.log(JSON.stringify(report.violations.slice(0, 5), null, 2));
});
