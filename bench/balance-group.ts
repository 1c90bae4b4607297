/**
 * One fresh three-member group for one run of bench/balance.ts: started with the
 * run's member flags in a temp dir, its balancer configured through the log, a
 * volume created and pre-written, every member's load sampled from the replicated
 * snapshots (GetLoad) while the clients run, and the counters that cross-check the
 * clients' view read from /metrics. Stopped, and its dir removed, by `stop()`.
 */
import type { BalancerSettings as ClusterBalancerSettings } from '../src/cluster/index.js';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';
import { AdminClient, ShoalClient } from '../src/client/index.js';
import { shoal } from '../src/proto/gen/shoal.js';
import { MEMBER_IDS, findLeader, startGroup, stopChildren } from './common.js';

/** Decisions kept per run: a round every half second for a few minutes at most. */
const DECISIONS_MAX = 2_000;
/** Samples kept per run, whatever the interval: a bound on a runaway sampler. */
const SAMPLES_MAX = 10_000;
/** The sampler also fetches the leader's decisions every this-many samples (they hold the last 32 rounds). */
const DECISIONS_EVERY_SAMPLES = 4;
const admin = shoal.admin.v1;

/** One member's load as a GetLoad answer gave it. */
export interface MemberSample {
  id: string;
  utilization: number;
  capacity: number;
  requestsPerSecond: number;
  /** When the member measured it (its clock, Unix ms): equal in two samples means the same snapshot. */
  takenAtMs: number;
}

/** Every member's latest load at one moment, `tMs` after the load started. */
export interface LoadSample {
  tMs: number;
  members: MemberSample[];
}

/** A balancing round as the leader's ListDecisions reports it. */
export interface DecisionRecord {
  roundIndex: number;
  /** The round's time (the newest snapshot's, Unix ms). */
  nowMs: number;
  moves: Array<{ connection: string; from: string; to: string }>;
  reasons: string[];
}

/** Counters of every member summed, from /metrics. */
export interface GroupCounters {
  /** `shoal_data_segments_total` by where (local, forwarded). */
  segments: Record<string, number>;
  /** `shoal_connection_moves_total` by outcome (redirected, closed-idle, gone). */
  moves: Record<string, number>;
  planDisagreements: number;
}

/** The balancer settings in effect (proto BalancerConfig), as plain values: the replicated state's shape. */
export type BalancerSettings = ClusterBalancerSettings;

/** A running sampler; `stop()` ends it and hands over what it saw. */
export interface Sampler {
  stop(): Promise<{ samples: LoadSample[]; decisions: DecisionRecord[]; errors: number }>;
}

/** See the module comment. */
export class BenchGroup {
  /** Each member's client base URL, in MEMBER_IDS order. */
  readonly urls: string[];
  /** One connection per member for /metrics, finding the leader and the sampler's calls. */
  private readonly pools: Pool[];
  /** Index in MEMBER_IDS of the leader found at start (a bench run is too short to expect another election). */
  private leaderIndex = -1;

  private constructor(
    /** The temp dir holding every member's data. */
    readonly dir: string,
    readonly children: ChildProcess[],
    clientPorts: number[],
  ) {
    this.urls = clientPorts.map((p) => `http://127.0.0.1:${p}`);
    this.pools = this.urls.map((url) => new Pool(url, { connections: 1 }));
  }

