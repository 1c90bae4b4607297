/**
 * The chaos workload: clients that write and read 4 KiB blocks of one volume
 * (blocks on pages of every member), each write a value no other write has, and a
 * history of every operation — invocation and completion times, and the outcome:
 *
 * - `ok`: acknowledged (a write's 204) or answered (a read's bytes);
 * - `indeterminate`: the write may or may not have been applied — it timed out, its
 *   connection was lost, it got 504, or the SDK gave up after retries (one of them
 *   may have landed); such a read carries no information;
 * - `failed`: certainly not done — a raw request answered 503 (DESIGN.md: "nothing
 *   was done there"), 307 or a 4xx. Kept in the history, never given to the checker.
 *
 * Half the clients are the SDK (retries, redirects, moves), half raw HTTP over
 * undici, one request at a time, no retry: the data API's contract, as curl sees it.
 */
import { Agent, request } from 'undici';
import { ShoalClient } from '../../src/client/index.js';
import { neverConnected } from '../../src/client/retry.js';
import { SeededRandom } from '../../src/raft/random.js';

/** Bytes of a block: every write and read is one whole block. */
export const BLOCK_BYTES = 4096;
/** A raw request without an answer after this long is recorded as indeterminate. */
export const RAW_REQUEST_TIMEOUT_MS = 10_000;
/** The SDK's own budget per request (its retries included). */
export const SDK_TIMEOUT_MS = 10_000;
/** A client waits this long after an operation that did not succeed, so a dead member is not hammered. */
export const BACKOFF_AFTER_FAILURE_MS = 50;
/**
 * Operations recorded at most: a run that would record more stops its clients (the
 * checker's work and the history's memory grow with it; about 250 bytes each). A
 * 30-minute run records about 200,000; the report says when the cap was reached.
 */
export const HISTORY_OPERATIONS_MAX = 600_000;

export type Outcome = 'ok' | 'indeterminate' | 'failed';

/** One operation of the history; `value` is the written value or the value read ('' for a never-written block). */
export interface ChaosOperation {
  client: string;
  key: string;
  kind: 'read' | 'write';
  value: string;
  invokedAt: number;
  completedAt: number;
  outcome: Outcome;
  /** What happened, for the report: status or error code. */
  detail: string;
}

export interface WorkloadOptions {
  seed: number;
  volume: string;
  /** Byte offsets of the blocks used, one key each. */
  blockOffsets: readonly number[];
  /** Client URLs of the members. */
  endpoints: readonly string[];
  sdkClients: number;
  rawClients: number;
  /** The share of operations that are writes, 0..1. */
  writeShare: number;
  /** A clock in ms (performance.now by default): the history's times. */
  now?: () => number;
}

/** The value a write puts in a block: the text, then zeros. */
export function encodeValue(value: string): Uint8Array {
  const bytes = new Uint8Array(BLOCK_BYTES);
  bytes.set(Buffer.from(value, 'utf8'));
  return bytes;
}

/** The value a block holds: its text up to the first zero ('' for zeros: never written). */
export function decodeValue(bytes: Uint8Array): string {
  const end = bytes.indexOf(0);
  return Buffer.from(bytes.subarray(0, end === -1 ? bytes.length : end)).toString('utf8');
}

/** See the module comment. */
export class Workload {
  readonly history: ChaosOperation[] = [];
  private stopped = false;
  private readonly loops: Promise<void>[] = [];
  private readonly sdk: ShoalClient[] = [];
  private readonly agent = new Agent({ keepAliveTimeout: 4_000, connections: 1 });
  private readonly now: () => number;

  /** When the clients started, and when the first found the history full (null: it never was). */
  private startedAt = 0;
  private fullAt: number | null = null;

  constructor(private readonly options: WorkloadOptions) {
    this.now = options.now ?? (() => performance.now());
  }

  /** Seconds after the start at which the history reached HISTORY_OPERATIONS_MAX and the clients stopped; null if it never did. */
  fullAfterSeconds(): number | null {
    return this.fullAt === null ? null : (this.fullAt - this.startedAt) / 1000;
  }

  start(): void {
    const o = this.options;
    this.startedAt = this.now();
    for (let i = 0; i < o.sdkClients; i++) {
      const client = new ShoalClient({ members: [...rotate(o.endpoints, i)], timeoutMs: SDK_TIMEOUT_MS });
      this.sdk.push(client);
      this.loops.push(this.run(`sdk${i}`, o.seed * 1000 + i, (op) => this.sdkOperation(client, op)));
    }
    for (let i = 0; i < o.rawClients; i++) {
      const endpoints = rotate(o.endpoints, i + o.sdkClients);
      let current = endpoints[0]!;
      this.loops.push(
        this.run(`raw${i}`, o.seed * 1000 + 500 + i, async (op) => {
          const result = await this.rawOperation(current, op);
          // Where the member pointed (a placement or a move), else after trouble the next member.
          if (result.next !== null && endpoints.includes(result.next)) current = result.next;
          else if (result.moveOn) current = endpoints[(endpoints.indexOf(current) + 1) % endpoints.length]!;
          return result;
        }),
      );
    }
  }

