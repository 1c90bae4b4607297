/**
 * The data-path SDK: reads and writes of volume bytes over the members' HTTP data
 * API (DESIGN.md, "Data API"). One member at a time serves the client; redirects
 * move it, lost connections fail over to the next address, and idempotent requests
 * (all of them: a read, or a write of bytes at an offset) are retried within a
 * bounded, jittered backoff.
 */
import diagnosticsChannel from 'node:diagnostics_channel';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Dispatcher, Pool } from 'undici';
import { normalizeEndpoint } from './admin-client.js';
import { ShoalDataError, ShoalUnavailableError, dataCodeFromStatus, invalidArgument } from './data-errors.js';
import {
  DATA_CONNECT_TIMEOUT_MS,
  DATA_KEEP_ALIVE_MS,
  DATA_READ_BYTES_MAX,
  DATA_REQUEST_BYTES_MAX,
  DATA_REQUEST_BYTES_OPTION_MAX,
  DATA_REQUEST_TIMEOUT_MS,
  ERROR_BODY_BYTES_MAX,
  MEMBERS_MAX,
  REDIRECTS_MAX,
  TRANSFER_CONCURRENCY,
  TRANSFER_CONCURRENCY_MAX,
  VOLUME_NAME_LENGTH_MAX,
} from './data-limits.js';
import { isConnectCode } from './errors.js';
import { MemberRing, type MemberPool } from './member-ring.js';
import { type RetryPolicy, isConnectionLoss, neverConnected, parseRetryAfterMs, retryDelayMs, retryPolicyFrom } from './retry.js';
import { type ByteRange, requestRanges, runBounded } from './transfer.js';

/** Published before every retry: `{ member, attempt, delayMs, code, status }`. */
export const RETRY_CHANNEL = 'shoal:client:retry';
const retryChannel = diagnosticsChannel.channel(RETRY_CHANNEL);

/** The longest per-request timeout a caller may set: 10 minutes. */
const TIMEOUT_OPTION_MAX_MS = 600_000;

/** How to reach a group's data API. */
export interface ShoalClientOptions {
  /**
   * Members' client addresses, `host:port` (http assumed) or base URLs like
   * `http://127.0.0.1:7001`. The client starts with the first and fails over in order.
   */
  members: readonly string[];
  /** Sent as `Authorization: Bearer <token>` when set. */
  token?: string | null;
  /** Deadline of each request, for its headers and between body chunks (DATA_REQUEST_TIMEOUT_MS by default). */
  timeoutMs?: number;
  /** Retry bounds; unset fields take DEFAULT_RETRY_POLICY's. */
  retry?: Partial<RetryPolicy>;
  /** The largest request (PUT body or GET length) to send; must not exceed the members' limit (8 MiB by default). */
  maxRequestBytes?: number;
  /** Requests of one read or write in flight at once (TRANSFER_CONCURRENCY by default). */
  concurrency?: number;
}

/** Per-call options of a read or write. */
export interface TransferOptions {
  /** Called after each request of the transfer completes, with the bytes done so far. */
  onProgress?: (doneBytes: number, totalBytes: number) => void;
  /** Aborts the transfer; it then fails with code `canceled`. */
  signal?: AbortSignal;
}

/** One request to send: the bytes to PUT, or where the bytes of a GET go. */
interface DataRequest {
  method: 'GET' | 'PUT';
  path: string;
  body: Uint8Array | null;
  into: Uint8Array | null;
}

/** The client's reads and writes as a ShoalVolume calls them. */
interface VolumeIo {
  read(name: string, offset: number, length: number, options: TransferOptions): Promise<Uint8Array>;
  write(name: string, offset: number, bytes: Uint8Array, options: TransferOptions): Promise<void>;
}

/** One volume of the group; obtained from `ShoalClient.volume(name)`. */
export class ShoalVolume {
  /** @internal Use `ShoalClient.volume(name)`. */
  constructor(
    readonly name: string,
    private readonly io: VolumeIo,
  ) {}

  /**
   * The `length` bytes at `offset` (never-written bytes read as zeros). A read
   * larger than the request limit is split into aligned requests sent a few at a
   * time and assembled in order.
   */
  async read(offset: number, length: number, options: TransferOptions = {}): Promise<Uint8Array> {
    checkByteCount('offset', offset);
    checkByteCount('length', length);
    if (length > DATA_READ_BYTES_MAX) throw invalidArgument(`length must be at most ${DATA_READ_BYTES_MAX} bytes; read in pieces`);
    checkEnd(offset, length);
    return this.io.read(this.name, offset, length, options);
  }

