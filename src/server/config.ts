import { readFileSync } from 'node:fs';
import { BLOCK_BYTES } from '../storage/index.js';
import { DEFAULT_REQUEST_BYTES_MAX, IO_CAPACITY_OPS_PER_SECOND_MAX, REQUEST_BYTES_MAX_LIMIT } from './limits.js';
import { PLACEMENT_POLICIES, type PlacementPolicy } from './placement.js';
import { HOST_PORT_PATTERN, MEMBER_ID_PATTERN } from './validate.js';

/**
 * The member's configuration, validated up front from one declarative table: each
 * flag has a type, a default and a check, and a bad value fails at start with a
 * message that names the flag. A JSON config file (`--config`) may set the same keys.
 */

export interface MemberConfig {
  id: string;
  dataDir: string;
  listenClient: HostPort;
  listenPeer: HostPort;
  advertiseClient: string;
  advertisePeer: string;
  /** The initial members' peer addresses (this member's included). */
  peers: Map<string, string>;
  /** Peers this member dials at another address than the group's address book says (a proxy in between). */
  dialVia: Map<string, string>;
  secretFile: string;
  adminTokenFile: string | null;
  join: boolean;
  groupId: string;
  tickMs: number;
  electionTicks: number;
  heartbeatTicks: number;
  snapshotEntries: number;
  retainEntries: number;
  /** The largest PUT body or GET length of the data API. */
  maxRequestBytes: number;
  /** c_m: this member's capacity relative to the others. */
  capacity: number;
  /** Block-store calls per second this member's data path may make; 0 = unlimited. */
  ioCapacity: number;
  /** How often the load monitor measures and reports this member's load. */
  loadIntervalMs: number;
  /** Whether this member, when it leads, proposes the balancer's plans. */
  balance: boolean;
  /** Where new client connections go. */
  placement: PlacementPolicy;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

export interface HostPort {
  host: string;
  port: number;
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Parse = (text: string, flag: string) => unknown;

interface FlagSpec {
  key: keyof MemberConfig | 'config';
  flag: string;
  help: string;
  /** undefined = required (unless noted in `requiredUnless`). */
  default?: string;
  boolean?: boolean;
  parse: Parse;
}

const fail = (flag: string, message: string): never => {
  throw new ConfigError(`--${flag}: ${message}`);
};

const integer =
  (min: number, max: number): Parse =>
  (text, flag) => {
    const n = Number(text);
    if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      fail(flag, `must be a whole number from ${min} to ${max}, got "${text}"`);
    }
    return n;
  };

const positiveNumber =
  (min: number, max: number): Parse =>
  (text, flag) => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n) || n < min || n > max) fail(flag, `must be a number from ${min} to ${max}, got "${text}"`);
    return n;
  };

const oneOf =
  (choices: readonly string[]): Parse =>
  (text, flag) => {
    if (!choices.includes(text)) fail(flag, `must be one of ${choices.join(', ')}, got "${text}"`);
    return text;
  };

const hostPort: Parse = (text, flag) => {
  const m = HOST_PORT_PATTERN.exec(text.trim());
  const port = m ? Number(m[2]) : -1;
  if (!m || port < 0 || port > 65535) fail(flag, `must be host:port like 127.0.0.1:7001, got "${text}"`);
  return { host: m![1]!.replace(/^\[|\]$/g, ''), port };
};

const text: Parse = (value) => value;
const flagOn: Parse = (value, flag) => {
  if (value === 'true' || value === '') return true;
  if (value === 'false') return false;
  return fail(flag, `is a switch: give it alone, or =true / =false, got "${value}"`);
};

const memberId: Parse = (value, flag) => {
  if (!MEMBER_ID_PATTERN.test(value)) fail(flag, `"${value}" is not a valid member id (1–32 of a-z 0-9 _ -)`);
  return value;
};

const peerList: Parse = (value, flag) => {
  const peers = new Map<string, string>();
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq < 1) fail(flag, `each peer is id=host:port, got "${part}"`);
    const id = memberId(part.slice(0, eq), flag) as string;
    const address = part.slice(eq + 1);
    hostPort(address, flag);
    if (peers.has(id)) fail(flag, `member "${id}" is listed twice`);
    peers.set(id, address);
  }
  return peers;
};

