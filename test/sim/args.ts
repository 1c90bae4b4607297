/**
 * The simulator's command-line flags, parsed strictly: an unknown, repeated or
 * malformed flag is a UsageError whose message names it (the CLI exits 2).
 */

/** What the command line asks for. */
export type Mode = { kind: 'seed'; seed: number } | { kind: 'seeds'; count: number; from: number } | { kind: 'canary' } | { kind: 'demo' };

/** A bad command line; the message names the flag. */
export class UsageError extends Error {}

/** The one-line usage shown with every command-line error. */
export const USAGE = 'usage: npm run sim -- --seed N | --seeds COUNT [--from S] | --canary | --demo';

function parseInteger(flag: string, value: string | undefined, min: number): number {
  if (value === undefined) throw new UsageError(`${flag} needs a value`);
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} must be a non-negative integer, got '${value}'`);
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`${flag} must be an integer ≥ ${min}, got '${value}'`);
  return n;
}

/** Parses the flags; throws UsageError naming the offending flag. */
export function parseArgs(argv: readonly string[]): Mode {
  const values = new Map<string, string | undefined>();
  const takesValue = new Set(['--seed', '--seeds', '--from']);
  const known = new Set([...takesValue, '--canary', '--demo']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!known.has(flag)) throw new UsageError(`unknown flag '${flag}'`);
    if (values.has(flag)) throw new UsageError(`${flag} given twice`);
    if (takesValue.has(flag)) values.set(flag, inline ?? argv[++i]);
    else if (inline !== undefined) throw new UsageError(`${flag} takes no value`);
    else values.set(flag, undefined);
  }
  if (values.has('--from') && !values.has('--seeds')) throw new UsageError('--from only goes with --seeds');
  const modes = ['--seed', '--seeds', '--canary', '--demo'].filter((f) => values.has(f));
  if (modes.length !== 1) throw new UsageError(modes.length === 0 ? 'one of --seed, --seeds, --canary, --demo is needed' : `${modes.join(' and ')} cannot be combined`);
  if (values.has('--seed')) return { kind: 'seed', seed: parseInteger('--seed', values.get('--seed'), 0) };
  if (values.has('--seeds')) {
    const from = values.has('--from') ? parseInteger('--from', values.get('--from'), 0) : 1;
    return { kind: 'seeds', count: parseInteger('--seeds', values.get('--seeds'), 1), from };
  }
  return values.has('--canary') ? { kind: 'canary' } : { kind: 'demo' };
}
