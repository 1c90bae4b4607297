/**
 * Flag parsing for the `shoal` subcommands other than `server` (whose flags come
 * from SERVER_FLAGS): one small declarative table per command, and every mistake is
 * a UsageError that names the flag or argument and the command.
 */

/** Exit codes of the `shoal` command. */
export const EXIT_OK = 0;
/** The operation was attempted and failed (a member refused, could not be reached, or died). */
export const EXIT_FAILED = 1;
/** The command line was wrong; nothing was attempted. */
export const EXIT_USAGE = 2;

/** A wrong command line: the message names what was wrong; `usage` says how it should look. */
export class UsageError extends Error {
  readonly code = 'USAGE';
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** One flag of a command. */
export interface FlagDef {
  name: string;
  /** A switch takes no value (`--json`); the others take one (`--endpoint 127.0.0.1:7001` or `--endpoint=...`). */
  switch?: boolean;
  /** Shown in the command's usage. */
  help: string;
  /** Shown as the value's placeholder in usage, e.g. HOST:PORT. */
  valueName?: string;
}

/** A command's flags and how many positional arguments it takes. */
export interface CommandSpec {
  /** e.g. "shoal members add". */
  name: string;
  /** The positional arguments' placeholders, e.g. ["ID"]; a trailing "?" marks one optional. */
  positionals: string[];
  flags: FlagDef[];
}

/** The parsed command line: flags by name (a switch given is `true`) and positionals in order. */
export interface ParsedArgs {
  flags: Map<string, string | true>;
  positionals: string[];
}

/** Parses argv against a command's spec; throws UsageError for anything it does not know. */
export function parseArgs(argv: readonly string[], spec: CommandSpec): ParsedArgs {
  const usage = commandUsage(spec);
  const defs = new Map(spec.flags.map((f) => [f.name, f]));
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    const def = defs.get(name);
    if (!def) throw new UsageError(`unknown flag --${name} for "${spec.name}"`, usage);
    if (flags.has(name)) throw new UsageError(`--${name} is given twice`, usage);
    if (def.switch) {
      if (eq > 0) throw new UsageError(`--${name} is a switch and takes no value`, usage);
      flags.set(name, true);
    } else if (eq > 0) {
      flags.set(name, arg.slice(eq + 1));
    } else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) {
      flags.set(name, argv[++i]!);
    } else {
      throw new UsageError(`--${name} needs a value (${def.valueName ?? 'VALUE'})`, usage);
    }
  }
  const required = spec.positionals.filter((p) => !p.endsWith('?')).length;
  if (positionals.length > spec.positionals.length) {
    throw new UsageError(`unexpected argument "${positionals[spec.positionals.length]}" for "${spec.name}"`, usage);
  }
  if (positionals.length < required) {
    throw new UsageError(`"${spec.name}" needs ${spec.positionals[positionals.length]}`, usage);
  }
  return { flags, positionals };
}

/** A flag's value as a string, or `fallback` when not given. */
export function stringFlag(args: ParsedArgs, name: string, fallback: string): string {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : fallback;
}

/** One usage line plus one line per flag, generated from the spec so help and parsing agree. */
export function commandUsage(spec: CommandSpec): string {
  const positionals = spec.positionals.map((p) => (p.endsWith('?') ? `[${p.slice(0, -1)}]` : p)).join(' ');
  const lines = [`usage: ${spec.name}${positionals ? ` ${positionals}` : ''}${spec.flags.length > 0 ? ' [flags]' : ''}`];
  for (const f of spec.flags) {
    const left = f.switch ? `--${f.name}` : `--${f.name} ${f.valueName ?? 'VALUE'}`;
    lines.push(`  ${left.padEnd(28)} ${f.help}`);
  }
  return lines.join('\n');
}
