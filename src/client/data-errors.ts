/**
 * The data-path SDK's operating errors. Every failure of a read or write is a
 * ShoalDataError with a stable Connect `code` (the member's own, when it answered
 * with one), so callers branch on the code and never on message text.
 */
import type { ConnectCode } from './errors.js';

/** What a ShoalDataError carries besides its code and message. */
export interface ShoalDataErrorDetails {
  /** The HTTP status, or null when no answer arrived (connection refused, reset, timed out). */
  status?: number | null;
  /** The base URL of the member involved, or null when the failure came before any IO. */
  member?: string | null;
  /** Whether sending the same request again later may succeed. */
  retryable?: boolean;
  /** How long the member asked us to wait before retrying (its `Retry-After`), or null. */
  retryAfterMs?: number | null;
  /** The member's largest request (its `Shoal-Max-Request-Bytes`), when it refused one as too large. */
  maxRequestBytes?: number | null;
  /** A write that may or may not have been applied (see ShoalDataError.outcomeUnknown). */
  outcomeUnknown?: boolean;
  cause?: unknown;
}

/**
 * A failed read or write: the Connect code and message, the HTTP status (null when
 * nothing answered), the member's base URL, and whether it may succeed if retried.
 */
export class ShoalDataError extends Error {
  readonly status: number | null;
  readonly member: string | null;
  readonly retryable: boolean;
  readonly retryAfterMs: number | null;
  readonly maxRequestBytes: number | null;
  /**
   * True for a write that was sent and got no definite answer (504, or the
   * connection was lost after sending): it may or may not have been applied, and
   * the SDK did not send it again — with another writer to the same bytes, a
   * resend could overwrite a newer write. Read back to find out.
   */
  readonly outcomeUnknown: boolean;

  constructor(
    readonly code: ConnectCode,
    message: string,
    details: ShoalDataErrorDetails = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ShoalDataError';
    this.status = details.status ?? null;
    this.member = details.member ?? null;
    this.retryable = details.retryable ?? false;
    this.retryAfterMs = details.retryAfterMs ?? null;
    this.maxRequestBytes = details.maxRequestBytes ?? null;
    this.outcomeUnknown = details.outcomeUnknown ?? false;
  }

  /** True when no answer arrived: the connection failed, so the next attempt goes to another member. */
  get connectionLost(): boolean {
    return this.status === null && this.retryable;
  }
}

/**
 * The SDK gave up on a retryable failure: its attempts or its time budget ran out.
 * `cause` is the last failure; code `unavailable`.
 */
export class ShoalUnavailableError extends ShoalDataError {
  constructor(
    message: string,
    readonly attempts: number,
    readonly elapsedMs: number,
    last: ShoalDataError,
  ) {
    super('unavailable', message, { status: last.status, member: last.member, retryable: true, cause: last });
    this.name = 'ShoalUnavailableError';
  }
}

/** An argument or option the caller got wrong; thrown before any IO. */
export function invalidArgument(message: string): ShoalDataError {
  return new ShoalDataError('invalid_argument', message);
}

/**
 * The code the data API means by an HTTP status, for an error answer without a
 * JSON body (a proxy's page, a truncated body): the statuses DESIGN.md lists.
 */
export function dataCodeFromStatus(status: number): ConnectCode {
  switch (status) {
    case 400:
      return 'invalid_argument';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'permission_denied';
    case 404:
      return 'not_found';
    case 405:
      return 'unimplemented';
    case 413:
    case 429:
      return 'resource_exhausted';
    case 416:
      return 'out_of_range';
    case 500:
      return 'internal';
    case 502:
    case 503:
      return 'unavailable';
    case 504:
      return 'deadline_exceeded';
    default:
      return 'unknown';
  }
}
