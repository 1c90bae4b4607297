/**
 * The answering half of page requests on one connection (or, in memory, from one
 * peer). A request is untrusted input: out-of-bounds fields are answered
 * TRANSPORT_BAD_REQUEST, requests beyond PAGE_REQUESTS_SERVING_MAX or
 * PAGE_REQUEST_BYTES_SERVING_MAX being served are answered TRANSPORT_PEER_BUSY at
 * once, and the rest go to the handler, whose answer (data or error code) is sent
 * back if the connection is still there; otherwise it is dropped and counted.
 */
import assert from 'node:assert/strict';
import type { NodeId } from '../raft/types.js';
import { PAGE_ERROR_CODE_BYTES_MAX, PAGE_ERROR_MESSAGE_BYTES_MAX, PAGE_REQUEST_BYTES_SERVING_MAX, PAGE_REQUESTS_SERVING_MAX } from './constants.js';
import type { PageRequestFrame } from './envelope.js';
import type { PageAnswerErrorCode } from './errors.js';
import { encodePageResponse, errorText, pageRequestProblem } from './page-codec.js';
import type { PagePayloadSink } from './page-requester.js';
import type { PageRequest, PageRequestHandler, TransportStats } from './transport.js';

/** What a server needs from its connection and transport. */
export interface PageServerContext {
  /** The authenticated peer whose requests this server answers. */
  peerId: NodeId;
  stats: TransportStats;
  /** The transport's handler at the time a request arrives (null: none registered). */
  handler(): PageRequestHandler | null;
  /** Queues an encoded PageResponse payload to the peer; false when the connection is gone or its queue full. */
  answer: PagePayloadSink;
}

const EMPTY = new Uint8Array(0);

/** See the module comment. */
export class PageServer {
  private serving = 0;
  private servingBytes = 0;

  constructor(private readonly context: PageServerContext) {}

  /** Requests being served (handed to the handler and not yet answered). */
  get count(): number {
    return this.serving;
  }

  /** Takes a request from the peer; `frame.data` is valid only during this call. */
  serve(frame: PageRequestFrame): void {
    const problem = pageRequestProblem(frame);
    if (problem !== null) return this.answerError(frame.requestId, 'TRANSPORT_BAD_REQUEST', problem);
    // The data the request brought or its answer will carry (see PageRequester).
    const costBytes = frame.length;
    if (this.serving >= PAGE_REQUESTS_SERVING_MAX || this.servingBytes + costBytes > PAGE_REQUEST_BYTES_SERVING_MAX) {
      return this.answerError(frame.requestId, 'TRANSPORT_PEER_BUSY', `already serving ${this.serving} page requests (${this.servingBytes} bytes) from this peer`);
    }
    const handler = this.context.handler();
    if (handler === null) return this.answerError(frame.requestId, 'TRANSPORT_NOT_SERVING', 'no page request handler on this member');
    // One copy of a write's data for the handler: the frame is a view into a socket chunk.
    const request: PageRequest = {
      volumeId: frame.volumeId,
      page: frame.page,
      offsetInPage: frame.offsetInPage,
      length: frame.length,
      write: frame.write,
      data: frame.write ? new Uint8Array(frame.data) : EMPTY,
      minAppliedIndex: frame.minAppliedIndex,
    };
    this.serving += 1;
    this.servingBytes += costBytes;
    const { requestId } = frame;
    let answer: Promise<Uint8Array>;
    try {
      answer = handler(this.context.peerId, request);
    } catch (error) {
      answer = Promise.reject(error);
    }
    answer.then(
      (data) => {
        this.release(costBytes);
        this.answerData(requestId, request, data);
      },
      (error: unknown) => {
        this.release(costBytes);
        const { code, message } = handlerError(error);
        this.answerError(requestId, code, message);
      },
    );
  }

  private release(costBytes: number): void {
    this.serving -= 1;
    this.servingBytes -= costBytes;
    assert.ok(this.serving >= 0 && this.servingBytes >= 0, 'page server released more than it admitted');
  }

  private answerData(requestId: number, request: PageRequest, data: Uint8Array): void {
    // The handler's contract (see PageRequestHandler); a broken one is our bug, not the peer's.
    assert.ok(data instanceof Uint8Array, 'a page request handler resolved with something other than a Uint8Array');
    if (!request.write) assert.equal(data.byteLength, request.length, 'a page read handler resolved with the wrong number of bytes');
    this.send(encodePageResponse({ requestId, errorCode: '', errorMessage: '', data: request.write ? EMPTY : data }), false);
  }

  private answerError(requestId: number, code: string, message: string): void {
    this.send(encodePageResponse({ requestId, errorCode: code, errorMessage: errorText(message, PAGE_ERROR_MESSAGE_BYTES_MAX), data: EMPTY }), true);
  }

  private send(payload: Uint8Array, isError: boolean): void {
    const { stats } = this.context;
    if (!this.context.answer(payload)) {
      stats.pageAnswersDropped += 1;
      return;
    }
    stats.pageRequestsServed += 1;
    if (isError) stats.pageRequestsServedWithError += 1;
  }
}

/** The code and message a handler's error is answered with: its own string code, else `internal`. */
export function handlerError(error: unknown): { code: string; message: string } {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const usable = typeof code === 'string' && code !== '' && Buffer.byteLength(code, 'utf8') <= PAGE_ERROR_CODE_BYTES_MAX;
  return { code: usable ? code : ('internal' satisfies PageAnswerErrorCode), message };
}
