/**
 * `shoal balance`: the balancer from the command line.
 *
 *   shoal balance --dry-run [--json]   plan now, on the replicated loads and settings, without moving anything
 *   shoal balance config [--json] [--min-gain 0.05 ...]   show the settings; with flags, change them for the group
 *   shoal balance decisions [--json]   the member's recent rounds: moves and predicted gain, or why nothing moved
 */
import { PLAN_CONFIG_FIELDS, PlanInputError, plan, planInputFromLoads } from '../balance/index.js';
import { type AppliedLoad, loadFromWire } from '../cluster/index.js';
import { shoal } from '../proto/gen/shoal.js';
import { type CommandSpec, type FlagDef, UsageError, commandUsage, parseArgs, stringFlag } from './args.js';
import { ADMIN_FLAGS, JSON_FLAG, adminClientFor, withAdminClient } from './admin-flags.js';

/** `--min-gain` for `minGain`, and so on: one flag per setting. */
const SETTING_FLAGS: readonly FlagDef[] = [
  ...PLAN_CONFIG_FIELDS.map((f) => ({ name: kebab(f.name), valueName: f.integer ? 'N' : 'X', help: `${f.name}, ${f.min} to ${f.max}` })),
  { name: 'enabled', valueName: 'true|false', help: 'whether the leader commits plans' },
  { name: 'placement', valueName: 'POLICY', help: 'new connections: none, round-robin or least-loaded' },
];

export const BALANCE_DRY_RUN_SPEC: CommandSpec = { name: 'shoal balance --dry-run', positionals: [], flags: [...ADMIN_FLAGS, JSON_FLAG, { name: 'dry-run', switch: true, help: 'plan without moving' }] };
export const BALANCE_CONFIG_SPEC: CommandSpec = { name: 'shoal balance config', positionals: [], flags: [...ADMIN_FLAGS, JSON_FLAG, ...SETTING_FLAGS] };
export const BALANCE_DECISIONS_SPEC: CommandSpec = { name: 'shoal balance decisions', positionals: [], flags: [...ADMIN_FLAGS, JSON_FLAG] };

export function balanceUsage(): string {
  return [BALANCE_DRY_RUN_SPEC, BALANCE_CONFIG_SPEC, BALANCE_DECISIONS_SPEC].map(commandUsage).join('\n\n');
}

/** `shoal balance ...`. */
export async function runBalance(argv: readonly string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === 'config') return config(rest);
  if (first === 'decisions') return decisions(rest);
  if (argv.includes('--dry-run')) return dryRun(argv);
  throw new UsageError('use: shoal balance --dry-run | config | decisions', balanceUsage());
}

async function dryRun(argv: readonly string[]): Promise<number> {
  const usage = commandUsage(BALANCE_DRY_RUN_SPEC);
  const args = parseArgs(argv, BALANCE_DRY_RUN_SPEC);
  const client = adminClientFor(args, usage);
  return withAdminClient(client, async () => {
    const [{ members, recentMoves }, { config }] = await Promise.all([client.getLoad({}), client.getBalancerConfig({})]);
    const loads = members.map(toAppliedLoad);
    const planConfig = Object.fromEntries(PLAN_CONFIG_FIELDS.map((f) => [f.name, Number(config?.[f.name] ?? f.defaultValue)]));
    try {
      const moves = recentMoves.map((m) => ({ connection: m.connection ?? '', from: m.from ?? '', to: m.to ?? '', atMs: Number(m.atMs ?? 0), index: Number(m.index ?? 0) }));
      const output = plan(planInputFromLoads(loads, Date.now(), planConfig, moves));
      if (args.flags.has('json')) process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
      else process.stdout.write(`${planText(output)}\n`);
    } catch (err) {
      if (!(err instanceof PlanInputError)) throw err;
      process.stdout.write(`cannot plan on the current loads: ${err.message}\n`);
    }
  });
}

