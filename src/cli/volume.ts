/**
 * `shoal volume create|ls|rm|map`: volumes through the admin API. Sizes take
 * binary suffixes (`10GiB`, `1MiB`) as well as plain bytes.
 */
import type { shoal } from '../proto/gen/shoal.js';
import { type CommandSpec, UsageError, commandUsage, parseArgs } from './args.js';
import { ADMIN_FLAGS, JSON_FLAG, adminClientFor, withAdminClient } from './admin-flags.js';
import { sizeFlag } from './data-flags.js';
import { formatBytes } from './size.js';
import { formatTable } from './table.js';

/** `shoal volume create`. */
export const VOLUME_CREATE_SPEC: CommandSpec = {
  name: 'shoal volume create',
  positionals: ['NAME'],
  flags: [
    ...ADMIN_FLAGS,
    { name: 'size', valueName: 'SIZE', help: 'the volume size, e.g. 10GiB or 1048576 (required)' },
    { name: 'page-size', valueName: 'SIZE', help: 'page size, a power of two from 64KiB to 64MiB (default 1MiB)' },
  ],
};
/** `shoal volume ls`. */
export const VOLUME_LS_SPEC: CommandSpec = {
  name: 'shoal volume ls',
  positionals: [],
  flags: [...ADMIN_FLAGS, JSON_FLAG, { name: 'local', switch: true, help: "answer from the member's applied state" }],
};
/** `shoal volume rm`. */
export const VOLUME_RM_SPEC: CommandSpec = { name: 'shoal volume rm', positionals: ['NAME'], flags: [...ADMIN_FLAGS] };
/** `shoal volume map`. */
export const VOLUME_MAP_SPEC: CommandSpec = { name: 'shoal volume map', positionals: ['NAME'], flags: [...ADMIN_FLAGS, JSON_FLAG] };

/** The usage of every volume subcommand. */
export function volumeUsage(): string {
  return [VOLUME_CREATE_SPEC, VOLUME_LS_SPEC, VOLUME_RM_SPEC, VOLUME_MAP_SPEC].map(commandUsage).join('\n\n');
}

/** `shoal volume <subcommand> ...`. */
export async function runVolume(argv: readonly string[]): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'create':
      return createVolume(rest);
    case 'ls':
    case 'list':
      return listVolumes(rest);
    case 'rm':
    case 'remove':
      return removeVolume(rest);
    case 'map':
      return showMap(rest);
    default: {
      const problem = sub === undefined ? '"shoal volume" needs a subcommand' : `unknown subcommand "volume ${sub}"`;
      throw new UsageError(`${problem}: use create, ls, rm or map`, volumeUsage());
    }
  }
}

async function createVolume(argv: readonly string[]): Promise<number> {
  const usage = commandUsage(VOLUME_CREATE_SPEC);
  const args = parseArgs(argv, VOLUME_CREATE_SPEC);
  const sizeBytes = sizeFlag(args, 'size', usage, null);
  if (sizeBytes === null) throw new UsageError('--size is required, e.g. --size 10GiB', usage);
  const pageSizeBytes = sizeFlag(args, 'page-size', usage, 0)!;
  const client = adminClientFor(args, usage);
  return withAdminClient(client, async () => {
    const answer = await client.createVolume({ name: args.positionals[0]!, sizeBytes, pageSizeBytes });
    const v = answer.volume!;
    process.stdout.write(`created volume ${v.name}: ${formatBytes(Number(v.sizeBytes))} in ${v.pageCount} pages of ${formatBytes(v.pageSizeBytes ?? 0)}\n`);
  });
}

async function listVolumes(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, VOLUME_LS_SPEC);
  const client = adminClientFor(args, commandUsage(VOLUME_LS_SPEC));
  return withAdminClient(client, async () => {
    const answer = await client.listVolumes({ local: args.flags.has('local') });
    if (args.flags.has('json')) {
      process.stdout.write(`${JSON.stringify(answer.volumes.map(volumeJson), null, 2)}\n`);
      return;
    }
    if (answer.volumes.length === 0) {
      process.stdout.write('no volumes; create one with: shoal volume create NAME --size 1GiB\n');
      return;
    }
    const rows = answer.volumes.map((v) => [v.name ?? '', formatBytes(Number(v.sizeBytes)), formatBytes(v.pageSizeBytes ?? 0), String(v.pageCount)]);
    process.stdout.write(`${formatTable(['VOLUME', 'SIZE', 'PAGE SIZE', 'PAGES'], rows)}\n`);
  });
}

async function removeVolume(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, VOLUME_RM_SPEC);
  const client = adminClientFor(args, commandUsage(VOLUME_RM_SPEC));
  return withAdminClient(client, async () => {
    await client.deleteVolume({ name: args.positionals[0]! });
    process.stdout.write(`deleted volume ${args.positionals[0]!}; its owners free its pages\n`);
  });
}

async function showMap(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, VOLUME_MAP_SPEC);
  const client = adminClientFor(args, commandUsage(VOLUME_MAP_SPEC));
  return withAdminClient(client, async () => {
    const table = await client.getRoutingTable({ volume: args.positionals[0]! });
    const text = args.flags.has('json') ? JSON.stringify(routingJson(table), null, 2) : routingText(table);
    process.stdout.write(`${text}\n`);
  });
}

function volumeJson(v: shoal.admin.v1.IVolume): Record<string, unknown> {
  return { name: v.name, id: Number(v.id), sizeBytes: Number(v.sizeBytes), pageSizeBytes: v.pageSizeBytes, pageCount: Number(v.pageCount) };
}

function routingJson(t: shoal.admin.v1.GetRoutingTableResponse): Record<string, unknown> {
  return {
    volume: volumeJson(t.volume ?? {}),
    runs: t.runs.map((r) => ({ firstPage: Number(r.firstPage), pageCount: Number(r.pageCount), owners: r.owners })),
    owners: t.owners.map((o) => ({ memberId: o.memberId, pages: Number(o.pages), clientUrl: o.clientUrl })),
  };
}

/** The page map as a person reads it: runs of pages and who owns them in turn, then pages per member. */
export function routingText(t: shoal.admin.v1.GetRoutingTableResponse): string {
  const v = t.volume ?? {};
  const lines = [`volume ${v.name}: ${formatBytes(Number(v.sizeBytes))} in ${v.pageCount} pages of ${formatBytes(v.pageSizeBytes ?? 0)}`, ''];
  for (const r of t.runs) {
    const first = Number(r.firstPage);
    const last = first + Number(r.pageCount) - 1;
    const turn = r.owners ?? [];
    const owners = turn.length === 1 ? turn[0] : `${turn.join(', ')} in turn (page p → owner p mod ${turn.length})`;
    lines.push(`  pages ${first}–${last}: ${owners}`);
  }
  lines.push('');
  lines.push(formatTable(['MEMBER', 'PAGES', 'CLIENT URL'], t.owners.map((o) => [o.memberId ?? '', String(o.pages), o.clientUrl || '-'])));
  return lines.join('\n');
}