  /** Stops the clients after their operations in flight; resolves when they have. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.loops);
    await Promise.all(this.sdk.map((c) => c.close()));
    await this.agent.close();
  }

  counts(): Record<Outcome, number> & { reads: number; writes: number } {
    const counts = { ok: 0, indeterminate: 0, failed: 0, reads: 0, writes: 0 };
    for (const op of this.history) {
      counts[op.outcome] += 1;
      counts[op.kind === 'read' ? 'reads' : 'writes'] += 1;
    }
    return counts;
  }

  /** Operations that were not ok, by outcome and cause ("failed 503", "indeterminate sdk deadline_exceeded"), most first. */
  causes(): Record<string, number> {
    const counts = new Map<string, number>();
    for (const op of this.history) {
      if (op.outcome === 'ok') continue;
      const cause = `${op.outcome} ${op.detail}`;
      counts.set(cause, (counts.get(cause) ?? 0) + 1);
    }
    return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
  }

  private async run(name: string, seed: number, perform: (op: PlannedOperation) => Promise<OperationResult>): Promise<void> {
    const random = new SeededRandom(seed);
    let sequence = 0;
    while (!this.stopped && this.history.length < HISTORY_OPERATIONS_MAX) {
      const key = this.options.blockOffsets[random.intn(this.options.blockOffsets.length)]!;
      const write = random.intn(1000) < this.options.writeShare * 1000;
      const op: PlannedOperation = { offset: key, write, value: write ? `${name}-${++sequence}` : '' };
      const invokedAt = this.now();
      const result = await perform(op);
      this.history.push({
        client: name,
        key: String(key),
        kind: write ? 'write' : 'read',
        value: write ? op.value : result.value,
        invokedAt,
        completedAt: this.now(),
        outcome: result.outcome,
        detail: result.detail,
      });
      if (result.outcome !== 'ok') await new Promise((resolve) => setTimeout(resolve, BACKOFF_AFTER_FAILURE_MS));
    }
    if (this.history.length >= HISTORY_OPERATIONS_MAX) this.fullAt ??= this.now();
  }

  private async sdkOperation(client: ShoalClient, op: PlannedOperation): Promise<OperationResult> {
    const volume = client.volume(this.options.volume);
    try {
      if (op.write) {
        await volume.write(op.offset, encodeValue(op.value));
        return { outcome: 'ok', value: op.value, detail: 'acknowledged', moveOn: false, next: null };
      }
      return { outcome: 'ok', value: decodeValue(await volume.read(op.offset, BLOCK_BYTES)), detail: 'read', moveOn: false, next: null };
    } catch (err) {
      const code = (err as { code?: string }).code ?? String(err);
      // The SDK resends a write only when nothing was done; any failure may follow an attempt that landed.
      return { outcome: 'indeterminate', value: '', detail: `sdk ${code}`, moveOn: false, next: null };
    }
  }

  private async rawOperation(endpoint: string, op: PlannedOperation): Promise<OperationResult> {
    const path = `/v1/volumes/${this.options.volume}/data?offset=${op.offset}${op.write ? '' : `&length=${BLOCK_BYTES}`}`;
    try {
      const response = await request(`${endpoint}${path}`, {
        method: op.write ? 'PUT' : 'GET',
        body: op.write ? encodeValue(op.value) : null,
        dispatcher: this.agent,
        headersTimeout: RAW_REQUEST_TIMEOUT_MS,
        bodyTimeout: RAW_REQUEST_TIMEOUT_MS,
      });
      const bytes = new Uint8Array(await response.body.arrayBuffer());
      const status = response.statusCode;
      const next = originOf(response.headers['shoal-redirect']);
      if (status === 204 && op.write) return { outcome: 'ok', value: op.value, detail: '204', moveOn: false, next };
      if (status === 200 && !op.write && bytes.length === BLOCK_BYTES) return { outcome: 'ok', value: decodeValue(bytes), detail: '200', moveOn: false, next };
      if (status === 504) return { outcome: 'indeterminate', value: '', detail: '504', moveOn: true, next };
      // 503 (nothing was done), 307 (placed elsewhere), 4xx: certainly not applied.
      return { outcome: 'failed', value: '', detail: String(status), moveOn: true, next };
    } catch (err) {
      const code = (err as { code?: string }).code ?? String(err);
      // A connection that was never made carried nothing: certainly not applied.
      return { outcome: neverConnected(err) ? 'failed' : 'indeterminate', value: '', detail: `raw ${code}`, moveOn: true, next: null };
    }
  }
}

interface PlannedOperation {
  offset: number;
  write: boolean;
  value: string;
}

interface OperationResult {
  outcome: Outcome;
  value: string;
  detail: string;
  /** The raw client should use another member next time. */
  moveOn: boolean;
  /** The member a redirect (Shoal-Redirect) named, as an origin; null if none. */
  next: string | null;
}

function originOf(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined) return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/** `list` starting at index `by` (mod its length). */
function rotate<T>(list: readonly T[], by: number): T[] {
  const k = by % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}