  /**
   * Writes `bytes` at `offset`; resolves once they are durable. A write larger than
   * the request limit is split; if it fails, some of its requests may have been
   * applied (each one entirely or not at all), and writing again is safe.
   */
  async write(offset: number, bytes: Uint8Array, options: TransferOptions = {}): Promise<void> {
    checkByteCount('offset', offset);
    if (!(bytes instanceof Uint8Array)) throw invalidArgument(`bytes must be a Uint8Array (or Buffer), got ${describeType(bytes)}`);
    checkEnd(offset, bytes.length);
    return this.io.write(this.name, offset, bytes, options);
  }
}

/**
 * A client of a group's data API: `volume(name).read/write`. It keeps keep-alive
 * connections to one member at a time; every failure is a ShoalDataError with a
 * stable code (ShoalUnavailableError once retries are exhausted).
 */
export class ShoalClient {
  private readonly ring: MemberRing;
  private readonly token: string | null;
  private readonly timeoutMs: number;
  private readonly retry: RetryPolicy;
  /** Lowered, once, to a member's own limit when it refuses a request as too large. */
  private maxRequestBytes: number;
  private readonly concurrency: number;
  /** The transfers in progress, each with the controller that stops its requests and retries. */
  private readonly transfers = new Set<AbortController>();
  private closed = false;
  private lastMember: string | null = null;

  constructor(options: ShoalClientOptions) {
    const members = normalizeMembers(options?.members);
    if (options.token !== undefined && options.token !== null && typeof options.token !== 'string') {
      throw invalidArgument('token must be a string');
    }
    this.token = options.token || null;
    this.timeoutMs = integerOption('timeoutMs', options.timeoutMs, DATA_REQUEST_TIMEOUT_MS, 1, TIMEOUT_OPTION_MAX_MS);
    this.retry = retryPolicyFrom(options.retry);
    this.maxRequestBytes = integerOption('maxRequestBytes', options.maxRequestBytes, DATA_REQUEST_BYTES_MAX, 1, DATA_REQUEST_BYTES_OPTION_MAX);
    this.concurrency = integerOption('concurrency', options.concurrency, TRANSFER_CONCURRENCY, 1, TRANSFER_CONCURRENCY_MAX);
    this.ring = new MemberRing(members, (member) => this.openPool(member));
  }

  /** The volume called `name` (not checked with the group until it is read or written). */
  volume(name: string): ShoalVolume {
    if (typeof name !== 'string' || name.length === 0) throw invalidArgument('volume name must be a non-empty string');
    if (name.length > VOLUME_NAME_LENGTH_MAX) throw invalidArgument(`volume name must be at most ${VOLUME_NAME_LENGTH_MAX} characters`);
    return new ShoalVolume(name, {
      read: (volume, offset, length, options) => this.read(volume, offset, length, options),
      write: (volume, offset, bytes, options) => this.write(volume, offset, bytes, options),
    });
  }

  /** The base URL of the member the next request goes to. */
  currentMember(): string {
    return this.ring.get().member;
  }

  /** The member id (`Shoal-Member`) of the latest answer, or null before any. */
  lastMemberId(): string | null {
    return this.lastMember;
  }

  /** The addresses the client fails over between: the ones given, then any learned from redirects. */
  knownMembers(): readonly string[] {
    return this.ring.known();
  }

  /** Stops: transfers in progress fail with `canceled`, and the connections close. */
  async close(): Promise<void> {
    this.closed = true;
    for (const transfer of this.transfers) transfer.abort();
    await this.ring.close();
  }

  private async read(name: string, offset: number, length: number, options: TransferOptions): Promise<Uint8Array> {
    const result = new Uint8Array(length);
    await this.transfer(offset, length, options, (range, signal) => {
      const into = result.subarray(range.offset - offset, range.offset - offset + range.length);
      return this.exchange({ method: 'GET', path: dataPath(name, range, true), body: null, into }, signal);
    });
    return result;
  }

  private async write(name: string, offset: number, bytes: Uint8Array, options: TransferOptions): Promise<void> {
    await this.transfer(offset, bytes.length, options, (range, signal) => {
      const body = bytes.subarray(range.offset - offset, range.offset - offset + range.length);
      return this.exchange({ method: 'PUT', path: dataPath(name, range, false), body, into: null }, signal);
    });
  }

