/**
 * The load of bench/balance.ts: closed-loop SDK clients (`ShoalClient`, one keep-alive
 * connection each), every one reading and now and then writing 4 KiB blocks of the
 * pages it was given, for a fixed time. Each client notes the member it is on after
 * every request, so a move (redirect or reconnect) is recorded per client with its
 * time — the member-change diagnostics channel does not say which client moved. Every
 * thrown error and every read with the wrong bytes is a failure.
 */
import diagnosticsChannel from 'node:diagnostics_channel';
import { setTimeout as sleep } from 'node:timers/promises';
import { MEMBER_CHANGE_CHANNEL, RETRY_CHANNEL, ShoalClient, type ShoalVolume } from '../src/client/index.js';
import { percentile } from './common.js';

/** Bytes of every read and write, and the alignment of their offsets. */
export const BLOCK_BYTES = 4096;
/** Width of the time buckets that ops and forwarded bytes are counted in. */
export const BUCKET_MS = 250;
/** Every read's header is checked; every this-many-th read is also compared byte for byte. */
const FULL_CHECK_EVERY = 32;
/** Failures kept as examples (all are counted). */
const FAILURE_EXAMPLES_MAX = 5;
/** Moves recorded per client: far more than any run makes, so a runaway balancer is still bounded. */
const MOVES_RECORDED_MAX = 1000;
/** How often an idle client looks whether it is busy again. */
const IDLE_POLL_MS = 50;
/** Pause after a failed request, so a dead member cannot turn the loop into a busy spin. */
const FAILURE_PAUSE_MS = 100;
/** Latencies kept per run for the percentiles: minutes of a few thousand requests per second. */
const LATENCIES_MAX = 1_000_000;

/**
 * The content of block `block` of page `page`, the same whoever writes it: an 8-byte
 * header naming the block, then a fill byte that varies with both. Clients write the
 * same bytes the pre-write did, so every read can be checked whoever wrote last.
 */
export function blockContent(page: number, block: number): Buffer {
  const bytes = Buffer.alloc(BLOCK_BYTES, (page * 7 + block * 13 + 1) & 0xff);
  bytes.writeUInt32BE(page, 0);
  bytes.writeUInt32BE(block, 4);
  return bytes;
}

/** What one client should do. */
export interface ClientPlan {
  /** The base URL of the member it starts on (its only configured address). */
  startUrl: string;
  /** The pages it reads and writes (random blocks of them). */
  pages: readonly number[];
  /** Whether it sends requests at `elapsedMs` into the run; always, when absent. */
  busy?: (elapsedMs: number) => boolean;
}

/** A change of the member a client talks to, as the client saw it. */
export interface ClientMove {
  /** Milliseconds since the load started. */
  tMs: number;
  from: string;
  to: string;
}

/** What the load did, per client and per time bucket. */
export interface LoadOutcome {
  seconds: number;
  /** Requests answered, per BUCKET_MS bucket. */
  ops: number[];
  /** Bytes of answered requests whose page the serving member does not own, and all bytes, per bucket. */
  forwardedBytes: number[];
  bytes: number[];
  clients: Array<{ start: string; ops: number; moves: ClientMove[] }>;
  /** Latency of answered requests as the client saw it (retries and redirects included), ms. */
  p50Ms: number;
  p99Ms: number;
  failures: number;
  failureExamples: string[];
  readsChecked: number;
  readsFullyChecked: number;
  /** SDK retries (RETRY_CHANNEL) and member changes by reason (MEMBER_CHANGE_CHANNEL) during the run. */
  retries: number;
  memberChanges: Record<string, number>;
}

/** Counters shared by every client of one run. */
class Tally {
  failures = 0;
  readonly examples: string[] = [];
  readsChecked = 0;
  readsFullyChecked = 0;
  readonly ops: number[];
  readonly forwardedBytes: number[];
  readonly bytes: number[];
  readonly latenciesMs: number[] = [];

  constructor(buckets: number) {
    this.ops = new Array<number>(buckets).fill(0);
    this.forwardedBytes = new Array<number>(buckets).fill(0);
    this.bytes = new Array<number>(buckets).fill(0);
  }

  fail(what: string): void {
    this.failures += 1;
    if (this.examples.length < FAILURE_EXAMPLES_MAX) this.examples.push(what);
  }

  /** One answered request at `elapsedMs`; requests answered after the last bucket (a late answer) count in it. */
  answered(elapsedMs: number, latencyMs: number, forwarded: boolean): void {
    if (this.latenciesMs.length < LATENCIES_MAX) this.latenciesMs.push(latencyMs);
    const i = Math.min(this.ops.length - 1, Math.floor(elapsedMs / BUCKET_MS));
    this.ops[i]! += 1;
    this.bytes[i]! += BLOCK_BYTES;
    if (forwarded) this.forwardedBytes[i]! += BLOCK_BYTES;
  }
}

/** Where the run stands: the shared clock, the deadline and what the clients need to know of the group. */
interface RunContext {
  startedMs: number;
  deadlineMs: number;
  volume: string;
  /** Owner of each page of the volume. */
  owners: readonly string[];
  pageBytes: number;
  writeEvery: number;
  tally: Tally;
}

/** One closed-loop client. */
class BenchClient {
  readonly sdk: ShoalClient;
  private readonly volume: ShoalVolume;
  readonly moves: ClientMove[] = [];
  ops = 0;
  private member: string;

  constructor(
    readonly plan: ClientPlan,
    private readonly run: RunContext,
  ) {
    // One request at a time, so one connection: a connection the balancer moves is this client.
    this.sdk = new ShoalClient({ members: [plan.startUrl], concurrency: 1 });
    this.volume = this.sdk.volume(run.volume);
    this.member = plan.startUrl;
  }

