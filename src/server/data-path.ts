/**
 * The request handler: serves a read or write of a volume range by cutting it at
 * page boundaries (src/cluster/routing.ts), doing the pages this member owns on its
 * own block store and sending the others to their owners over the peer link, then
 * assembling the answer in order. It is also the owner's side of that exchange
 * (servePeer). Pages are not replicated, so the owner alone holds a page's bytes:
 * an owner that cannot be reached fails the request with `unavailable`, and the
 * caller may retry (a write of bytes at an offset is idempotent).
 */
import { type PageSegment, type Volume, routeRange } from '../cluster/index.js';
import type { PageRequest } from '../transport/index.js';
import type { RaftDriver } from './driver.js';
import { ShoalError, notFound, unavailable } from './errors.js';
import type { IoLimiter } from './io-limiter.js';
import { OWNER_APPLY_WAIT_MS } from './limits.js';
import { waitFor } from './wait-for.js';

/** What one request tells its connection's account: the load monitor's inputs. */
export interface RequestAccount {
  /** `bytes` of the request land on pages of `owner` (the connection's locality). */
  landed(owner: string, bytes: number): void;
  /**
   * The request waited `ms` for IO capacity (`--io-capacity`) before its last page
   * could go: its pages wait at once, so the longest wait. Told only when it waited.
   */
  waitedForIo(ms: number): void;
}

/** The longest IO-capacity wait among one request's pages so far. */
interface IoWait {
  startedMs: number;
  longestMs: number;
}

/** The block store as the data path uses it. */
export interface PageStore {
  readPage(volumeId: number, page: number, pageSizeBytes: number, offsetInPage: number, length: number): Promise<Buffer>;
  writePage(volumeId: number, page: number, pageSizeBytes: number, offsetInPage: number, data: Uint8Array): Promise<void>;
}

/** The peer link as the data path uses it. */
export interface PagePeers {
  requestPage(peer: string, request: PageRequest): Promise<Uint8Array>;
}

/** Counts what the data path did, for metrics. */
export interface DataPathObserver {
  segment(kind: 'read' | 'write', where: 'local' | 'forwarded', bytes: number): void;
}

export interface DataPathOptions {
  memberId: string;
  driver: RaftDriver;
  store: PageStore;
  peers: PagePeers;
  observer?: DataPathObserver;
  /**
   * `--io-capacity`: every page operation the request handler carries out for this
   * member's own clients — on its block store or forwarded — takes a token first.
   * Page requests served for peers take none: they are the forwarding member's
   * work, as in the efficiency function's model. None: unlimited.
   */
  ioLimiter?: IoLimiter;
}

/** Error codes of the block store and the peer link that mean "try again", not "you asked wrongly". */
const RETRYABLE_LOCAL_CODES = new Set(['BLOCK_STORE_BUSY', 'BLOCK_STORE_CLOSED', 'BLOCK_STORE_WRITE_FAILED']);

/** See the module comment. */
export class DataPath {
  constructor(private readonly options: DataPathOptions) {}

  /**
   * The volume named `name`. A name this member has not applied yet may have been
   * created a moment ago through another member: before answering "not found" it
   * confirms with the leader (ReadIndex) and waits to apply that far.
   */
  async volume(name: string): Promise<Volume> {
    const known = this.options.driver.state.volumes.get(name);
    if (known) return known;
    await this.options.driver.readIndex();
    const volume = this.options.driver.state.volumes.get(name);
    if (!volume) throw notFound(`volume "${name}" does not exist`);
    return volume;
  }

  /**
   * Reads [offset, offset + length) of `volume`; the range is already validated.
   * `account` hears where its bytes land and how long it waited for IO capacity.
   */
  async read(volume: Volume, offset: number, length: number, account?: RequestAccount): Promise<Buffer> {
    const segments = routeRange(volume, offset, length);
    if (account) for (const s of segments) account.landed(s.owner, s.length);
    const wait = this.startIoWait();
    try {
      // The common case, a request within one page, needs no assembly buffer.
      if (segments.length === 1) return checkedLength(await this.readSegment(volume, segments[0]!, wait), segments[0]!);
      const result = Buffer.allocUnsafe(length);
      await Promise.all(
        segments.map(async (s) => {
          result.set(checkedLength(await this.readSegment(volume, s, wait), s), s.bufferOffset);
        }),
      );
      return result;
    } finally {
      if (account && wait.longestMs > 0) account.waitedForIo(wait.longestMs);
    }
  }

