/**
 * `shoal load [--json] [--watch]`: every member's latest load snapshot as the log
 * has it — utilization, background, requests/s, and its heaviest connections with
 * their work and where their pages live.
 */
import type { shoal } from '../proto/gen/shoal.js';
import { type CommandSpec, commandUsage, parseArgs } from './args.js';
import { ADMIN_FLAGS, JSON_FLAG, adminClientFor, withAdminClient } from './admin-flags.js';
import { formatTable } from './table.js';

/** How often --watch redraws: the members' default load interval. */
const WATCH_INTERVAL_MS = 1_000;
/** Connections shown per member in the table (the snapshot holds up to 64). */
const CONNECTIONS_SHOWN_MAX = 5;

/** `shoal load`. */
export const LOAD_SPEC: CommandSpec = {
  name: 'shoal load',
  positionals: [],
  flags: [
    ...ADMIN_FLAGS,
    JSON_FLAG,
    { name: 'watch', switch: true, help: 'redraw every second until Ctrl-C' },
  ],
};

/** Runs `shoal load`. */
export async function runLoad(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, LOAD_SPEC);
  const client = adminClientFor(args, commandUsage(LOAD_SPEC));
  return withAdminClient(client, async () => {
    for (;;) {
      const answer = await client.getLoad({ local: true });
      if (args.flags.has('json')) process.stdout.write(`${JSON.stringify(answer.toJSON(), null, 2)}\n`);
      else process.stdout.write(`${args.flags.has('watch') ? '\x1b[2J\x1b[H' : ''}${loadTable(answer.members)}\n`);
      if (!args.flags.has('watch')) return;
      await new Promise((resolve) => setTimeout(resolve, WATCH_INTERVAL_MS));
    }
  });
}

/** One row per member, then each member's heaviest connections. */
export function loadTable(members: readonly shoal.admin.v1.IMemberLoad[]): string {
  if (members.length === 0) return 'no load reported yet (members report every --load-interval-ms)';
  const rows = members.map((m) => [
    m.memberId ?? '',
    percent(m.utilization ?? 0),
    (m.background ?? 0).toFixed(3),
    (m.requestsPerSecond ?? 0).toFixed(0),
    String((m.connections?.length ?? 0) + (m.otherConnections ?? 0)),
    String(m.capacity ?? 1),
  ]);
  const lines = [formatTable(['MEMBER', 'UTILIZATION', 'BACKGROUND', 'REQ/S', 'CONNECTIONS', 'CAPACITY'], rows), ''];
  for (const m of members) {
    for (const c of (m.connections ?? []).slice(0, CONNECTIONS_SHOWN_MAX)) {
      const pages = Object.entries(c.pages ?? {}).map(([owner, share]) => `${owner} ${percent(share)}`).join(', ') || '-';
      lines.push(`  ${m.memberId}  ${c.id}  work ${(c.work ?? 0).toFixed(3)}  pages ${pages}`);
    }
  }
  return lines.join('\n').trimEnd();
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}
