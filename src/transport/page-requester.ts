/**
 * The requesting half of page requests on one connection (or, in memory, one
 * link): numbers each request, bounds what is outstanding (PAGE_REQUESTS_INFLIGHT_MAX
 * requests, PAGE_REQUEST_BYTES_INFLIGHT_MAX bytes), matches answers to requests by
 * id in any order, and settles every request exactly once — answered, timed out,
 * or failed with its connection.
 *
 * Timeouts: one timer per requester, not per request, armed for the earliest
 * deadline. With the usual single timeout, deadlines come in order and the timer
 * is re-armed only when it fires: a sweep of the (bounded) table expires what is
 * overdue and arms for the next deadline, if any request is left. Like a socket
 * waiting for an answer, the timer keeps the process alive only while requests are
 * outstanding (it is unref'd when the table empties, not cleared: clearing and
 * setting a timer per request is what it avoids), and it is cleared when the
 * connection ends.
 */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { PAGE_REQUEST_BYTES_INFLIGHT_MAX, PAGE_REQUESTS_INFLIGHT_MAX } from './constants.js';
import type { PageResponseFrame } from './envelope.js';
import { type PageRequestErrorCode, PeerRequestError } from './errors.js';
import { encodePageRequest } from './page-codec.js';
import type { PageRequest, TransportStats } from './transport.js';

/** Where a requester sends an encoded PageRequest payload; false when it could not be queued (nothing is kept). */
export type PagePayloadSink = (payload: Uint8Array) => boolean;

/** One outstanding request. A class, so every entry has the same shape. */
class Outstanding {
  constructor(
    readonly requestId: number,
    /** The answer's data length: a read's length, 0 for a write. */
    readonly answerBytes: number,
    /** What the request holds of the byte bound. */
    readonly costBytes: number,
    readonly timeoutMs: number,
    readonly deadlineMs: number,
    readonly resolve: (data: Uint8Array) => void,
    readonly reject: (error: PeerRequestError) => void,
  ) {}
}

/** A rejected promise with a local PeerRequestError, counted under its code. */
export function refusePageRequest(stats: TransportStats, code: PageRequestErrorCode, message: string): Promise<never> {
  stats.pageRequestErrors[code] += 1;
  return Promise.reject(new PeerRequestError(code, message, false));
}

/** See the module comment. */
export class PageRequester {
  private readonly outstanding = new Map<number, Outstanding>();
  private bytesOutstanding = 0;
  /** Ids are unique per connection direction; 2^53 will not be reached. */
  private nextId = 1;
  private timer: NodeJS.Timeout | null = null;
  /** When the armed timer fires (Infinity when none is armed). */
  private timerDueMs = Infinity;

  constructor(
    private readonly stats: TransportStats,
    private readonly send: PagePayloadSink,
  ) {}

  /** Requests outstanding. */
  get count(): number {
    return this.outstanding.size;
  }

  /** Bytes those requests hold of PAGE_REQUEST_BYTES_INFLIGHT_MAX. */
  get bytes(): number {
    return this.bytesOutstanding;
  }

  /**
   * Sends `request` (valid: see pageRequestProblem) and resolves with its answer's
   * data, a copy the caller owns. Rejects at once with TRANSPORT_PEER_BUSY when a
   * bound is reached or the payload cannot be queued.
   */
  request(request: PageRequest, timeoutMs: number): Promise<Uint8Array> {
    // A read holds the bytes its answer will bring; a write, its data (as long as `length`).
    const costBytes = request.length;
    if (this.outstanding.size >= PAGE_REQUESTS_INFLIGHT_MAX) {
      return refusePageRequest(this.stats, 'TRANSPORT_PEER_BUSY', `${PAGE_REQUESTS_INFLIGHT_MAX} page requests already outstanding to this peer`);
    }
    if (this.bytesOutstanding + costBytes > PAGE_REQUEST_BYTES_INFLIGHT_MAX) {
      return refusePageRequest(this.stats, 'TRANSPORT_PEER_BUSY', `${this.bytesOutstanding} bytes of page requests already outstanding to this peer`);
    }
    const requestId = this.nextId++;
    if (!this.send(encodePageRequest(requestId, request))) {
      return refusePageRequest(this.stats, 'TRANSPORT_PEER_BUSY', "the peer's send queue is full");
    }
    this.stats.pageRequestsSent += 1;
    const deadlineMs = performance.now() + timeoutMs;
    const answerBytes = request.write ? 0 : request.length;
    return new Promise<Uint8Array>((resolve, reject) => {
      this.outstanding.set(requestId, new Outstanding(requestId, answerBytes, costBytes, timeoutMs, deadlineMs, resolve, reject));
      this.bytesOutstanding += costBytes;
      this.arm(deadlineMs);
      if (!this.timer!.hasRef()) this.timer!.ref();
    });
  }

