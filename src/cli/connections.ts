/**
 * `shoal connections [--json]`: the client connections every member holds, with
 * their activity and where their bytes land; `shoal connections move ID --to M`
 * moves one (committed through the log; its member closes it with a redirect).
 */
import { AdminClient, AdminError } from '../client/index.js';
import type { shoal } from '../proto/gen/shoal.js';
import { type CommandSpec, UsageError, commandUsage, parseArgs, stringFlag } from './args.js';
import { ADMIN_FLAGS, JSON_FLAG, adminClientFor, adminToken, withAdminClient } from './admin-flags.js';
import { formatBytes } from './size.js';
import { formatTable } from './table.js';

/** `shoal connections`. */
export const CONNECTIONS_LIST_SPEC: CommandSpec = { name: 'shoal connections', positionals: [], flags: [...ADMIN_FLAGS, JSON_FLAG] };
/** `shoal connections move`. */
export const CONNECTIONS_MOVE_SPEC: CommandSpec = {
  name: 'shoal connections move',
  positionals: ['ID'],
  flags: [...ADMIN_FLAGS, { name: 'to', valueName: 'MEMBER', help: 'the member to move it to (required)' }],
};

/** The usage of both subcommands. */
export function connectionsUsage(): string {
  return [CONNECTIONS_LIST_SPEC, CONNECTIONS_MOVE_SPEC].map(commandUsage).join('\n\n');
}

/** `shoal connections [list|move] ...`. */
export async function runConnections(argv: readonly string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === 'move') return moveConnection(rest);
  if (first === 'list') return listConnections(rest);
  if (first !== undefined && !first.startsWith('--')) {
    throw new UsageError(`unknown subcommand "connections ${first}": use list or move`, connectionsUsage());
  }
  return listConnections(argv);
}

/** Asks every member (found through --endpoint) for its connections. */
async function listConnections(argv: readonly string[]): Promise<number> {
  const usage = commandUsage(CONNECTIONS_LIST_SPEC);
  const args = parseArgs(argv, CONNECTIONS_LIST_SPEC);
  const token = adminToken(args, usage);
  const client = adminClientFor(args, usage);
  return withAdminClient(client, async () => {
    const { members } = await client.listMembers({ local: true });
    const answers = await Promise.all(members.map((m) => connectionsOf(m.id ?? '', m.clientUrl ?? '', token)));
    if (args.flags.has('json')) {
      process.stdout.write(`${JSON.stringify(answers, null, 2)}\n`);
      return;
    }
    process.stdout.write(`${connectionsTable(answers)}\n`);
  });
}

interface MemberConnections {
  memberId: string;
  error: string | null;
  connections: shoal.admin.v1.IClientConnection[];
}

async function connectionsOf(memberId: string, clientUrl: string, token: string | null): Promise<MemberConnections> {
  if (!clientUrl) return { memberId, error: 'client URL not known yet', connections: [] };
  const client = new AdminClient({ endpoint: clientUrl, token });
  try {
    const answer = await client.listConnections({});
    return { memberId, error: null, connections: answer.connections };
  } catch (err) {
    if (!(err instanceof AdminError)) throw err;
    return { memberId, error: `${err.code}: ${err.message}`, connections: [] };
  } finally {
    await client.close();
  }
}

/** One row per connection; where its bytes land as percentages per owner. */
export function connectionsTable(answers: readonly MemberConnections[]): string {
  const rows: string[][] = [];
  for (const a of answers) {
    if (a.error !== null) rows.push([a.memberId, '-', '-', '-', '-', '-', `(${a.error})`]);
    for (const c of a.connections) {
      rows.push([a.memberId, c.id ?? '', c.remoteAddress ?? '', String(c.requests ?? 0), formatBytes(Number(c.bytesIn ?? 0) + Number(c.bytesOut ?? 0)), String(c.inFlight ?? 0), locality(c)]);
    }
  }
  const table = formatTable(['MEMBER', 'CONNECTION', 'CLIENT', 'REQUESTS', 'BYTES', 'IN FLIGHT', 'PAGES BY OWNER'], rows);
  return rows.length === 0 ? `${table}\n(no client connections)` : table;
}

function locality(c: shoal.admin.v1.IClientConnection): string {
  const entries = Object.entries(c.bytesByOwner ?? {}).map(([owner, bytes]) => [owner, Number(bytes)] as const);
  const total = entries.reduce((sum, [, bytes]) => sum + bytes, 0);
  const text = total === 0 ? '-' : entries.map(([owner, bytes]) => `${owner} ${Math.round((100 * bytes) / total)}%`).join(', ');
  return c.movingTo ? `${text} (moving to ${c.movingTo})` : text;
}

async function moveConnection(argv: readonly string[]): Promise<number> {
  const usage = commandUsage(CONNECTIONS_MOVE_SPEC);
  const args = parseArgs(argv, CONNECTIONS_MOVE_SPEC);
  const to = stringFlag(args, 'to', '');
  if (to === '') throw new UsageError('--to is required, e.g. --to n2', usage);
  const client = adminClientFor(args, usage);
  return withAdminClient(client, async () => {
    const answer = await client.moveConnection({ connection: args.positionals[0]!, to });
    process.stdout.write(`committed the move of ${args.positionals[0]!} to ${to} at index ${answer.index}; its member closes it with a redirect\n`);
  });
}