  /**
   * Writes `data` at `offset` of `volume`; resolves once every page's part is durable
   * on its owner. If any part fails the write fails (other parts may have landed;
   * writing the same bytes again is safe).
   */
  async write(volume: Volume, offset: number, data: Buffer, account?: RequestAccount): Promise<void> {
    const segments = routeRange(volume, offset, data.byteLength);
    if (account) for (const s of segments) account.landed(s.owner, s.length);
    const wait = this.startIoWait();
    const outcomes = await Promise.allSettled(segments.map((s) => this.writeSegment(volume, s, data.subarray(s.bufferOffset, s.bufferOffset + s.length), wait)));
    if (account && wait.longestMs > 0) account.waitedForIo(wait.longestMs);
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed) throw failed.reason;
  }

  /** The owner's side: a page request from `from`, served from this member's block store. */
  async servePeer(from: string, request: PageRequest): Promise<Uint8Array> {
    const driver = this.options.driver;
    if (driver.state.appliedIndex < request.minAppliedIndex) {
      const caughtUp = await waitFor(() => driver.state.appliedIndex >= request.minAppliedIndex, OWNER_APPLY_WAIT_MS);
      if (!caughtUp) throw unavailable(`${this.options.memberId} has applied ${driver.state.appliedIndex} of the ${request.minAppliedIndex} entries ${from} routed by`);
    }
    const volume = driver.state.volumesById.get(request.volumeId);
    if (!volume) throw notFound(`volume ${request.volumeId} no longer exists`);
    if (request.page >= volume.pageMap.pageCount || request.offsetInPage + request.length > volume.pageSizeBytes) {
      throw new ShoalError('invalid_argument', `page ${request.page} bytes ${request.offsetInPage}+${request.length} are outside volume "${volume.name}"`);
    }
    const owner = volume.pageMap.owner(request.page);
    if (owner !== this.options.memberId) throw new ShoalError('failed_precondition', `page ${request.page} of "${volume.name}" is owned by ${owner}, not ${this.options.memberId}`);
    if (!request.write) return this.local(() => this.options.store.readPage(volume.id, request.page, volume.pageSizeBytes, request.offsetInPage, request.length));
    if (request.data.byteLength !== request.length) throw new ShoalError('invalid_argument', `write of ${request.data.byteLength} bytes says length ${request.length}`);
    await this.local(() => this.options.store.writePage(volume.id, request.page, volume.pageSizeBytes, request.offsetInPage, request.data));
    return new Uint8Array(0);
  }

  private async readSegment(volume: Volume, s: PageSegment, wait: IoWait): Promise<Uint8Array> {
    await this.acquireIo(wait);
    if (s.owner === this.options.memberId) {
      this.options.observer?.segment('read', 'local', s.length);
      return this.local(() => this.options.store.readPage(volume.id, s.page, volume.pageSizeBytes, s.offsetInPage, s.length));
    }
    this.options.observer?.segment('read', 'forwarded', s.length);
    return this.forward(volume, s, { write: false, data: new Uint8Array(0) });
  }

  private async writeSegment(volume: Volume, s: PageSegment, data: Uint8Array, wait: IoWait): Promise<void> {
    await this.acquireIo(wait);
    if (s.owner === this.options.memberId) {
      this.options.observer?.segment('write', 'local', s.length);
      await this.local(() => this.options.store.writePage(volume.id, s.page, volume.pageSizeBytes, s.offsetInPage, data));
      return;
    }
    this.options.observer?.segment('write', 'forwarded', s.length);
    await this.forward(volume, s, { write: true, data });
  }

  private async forward(volume: Volume, s: PageSegment, body: { write: boolean; data: Uint8Array }): Promise<Uint8Array> {
    const request: PageRequest = {
      volumeId: volume.id,
      page: s.page,
      offsetInPage: s.offsetInPage,
      length: s.length,
      minAppliedIndex: this.options.driver.state.appliedIndex,
      ...body,
    };
    try {
      return await this.options.peers.requestPage(s.owner, request);
    } catch (err) {
      throw peerFailure(volume, s, err);
    }
  }

  private startIoWait(): IoWait {
    return { startedMs: this.options.ioLimiter?.limited === true ? performance.now() : 0, longestMs: 0 };
  }

  /**
   * Waits for the IO limiter's token, noting in `wait` how long the request has
   * waited; its refusals (BLOCK_STORE_BUSY, BLOCK_STORE_CLOSED) become API errors.
   */
  private async acquireIo(wait: IoWait): Promise<void> {
    const limiter = this.options.ioLimiter;
    if (limiter === undefined) return;
    let queued: boolean;
    try {
      queued = await limiter.acquire();
    } catch (err) {
      throw storeFailure(this.options.memberId, err);
    }
    if (queued) wait.longestMs = Math.max(wait.longestMs, performance.now() - wait.startedMs);
  }

  /** Runs a block-store call, turning its operating errors into API errors. */
  private async local<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (err) {
      throw storeFailure(this.options.memberId, err);
    }
  }
}