  /** Sends the requests of one read or write, a few at a time; the first failure fails the transfer. */
  private async transfer(
    offset: number,
    length: number,
    options: TransferOptions,
    send: (range: ByteRange, signal: AbortSignal) => Promise<void>,
  ): Promise<void> {
    if (this.closed || options.signal?.aborted) throw this.canceled(null);
    // One controller per transfer, aborted by close(), by the caller's signal, or by the first failure.
    const controller = new AbortController();
    const onAbort = (): void => controller.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    this.transfers.add(controller);
    try {
      await this.sendRanges(offset, length, options, controller, send);
    } catch (err) {
      // A member with a smaller limit than ours says so: split to its size and send the
      // whole transfer again (every request is idempotent). Once: the limit only shrinks.
      const limit = err instanceof ShoalDataError ? err.maxRequestBytes : null;
      // (The first failure aborted `controller` to stop the other requests; a new one carries on.)
      if (limit === null || limit >= this.maxRequestBytes || limit < 1 || this.closed || options.signal?.aborted) throw err;
      this.maxRequestBytes = limit;
      this.transfers.delete(controller);
      const again = new AbortController();
      const onAbortAgain = (): void => again.abort();
      options.signal?.addEventListener('abort', onAbortAgain, { once: true });
      this.transfers.add(again);
      try {
        await this.sendRanges(offset, length, options, again, send);
      } finally {
        this.transfers.delete(again);
        options.signal?.removeEventListener('abort', onAbortAgain);
      }
    } finally {
      this.transfers.delete(controller);
      options.signal?.removeEventListener('abort', onAbort);
    }
  }

  private async sendRanges(
    offset: number,
    length: number,
    options: TransferOptions,
    controller: AbortController,
    send: (range: ByteRange, signal: AbortSignal) => Promise<void>,
  ): Promise<void> {
    let doneBytes = 0;
    await runBounded(requestRanges(offset, length, this.maxRequestBytes), this.concurrency, controller, async (range) => {
      await send(range, controller.signal);
      doneBytes += range.length;
      options.onProgress?.(doneBytes, length);
    });
  }

  /** One request, retried while it fails retryably and the policy allows. */
  private async exchange(request: DataRequest, signal: AbortSignal): Promise<void> {
    const startedMs = performance.now();
    for (let attempt = 1; ; attempt++) {
      let error: ShoalDataError;
      try {
        return await this.followRedirects(request, signal);
      } catch (err) {
        if (!(err instanceof ShoalDataError)) throw err;
        error = err;
      }
      if (!error.retryable || signal.aborted) throw error;
      if (error.connectionLost && error.member !== null) this.ring.moveAwayFrom(error.member);
      if (request.method === 'PUT' && mayHaveApplied(error)) throw outcomeUnknown(error);
      const delayMs = retryDelayMs(attempt, this.retry, error.retryAfterMs, Math.random());
      const elapsedMs = performance.now() - startedMs;
      if (attempt >= this.retry.attemptsMax || elapsedMs + delayMs > this.retry.budgetMs) {
        const reason = `gave up after ${attempt} attempt(s) in ${Math.round(elapsedMs)} ms: ${error.message}`;
        throw new ShoalUnavailableError(reason, attempt, elapsedMs, error);
      }
      if (retryChannel.hasSubscribers) {
        retryChannel.publish({ member: error.member, attempt, delayMs, code: error.code, status: error.status });
      }
      try {
        await sleep(delayMs, undefined, { signal });
      } catch {
        throw this.canceled(error.member);
      }
    }
  }

  /** Sends a request to the current member, following up to REDIRECTS_MAX 307s; Shoal-Redirect moves the client. */
  private async followRedirects(request: DataRequest, signal: AbortSignal): Promise<void> {
    let path = request.path;
    for (let hops = 0; ; hops++) {
      if (signal.aborted) throw this.canceled(null);
      // Dispatch on the pool read here, with no await in between: the ring may retire it later.
      const { member, pool, movedFrom } = this.ring.get();
      const response = await this.dispatch(pool, member, path, request, signal, movedFrom);
      this.lastMember = header(response.headers, 'shoal-member') ?? this.lastMember;
      const redirect = redirectTarget(header(response.headers, 'shoal-redirect'));
      const status = response.statusCode;
      if (status !== 307 && status !== 308) {
        if (redirect !== null) this.ring.switchTo(redirect, 'redirect', movedConnection(header(response.headers, 'shoal-moved-connection')));
        return this.settle(response, member, request, signal);
      }
      await response.body.dump({ limit: ERROR_BODY_BYTES_MAX }).catch(() => undefined);
      if (hops >= REDIRECTS_MAX) {
        throw new ShoalDataError('unavailable', `${member}: more than ${REDIRECTS_MAX} redirects for one request`, { status, member });
      }
      const location = locationOf(header(response.headers, 'location'), member, status);
      this.ring.switchTo(redirect ?? location.origin, 'redirect');
      path = `${location.pathname}${location.search}`;
    }
  }