const logLevel: Parse = (value, flag) => {
  const levels = ['debug', 'info', 'warn', 'error', 'silent'];
  if (!levels.includes(value)) fail(flag, `must be one of ${levels.join(', ')}, got "${value}"`);
  return value;
};

/** Every flag of `shoal server`. */
export const SERVER_FLAGS: readonly FlagSpec[] = [
  { key: 'id', flag: 'id', help: 'this member\'s id, e.g. n1', parse: memberId },
  { key: 'config', flag: 'config', help: 'a JSON file with any of these flags as keys', default: '', parse: text },
  { key: 'dataDir', flag: 'data-dir', help: 'where the Raft log and pages live (default ./data/<id>)', default: '', parse: text },
  { key: 'listenClient', flag: 'listen-client', help: 'client and admin HTTP address', default: '127.0.0.1:7001', parse: hostPort },
  { key: 'listenPeer', flag: 'listen-peer', help: 'peer (Raft) address', default: '127.0.0.1:7101', parse: hostPort },
  { key: 'advertiseClient', flag: 'advertise-client', help: 'client URL others use (default http://<listen-client>)', default: '', parse: text },
  { key: 'advertisePeer', flag: 'advertise-peer', help: 'peer address others use (default <listen-peer>)', default: '', parse: text },
  { key: 'peers', flag: 'peers', help: 'initial members as id=host:port,... (peer ports, this member included)', default: '', parse: peerList },
  {
    key: 'dialVia',
    flag: 'dial-via',
    help: 'dial these peers at these addresses instead of the group\'s address book, as id=host:port,... (a proxy or NAT in between)',
    default: '',
    parse: peerList,
  },
  { key: 'secretFile', flag: 'secret-file', help: 'file holding the group\'s shared secret (at least 16 bytes)', parse: text },
  { key: 'adminTokenFile', flag: 'admin-token-file', help: 'file holding the admin bearer token (optional)', default: '', parse: text },
  { key: 'join', flag: 'join', help: 'join an existing group instead of starting one', default: 'false', boolean: true, parse: flagOn },
  { key: 'groupId', flag: 'group-id', help: 'the group\'s name; members of other groups are refused', default: 'shoal', parse: memberId },
  { key: 'tickMs', flag: 'tick-ms', help: 'milliseconds per Raft tick', default: '100', parse: integer(5, 10_000) },
  { key: 'electionTicks', flag: 'election-ticks', help: 'ticks before a follower campaigns', default: '10', parse: integer(2, 1_000) },
  { key: 'heartbeatTicks', flag: 'heartbeat-ticks', help: 'ticks between heartbeats', default: '1', parse: integer(1, 999) },
  { key: 'snapshotEntries', flag: 'snapshot-entries', help: 'snapshot the state every N applied entries', default: '10000', parse: integer(2, 100_000_000) },
  { key: 'retainEntries', flag: 'retain-entries', help: 'entries kept behind a snapshot for lagging followers', default: '1000', parse: integer(0, 100_000_000) },
  {
    key: 'maxRequestBytes',
    flag: 'max-request-bytes',
    help: 'largest data API write body or read length, in bytes',
    default: String(DEFAULT_REQUEST_BYTES_MAX),
    parse: integer(BLOCK_BYTES, REQUEST_BYTES_MAX_LIMIT),
  },
  { key: 'capacity', flag: 'capacity', help: "this member's capacity relative to the others (bigger machines more)", default: '1', parse: positiveNumber(0.01, 1000) },
  {
    key: 'ioCapacity',
    flag: 'io-capacity',
    help: 'page operations per second (reads and writes of a page, local or forwarded) this member carries out at most for its own clients; 0 = unlimited',
    default: '0',
    parse: integer(0, IO_CAPACITY_OPS_PER_SECOND_MAX),
  },
  { key: 'loadIntervalMs', flag: 'load-interval-ms', help: 'how often the member measures and reports its load', default: '1000', parse: integer(100, 60_000) },
  {
    key: 'balance',
    flag: 'balance',
    help: 'move client connections by the efficiency function\'s plans (--balance=false: never); the group\'s SetBalancerConfig overrides it',
    default: 'true',
    boolean: true,
    parse: flagOn,
  },
  {
    key: 'placement',
    flag: 'placement',
    help: 'new client connections: none, round-robin or least-loaded (307 to the chosen member); the group\'s SetBalancerConfig overrides it',
    default: 'least-loaded',
    parse: oneOf(PLACEMENT_POLICIES),
  },
  { key: 'logLevel', flag: 'log-level', help: 'debug, info, warn, error or silent', default: 'info', parse: logLevel },
];

