import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, parseServerConfig } from '../server/index.js';

/**
 * The local group `shoal cluster up` runs: its layout comes from
 * deploy/local-cluster.json (so the ports documented there and the ports used
 * agree), its state lives under one data directory.
 */

/** deploy/local-cluster.json, found relative to this file so it works from any working directory. */
export const DEFAULT_LAYOUT_PATH = fileURLToPath(new URL('../../deploy/local-cluster.json', import.meta.url));
/** 32 random bytes, hex: twice the transport's 16-byte minimum, and printable in a file. */
export const GENERATED_SECRET_BYTES = 32;

/** One member of the layout. */
export interface LayoutMember {
  id: string;
  clientPort: number;
  peerPort: number;
}

/** The parsed layout file. */
export interface ClusterLayout {
  groupId: string;
  host: string;
  members: LayoutMember[];
  /** Extra `shoal server` flags for every member, by flag name without dashes. */
  serverFlags: Record<string, string>;
}

/** What one member of the local group needs to run. */
export interface LocalMember extends LayoutMember {
  clientUrl: string;
  peerAddress: string;
  dataDir: string;
  configPath: string;
  logPath: string;
  pidPath: string;
}

/** A layout file that cannot be used; the message names the file and the field. */
export class LayoutError extends Error {
  readonly code = 'LAYOUT_INVALID';
}

/** Reads and checks a layout file. */
export function loadLayout(path: string): ClusterLayout {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new LayoutError(`cannot read the cluster layout "${path}": ${(err as Error).message}`);
  }
  const bad = (what: string): never => {
    throw new LayoutError(`cluster layout "${path}": ${what}`);
  };
  const o = (typeof raw === 'object' && raw !== null ? raw : bad('must hold a JSON object')) as Record<string, unknown>;
  const groupId = typeof o.groupId === 'string' ? o.groupId : bad('"groupId" must be a string');
  const host = typeof o.host === 'string' ? o.host : bad('"host" must be a string');
  if (!Array.isArray(o.members) || o.members.length === 0) bad('"members" must be a non-empty array');
  const members = (o.members as unknown[]).map((m, i) => {
    const r = (typeof m === 'object' && m !== null ? m : bad(`members[${i}] must be an object`)) as Record<string, unknown>;
    const port = (key: string): number => {
      const value = r[key];
      return typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 65536
        ? value
        : bad(`members[${i}].${key} must be a port number`);
    };
    const id = typeof r.id === 'string' ? r.id : bad(`members[${i}].id must be a string`);
    return { id, clientPort: port('clientPort'), peerPort: port('peerPort') };
  });
  const ports = members.flatMap((m) => [m.clientPort, m.peerPort]);
  if (new Set(ports).size !== ports.length) bad('every port must be different');
  if (new Set(members.map((m) => m.id)).size !== members.length) bad('member ids must be different');
  const flags = o.serverFlags ?? {};
  if (typeof flags !== 'object' || flags === null || Array.isArray(flags)) bad('"serverFlags" must be an object');
  const serverFlags = Object.fromEntries(Object.entries(flags as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
  return { groupId, host, members, serverFlags };
}

/** Where each member's files live under `dataDir`. */
export function localMembers(layout: ClusterLayout, dataDir: string): LocalMember[] {
  const root = resolve(dataDir);
  return layout.members.map((m) => {
    const dir = join(root, m.id);
    return {
      ...m,
      clientUrl: `http://${layout.host}:${m.clientPort}`,
      peerAddress: `${layout.host}:${m.peerPort}`,
      dataDir: dir,
      configPath: join(dir, 'server.json'),
      logPath: join(dir, 'member.log'),
      pidPath: join(dir, 'member.pid'),
    };
  });
}

/** The group's secret under `dataDir`: created once (mode 0600), reused on every later start. */
export function ensureSecret(dataDir: string): { path: string; created: boolean } {
  const path = join(resolve(dataDir), 'secret');
  mkdirSync(resolve(dataDir), { recursive: true });
  try {
    // 'wx' fails if the file exists, so two starts racing cannot both write one.
    writeFileSync(path, `${randomBytes(GENERATED_SECRET_BYTES).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    return { path, created: true };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return { path, created: false };
  }
}

/**
 * Writes each member's `shoal server --config` file (rewritten on every start, so
 * a changed layout takes effect) and checks it the way the member will, so a bad
 * layout fails here with the flag named instead of in three logs.
 */
export function writeMemberConfigs(layout: ClusterLayout, members: readonly LocalMember[], secretPath: string): void {
  const peers = Object.fromEntries(members.map((m) => [m.id, m.peerAddress]));
  for (const m of members) {
    mkdirSync(m.dataDir, { recursive: true });
    const config = {
      ...layout.serverFlags,
      id: m.id,
      'data-dir': m.dataDir,
      'listen-client': `${layout.host}:${m.clientPort}`,
      'listen-peer': m.peerAddress,
      peers,
      'secret-file': secretPath,
      'group-id': layout.groupId,
    };
    writeFileSync(m.configPath, `${JSON.stringify(config, null, 2)}\n`);
    try {
      parseServerConfig(['--config', m.configPath]);
    } catch (err) {
      if (err instanceof ConfigError) throw new LayoutError(`member ${m.id}: ${err.message}`);
      throw err;
    }
  }
}

/** The ports of `members` something else already listens on, each with whose port it is. */
export async function busyPorts(host: string, members: readonly LocalMember[]): Promise<string[]> {
  const checks = members.flatMap((m) => [
    { port: m.clientPort, what: `${m.id}'s client port` },
    { port: m.peerPort, what: `${m.id}'s peer port` },
  ]);
  const busy: string[] = [];
  for (const { port, what } of checks) {
    if (!(await canListen(host, port))) busy.push(`${host}:${port} (${what})`);
  }
  return busy;
}

function canListen(host: string, port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const server = net.createServer();
    server.once('error', () => resolvePromise(false));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolvePromise(true)));
  });
}

/** A pid file's process if it still runs (a member left over from an earlier run), else null. */
export function livePid(pidPath: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(pidPath, 'utf8').trim());
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}