  private async dispatch(
    pool: MemberPool,
    member: string,
    path: string,
    request: DataRequest,
    signal: AbortSignal,
    movedFrom: string | null,
  ): Promise<Dispatcher.ResponseData> {
    const headers: Record<string, string> = {};
    if (this.token !== null) headers.authorization = `Bearer ${this.token}`;
    if (movedFrom !== null) headers['shoal-moved-from'] = movedFrom;
    if (request.body !== null) headers['content-type'] = 'application/octet-stream';
    try {
      return await pool.request({
        path,
        method: request.method,
        headers,
        body: request.body,
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
        signal,
      });
    } catch (err) {
      throw this.transportError(err, member, signal);
    }
  }

  /** Consumes an answer: a read's bytes into place, a write's acknowledgement, or an error. */
  private async settle(response: Dispatcher.ResponseData, member: string, request: DataRequest, signal: AbortSignal): Promise<void> {
    const { statusCode: status, headers, body } = response;
    try {
      if (status < 200 || status > 299) throw await errorFromAnswer(status, headers, body, member);
      if (request.into === null) {
        await body.dump({ limit: ERROR_BODY_BYTES_MAX });
        return;
      }
      if (status !== 200) {
        body.destroy();
        throw new ShoalDataError('internal', `${member} answered a read with HTTP ${status} instead of 200`, { status, member });
      }
      await readExact(body, header(headers, 'content-length'), request.into, member);
    } catch (err) {
      if (err instanceof ShoalDataError) throw err;
      throw this.transportError(err, member, signal);
    }
  }

  /** A failure below HTTP: cancellation, a lost connection (retryable), or anything else (not). */
  private transportError(err: unknown, member: string, signal: AbortSignal): ShoalDataError {
    if (signal.aborted) return this.canceled(member);
    const code = (err as { code?: unknown })?.code;
    const reason = (err instanceof Error && err.message) || (typeof code === 'string' ? code : String(err));
    if (isConnectionLoss(err)) {
      const what = code === 'UND_ERR_HEADERS_TIMEOUT' ? `no answer within ${this.timeoutMs} ms` : reason;
      return new ShoalDataError('unavailable', `lost the connection to ${member}: ${what}`, { member, retryable: true, cause: err });
    }
    return new ShoalDataError('unknown', `request to ${member} failed: ${reason}`, { member, cause: err });
  }

  private canceled(member: string | null): ShoalDataError {
    const why = this.closed ? 'the client was closed' : 'the transfer was aborted';
    return new ShoalDataError('canceled', why, { member });
  }

  private openPool(member: string): Pool {
    return new Pool(member, {
      connections: this.concurrency,
      keepAliveTimeout: DATA_KEEP_ALIVE_MS,
      connect: { timeout: DATA_CONNECT_TIMEOUT_MS },
    });
  }
}

/** The given addresses as base URLs, in order, without repeats. */
function normalizeMembers(members: unknown): string[] {
  if (!Array.isArray(members) || members.length === 0) throw invalidArgument('members must be a non-empty array of addresses');
  if (members.length > MEMBERS_MAX) throw invalidArgument(`members must list at most ${MEMBERS_MAX} addresses`);
  const normalized = members.map((member: unknown, i) => {
    if (typeof member !== 'string') throw invalidArgument(`members[${i}] must be a string like 127.0.0.1:7001`);
    try {
      return normalizeEndpoint(member);
    } catch (err) {
      throw invalidArgument(`members[${i}]: ${(err as Error).message}`);
    }
  });
  return [...new Set(normalized)];
}

