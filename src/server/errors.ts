/**
 * Operating errors of the member process, each with a Connect error code so the
 * admin API (and the SDK) can report them faithfully.
 */

/** The Connect protocol's error codes and the HTTP status each maps to. */
export const CONNECT_CODE_HTTP_STATUS = {
  canceled: 499,
  unknown: 500,
  invalid_argument: 400,
  deadline_exceeded: 504,
  not_found: 404,
  already_exists: 409,
  permission_denied: 403,
  resource_exhausted: 429,
  failed_precondition: 400,
  aborted: 409,
  out_of_range: 400,
  unimplemented: 501,
  internal: 500,
  unavailable: 503,
  data_loss: 500,
  unauthenticated: 401,
} as const;

export type ConnectCode = keyof typeof CONNECT_CODE_HTTP_STATUS;

/** An error the API reports to its caller as `{code, message}`. */
export class ShoalError extends Error {
  constructor(
    readonly code: ConnectCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ShoalError';
  }
}

export const invalidArgument = (message: string): ShoalError => new ShoalError('invalid_argument', message);
export const unavailable = (message: string, cause?: unknown): ShoalError =>
  new ShoalError('unavailable', message, { cause });
export const notFound = (message: string): ShoalError => new ShoalError('not_found', message);
export const failedPrecondition = (message: string): ShoalError => new ShoalError('failed_precondition', message);
export const resourceExhausted = (message: string): ShoalError => new ShoalError('resource_exhausted', message);
export const deadlineExceeded = (message: string): ShoalError => new ShoalError('deadline_exceeded', message);