  /**
   * Starts the members with `argsFor`'s flags each, and waits for a leader. The
   * children and the dir are handed to `track` at once, so a signal handler can stop
   * and remove them even during start-up.
   */
  static async start(argsFor: (id: string, i: number) => string[], track: (children: ChildProcess[], dir: string) => void): Promise<BenchGroup> {
    const dir = mkdtempSync(join(tmpdir(), 'shoal-bench-balance-'));
    let group: { children: ChildProcess[]; clientPorts: number[] };
    try {
      group = await startGroup(dir, argsFor);
    } catch (err) {
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
    track(group.children, dir);
    const bench = new BenchGroup(dir, group.children, group.clientPorts);
    try {
      bench.leaderIndex = await findLeader(bench.pools);
      return bench;
    } catch (err) {
      await bench.stop();
      throw err;
    }
  }

  /** The member id behind a client base URL (the URL itself when it is none of them). */
  idOf(url: string): string {
    const i = this.urls.indexOf(url);
    return i < 0 ? url : MEMBER_IDS[i]!;
  }

  /** The id of the leader found at start; the sampler reads the group's load through it. */
  get leaderId(): string {
    return MEMBER_IDS[this.leaderIndex]!;
  }

  /**
   * Runs `f` with an admin client of member `index` (the leader by default) and closes
   * it: a connection left open after admin calls would be in the next load snapshots
   * as a client connection with work (see startSampler), and could be planned.
   */
  private async withAdmin<T>(f: (client: AdminClient) => Promise<T>, index = this.leaderIndex): Promise<T> {
    const client = new AdminClient({ endpoint: this.urls[index]! });
    try {
      return await f(client);
    } finally {
      await client.close();
    }
  }

  /**
   * Sets the group's balancer settings through the log: the defaults in effect with
   * `enabled` as given and placement `none` (clients stay where the scenario puts
   * them, whatever the default placement), and returns them.
   */
  async configureBalancer(enabled: boolean): Promise<BalancerSettings> {
    const answer = await this.withAdmin(async (leader) => {
      const current = (await leader.getBalancerConfig()).config ?? {};
      return leader.setBalancerConfig({ config: { ...current, enabled, placement: 'none' } });
    });
    // Decoded proto3 fields are never absent (defaults); NaN would show a field the answer lacked.
    const c = answer.config ?? {};
    return {
      forwardOverhead: c.forwardOverhead ?? NaN,
      overloadRatio: c.overloadRatio ?? NaN,
      utilizationFloor: c.utilizationFloor ?? NaN,
      minGain: c.minGain ?? NaN,
      cooldownMs: Number(c.cooldownMs ?? NaN),
      movesPerRoundMax: c.movesPerRoundMax ?? NaN,
      enabled: c.enabled === true,
      placement: c.placement ?? '',
    };
  }

  /** Creates the volume on the leader and returns the owner of each of its pages, from n1's routing table. */
  async createVolume(name: string, sizeBytes: number, pageBytes: number): Promise<string[]> {
    await this.withAdmin((leader) => leader.createVolume({ name, sizeBytes, pageSizeBytes: pageBytes }));
    const table = await this.withAdmin((n1) => n1.getRoutingTable({ volume: name }), 0);
    const owners: string[] = [];
    for (const run of table.runs) {
      const first = Number(run.firstPage);
      const turn = run.owners ?? [];
      if (first !== owners.length || turn.length === 0) throw new Error(`routing table of "${name}": run at page ${first}, expected ${owners.length}`);
      for (let p = first; p < first + Number(run.pageCount); p++) owners.push(turn[p % turn.length]!);
    }
    if (owners.length !== sizeBytes / pageBytes) throw new Error(`routing table of "${name}" covers ${owners.length} of ${sizeBytes / pageBytes} pages`);
    return owners;
  }

  /** Writes every page in `pages` whole with its blocks' contents, through n1, so reads hit stored blocks. */
  async prewrite(volume: string, pages: readonly number[], pageBytes: number, content: (page: number) => Buffer): Promise<void> {
    const client = new ShoalClient({ members: [this.urls[0]!] });
    try {
      const v = client.volume(volume);
      for (const page of pages) await v.write(page * pageBytes, content(page));
    } finally {
      await client.close();
    }
  }

  /**
   * Samples every member's load (GetLoad, local read on the leader: the snapshots are
   * replicated, so no ReadIndex round is needed) every `intervalMs`, and the leader's
   * balancing decisions of rounds from now on, until stopped. Times are ms since
   * `startedMs` (performance.now).
   *
   * Every call goes on a connection of its own, closed after the answer: a member
   * counts an admin connection's requests as client work in its load snapshots, and a
   * keep-alive connection polled four times a second would be planned — and moved,
   * again and again, since an admin client does not follow Shoal-Redirect. The bench
   * must not feed the balancer connections of its own; a connection open for a
   * millisecond is almost never in a snapshot.
   */
  startSampler(startedMs: number, intervalMs: number): Sampler {
    const startedUnixMs = Date.now();
    const samples: LoadSample[] = [];
    const decisions = new Map<number, DecisionRecord>();
    let errors = 0;
    let stopped = false;
    const loop = async (): Promise<void> => {
      for (let n = 0; !stopped && samples.length < SAMPLES_MAX; n++) {
        const due = startedMs + n * intervalMs;
        if (due > performance.now()) await sleep(due - performance.now());
        if (stopped) break;
        try {
          samples.push(await this.sampleLoad(performance.now() - startedMs));
          if (n % DECISIONS_EVERY_SAMPLES === 0) await this.mergeDecisions(decisions);
        } catch {
          errors += 1; // A slow or failed admin call costs one sample; the count is reported.
        }
      }
    };
    const running = loop();
    return {
      stop: async () => {
        stopped = true;
        await running;
        await this.mergeDecisions(decisions).catch(() => (errors += 1));
        // Rounds before the load (the pre-write's, an idle group's) are not this run's.
        const ours = [...decisions.values()].filter((d) => d.nowMs >= startedUnixMs);
        return { samples, decisions: ours.sort((a, b) => a.roundIndex - b.roundIndex), errors };
      },
    };
  }

  private async sampleLoad(tMs: number): Promise<LoadSample> {
    const answer = await this.callOnce('GetLoad', admin.GetLoadRequest.encode({ local: true }).finish(), (b) => admin.GetLoadResponse.decode(b));
    const members = answer.members.map((m) => ({
      id: m.memberId ?? '?',
      utilization: m.utilization ?? NaN,
      capacity: m.capacity ?? NaN,
      requestsPerSecond: m.requestsPerSecond ?? NaN,
      takenAtMs: Number(m.takenAtMs ?? NaN),
    }));
    return { tMs, members };
  }

  private async mergeDecisions(into: Map<number, DecisionRecord>): Promise<void> {
    const answer = await this.callOnce('ListDecisions', new Uint8Array(0), (b) => admin.ListDecisionsResponse.decode(b));
    for (const d of answer.decisions) {
      const roundIndex = Number(d.roundIndex);
      if (into.has(roundIndex) || into.size >= DECISIONS_MAX) continue;
      const moves = (d.moves ?? []).map((m) => ({ connection: m.connection ?? '?', from: m.from ?? '?', to: m.to ?? '?' }));
      into.set(roundIndex, { roundIndex, nowMs: Number(d.nowMs ?? NaN), moves, reasons: [...(d.reasons ?? [])] });
    }
  }

  /** A Connect unary call to the leader on a connection closed after the answer (see startSampler). */
  private async callOnce<Res>(method: string, body: Uint8Array, decode: (b: Uint8Array) => Res): Promise<Res> {
    const bytes = await requestOnce(this.pools[this.leaderIndex]!, 'POST', `/shoal.admin.v1.AdminService/${method}`, body);
    return decode(bytes);
  }

  /** Every member's counters summed (GroupCounters). */
  async counters(): Promise<GroupCounters> {
    const texts = await Promise.all(this.pools.map(async (p) => Buffer.from(await requestOnce(p, 'GET', '/metrics', null)).toString()));
    const out: GroupCounters = { segments: {}, moves: {}, planDisagreements: 0 };
    for (const text of texts) {
      addByLabel(out.segments, text, 'shoal_data_segments_total', 'where');
      addByLabel(out.moves, text, 'shoal_connection_moves_total', 'outcome');
      for (const m of text.matchAll(/^shoal_balance_plan_disagreements_total (\S+)$/gm)) out.planDisagreements += Number(m[1]);
    }
    return out;
  }

  /** Closes the bench's connections, stops the members and removes the dir. */
  async stop(): Promise<void> {
    await Promise.all(this.pools.map((p) => p.close().catch(() => undefined)));
    await stopChildren(this.children);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** One request on a connection closed after the answer (see startSampler); throws unless 200. */
async function requestOnce(pool: Pool, method: 'GET' | 'POST', path: string, body: Uint8Array | null): Promise<Uint8Array> {
  const headers = body === null ? {} : { 'content-type': 'application/proto' };
  const res = await pool.request({ path, method, headers, body: body === null ? null : Buffer.from(body), reset: true });
  const bytes = new Uint8Array(await res.body.arrayBuffer());
  if (res.statusCode !== 200) throw new Error(`${method} ${path}: HTTP ${res.statusCode} ${Buffer.from(bytes).toString()}`);
  return bytes;
}

/** Adds the samples of counter `name` in a /metrics text to `into`, keyed by the value of `label`. */
function addByLabel(into: Record<string, number>, text: string, name: string, label: string): void {
  const pattern = new RegExp(`^${name}\\{([^}]*)\\} (\\S+)$`, 'gm');
  for (const m of text.matchAll(pattern)) {
    const key = new RegExp(`${label}="([^"]*)"`).exec(m[1]!)?.[1] ?? '?';
    into[key] = (into[key] ?? 0) + Number(m[2]);
  }
}

/** `after − before` of every key. */
export function counterDelta(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.keys(after).sort().map((k) => [k, after[k]! - (before[k] ?? 0)]));
}