function integerOption(name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw invalidArgument(`${name} must be an integer from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

function checkByteCount(name: 'offset' | 'length', value: unknown): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalidArgument(`${name} must be a non-negative integer, got ${typeof value === 'number' ? value : describeType(value)}`);
  }
}

function checkEnd(offset: number, length: number): void {
  if (offset + length > Number.MAX_SAFE_INTEGER) throw invalidArgument(`offset + length must be at most ${Number.MAX_SAFE_INTEGER}`);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return value.constructor?.name ?? 'object';
  return typeof value;
}

/** `/v1/volumes/{name}/data?offset=O[&length=L]`. */
function dataPath(name: string, range: ByteRange, withLength: boolean): string {
  const base = `/v1/volumes/${encodeURIComponent(name)}/data?offset=${range.offset}`;
  return withLength ? `${base}&length=${range.length}` : base;
}

function header(headers: Dispatcher.ResponseData['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A connection id like n1-7 (the member's check of Shoal-Moved-From). */
const CONNECTION_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,31}-\d{1,15}$/;

/** The Shoal-Moved-Connection of a redirect, if it is a connection id; anything else is ignored (the redirect still holds). */
function movedConnection(value: string | undefined): string | null {
  return value !== undefined && CONNECTION_ID_PATTERN.test(value) ? value : null;
}

/** A Shoal-Redirect value as a base URL; a malformed one is ignored (the answer itself is still good). */
function redirectTarget(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  try {
    return normalizeEndpoint(value);
  } catch {
    return null;
  }
}

/** A 307's Location, resolved against the member that sent it; it must be http(s). */
function locationOf(value: string | undefined, member: string, status: number): URL {
  let url: URL | null;
  try {
    url = value === undefined ? null : new URL(value, member);
  } catch {
    url = null;
  }
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new ShoalDataError('internal', `${member} redirected (HTTP ${status}) to an unusable Location "${value ?? ''}"`, { status, member });
  }
  return url;
}

/** Reads exactly `into.length` bytes into `into`; a body that announces or sends more (or fewer) is refused. */
async function readExact(body: Dispatcher.ResponseData['body'], declared: string | undefined, into: Uint8Array, member: string): Promise<void> {
  const expected = into.length;
  if (declared !== undefined && Number(declared) !== expected) {
    body.destroy();
    throw new ShoalDataError('internal', `${member} announced ${declared} bytes for a read of ${expected}`, { status: 200, member });
  }
  let received = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    if (chunk.length > expected - received) {
      body.destroy();
      throw new ShoalDataError('internal', `${member} sent more than the ${expected} bytes asked for; aborted`, { status: 200, member });
    }
    into.set(chunk, received);
    received += chunk.length;
  }
  if (received !== expected) {
    throw new ShoalDataError('internal', `${member} sent ${received} of the ${expected} bytes asked for`, { status: 200, member });
  }
}

/**
 * Whether a failed write may have been applied: an owner did not answer (504), or
 * the connection was lost after it was made. Sending it again is not safe then: if
 * it did land and another client wrote the same bytes since, the resend would
 * overwrite the newer write (the chaos checker found exactly that).
 */
function mayHaveApplied(error: ShoalDataError): boolean {
  return error.status === 504 || (error.connectionLost && !neverConnected(error.cause));
}

/** `error` as the final answer to a write whose outcome is unknown. */
function outcomeUnknown(error: ShoalDataError): ShoalDataError {
  const message = `${error.message}; the write may or may not have been applied (not sent again: read back to find out)`;
  return new ShoalDataError(error.code, message, { status: error.status, member: error.member, retryable: false, outcomeUnknown: true, cause: error });
}

/**
 * An error answer as a ShoalDataError: its JSON `{code, message}`, or a code inferred
 * from the status. 503 (nothing was done) and 504 (an owner did not answer; the
 * outcome is unknown) are retryable — a 504 only for reads (see mayHaveApplied).
 */
async function errorFromAnswer(
  status: number,
  headers: Dispatcher.ResponseData['headers'],
  body: Dispatcher.ResponseData['body'],
  member: string,
): Promise<ShoalDataError> {
  const retryable = status === 503 || status === 504;
  const retryAfterMs = status === 503 ? parseRetryAfterMs(header(headers, 'retry-after'), Date.now()) : null;
  const limit = Number(header(headers, 'shoal-max-request-bytes') ?? NaN);
  const details = { status, member, retryable, retryAfterMs, maxRequestBytes: Number.isSafeInteger(limit) && limit > 0 ? limit : null };
  const text = await readText(body, ERROR_BODY_BYTES_MAX);
  if (text !== null) {
    try {
      const parsed = JSON.parse(text) as { code?: unknown; message?: unknown };
      if (isConnectCode(parsed.code)) {
        return new ShoalDataError(parsed.code, typeof parsed.message === 'string' ? parsed.message : parsed.code, details);
      }
    } catch {
      // Not JSON: fall through to a code inferred from the HTTP status.
    }
  }
  const tail = text === null ? ` with an error body over ${ERROR_BODY_BYTES_MAX} bytes (discarded)` : ' without a JSON error body';
  return new ShoalDataError(dataCodeFromStatus(status), `${member} answered HTTP ${status}${tail}`, details);
}

/** A whole body as text, or null (and the body destroyed) once it passes `maxBytes`. */
async function readText(body: Dispatcher.ResponseData['body'], maxBytes: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      body.destroy();
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
