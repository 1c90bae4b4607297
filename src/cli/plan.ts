/**
 * `shoal plan --input FILE.json [--rounds N]`: the efficiency function offline, on
 * an input in DESIGN.md's documented format. It prints the plan as JSON — the same
 * function every member runs on the replicated state — for what-if analysis and
 * for tests outside the project. With --rounds N it applies each round's moves to
 * the prediction and plans again, printing every round, until nothing moves.
 */
import { readFileSync } from 'node:fs';
import { PLAN_ROUNDS_MAX, PlanInputError, type PlanInput, planRounds } from '../balance/index.js';
import { type CommandSpec, EXIT_FAILED, EXIT_OK, UsageError, commandUsage, parseArgs, stringFlag } from './args.js';

/** 16 MiB: a plan input of the largest size allowed (4096 connections) is far smaller. */
const PLAN_INPUT_BYTES_MAX = 16 * 1024 * 1024;

/** `shoal plan`. */
export const PLAN_SPEC: CommandSpec = {
  name: 'shoal plan',
  positionals: [],
  flags: [
    { name: 'input', valueName: 'FILE', help: 'the plan input as JSON (DESIGN.md, "The efficiency function"); - for stdin (required)' },
    { name: 'rounds', valueName: 'N', help: `plan, apply the moves to the prediction, and plan again, up to N rounds (1–${PLAN_ROUNDS_MAX}, default 1)` },
  ],
};

/** Runs `shoal plan`; prints one JSON object (one round) or a JSON array of rounds. */
export async function runPlan(argv: readonly string[]): Promise<number> {
  const usage = commandUsage(PLAN_SPEC);
  const args = parseArgs(argv, PLAN_SPEC);
  const path = stringFlag(args, 'input', '');
  if (path === '') throw new UsageError('--input is required, e.g. --input plan.json', usage);
  const roundsText = stringFlag(args, 'rounds', '');
  const rounds = roundsText === '' ? null : Number(roundsText);
  if (rounds !== null && (!/^\d+$/.test(roundsText) || rounds < 1 || rounds > PLAN_ROUNDS_MAX)) {
    throw new UsageError(`--rounds must be a whole number from 1 to ${PLAN_ROUNDS_MAX}, got "${roundsText}"`, usage);
  }
  let input: PlanInput;
  try {
    input = readInput(path);
  } catch (err) {
    process.stderr.write(`shoal plan: ${(err as Error).message}\n`);
    return EXIT_FAILED;
  }
  try {
    const outputs = planRounds(input, rounds ?? 1);
    process.stdout.write(`${JSON.stringify(rounds === null ? outputs[0] : outputs, null, 2)}\n`);
    return EXIT_OK;
  } catch (err) {
    if (!(err instanceof PlanInputError)) throw err;
    process.stderr.write(`shoal plan: ${err.code}: ${err.message}\n`);
    return EXIT_FAILED;
  }
}

function readInput(path: string): PlanInput {
  let text: string;
  try {
    const bytes = readFileSync(path === '-' ? 0 : path);
    if (bytes.length > PLAN_INPUT_BYTES_MAX) throw new Error(`is over ${PLAN_INPUT_BYTES_MAX} bytes`);
    text = bytes.toString('utf8');
  } catch (err) {
    throw new Error(`cannot read --input "${path}": ${(err as Error).message}`, { cause: err });
  }
  try {
    return JSON.parse(text) as PlanInput;
  } catch (err) {
    throw new Error(`--input "${path}" is not JSON: ${(err as Error).message}`, { cause: err });
  }
}
