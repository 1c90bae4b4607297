import { type MembersResponse, membersToJson } from '../client/index.js';
import { type CommandSpec, UsageError, commandUsage, parseArgs, stringFlag } from './args.js';
import { ADMIN_FLAGS, JSON_FLAG, adminClientFor, withAdminClient } from './admin-flags.js';
import { formatTable, yesNo } from './table.js';

/** `shoal members [list]`. */
export const MEMBERS_LIST_SPEC: CommandSpec = {
  name: 'shoal members',
  positionals: [],
  flags: [
    ...ADMIN_FLAGS,
    JSON_FLAG,
    { name: 'local', switch: true, help: "answer from the member's applied state (skips the leader's confirmation)" },
  ],
};

/** `shoal members add`. */
export const MEMBERS_ADD_SPEC: CommandSpec = {
  name: 'shoal members add',
  positionals: ['ID'],
  flags: [
    ...ADMIN_FLAGS,
    { name: 'client-url', valueName: 'URL', help: "the new member's client URL, e.g. http://10.0.0.4:7001 (required)" },
    { name: 'peer-address', valueName: 'HOST:PORT', help: "the new member's peer address, e.g. 10.0.0.4:7101 (required)" },
    { name: 'learner-only', switch: true, help: 'add it as a learner and do not promote it to voter' },
  ],
};

/** `shoal members remove`. */
export const MEMBERS_REMOVE_SPEC: CommandSpec = { name: 'shoal members remove', positionals: ['ID'], flags: [...ADMIN_FLAGS] };

/** `shoal members [list|add|remove] ...`. */
export async function runMembers(argv: readonly string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === 'add') return addMember(rest);
  if (first === 'remove') return removeMember(rest);
  if (first === 'list') return listMembers(rest);
  if (first !== undefined && !first.startsWith('--')) {
    throw new UsageError(`unknown subcommand "members ${first}": use list, add or remove`, membersUsage());
  }
  return listMembers(argv);
}

/** The usage of every members subcommand. */
export function membersUsage(): string {
  return [MEMBERS_LIST_SPEC, MEMBERS_ADD_SPEC, MEMBERS_REMOVE_SPEC].map(commandUsage).join('\n\n');
}

async function listMembers(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, MEMBERS_LIST_SPEC);
  const client = adminClientFor(args, commandUsage(MEMBERS_LIST_SPEC));
  return withAdminClient(client, async () => {
    const answer = await client.listMembers({ local: args.flags.has('local') });
    const text = args.flags.has('json') ? JSON.stringify(membersToJson(answer), null, 2) : membersTable(answer);
    process.stdout.write(`${text}\n`);
  });
}

/** One row per member; the leader is marked. */
export function membersTable(answer: MembersResponse): string {
  const rows = answer.members.map((m) => [
    m.id === answer.leaderId ? `${m.id} *` : m.id ?? '',
    m.voter ? 'voter' : 'learner',
    yesNo(m.reachable),
    m.clientUrl || '-',
    m.peerAddress || '-',
  ]);
  const leader = answer.leaderId ? `* leader (${answer.leaderId})` : 'no leader known';
  return `${formatTable(['MEMBER', 'KIND', 'REACHABLE', 'CLIENT URL', 'PEER ADDRESS'], rows)}\n\n${leader}`;
}

async function addMember(argv: readonly string[]): Promise<number> {
  const usage = commandUsage(MEMBERS_ADD_SPEC);
  const args = parseArgs(argv, MEMBERS_ADD_SPEC);
  for (const required of ['client-url', 'peer-address']) {
    if (!args.flags.has(required)) throw new UsageError(`--${required} is required`, usage);
  }
  const id = args.positionals[0]!;
  const learnerOnly = args.flags.has('learner-only');
  const client = adminClientFor(args, usage);
  return withAdminClient(client, async () => {
    if (!learnerOnly) process.stderr.write(`adding ${id}: it joins as a learner and is promoted once it has caught up…\n`);
    const answer = await client.addMember({
      id,
      clientUrl: stringFlag(args, 'client-url', ''),
      peerAddress: stringFlag(args, 'peer-address', ''),
      learnerOnly,
    });
    process.stdout.write(`added ${answer.member?.id ?? id} as a ${answer.member?.voter ? 'voter' : 'learner'}\n`);
  });
}

async function removeMember(argv: readonly string[]): Promise<number> {
  const usage = commandUsage(MEMBERS_REMOVE_SPEC);
  const args = parseArgs(argv, MEMBERS_REMOVE_SPEC);
  const id = args.positionals[0]!;
  const client = adminClientFor(args, usage);
  return withAdminClient(client, async () => {
    await client.removeMember({ id });
    process.stdout.write(`removed ${id}; its id cannot be used again\n`);
  });
}
