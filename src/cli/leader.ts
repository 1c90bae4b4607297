import { type CommandSpec, UsageError, commandUsage, parseArgs } from './args.js';
import { ADMIN_FLAGS, adminClientFor, withAdminClient } from './admin-flags.js';

/** `shoal leader transfer`. */
export const LEADER_TRANSFER_SPEC: CommandSpec = {
  name: 'shoal leader transfer',
  positionals: ['ID?'],
  flags: [...ADMIN_FLAGS],
};

/** `shoal leader transfer [ID]`: hands leadership to ID, or to the most up-to-date voter. */
export async function runLeader(argv: readonly string[]): Promise<number> {
  const usage = commandUsage(LEADER_TRANSFER_SPEC);
  const [sub, ...rest] = argv;
  if (sub !== 'transfer') {
    const problem = sub === undefined ? '"shoal leader" needs a subcommand: transfer' : `unknown subcommand "leader ${sub}": use transfer`;
    throw new UsageError(problem, usage);
  }
  const args = parseArgs(rest, LEADER_TRANSFER_SPEC);
  const to = args.positionals[0] ?? '';
  const client = adminClientFor(args, usage);
  return withAdminClient(client, async () => {
    const answer = await client.transferLeader({ to });
    process.stdout.write(`${answer.leaderId} is the leader now\n`);
  });
}
