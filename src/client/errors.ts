/**
 * The SDK's operating errors. Every failure of an admin call is an AdminError with
 * a stable Connect `code` (the server's, when it answered with one), so callers
 * branch on the code and never on message text.
 */

/** The Connect protocol's error codes (connectrpc.com/docs/protocol#error-codes). */
export const CONNECT_CODES = [
  'canceled',
  'unknown',
  'invalid_argument',
  'deadline_exceeded',
  'not_found',
  'already_exists',
  'permission_denied',
  'resource_exhausted',
  'failed_precondition',
  'aborted',
  'out_of_range',
  'unimplemented',
  'internal',
  'unavailable',
  'data_loss',
  'unauthenticated',
] as const;

/** One of the Connect error codes. */
export type ConnectCode = (typeof CONNECT_CODES)[number];

/** Whether `value` is a Connect error code. */
export function isConnectCode(value: unknown): value is ConnectCode {
  return typeof value === 'string' && (CONNECT_CODES as readonly string[]).includes(value);
}

/** A failed admin call: the Connect code and message, the HTTP status (null when nothing answered), and the endpoint. */
export class AdminError extends Error {
  constructor(
    readonly code: ConnectCode,
    message: string,
    readonly status: number | null,
    readonly endpoint: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AdminError';
  }
}

/**
 * The code a Connect client infers from an HTTP status when the body is not a
 * Connect error (a proxy's page, say), as the protocol's table has it.
 */
export function codeFromHttpStatus(status: number): ConnectCode {
  switch (status) {
    case 400:
      return 'internal';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'permission_denied';
    case 404:
      return 'unimplemented';
    case 429:
    case 502:
    case 503:
    case 504:
      return 'unavailable';
    default:
      return 'unknown';
  }
}
