import { AdminClient, AdminError, type AdminMember, type StatusResponse, roleName, statusToJson } from '../client/index.js';
import { type CommandSpec, commandUsage, parseArgs } from './args.js';
import { ADMIN_FLAGS, JSON_FLAG, adminClientFor, adminToken, withAdminClient } from './admin-flags.js';
import { formatTable, yesNo } from './table.js';

/**
 * 2 s per other member: a live member on a LAN answers GetStatus in milliseconds
 * (it is answered locally), so a slower one is as good as down for a status view.
 */
export const STATUS_FANOUT_TIMEOUT_MS = 2_000;

/** `shoal status`. */
export const STATUS_SPEC: CommandSpec = {
  name: 'shoal status',
  positionals: [],
  flags: [...ADMIN_FLAGS, JSON_FLAG],
};

/**
 * Asks --endpoint for its status and, for the table, every member it lists for
 * theirs, so one command shows who leads, at which term, and who lags. `--json`
 * prints just the answering member's GetStatus, exactly as curl would get it.
 */
export async function runStatus(argv: readonly string[]): Promise<number> {
  const usage = commandUsage(STATUS_SPEC);
  const args = parseArgs(argv, STATUS_SPEC);
  const client = adminClientFor(args, usage);
  const token = adminToken(args, usage);
  return withAdminClient(client, async () => {
    const status = await client.getStatus();
    if (args.flags.has('json')) {
      process.stdout.write(`${JSON.stringify(statusToJson(status), null, 2)}\n`);
      return;
    }
    const views = await Promise.all(status.members.map((m) => memberView(m, status, token)));
    process.stdout.write(`${statusTable(status, client.endpoint, views)}\n`);
  });
}

/** A member's own status, or why it could not be had. */
type MemberView = { member: AdminMember; status: StatusResponse } | { member: AdminMember; error: string };

async function memberView(member: AdminMember, asked: StatusResponse, token: string | null): Promise<MemberView> {
  if (member.id === asked.memberId) return { member, status: asked };
  if (!member.clientUrl) return { member, error: 'no client URL known yet' };
  const client = new AdminClient({ endpoint: member.clientUrl, token, timeoutMs: STATUS_FANOUT_TIMEOUT_MS });
  try {
    return { member, status: await client.getStatus() };
  } catch (err) {
    if (err instanceof AdminError) return { member, error: err.message };
    throw err;
  } finally {
    await client.close();
  }
}

/** The human view: a headline, then one row per member. */
export function statusTable(asked: StatusResponse, endpoint: string, views: readonly MemberView[]): string {
  const leader = asked.leaderId ? `leader ${asked.leaderId}` : 'no leader known';
  const who = `asked ${endpoint} (${asked.memberId}, shoal ${asked.version})`;
  const headline = `group ${asked.groupId} · ${who} · ${leader} · term ${asked.term}`;
  const header = ['MEMBER', 'ROLE', 'TERM', 'LEADER', 'COMMIT', 'APPLIED', 'LAST', 'VOTER', 'REACHABLE', 'PID', 'CLIENT URL'];
  const notes: string[] = [];
  const rows = views.map((view) => {
    const m = view.member;
    const tail = [yesNo(m.voter), yesNo(m.reachable)];
    if ('error' in view) {
      notes.push(`${m.id}: ${view.error}`);
      return [m.id ?? '', 'down?', '-', '-', '-', '-', '-', ...tail, '-', m.clientUrl || '-'];
    }
    const s = view.status;
    const cells = [String(s.term), s.leaderId || '-', String(s.commitIndex), String(s.appliedIndex), String(s.lastIndex)];
    return [m.id ?? '', roleName(s.role), ...cells, ...tail, String(s.pid), m.clientUrl || '-'];
  });
  const footer = `REACHABLE is ${asked.memberId}'s peer connection to each member.`;
  return [headline, '', formatTable(header, rows), '', footer, ...notes].join('\n');
}
