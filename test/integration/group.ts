import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdminClient, AdminRole, type StatusResponse } from '../../src/client/index.js';
import { eventually } from './poll.js';
import { freePorts } from './ports.js';
import { type Exit, type ShoalProcess, exitWithin, spawnShoal } from './process.js';

/**
 * A group of real `shoal server` processes on 127.0.0.1 for the integration tests:
 * random free ports, a temporary data directory, a generated secret, and a small
 * tick so elections take a few hundred milliseconds. It starts, kills (-9),
 * stops (SIGTERM), restarts and adds members, and answers "who leads?" by polling.
 */

/** 20 ms ticks: elections in 200–400 ms keep the suite fast, still far above loopback latency. */
export const TEST_TICK_MS = 20;
export const TEST_ELECTION_TICKS = 10;
/** A heartbeat every other tick: 25 per second per follower is plenty and spares the two cores. */
export const TEST_HEARTBEAT_TICKS = 2;
/** The core randomizes the election timeout between one and two times electionTicks. */
export const ELECTION_TIMEOUT_MS_MAX = 2 * TEST_TICK_MS * TEST_ELECTION_TICKS;
/** A member's process start: tsx compiles on a cold cache, and two test files start members at once on two cores. */
export const MEMBER_START_TIMEOUT_MS = 30_000;
/** Electing and agreeing on a leader, including members that just started. */
export const LEADER_TIMEOUT_MS = 20_000;
/** A graceful stop is bounded by the server at 20 s; we allow a little more. */
export const STOP_TIMEOUT_MS = 25_000;
/** GetStatus is answered locally: 1 s without an answer means the member is busy or gone. */
const STATUS_CALL_TIMEOUT_MS = 1_000;

/** Set this environment variable to keep the groups' data and logs after the tests, for debugging. */
export const KEEP_DATA_ENV = 'SHOAL_IT_KEEP';

/** A member's fixed place: ports and files stay the same across restarts. */
export interface Slot {
  id: string;
  clientPort: number;
  peerPort: number;
  dataDir: string;
  logPath: string;
}

/** How to build a group. */
export interface GroupOptions {
  /** Part of the temporary directory's name, to tell groups apart when debugging. */
  name: string;
  size: number;
  /** Require an admin token (the clients send it). */
  adminToken?: boolean;
  /** Extra `shoal server` flags for every member. */
  serverArgs?: string[];
  /** Ticks before a follower campaigns (TEST_ELECTION_TICKS when not set). */
  electionTicks?: number;
  /** Leave the balancer and placement at the product's defaults (tests turn them off otherwise). */
  productDefaults?: boolean;
  /**
   * The peer flags of a member (`--peers` and any others) in place of the group's
   * own `--peers` (the chaos harness routes peers through its proxies).
   */
  peerArgs?: (id: string) => string[];
  /** Runs once the members' ports are reserved, before any starts (to set up what peerArgs needs). */
  beforeStart?: (group: TestGroup) => Promise<void>;
}

/** Who leads, as every member asked agrees. */
export interface Leadership {
  id: string;
  term: number;
}

export class TestGroup {
  readonly root: string;
  readonly secretPath: string;
  readonly token: string | null;
  readonly tokenPath: string | null;
  readonly initialIds: string[];
  private readonly slots = new Map<string, Slot>();
  private readonly processes = new Map<string, ShoalProcess>();
  private readonly clients = new Map<string, AdminClient>();

  private constructor(private readonly options: GroupOptions) {
    this.root = mkdtempSync(join(tmpdir(), `shoal-it-${options.name}-`));
    this.secretPath = writeSecret(join(this.root, 'secret'));
    this.token = options.adminToken ? randomBytes(16).toString('hex') : null;
    this.tokenPath = this.token === null ? null : join(this.root, 'admin-token');
    if (this.token !== null) writeFileSync(this.tokenPath!, `${this.token}\n`, { mode: 0o600 });
    this.initialIds = Array.from({ length: options.size }, (_, i) => `n${i + 1}`);
  }

  /** Starts `size` members (n1…nN), waits for them to elect a leader, and returns the group. */
  static async start(options: GroupOptions): Promise<TestGroup> {
    const group = new TestGroup(options);
    try {
      for (const id of group.initialIds) await group.addSlot(id);
      await options.beforeStart?.(group);
      await Promise.all(group.initialIds.map((id) => group.startMember(id)));
      await group.waitForLeader();
      return group;
    } catch (err) {
      await group.close();
      throw err;
    }
  }

  /** Reserves ports and a data directory for a member. */
  async addSlot(id: string): Promise<Slot> {
    const [clientPort, peerPort] = (await freePorts(2)) as [number, number];
    const slot = { id, clientPort, peerPort, dataDir: join(this.root, id), logPath: join(this.root, `${id}.log`) };
    this.slots.set(id, slot);
    return slot;
  }

  slot(id: string): Slot {
    const slot = this.slots.get(id);
    if (!slot) throw new Error(`no member ${id} in this group`);
    return slot;
  }

  /** `--peers` for the initial members (each member's own entry included). */
  peersFlag(ids: readonly string[] = this.initialIds): string {
    return ids.map((id) => `${id}=127.0.0.1:${this.slot(id).peerPort}`).join(',');
  }