  /** Requests back to back until the deadline (idle while `plan.busy` says so). */
  async loop(): Promise<void> {
    const run = this.run;
    while (performance.now() < run.deadlineMs) {
      const elapsedMs = performance.now() - run.startedMs;
      if (this.plan.busy !== undefined && !this.plan.busy(elapsedMs)) {
        await sleep(Math.min(IDLE_POLL_MS, run.deadlineMs - performance.now()));
        continue;
      }
      const ok = await this.request();
      this.noteMember();
      if (!ok) await sleep(FAILURE_PAUSE_MS);
    }
  }

  /** One read or write of a random block of the client's pages; false when it failed. */
  private async request(): Promise<boolean> {
    const run = this.run;
    const page = this.plan.pages[Math.floor(Math.random() * this.plan.pages.length)]!;
    const block = Math.floor(Math.random() * (run.pageBytes / BLOCK_BYTES));
    const offset = page * run.pageBytes + block * BLOCK_BYTES;
    const write = this.ops % run.writeEvery === run.writeEvery - 1;
    const what = `${write ? 'write' : 'read'} page ${page} block ${block} via ${this.sdk.currentMember()}`;
    const sentMs = performance.now();
    try {
      if (write) await this.volume.write(offset, blockContent(page, block));
      else {
        const wrong = this.check(await this.volume.read(offset, BLOCK_BYTES), page, block);
        if (wrong !== null) {
          run.tally.fail(`${what}: ${wrong}`);
          return false;
        }
      }
    } catch (err) {
      run.tally.fail(`${what}: ${err instanceof Error ? err.message : String(err)}`);
      return false;
    }
    this.ops += 1;
    const nowMs = performance.now();
    run.tally.answered(nowMs - run.startedMs, nowMs - sentMs, this.sdk.lastMemberId() !== run.owners[page]);
    return true;
  }

  /** What is wrong with a read's bytes, or null. */
  private check(bytes: Uint8Array, page: number, block: number): string | null {
    const tally = this.run.tally;
    const got = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (got.byteLength !== BLOCK_BYTES) return `${got.byteLength} bytes, expected ${BLOCK_BYTES}`;
    tally.readsChecked += 1;
    if (got.readUInt32BE(0) !== page || got.readUInt32BE(4) !== block) {
      return `holds page ${got.readUInt32BE(0)} block ${got.readUInt32BE(4)}`;
    }
    if (tally.readsChecked % FULL_CHECK_EVERY !== 0) return null;
    tally.readsFullyChecked += 1;
    return got.equals(blockContent(page, block)) ? null : 'header right but content differs';
  }

  /** Records a move when the member the next request goes to is not the one the last went to. */
  private noteMember(): void {
    const now = this.sdk.currentMember();
    if (now === this.member) return;
    if (this.moves.length < MOVES_RECORDED_MAX) this.moves.push({ tMs: performance.now() - this.run.startedMs, from: this.member, to: now });
    this.member = now;
  }
}

/** Counts what the SDK publishes while the run lasts. */
function subscribeDiagnostics(): { retries: () => number; changes: Record<string, number>; unsubscribe: () => void } {
  let retries = 0;
  const changes: Record<string, number> = {};
  const onRetry = (): void => {
    retries += 1;
  };
  const onChange = (message: unknown): void => {
    const reason = String((message as { reason?: unknown }).reason);
    changes[reason] = (changes[reason] ?? 0) + 1;
  };
  diagnosticsChannel.subscribe(RETRY_CHANNEL, onRetry);
  diagnosticsChannel.subscribe(MEMBER_CHANGE_CHANNEL, onChange);
  return {
    retries: () => retries,
    changes,
    unsubscribe: () => {
      diagnosticsChannel.unsubscribe(RETRY_CHANNEL, onRetry);
      diagnosticsChannel.unsubscribe(MEMBER_CHANGE_CHANNEL, onChange);
    },
  };
}

/**
 * Runs `plans` as closed-loop clients for `seconds` on `volume` from `startedMs`
 * (performance.now ms, the clock the caller's sampler shares) and reports what they did.
 */
export async function runClients(options: {
  plans: readonly ClientPlan[];
  startedMs: number;
  seconds: number;
  volume: string;
  owners: readonly string[];
  pageBytes: number;
  writeEvery: number;
}): Promise<LoadOutcome> {
  const startedMs = options.startedMs;
  const tally = new Tally(Math.ceil((options.seconds * 1000) / BUCKET_MS));
  const run: RunContext = {
    startedMs,
    deadlineMs: startedMs + options.seconds * 1000,
    volume: options.volume,
    owners: options.owners,
    pageBytes: options.pageBytes,
    writeEvery: options.writeEvery,
    tally,
  };
  const clients = options.plans.map((plan) => new BenchClient(plan, run));
  const diagnostics = subscribeDiagnostics();
  try {
    await Promise.all(clients.map((c) => c.loop()));
  } finally {
    diagnostics.unsubscribe();
    await Promise.all(clients.map((c) => c.sdk.close()));
  }
  const sorted = tally.latenciesMs.sort((a, b) => a - b);
  return {
    seconds: (performance.now() - startedMs) / 1000,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    ops: tally.ops,
    forwardedBytes: tally.forwardedBytes,
    bytes: tally.bytes,
    clients: clients.map((c) => ({ start: c.plan.startUrl, ops: c.ops, moves: c.moves })),
    failures: tally.failures,
    failureExamples: tally.examples,
    readsChecked: tally.readsChecked,
    readsFullyChecked: tally.readsFullyChecked,
    retries: diagnostics.retries(),
    memberChanges: { ...diagnostics.changes },
  };
}