async function config(argv: readonly string[]): Promise<number> {
  const usage = commandUsage(BALANCE_CONFIG_SPEC);
  const args = parseArgs(argv, BALANCE_CONFIG_SPEC);
  const client = adminClientFor(args, usage);
  const changes = settingChanges(args, usage);
  return withAdminClient(client, async () => {
    const got = await client.getBalancerConfig({});
    let current = plainConfig(got.config);
    let replicated = got.replicated;
    if (Object.keys(changes).length > 0) {
      current = plainConfig((await client.setBalancerConfig({ config: { ...current, ...changes } })).config);
      replicated = true;
    }
    const shown = { ...current, replicated };
    if (args.flags.has('json')) process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
    else process.stdout.write(`${Object.entries(shown).map(([k, v]) => `${k.padEnd(20)} ${String(v)}`).join('\n')}\n`);
  });
}

async function decisions(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, BALANCE_DECISIONS_SPEC);
  const client = adminClientFor(args, commandUsage(BALANCE_DECISIONS_SPEC));
  return withAdminClient(client, async () => {
    const answer = await client.listDecisions({});
    if (args.flags.has('json')) {
      process.stdout.write(`${JSON.stringify(answer.toJSON(), null, 2)}\n`);
      return;
    }
    if (answer.decisions.length === 0) process.stdout.write('no balancing round yet (every voter must report its load first)\n');
    for (const d of answer.decisions) {
      const moves = (d.moves ?? []).map((m) => `${m.connection} ${m.from}→${m.to}`).join(', ');
      const what = moves ? `moves ${moves}; cost ${(d.costBefore ?? 0).toFixed(3)} → ${(d.costAfter ?? 0).toFixed(3)}` : (d.reasons ?? []).join('; ');
      process.stdout.write(`round @${d.roundIndex}: ${what}\n`);
    }
  });
}

/** Every field of a config message, defaults included (protobufjs keeps defaults on the prototype). */
function plainConfig(config: shoal.admin.v1.IBalancerConfig | null | undefined): Record<string, unknown> {
  const admin = shoal.admin.v1;
  return admin.BalancerConfig.toObject(admin.BalancerConfig.create(config ?? {}), { defaults: true, longs: Number });
}

function settingChanges(args: ReturnType<typeof parseArgs>, usage: string): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const f of PLAN_CONFIG_FIELDS) {
    const text = stringFlag(args, kebab(f.name), '');
    if (text === '') continue;
    const value = Number(text);
    if (!Number.isFinite(value)) throw new UsageError(`--${kebab(f.name)} must be a number, got "${text}"`, usage);
    changes[f.name] = value;
  }
  const enabled = stringFlag(args, 'enabled', '');
  if (enabled !== '') {
    if (enabled !== 'true' && enabled !== 'false') throw new UsageError(`--enabled must be true or false, got "${enabled}"`, usage);
    changes.enabled = enabled === 'true';
  }
  const placement = stringFlag(args, 'placement', '');
  if (placement !== '') changes.placement = placement;
  return changes;
}

/** An admin MemberLoad as the applied load it reports (the same fields as the log's snapshot). */
function toAppliedLoad(m: shoal.admin.v1.IMemberLoad): AppliedLoad {
  return { appliedIndex: Number(m.appliedIndex ?? 0), load: loadFromWire(m) };
}

function planText(output: ReturnType<typeof plan>): string {
  const utilization = Object.entries(output.utilization.before).map(([id, u]) => `${id} ${Math.round(u * 100)}%`).join(', ');
  const lines = [`utilization: ${utilization}`, `cost ${output.costBefore.toFixed(3)} → ${output.costAfter.toFixed(3)}`];
  for (const m of output.moves) lines.push(`  would move ${m.connection} ${m.from} → ${m.to} (gain ${m.gain.toFixed(3)})`);
  for (const r of output.reasons) lines.push(`  ${r}`);
  return lines.join('\n');
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