/** The bytes of a segment as a Buffer, after checking the owner answered exactly its length. */
function checkedLength(bytes: Uint8Array, s: PageSegment): Buffer {
  if (bytes.byteLength !== s.length) throw new ShoalError('internal', `page ${s.page} answered ${bytes.byteLength} bytes, expected ${s.length}`);
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function codeOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function storeFailure(memberId: string, err: unknown): Error {
  const code = codeOf(err);
  const message = err instanceof Error ? err.message : String(err);
  if (RETRYABLE_LOCAL_CODES.has(code)) return unavailable(`${memberId}'s block store: ${message} (${code}); retry`, err);
  if (code === 'STORAGE_CORRUPT') return new ShoalError('data_loss', `${memberId}'s block store: ${message}`, { cause: err });
  return err instanceof Error ? err : new Error(message);
}

/**
 * Peer-link failures after which the owner may still carry the request out: it was
 * sent, and no answer came (in time). A write that ends so is "outcome unknown",
 * not "failed": the owner may apply it later. Every other local failure means the
 * request never left this member.
 */
const OUTCOME_UNKNOWN_CODES = new Set(['TRANSPORT_REQUEST_TIMEOUT', 'TRANSPORT_CONNECTION_LOST']);

/**
 * What the caller of the data API hears when the owner of a page could not do its
 * part: `unavailable` (503) when the request was not carried out — retry it —, and
 * `deadline_exceeded` (504) when it was sent and its outcome is unknown — a write
 * may yet be applied, so the caller must treat it as possibly done; writing the
 * same bytes again is safe.
 */
function peerFailure(volume: Volume, s: PageSegment, err: unknown): Error {
  const code = codeOf(err);
  const message = err instanceof Error ? err.message : String(err);
  const where = `page ${s.page} of "${volume.name}" (owner ${s.owner})`;
  const remote = (err as { remote?: unknown } | null)?.remote === true;
  if (remote && code === 'not_found') return notFound(`volume "${volume.name}" was deleted`);
  if (remote && isApiCode(code) && code !== 'unavailable') return new ShoalError(code, `${where}: ${message}`, { cause: err });
  if (!remote && OUTCOME_UNKNOWN_CODES.has(code)) {
    return new ShoalError('deadline_exceeded', `${where} did not answer (${code}): the outcome is unknown and a write may still be applied; sending the same request again is safe`, { cause: err });
  }
  return unavailable(`${where} cannot be reached right now: ${message}${code ? ` (${code})` : ''}; nothing was done there, retry`, err);
}

function isApiCode(code: string): code is ShoalError['code'] {
  return ['invalid_argument', 'failed_precondition', 'data_loss', 'internal', 'out_of_range'].includes(code);
}