  /**
   * Settles the request `response` answers. An answer for no outstanding request
   * (timed out, or never sent) is ignored; one whose data does not fit its request
   * fails that request with TRANSPORT_BAD_RESPONSE, and the connection is kept.
   */
  onResponse(response: PageResponseFrame): void {
    const entry = this.outstanding.get(response.requestId);
    if (entry === undefined) {
      this.stats.pageResponsesIgnored += 1;
      return;
    }
    this.remove(entry);
    if (response.errorCode !== '') {
      this.stats.pageRequestsRemoteErrors += 1;
      entry.reject(new PeerRequestError(response.errorCode, response.errorMessage || `the peer answered ${response.errorCode}`, true));
    } else if (response.data.byteLength !== entry.answerBytes) {
      this.fail(entry, 'TRANSPORT_BAD_RESPONSE', `the peer answered ${response.data.byteLength} bytes where ${entry.answerBytes} were due`);
    } else {
      this.stats.pageRequestsSucceeded += 1;
      // One copy: the answer is a view into a frame payload that may be a socket chunk.
      entry.resolve(new Uint8Array(response.data));
    }
  }

  /** Fails every outstanding request with `code` (the connection ended) and stops the timer. */
  failAll(code: 'TRANSPORT_CONNECTION_LOST' | 'TRANSPORT_CLOSED', message: string): void {
    this.disarm();
    const entries = [...this.outstanding.values()];
    this.outstanding.clear();
    this.bytesOutstanding = 0;
    for (const entry of entries) {
      this.stats.pageRequestErrors[code] += 1;
      entry.reject(new PeerRequestError(code, message, false));
    }
  }

  private fail(entry: Outstanding, code: PageRequestErrorCode, message: string): void {
    this.stats.pageRequestErrors[code] += 1;
    entry.reject(new PeerRequestError(code, message, false));
  }

  private remove(entry: Outstanding): void {
    this.outstanding.delete(entry.requestId);
    this.bytesOutstanding -= entry.costBytes;
    assert.ok(this.bytesOutstanding >= 0, 'page requests released more bytes than they held');
    // Nothing is waited for any more; the timer may stay armed without holding the process.
    if (this.outstanding.size === 0) this.timer?.unref();
  }

  /** Makes sure the timer fires by `deadlineMs`. */
  private arm(deadlineMs: number): void {
    if (this.timerDueMs <= deadlineMs) return;
    this.disarm();
    this.timerDueMs = deadlineMs;
    this.timer = setTimeout(() => this.sweep(), Math.max(1, Math.ceil(deadlineMs - performance.now())));
  }

  private disarm(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.timerDueMs = Infinity;
  }

  /** Expires overdue requests and arms the timer for the next deadline. */
  private sweep(): void {
    this.timer = null;
    this.timerDueMs = Infinity;
    // A timer may fire a little before performance.now() reaches its deadline (the
    // event loop's clock is cached); a request due within 1 ms expires now rather
    // than cost another timer.
    const nowMs = performance.now() + 1;
    let nextMs = Infinity;
    for (const entry of this.outstanding.values()) {
      if (entry.deadlineMs <= nowMs) {
        this.remove(entry);
        this.fail(entry, 'TRANSPORT_REQUEST_TIMEOUT', `no answer from the peer within ${entry.timeoutMs} ms`);
      } else if (entry.deadlineMs < nextMs) {
        nextMs = entry.deadlineMs;
      }
    }
    if (nextMs !== Infinity) this.arm(nextMs);
  }
}