  /** The full `shoal server` command line of a member. */
  serverArgs(id: string, extra: readonly string[] = [], secretPath = this.secretPath): string[] {
    const s = this.slot(id);
    const args = [
      'server',
      ...['--id', id, '--data-dir', s.dataDir],
      ...['--listen-client', `127.0.0.1:${s.clientPort}`, '--listen-peer', `127.0.0.1:${s.peerPort}`],
      ...(this.options.peerArgs?.(id) ?? ['--peers', this.peersFlag()]),
      ...['--secret-file', secretPath],
      ...['--tick-ms', String(TEST_TICK_MS), '--election-ticks', String(this.options.electionTicks ?? TEST_ELECTION_TICKS)],
      ...['--heartbeat-ticks', String(TEST_HEARTBEAT_TICKS)],
      ...(this.options.serverArgs ?? []),
      ...extra,
    ];
    // Tests aim requests at particular members: the balancer and placement are off
    // unless a test turns them on (the defaults are tested in defaults.test.ts).
    if (!this.options.productDefaults && !args.some((a) => a.startsWith('--balance'))) args.push('--balance=false');
    if (!this.options.productDefaults && !args.some((a) => a.startsWith('--placement'))) args.push('--placement', 'none');
    if (this.tokenPath !== null) args.push('--admin-token-file', this.tokenPath);
    return args;
  }

  /** Starts (or restarts) a member's process and waits until its admin API answers. */
  async startMember(id: string, extra: readonly string[] = [], secretPath = this.secretPath): Promise<ShoalProcess> {
    if (this.isRunning(id)) throw new Error(`${id} is already running`);
    const proc = spawnShoal(this.serverArgs(id, extra, secretPath), this.slot(id).logPath);
    this.processes.set(id, proc);
    await eventually(
      `${id} to answer GetStatus`,
      async () => {
        if (proc.exit() !== null) throw new Error(`${id} exited early: ${JSON.stringify(proc.exit())}; log:\n${this.logTail(id)}`);
        return this.status(id);
      },
      MEMBER_START_TIMEOUT_MS,
    ).catch((err: Error) => {
      throw new Error(`${err.message}\n--- ${id} log ---\n${this.logTail(id)}`);
    });
    return proc;
  }

  isRunning(id: string): boolean {
    const proc = this.processes.get(id);
    return proc !== undefined && proc.exit() === null;
  }

  running(): string[] {
    return [...this.processes.keys()].filter((id) => this.isRunning(id)).sort();
  }

  process(id: string): ShoalProcess {
    const proc = this.processes.get(id);
    if (!proc) throw new Error(`${id} was never started`);
    return proc;
  }

  /** An admin client for a member (cached; it carries the group's token). */
  client(id: string): AdminClient {
    let client = this.clients.get(id);
    if (!client) {
      client = new AdminClient({ endpoint: this.endpoint(id), token: this.token });
      this.clients.set(id, client);
    }
    return client;
  }

  endpoint(id: string): string {
    return `http://127.0.0.1:${this.slot(id).clientPort}`;
  }

  status(id: string): Promise<StatusResponse> {
    return this.client(id).getStatus({}, { timeoutMs: STATUS_CALL_TIMEOUT_MS });
  }

  /**
   * Waits until every member in `among` (default: all running) names the same
   * leader at the same term, that leader says it leads, and it knows every one
   * of their client URLs (so admin calls can be forwarded to it).
   */
  async waitForLeader(among: readonly string[] = this.running(), timeoutMs = LEADER_TIMEOUT_MS): Promise<Leadership> {
    return eventually(
      `one leader agreed by ${among.join(', ')}`,
      async () => {
        const statuses = await Promise.all(among.map((id) => this.status(id)));
        const first = statuses[0];
        if (!first?.leaderId) return undefined;
        const agreed = statuses.every((s) => s.leaderId === first.leaderId && s.term === first.term);
        const leader = statuses.find((s) => s.memberId === first.leaderId);
        if (!agreed || !leader || leader.role !== AdminRole.ROLE_LEADER) return undefined;
        const urlsKnown = among.every((id) => leader.members.some((m) => m.id === id && m.clientUrl));
        return urlsKnown ? { id: first.leaderId, term: first.term } : undefined;
      },
      timeoutMs,
    );
  }

  /** Sends a signal and waits (bounded) for the process to exit. */
  async signal(id: string, signal: NodeJS.Signals): Promise<Exit> {
    const proc = this.process(id);
    proc.child.kill(signal);
    return exitWithin(proc, STOP_TIMEOUT_MS, `${id} sent ${signal}`);
  }

  kill(id: string): Promise<Exit> {
    return this.signal(id, 'SIGKILL');
  }

  stop(id: string): Promise<Exit> {
    return this.signal(id, 'SIGTERM');
  }

  log(id: string): string {
    try {
      return readFileSync(this.slot(id).logPath, 'utf8');
    } catch {
      return '';
    }
  }

  logTail(id: string, lines = 30): string {
    return this.log(id).trimEnd().split('\n').slice(-lines).join('\n');
  }

  /** Kills every member, closes the clients and removes the data. Safe to call twice. */
  async close(): Promise<void> {
    await Promise.all([...this.processes.keys()].filter((id) => this.isRunning(id)).map((id) => this.kill(id).catch(() => undefined)));
    await Promise.all([...this.clients.values()].map((c) => c.close().catch(() => undefined)));
    this.clients.clear();
    if (process.env[KEEP_DATA_ENV]) console.log(`${KEEP_DATA_ENV}: kept ${this.root}`);
    else rmSync(this.root, { recursive: true, force: true });
  }
}

/** Writes a fresh random group secret (hex, mode 0600) and returns its path. */
export function writeSecret(path: string): string {
  writeFileSync(path, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
  return path;
}
