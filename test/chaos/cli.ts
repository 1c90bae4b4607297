/**
 * `npm run chaos -- [--seed N] [--duration SECONDS] [--nemesis kill,pause,...] [--report FILE]`:
 * one chaos run (test/chaos/run.ts), the nemesis timeline as it happens, then the
 * verdicts; the report goes to chaos-report.json (or --report). Exit 1 on any
 * violation, printing the command that replays the seed.
 */
import { writeFileSync } from 'node:fs';
import { NEMESES } from './nemesis.js';
import { parseNemeses, runChaos, summary } from './run.js';

/** 30 minutes: the long run; a longer one is a typo. */
const DURATION_SECONDS_MAX = 7_200;

interface CliOptions {
  seed: number;
  durationSeconds: number;
  nemeses: ReturnType<typeof parseNemeses>;
  reportPath: string;
}

function parse(argv: readonly string[]): CliOptions {
  const options: CliOptions = { seed: Math.floor(Math.random() * 1_000_000), durationSeconds: 60, nemeses: [...NEMESES], reportPath: 'chaos-report.json' };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    i += 1;
    if (flag === '--seed') options.seed = wholeNumber(flag, value, 0, 2 ** 31 - 1);
    else if (flag === '--duration') options.durationSeconds = wholeNumber(flag, value, 5, DURATION_SECONDS_MAX);
    else if (flag === '--nemesis') options.nemeses = parseNemeses(value);
    else if (flag === '--report') options.reportPath = value;
    else throw new Error(`unknown flag ${flag}; use --seed N --duration SECONDS --nemesis ${NEMESES.join(',')} --report FILE`);
  }
  return options;
}

function wholeNumber(flag: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw new Error(`${flag} must be a whole number from ${min} to ${max}, got "${text}"`);
  return n;
}

async function main(): Promise<number> {
  let options: CliOptions;
  try {
    options = parse(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`chaos: ${(err as Error).message}\n`);
    return 2;
  }
  const report = await runChaos({ ...options, log: (line) => process.stdout.write(`${line}\n`) });
  writeFileSync(options.reportPath, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${summary(report)}\nreport: ${options.reportPath}\n`);
  return report.ok ? 0 : 1;
}

process.exitCode = await main();