/** Parses `--flag value` / `--flag=value` arguments (and a --config file) into a validated config. */
export function parseServerConfig(argv: readonly string[]): MemberConfig {
  const given = readArgs(argv);
  const fromFile = given.get('config') ? readConfigFile(given.get('config')!) : new Map<string, string>();
  const values: Record<string, unknown> = {};
  for (const spec of SERVER_FLAGS) {
    const raw = given.get(spec.flag) ?? fromFile.get(spec.flag) ?? spec.default;
    if (raw === undefined) fail(spec.flag, `is required (${spec.help})`);
    values[spec.key] = spec.parse(raw!, spec.flag);
  }
  return finish(values as unknown as MemberConfig & { config: string });
}

function finish(c: MemberConfig & { config: string }): MemberConfig {
  if (c.heartbeatTicks >= c.electionTicks) {
    fail('heartbeat-ticks', `(${c.heartbeatTicks}) must be smaller than --election-ticks (${c.electionTicks})`);
  }
  // The storage refuses this too, but only after start-up has begun and without naming a flag.
  if (c.retainEntries >= c.snapshotEntries) {
    fail('retain-entries', `(${c.retainEntries}) must be smaller than --snapshot-entries (${c.snapshotEntries}), or compaction would keep everything`);
  }
  if (!c.join && c.peers.size === 0) c.peers.set(c.id, `${c.listenPeer.host}:${c.listenPeer.port}`);
  if (!c.join && !c.peers.has(c.id)) fail('peers', `must include this member "${c.id}" (or pass --join to join a group)`);
  const config: MemberConfig = {
    ...c,
    dataDir: c.dataDir || `./data/${c.id}`,
    adminTokenFile: c.adminTokenFile || null,
    advertiseClient: c.advertiseClient || `http://${c.listenClient.host}:${c.listenClient.port}`,
    advertisePeer: c.advertisePeer || `${c.listenPeer.host}:${c.listenPeer.port}`,
  };
  delete (config as Partial<{ config: string }>).config;
  return config;
}

function readArgs(argv: readonly string[]): Map<string, string> {
  const known = new Map(SERVER_FLAGS.map((s) => [s.flag, s]));
  const given = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new ConfigError(`unexpected argument "${arg}": flags look like --name value`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    const spec = known.get(name);
    if (!spec) throw new ConfigError(`unknown flag --${name}; known flags: ${[...known.keys()].map((k) => `--${k}`).join(' ')}`);
    if (given.has(name)) fail(name, 'is given twice');
    if (eq > 0) given.set(name, arg.slice(eq + 1));
    else if (spec.boolean) given.set(name, 'true');
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) given.set(name, argv[++i]!);
    else fail(name, 'needs a value');
  }
  return given;
}

function readConfigFile(path: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    return fail('config', `cannot read "${path}": ${(err as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) fail('config', `"${path}" must hold a JSON object`);
  const known = new Set(SERVER_FLAGS.map((s) => s.flag));
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (!known.has(key) || key === 'config') fail('config', `"${path}" has an unknown key "${key}"`);
    out.set(key, typeof value === 'object' && value !== null ? Object.entries(value).map(([k, v]) => `${k}=${String(v)}`).join(',') : String(value));
  }
  return out;
}

/** Usage text generated from the table, so help and validation never disagree. */
export function serverUsage(): string {
  const lines = SERVER_FLAGS.map((s) => `  --${s.flag.padEnd(18)} ${s.help}${s.default ? ` (default ${s.default})` : s.default === undefined ? ' (required)' : ''}`);
  return `usage: shoal server --id ID --secret-file FILE [flags]\n\n${lines.join('\n')}\n`;
}
