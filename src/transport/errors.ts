/**
 * Operating errors of the peer transport. Bytes and behaviour of a remote peer are
 * untrusted input, so every way a connection can go wrong is an expected failure
 * with a stable `code` (logged, counted, and answered by cutting the connection),
 * never a crash. Broken invariants of our own code are asserts instead.
 */

/** Codes for a frame that cannot be accepted; the connection is cut. */
export const FRAME_ERROR_CODES = [
  'TRANSPORT_FRAME_TOO_LARGE',
  'TRANSPORT_FRAME_INVALID',
  'TRANSPORT_FRAME_UNDECODABLE',
] as const;
export type FrameErrorCode = (typeof FRAME_ERROR_CODES)[number];

/** Codes for a handshake that did not reach Welcome; the connection is cut. */
export const HANDSHAKE_ERROR_CODES = [
  /** The dialer speaks another protocol version. */
  'TRANSPORT_HANDSHAKE_VERSION',
  /** The other side belongs to another group. */
  'TRANSPORT_HANDSHAKE_WRONG_GROUP',
  /** Not a member we know, not the member we dialed, or one that should not dial us. */
  'TRANSPORT_HANDSHAKE_UNKNOWN_MEMBER',
  /** A proof (or nonce) that does not verify: the other side does not know the secret. */
  'TRANSPORT_HANDSHAKE_BAD_PROOF',
  /** A nonce seen before, or our own nonce reflected back. */
  'TRANSPORT_HANDSHAKE_REPLAYED',
  /** A message the handshake does not expect at this step. */
  'TRANSPORT_HANDSHAKE_OUT_OF_ORDER',
  /** No Welcome within HANDSHAKE_TIMEOUT_MS. */
  'TRANSPORT_HANDSHAKE_TIMEOUT',
  /** The other side sent Refusal. */
  'TRANSPORT_HANDSHAKE_REFUSED',
  /** The socket closed or failed before Welcome. */
  'TRANSPORT_HANDSHAKE_CLOSED',
] as const;
export type HandshakeErrorCode = (typeof HANDSHAKE_ERROR_CODES)[number];

/** Codes for the end of an established connection. */
export const CONNECTION_ERROR_CODES = [
  /** An authenticated peer sent something the protocol forbids (wrong sender, a local message type, a handshake message). */
  'TRANSPORT_PROTOCOL_VIOLATION',
  /** The socket closed or failed. */
  'TRANSPORT_CONNECTION_LOST',
  /** The peer completed a new handshake; the older connection gives way. */
  'TRANSPORT_CONNECTION_REPLACED',
  /** The peer left the membership (setPeers) or its address changed. */
  'TRANSPORT_PEER_REMOVED',
  /** This transport is closing. */
  'TRANSPORT_CLOSED',
] as const;
export type ConnectionErrorCode = (typeof CONNECTION_ERROR_CODES)[number];

/** Every code a TransportError may carry. */
export type TransportErrorCode = FrameErrorCode | HandshakeErrorCode | ConnectionErrorCode;

/** The base class: match on `code`, never on the message text. */
export class TransportError extends Error {
  /** Stable across versions. */
  readonly code: TransportErrorCode;

  constructor(code: TransportErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransportError';
    this.code = code;
  }
}

/** A frame with a bad length or a payload that is not a valid Envelope. */
export class FrameError extends TransportError {
  declare readonly code: FrameErrorCode;

  constructor(code: FrameErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'FrameError';
  }
}

/** A handshake that failed; see HANDSHAKE_ERROR_CODES. */
export class HandshakeError extends TransportError {
  declare readonly code: HandshakeErrorCode;

  constructor(code: HandshakeErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'HandshakeError';
  }
}

/**
 * Codes of a page request that failed on this side (PeerRequestError with
 * `remote` false). A peer's error answer carries the peer's code instead.
 */
export const PAGE_REQUEST_ERROR_CODES = [
  /** The peer is unknown, or no authenticated connection to it is up (nothing waits for a dial). */
  'TRANSPORT_PEER_UNAVAILABLE',
  /** The connection already has PAGE_REQUESTS_INFLIGHT_MAX requests or PAGE_REQUEST_BYTES_INFLIGHT_MAX bytes outstanding, or its send queue is full. Also answered by an owner over its serving bounds. */
  'TRANSPORT_PEER_BUSY',
  /** No answer within the request's timeout; a late answer is ignored. */
  'TRANSPORT_REQUEST_TIMEOUT',
  /** The connection ended while the request was outstanding. */
  'TRANSPORT_CONNECTION_LOST',
  /** This transport is closing. */
  'TRANSPORT_CLOSED',
  /** The request's fields are out of bounds (also answered by an owner that received such a request). */
  'TRANSPORT_BAD_REQUEST',
  /** The answer does not fit the request (a read's data of another length); the connection is kept. */
  'TRANSPORT_BAD_RESPONSE',
] as const;
export type PageRequestErrorCode = (typeof PAGE_REQUEST_ERROR_CODES)[number];

/**
 * Codes the answering transport itself answers with, before or instead of its
 * handler; a handler's own codes come through as they are, and a handler error
 * without a string code as `internal`.
 */
export const PAGE_ANSWER_ERROR_CODES = [
  /** Over PAGE_REQUESTS_SERVING_MAX or PAGE_REQUEST_BYTES_SERVING_MAX. */
  'TRANSPORT_PEER_BUSY',
  /** Fields out of bounds (beyond 2^53, data over PAGE_DATA_BYTES_MAX, data that does not match the length). */
  'TRANSPORT_BAD_REQUEST',
  /** No handler is registered (onPageRequest) on the owner. */
  'TRANSPORT_NOT_SERVING',
  /** The handler failed without a string `code`. */
  'internal',
] as const;
export type PageAnswerErrorCode = (typeof PAGE_ANSWER_ERROR_CODES)[number];

/**
 * How a page request failed. `remote` tells who decided: false for this side's
 * PAGE_REQUEST_ERROR_CODES, true when the owner answered with an error (then
 * `code` is the owner's, e.g. a handler's VOLUME_NOT_FOUND). Match on `code`,
 * never on the message text.
 */
export class PeerRequestError extends Error {
  /** Stable across versions: a PageRequestErrorCode, or (remote) the owner's code. */
  readonly code: string;
  /** True when the owner answered with this error. */
  readonly remote: boolean;

  constructor(code: string, message: string, remote: boolean, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PeerRequestError';
    this.code = code;
    this.remote = remote;
  }
}
